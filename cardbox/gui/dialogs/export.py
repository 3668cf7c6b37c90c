"""Export contacts for a phone or a spreadsheet: .vcf (3.0 or 4.0, with card photos) or .csv.

Scope: the selected contacts, the current filter, one event or one warmth level. The files
are written by the export core (`cardbox.export.vcf` / `cardbox.export.csv`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardbox.errors import CardboxError
from cardbox.export.csv import export_csv
from cardbox.export.vcf import export_vcf
from cardbox.model import Warmth
from cardbox.store import Store
from cardbox.store.search import Filters

FORMATS = ("vcf3", "vcf4", "csv")


def write_vcf(store: Store, ids: list[int], path: Path, version: str, with_photos: bool) -> int:
    """Write the contacts as one .vcf through the export core; returns how many."""
    return export_vcf(store, ids, path, version, with_photos)


def write_csv(store: Store, ids: list[int], path: Path) -> int:
    """Write the contacts as CSV through the export core (formula-safe, UTF-8 with BOM)."""
    return export_csv(store, ids, path)


class ExportDialog(QDialog):
    """Choose what and how to export, then a file name."""

    def __init__(self, store: Store, ids: list[int], filters: Filters | None, query: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts"))
        self.store, self.ids, self.filters, self.query = store, list(ids), filters, query
        self.scope = QButtonGroup(self)
        self.event = QComboBox()
        for event, n in store.events():
            self.event.addItem(f"{event.name} ({n})", event.id)
        self.warmth = QComboBox()
        for level, label in zip(Warmth, (self.tr("Cold"), self.tr("Warm"), self.tr("Hot"),
                                         self.tr("Trusted")), strict=True):
            self.warmth.addItem(label, int(level))
        self.format = QComboBox()
        labels = (self.tr("vCard 3.0 (.vcf) — phones, Gmail, Outlook"), self.tr("vCard 4.0 (.vcf)"),
                  self.tr("Spreadsheet (.csv)"))
        for key, label in zip(FORMATS, labels, strict=True):
            self.format.addItem(label, key)
        self.photos = QCheckBox(self.tr("Include card photos (bigger file)"))
        self.format.currentIndexChanged.connect(
            lambda: self.photos.setEnabled(self.format.currentData() != "csv"))
        self.count_label = QLabel()
        self._layout()
        self.scope.idToggled.connect(lambda *_: self._update_count())
        self.event.currentIndexChanged.connect(self._update_count)
        self.warmth.currentIndexChanged.connect(self._update_count)
        self.scope.button(0 if self.ids else 1).setChecked(True)
        self._update_count()

    def _layout(self) -> None:
        box = QGroupBox(self.tr("Which contacts"))
        grid = QGridLayout(box)
        labels = (self.tr("Selected ({n})").format(n=len(self.ids)), self.tr("Current list"),
                  self.tr("Met at event"), self.tr("Warmth"))
        for i, text in enumerate(labels):
            radio = QRadioButton(text)
            self.scope.addButton(radio, i)
            grid.addWidget(radio, i, 0)
        self.scope.button(0).setEnabled(bool(self.ids))
        self.scope.button(2).setEnabled(self.event.count() > 0)
        grid.addWidget(self.event, 2, 1)
        grid.addWidget(self.warmth, 3, 1)
        fmt = QGroupBox(self.tr("Format"))
        fbox = QVBoxLayout(fmt)
        fbox.addWidget(self.format)
        fbox.addWidget(self.photos)
        export = QPushButton(self.tr("Export…"))
        export.setDefault(True)
        export.clicked.connect(self._ask_path)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(fmt)
        layout.addLayout(row)

    def set_scope(self, scope: int) -> None:
        """0 selection, 1 current list, 2 event, 3 warmth."""
        self.scope.button(scope).setChecked(True)

    def chosen_ids(self) -> list[int]:
        """The contacts the current choice covers."""
        scope = self.scope.checkedId()
        if scope == 0:
            return list(self.ids)
        if scope == 1:
            return self.store.search(self.query, self.filters)
        if scope == 2:
            return self.store.search("", Filters(event_ids=[int(self.event.currentData())]))
        return self.store.search("", Filters(warmth=[Warmth(int(self.warmth.currentData()))]))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} contact(s)").format(n=len(self.chosen_ids())))

    def export_to(self, path: Path) -> int:
        """Write the chosen contacts to `path` in the chosen format; returns how many."""
        ids = self.chosen_ids()
        kind = self.format.currentData()
        if kind == "csv":
            return write_csv(self.store, ids, Path(path))
        version = "4.0" if kind == "vcf4" else "3.0"
        return write_vcf(self.store, ids, Path(path), version, self.photos.isChecked())

    def _ask_path(self) -> None:
        csv_kind = self.format.currentData() == "csv"
        suffix = "csv" if csv_kind else "vcf"
        filters = self.tr("CSV (*.csv)") if csv_kind else self.tr("vCard (*.vcf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), f"contacts.{suffix}", filters)
        if not path:
            return
        try:
            n = self.export_to(Path(path))
        except (CardboxError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), str(getattr(exc, "message", exc)))
            return
        QMessageBox.information(self, self.tr("Export"),
                                self.tr("Exported {n} contact(s) to {path}.").format(n=n, path=path))
        self.accept()


def show_export_dialog(parent: QWidget | None, store: Store, ids: list[int], filters: Filters | None,
                       query: str = "") -> ExportDialog:
    """Open the export dialog (non-modal); `ids` is the selection, `filters` the current list."""
    dialog = ExportDialog(store, ids, filters, query, parent)
    dialog.show()
    return dialog
