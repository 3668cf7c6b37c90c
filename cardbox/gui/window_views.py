"""The main window's doors to the other views: scan, review, QR, export, sync, help; drops.

GUI-2's views plug in when their modules are present (`controllers.features`); until then their
actions stay visible but disabled.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from cardbox import __version__
from cardbox.gui import i18n
from cardbox.gui.controllers import choices as ch
from cardbox.gui.controllers import features
from cardbox.gui.controllers.drops import PHOTO_EXTS, VCARD_EXTS, import_vcards, scannable

if TYPE_CHECKING:
    from cardbox.gui.main_window import MainWindow as _Base
else:
    _Base = object


class ViewsMixin(_Base):
    """Methods of MainWindow that open other views; kept apart to keep the window small."""

    def _update_features(self) -> None:
        """Enable the actions whose views (GUI-2's) are present; the others stay visible, disabled."""
        self.commands["scan"].setEnabled(features.present("cardbox.gui.scan"))
        self.commands["export"].setEnabled(features.present("cardbox.gui.dialogs.export"))
        self.commands["sync"].setEnabled(features.present("cardbox.gui.dialogs.sync"))
        self.commands["qr"].setEnabled(features.present("cardbox.gui.dialogs.qr"))
        lang = self.settings.language
        self.commands[f"lang_{lang}" if lang in i18n.LANGUAGES else "lang_auto"].setChecked(True)

    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Scan card photos"),
            str(Path.home()),
            self.tr("Photos") + " (" + " ".join(f"*{e}" for e in sorted(PHOTO_EXTS)) + ")",
        )
        if names:
            self.scan_paths([Path(n) for n in names])

    def open_paths(self, paths: list[Path]) -> None:
        """Files given on the command line (the desktop's "Open with") or dropped: .vcf files
        are imported (dedup rules applied), photos and folders go to the scan dialog."""
        vcards = [p for p in paths if p.is_file() and p.suffix.lower() in VCARD_EXTS]
        if vcards:
            self.save_pending()
            imported, failed = import_vcards(self.store, vcards)
            self.refresh_all()
            message = self.tr("Imported %1 contacts from %2 file(s).").replace("%1", str(imported))
            message = message.replace("%2", str(len(vcards)))
            if failed:
                message += " " + self.tr("%1 cards could not be read.").replace("%1", str(failed))
            self.statusBar().showMessage(message, 10000)
        rest = [p for p in paths if p not in vcards]
        if scannable(rest):
            self.scan_paths(rest)

    def scan_paths(self, paths: list[Path]) -> QWidget | None:
        """Open GUI-2's scan dialog on photos or folders (drops and File ▸ Scan photos…)."""
        open_scan = features.function("cardbox.gui.scan", "open_scan")
        paths = scannable(paths)
        if open_scan is None or not paths:
            return None
        self.save_pending()
        dialog = open_scan(self, self.store, paths)  # type: ignore[operator]
        if hasattr(dialog, "scan_finished"):
            dialog.scan_finished.connect(lambda *_: self.refresh_all())
        if hasattr(dialog, "review_requested"):
            dialog.review_requested.connect(lambda *_: self.show_review())
        self.scan_dialog = dialog
        return dialog  # type: ignore[no-any-return]

    def show_review(self) -> None:
        """Show the review queue (GUI-2's view) through the sidebar's "Needs review"."""
        self.refresh_all()
        self.sidebar.select(ch.Choice(ch.REVIEW))

    def show_qr(self) -> None:
        show = features.function("cardbox.gui.dialogs.qr", "show_qr_dialog")
        cid = self.current_id()
        if show is not None and cid is not None:
            show(self, self.store, cid)  # type: ignore[operator]

    def show_export(self) -> None:
        show = features.function("cardbox.gui.dialogs.export", "show_export_dialog")
        if show is not None:
            self.save_pending()
            show(self, self.store, self.selected_ids(), self.model.filters, query=self.model.text)  # type: ignore[operator]

    def show_sync(self) -> None:
        show = features.function("cardbox.gui.dialogs.sync", "show_sync_dialog")
        if show is not None:
            self.save_pending()
            dialog = show(self, self.store)  # type: ignore[operator]
            if hasattr(dialog, "finished"):
                dialog.finished.connect(lambda *_: self.refresh_all())

    def show_shortcuts(self) -> None:
        from cardbox.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.commands.shortcut_rows(), self).open()

    def show_about(self) -> None:
        from cardbox.gui.dialogs.about import AboutDialog

        AboutDialog(__version__, self).open()

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event) and self.commands["scan"].isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if _dropped_paths(event) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)


def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    vcards = [p for p in paths if p.is_file() and p.suffix.lower() in VCARD_EXTS]
    return scannable(paths) + vcards
