"""The main window: sidebar | contact list with search | detail pane, menus, drops."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardbox.gui import i18n
from cardbox.gui.actions import Actions
from cardbox.gui.contact_model import ContactModel
from cardbox.gui.controllers import choices as ch
from cardbox.gui.controllers import features
from cardbox.gui.detail.pane import DetailPane
from cardbox.gui.errors import show_error
from cardbox.gui.reasons import reason_words
from cardbox.gui.settings import Settings
from cardbox.gui.sidebar import Sidebar
from cardbox.gui.window_views import ViewsMixin
from cardbox.model import Contact, Warmth
from cardbox.store import Store

SEARCH_DELAY_MS = 150
ROW_HEIGHT_FACTOR = 1.6


class MainWindow(ViewsMixin, QMainWindow):
    """The tarjetero window. GUI-2's views (scan, review, QR, export, sync) plug in when present."""

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings
        self.setAcceptDrops(True)
        self.model = ContactModel(store, self)
        self.sidebar = Sidebar(store)
        self.detail = DetailPane(store)
        self.search = QLineEdit()
        self.table = QTableView()
        self.stack = QStackedWidget()
        self.review_view: QWidget | None = None
        self.scan_dialog: QWidget | None = None
        self.count_label = QLabel()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._sidebar_timer = QTimer(self, singleShot=True, interval=400)
        self.commands = Actions(self, self._slots())
        self._build()
        self._connect()
        self._update_features()
        self.retranslate()
        self._restore_state()
        self.model.set_query("", ch.filters_for(ch.Choice(ch.ALL), store))
        self._after_query()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.table.setObjectName("contactList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 160, 120, 120, 95)):
            self.table.setColumnWidth(column, width)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring on 100k rows
        rows.setDefaultSectionSize(int(self.fontMetrics().height() * ROW_HEIGHT_FACTOR))
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.table)
        self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.sidebar, self.stack, self.detail):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([210, 650, 460])
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.count_label)
        self.resize(1300, 820)

    def _slots(self) -> dict[str, object]:
        return {
            "scan": self.choose_photos, "export": self.show_export, "sync": self.show_sync,
            "quit": self.close, "undo": self.undo, "find": self.focus_search,
            "new_contact": self.new_contact, "delete_contact": self.delete_contact,
            "reviewed": self.mark_reviewed, "qr": self.show_qr, "refresh": self.refresh_all,
            "shortcuts": self.show_shortcuts, "about": self.show_about,
            "lang_auto": lambda: self.set_language("auto"), "lang_es": lambda: self.set_language("es"),
            "lang_en": lambda: self.set_language("en"),
        }

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_search)
        self._sidebar_timer.timeout.connect(self.sidebar.refresh)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.search.returnPressed.connect(self._focus_list)
        self.sidebar.chosen.connect(self.choose)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.detail.saved.connect(self._on_saved)
        self.table.addAction(self.commands["delete_contact"])
        self.commands["delete_contact"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("cardbox — your tarjetero"))
        self.commands.retranslate()
        self.search.setPlaceholderText(self.tr("Search names, companies, cities, notes… (Ctrl+F)"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc clears the search; 1-4 in the list set the warmth (before the list's type-ahead)."""
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:  # type: ignore[attr-defined]
            key = event.key()  # type: ignore[attr-defined]
            if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_search()
                return True
            if watched is self.table and Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
                self.set_warmth(Warmth(key - Qt.Key.Key_0))
                return True
        return super().eventFilter(watched, event)

    # -- settings ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.state("list_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("splitter", self.splitter.saveState())
        self.settings.set_state("list_header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        self._sidebar_timer.stop()
        self.save_pending()
        self.save_state()
        super().closeEvent(event)

    def save_pending(self) -> None:
        """Store whatever is typed in the detail pane (also called by the exception hook)."""
        self.detail.commit_pending()

    def set_language(self, choice: str) -> None:
        self.settings.language = choice
        self.settings.sync()
        i18n.install(choice)

    # -- searching and choosing --------------------------------------------------------------

    def apply_search(self) -> None:
        """Run the typed query now (the debounce timer calls this ~150 ms after the last key)."""
        self._search_timer.stop()
        keep = self.current_id()
        self.model.set_query(self.search.text())
        self._after_query(keep)

    def choose(self, choice: ch.Choice) -> None:
        """A sidebar entry was picked: filter the list, or show the review view."""
        if choice.kind in ch.REVIEW_VIEWS and self._show_review(choice):
            return
        self.stack.setCurrentIndex(0)
        self.detail.show()
        keep = self.current_id()
        try:
            self._rank_for(choice)
            self.model.set_query(filters=ch.filters_for(choice, self.store))
        except Exception as exc:  # noqa: BLE001 - a helper module failing must not break browsing
            show_error(self, exc)
            return
        self._after_query(keep)

    def _rank_for(self, choice: ch.Choice) -> None:
        """Reconnect keeps its best-first order and says why each person is there."""
        items = ch.reconnect_items(self.store) if choice.kind == ch.RECONNECT else None
        if not items:
            self.model.set_ranking(None)
            return
        hints = {it.contact_id: reason_words(it.codes, it.idle_days) for it in items}  # type: ignore[attr-defined]
        self.model.set_ranking([it.contact_id for it in items], hints)  # type: ignore[attr-defined]
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _show_review(self, choice: ch.Choice) -> bool:
        view_class = features.function("cardbox.gui.review", "ReviewView")
        if view_class is None:
            return False
        if self.review_view is None:
            self.review_view = view_class(self.store, self)  # type: ignore[operator]
            self.stack.addWidget(self.review_view)
            if hasattr(self.review_view, "changed"):
                self.review_view.changed.connect(self.refresh_all)
        for name in ("show_duplicates" if choice.kind == ch.DUPLICATES else "show_review", "set_mode"):
            method = getattr(self.review_view, name, None)
            if callable(method):
                method(choice.kind) if name == "set_mode" else method()
                break
        self.stack.setCurrentWidget(self.review_view)
        self.detail.commit_pending()
        self.detail.hide()  # the review view shows the card and its fields itself
        return True

    def _after_query(self, keep: int | None = None) -> None:
        self._update_count()
        pos = self.model.source.position(keep) if keep is not None else -1
        row = pos if pos >= 0 else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.select_row(row)
        else:
            self.detail.show_contact(None)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_contact(self, contact_id: int) -> bool:
        pos = self.model.source.position(contact_id)
        if pos >= 0:
            self.select_row(pos)
        return pos >= 0

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.contact_id(r) for r in rows) if cid is not None]

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_contact(self.model.contact_id(current.row()) if current.isValid() else None)

    def _on_saved(self, contact_id: int) -> None:
        self.model.refresh_contact(contact_id)
        self._sidebar_timer.start()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n contact(s)", "", n))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_list(self) -> None:
        self.table.setFocus()

    def refresh_all(self) -> None:
        """Re-read everything after changes made elsewhere (scan, merge, sync)."""
        keep = self.current_id()
        self.sidebar.refresh()
        self.model.reload()
        self._after_query(keep)
        self.detail.reload()

    # -- contact actions ---------------------------------------------------------------------

    def set_warmth(self, warmth: Warmth) -> None:
        cid = self.current_id()
        if cid is None:
            return
        if self.detail.contact is None or self.detail.contact.id != cid:
            self.detail.show_contact(cid)
        self.detail._run(self.detail.editor.set_warmth, warmth)

    def undo(self) -> None:
        if not self.detail.undo():
            self.statusBar().showMessage(self.tr("Nothing to undo"), 3000)

    def new_contact(self) -> None:
        self.save_pending()
        contact = Contact(full_name=self.tr("New contact"))
        cid = self.store.save(contact)
        self.search.clear()
        self.sidebar.select(ch.Choice(ch.ALL))
        self.refresh_all()
        self.select_contact(cid)
        field = self.detail.fields.edits["full_name"]
        field.setFocus()
        field.selectAll()

    def delete_contact(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete contacts"),
            self.tr("Delete %n contact(s)? Their cards and notes go too.", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.detail.show_contact(None)
        for cid in ids:
            self.store.delete(cid)
        self.refresh_all()

    def mark_reviewed(self) -> None:
        self.detail._run(self.detail.editor.mark_reviewed)
