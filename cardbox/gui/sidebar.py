"""The sidebar: all contacts, events, warmth levels, tags and the to-do lists."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from cardbox.gui.contact_model import warmth_icon, warmth_label
from cardbox.gui.controllers import choices as ch
from cardbox.gui.controllers.choices import Choice
from cardbox.gui.worker import emit  # PySide 6.12 loses a ref to True per emit()
from cardbox.model import Warmth
from cardbox.store import Store

CHOICE_ROLE = Qt.ItemDataRole.UserRole


def counts(store: Store) -> dict[str, object]:
    """The few figures the sidebar shows (cheaper than `store.stats()` on 100k contacts)."""
    total, review = store.conn.execute("SELECT COUNT(*), COALESCE(SUM(needs_review), 0) FROM contacts").fetchone()
    by_warmth = dict(store.conn.execute("SELECT warmth, COUNT(*) FROM contacts GROUP BY warmth").fetchall())
    return {"contacts": total, "needs_review": review, "by_warmth": by_warmth}


class Sidebar(QTreeWidget):
    """Emits `chosen(Choice)` when the user picks an entry; `refresh()` recounts everything."""

    chosen = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._on_current)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild every entry with fresh counts, keeping the current choice selected."""
        keep = self.current_choice()
        self.blockSignals(True)
        self.clear()
        stats = counts(self.store)
        self._add(None, self.tr("All contacts"), Choice(ch.ALL), int(stats["contacts"]))  # type: ignore[arg-type]
        self._add(None, self.tr("Needs review"), Choice(ch.REVIEW), int(stats["needs_review"]))  # type: ignore[arg-type]
        if ch.has_duplicates_view():
            self._add(None, self.tr("Possible duplicates"), Choice(ch.DUPLICATES))
        self._add(None, self.tr("Follow-up due"), Choice(ch.FOLLOW_UP), ch.follow_up_count(self.store))
        if ch.has_reconnect():
            self._add(None, self.tr("Reconnect"), Choice(ch.RECONNECT))
        self._add_groups(stats)
        self.expandAll()
        self.blockSignals(False)
        self.select(keep or Choice(ch.ALL), emit=False)

    def _add_groups(self, stats: dict[str, object]) -> None:
        events = self._add(None, self.tr("Events"), None)
        for event, n in self.store.events():
            self._add(events, event.name, Choice(ch.EVENT, event.id), n)
        warmth = self._add(None, self.tr("Warmth"), None)
        by_warmth: dict[int, int] = stats["by_warmth"]  # type: ignore[assignment]
        for level in sorted(Warmth, reverse=True):
            item = self._add(warmth, warmth_label(level), Choice(ch.WARMTH, int(level)), by_warmth.get(int(level), 0))
            item.setIcon(0, warmth_icon(level))
        tags = self.store.tags()
        if tags:
            group = self._add(None, self.tr("Tags"), None)
            for tag, n in tags:
                self._add(group, f"#{tag}", Choice(ch.TAG, tag), n)

    def _add(self, parent: QTreeWidgetItem | None, text: str, choice: Choice | None, n: int | None = None) -> QTreeWidgetItem:  # noqa: E501
        item = QTreeWidgetItem(parent or self)
        item.setText(0, f"{text} ({n})" if n is not None else text)
        item.setData(0, CHOICE_ROLE, choice)
        if choice is None:  # a group heading: not selectable, shown in bold
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        return item

    # -- choosing ----------------------------------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return out

    def current_choice(self) -> Choice | None:
        item = self.currentItem()
        return item.data(0, CHOICE_ROLE) if item is not None else None

    def select(self, choice: Choice, emit: bool = True) -> bool:
        """Select the entry for this choice. Returns False when it is not in the sidebar."""
        for item in self.items():
            if item.data(0, CHOICE_ROLE) == choice:
                self.blockSignals(not emit)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return True
        if choice.kind != ch.ALL:
            return self.select(Choice(ch.ALL), emit)
        return False

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        choice = current.data(0, CHOICE_ROLE) if current is not None else None
        if choice is not None:
            emit(self.chosen, choice)

    def changeEvent(self, event: QEvent) -> None:
        # A closed window may outlive its store: only a shown sidebar re-reads the counts.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.refresh()
        super().changeEvent(event)
