"""The contact list's Qt model: a window over `RowSource`, smooth with 100,000 contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from cardbox.gui.controllers.rows import Row, RowSource
from cardbox.gui.worker import emit  # PySide 6.12 loses a ref to True per emit()
from cardbox.model import Warmth
from cardbox.store import Store
from cardbox.store.search import Filters

COLUMNS = ("name", "org", "title", "event", "warmth", "last_contacted")
# Header click -> `order=` of store.search (title has no index: sorted by name instead).
SORT_KEYS = {"name": "name", "org": "org", "title": "name", "event": "event_date",
             "warmth": "warmth", "last_contacted": "last_contacted"}
ID_ROLE = Qt.ItemDataRole.UserRole
WARMTH_ROLE = Qt.ItemDataRole.UserRole + 1

# Mid-tone colours readable as dots/badges on both light and dark palettes.
WARMTH_COLOURS = {
    Warmth.COLD: QColor(96, 140, 210),
    Warmth.WARM: QColor(214, 160, 60),
    Warmth.HOT: QColor(224, 90, 60),
    Warmth.TRUSTED: QColor(60, 170, 110),
}


_ICONS: dict[Warmth, QIcon] = {}


def warmth_icon(w: Warmth, size: int = 12) -> QIcon:
    """A filled circle in the warmth colour (made once per level)."""
    if w not in _ICONS:
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(WARMTH_COLOURS[w]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _ICONS[w] = QIcon(pix)
    return _ICONS[w]


def warmth_label(w: Warmth) -> str:
    """The warmth word in the current language."""
    return {
        Warmth.COLD: QCoreApplication.translate("warmth", "Cold"),
        Warmth.WARM: QCoreApplication.translate("warmth", "Warm"),
        Warmth.HOT: QCoreApplication.translate("warmth", "Hot"),
        Warmth.TRUSTED: QCoreApplication.translate("warmth", "Trusted"),
    }[w]


def header_label(column: str) -> str:
    return {
        "name": QCoreApplication.translate("ContactModel", "Name"),
        "org": QCoreApplication.translate("ContactModel", "Company"),
        "title": QCoreApplication.translate("ContactModel", "Title"),
        "event": QCoreApplication.translate("ContactModel", "Event"),
        "warmth": QCoreApplication.translate("ContactModel", "Warmth"),
        "last_contacted": QCoreApplication.translate("ContactModel", "Last contact"),
    }[column]


class ContactModel(QAbstractTableModel):
    """Rows are loaded a page (~200) at a time, on demand, with one SQL query per page."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = RowSource(store)
        self.text = ""
        self.filters: Filters | None = None
        self.order: str | None = None
        self.descending = False
        self.queried = False
        self.hints: dict[int, str] = {}  # contact id -> why it is in this list (tooltip)

    # -- querying ---------------------------------------------------------------------------

    def set_query(self, text: str | None = None, filters: Filters | None | bool = False) -> None:
        """Change the search text and/or filters (False = keep) and reload the ids."""
        if text is not None:
            self.text = text
        if filters is not False:
            self.filters = filters  # type: ignore[assignment]
        self.reload()

    def set_ranking(self, ranked: list[int] | None, hints: dict[int, str] | None = None) -> None:
        """Keep a list's own order (unless a header is clicked) and per-contact tooltips."""
        self.source.rank = {cid: i for i, cid in enumerate(ranked)} if ranked is not None else None
        self.hints = hints or {}
        if ranked is not None:
            self.order = None

    def reload(self) -> None:
        self.queried = True
        self.beginResetModel()
        self.source.query(self.text, self.filters, self.order, self.descending)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # No column (-1): back to the list's own order (relevance, or Reconnect's ranking).
        self.order = SORT_KEYS[COLUMNS[column]] if 0 <= column < len(COLUMNS) else None
        self.descending = order == Qt.SortOrder.DescendingOrder and self.order is not None
        if not self.queried:
            return  # the view sorts while it is being set up: the first query will use this order
        emit(self.layoutAboutToBeChanged)
        self.source.query(self.text, self.filters, self.order, self.descending)
        emit(self.layoutChanged)

    def refresh_contact(self, contact_id: int) -> None:
        """Re-read one contact's row after an edit (the position stays until the next query)."""
        pos = self.source.forget(contact_id)
        if pos >= 0:
            emit(self.dataChanged, self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            emit(self.dataChanged, self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_label(COLUMNS[section])
        return None

    def contact_id(self, row: int) -> int | None:
        return self.source.ids[row] if 0 <= row < len(self.source) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.contact_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.ToolTipRole, WARMTH_ROLE):
            return None
        row = self.source.row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == WARMTH_ROLE:
            return int(row.warmth)
        if role == Qt.ItemDataRole.DecorationRole:
            return warmth_icon(row.warmth) if column == "warmth" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.hints.get(row.id) or _tooltip(row)) if column == "name" else None
        return _display(row, column)


def _display(row: Row, column: str) -> str:
    if column == "warmth":
        return warmth_label(row.warmth)
    if column == "last_contacted":
        return row.last_contacted.isoformat() if row.last_contacted else ""
    value = getattr(row, column)
    if column == "name" and row.needs_review:
        return f"{value}  •"
    return str(value)


def _tooltip(row: Row) -> str | None:
    if row.needs_review:
        return QCoreApplication.translate("ContactModel", "Needs review: some fields are doubtful")
    return None
