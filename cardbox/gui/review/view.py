"""The review view: each new card beside its fields, fixed in seconds, accepted with Enter.

Keys while reviewing: Enter accepts and moves on, 1–4 (or Alt+1–4 inside a field) set
warmth, Ctrl+Z undoes the last accept/warmth/delete/merge. Clicking a word on the card
puts it into the field last focused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cardbox.errors import CardboxError
from cardbox.gui.review.card_image import CardImageView
from cardbox.gui.review.duplicates import DuplicatePanel, dedup_api
from cardbox.gui.review.fields import FieldForm
from cardbox.gui.review.logic import Evidence, ReviewSession, evidence, review_ids
from cardbox.gui.worker import emit
from cardbox.model import Contact, Warmth
from cardbox.store import Store


class ReviewView(QWidget):
    """Shown in the main window's central area. Emits `changed` after every write."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session = ReviewSession(store)
        self.queue: list[int] = []
        self.index = 0
        self.contact: Contact | None = None
        self.evidence: Evidence | None = None
        self.region = str(store.setting("region", "ES") or "ES")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._shortcuts()
        self.reload()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.position = QLabel()
        self.accept_button = self._button(self.tr("Accept (Enter)"), self.accept_card)
        self.skip_button = self._button(self.tr("Skip"), self.skip)
        self.delete_button = self._button(self.tr("Delete card…"), self.delete_card)
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), self.undo)
        self.warmth_group = QButtonGroup(self)
        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addStretch(1)
        labels = (self.tr("Cold"), self.tr("Warm"), self.tr("Hot"), self.tr("Trusted"))
        for level, label in zip(Warmth, labels, strict=True):
            button = QPushButton(f"{int(level)} · {label}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.warmth_group.addButton(button, int(level))
            top.addWidget(button)
        self.warmth_group.idClicked.connect(lambda i: self.set_warmth(Warmth(i)))
        for b in (self.undo_button, self.delete_button, self.skip_button, self.accept_button):
            top.addWidget(b)
        self.image = CardImageView()
        self.form = FieldForm()
        self.image.word_clicked.connect(self.form.assign_word)
        self.duplicates = DuplicatePanel(self.store)
        self.duplicates.merge_requested.connect(self.merge)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.addWidget(self.form)
        rbox.addWidget(self.duplicates)
        rbox.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setMinimumWidth(400)  # room for an email or a street without scrolling the field
        split = QSplitter()
        split.addWidget(self.image)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.empty = QLabel(self.tr("Nothing to review. Drop card photos on the window to scan them."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(split)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.pages, 1)

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the keyboard in the fields
        button.clicked.connect(lambda: slot())
        return button

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.accept_card, context=ctx)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo, context=ctx)
        for level in Warmth:
            # Plain digits only fire when no text field has focus (fields keep their digits).
            for seq in (str(int(level)), f"Alt+{int(level)}"):
                QShortcut(QKeySequence(seq), self, lambda w=level: self.set_warmth(w), context=ctx)

    # -- navigation -----------------------------------------------------------------------

    def reload(self, first: list[int] | None = None) -> None:
        """Rebuild the queue from the tarjetero; `first` ids (a scan just finished) lead."""
        ids = review_ids(self.store)
        lead = [i for i in (first or []) if i in ids]
        self.queue = lead + [i for i in ids if i not in lead]
        self.index = 0
        self._show_current()

    def show_review(self) -> None:
        """The main window's "Needs review": every card waiting, oldest scan first."""
        self.reload()

    def show_duplicates(self) -> None:
        """The main window's "Duplicates": contacts in pairs the dedup core wants confirmed."""
        dedup = dedup_api()
        pairs = dedup.review_queue(self.store) if dedup is not None else []
        ids: list[int] = []
        for cand in pairs:
            for cid in (cand.contact_id, cand.other_id):
                if cid is not None and cid not in ids:
                    ids.append(cid)
                    break
        self.queue, self.index = ids, 0
        self._show_current()

    def _show_current(self) -> None:
        self.queue = [i for i in self.queue if self.store.exists(i)]
        if not self.queue:
            self.contact = self.evidence = None
            self.pages.setCurrentIndex(0)
            self.position.setText("")
            self._update_buttons()
            return
        self.index %= len(self.queue)
        self.show_contact(self.queue[self.index])

    def show_contact(self, contact_id: int) -> None:
        """Show one contact's card and fields (added to the queue when not in it)."""
        if contact_id not in self.queue:
            self.queue.insert(self.index, contact_id)
        self.index = self.queue.index(contact_id)
        self.contact = self.store.get(contact_id)
        self.evidence = evidence(self.store, contact_id)
        ev = self.evidence
        self.image.show_card(ev.image if ev else None, ev.words if ev else [])
        doubtful = self.form.load(self.contact, ev.confidence if ev else None)
        self.duplicates.show_for(self.contact)
        self.pages.setCurrentIndex(1)
        self.position.setText(self.tr("Card {i} of {n}").format(i=self.index + 1, n=len(self.queue)))
        button = self.warmth_group.button(int(self.contact.warmth))
        if button is not None:
            button.setChecked(True)
        self._update_buttons()
        target = self.form.edits[doubtful[0]] if doubtful else None
        (target or self).setFocus()

    def _update_buttons(self) -> None:
        has = self.contact is not None
        for b in (self.accept_button, self.skip_button, self.delete_button):
            b.setEnabled(has)
        self.undo_button.setEnabled(self.session.can_undo())

    # -- actions --------------------------------------------------------------------------

    def accept_card(self) -> None:
        """Save the fields as reviewed and go to the next card."""
        if self.contact is None:
            return
        self.form.apply(self.contact, self.region)
        self._run(lambda: self.session.accept(self.contact))
        self.queue.pop(self.index)
        self._show_current()

    def skip(self) -> None:
        """Leave this card for later and show the next one."""
        if self.queue:
            self.index = (self.index + 1) % len(self.queue)
            self._show_current()

    def set_warmth(self, warmth: Warmth) -> None:
        """How warm the person on this card was; saved at once."""
        if self.contact is None:
            return
        self._run(lambda: self.session.set_warmth(self.contact.id, warmth))
        self.contact.set_warmth(warmth)
        button = self.warmth_group.button(int(warmth))
        if button is not None:
            button.setChecked(True)

    def delete_card(self, confirm: bool = True) -> None:
        """Drop this card (asks first). Other contacts are never touched."""
        if self.contact is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete card"),
                self.tr("Delete the card of {name}? You can undo this with Ctrl+Z.")
                .format(name=self.contact.display_name or "?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda: self.session.delete_card(self.contact.id))
        self.queue.pop(self.index)
        self._show_current()

    def merge(self, kept_id: int, other_id: int) -> None:
        """Merge this card's contact (`other_id`) into an existing one (`kept_id`).

        The merged contact is shown next when it still needs a look, so Enter confirms it.
        """
        if dedup_api() is None:
            return
        if self.contact is not None and self.contact.id == other_id and self.form.edited():
            # fields fixed on screen before merging are the user's word: keep them
            self.form.apply(self.contact, self.region)
            self.store.save(self.contact)
        if self._run(lambda: self.session.merge(kept_id, other_id)) is None:
            return
        if other_id in self.queue:
            self.index = self.queue.index(other_id)
            self.queue.remove(other_id)
        if kept_id in review_ids(self.store):
            self.show_contact(kept_id)
        else:
            self._show_current()

    def undo(self) -> None:
        """Undo the last accept, warmth, delete or merge, and show that card again."""
        contact_id = self._run(self.session.undo)
        if contact_id is None:
            return
        self.queue = [i for i in review_ids(self.store)]
        if self.store.exists(contact_id):
            self.show_contact(contact_id)
        else:
            self._show_current()

    def _run(self, action):  # noqa: ANN001, ANN202
        """Run a write; errors go to a message box and the view stays usable."""
        try:
            result = action()
        except CardboxError as exc:
            QMessageBox.warning(self, self.tr("Review"), exc.message)
            return None
        emit(self.changed)
        self._update_buttons()
        return result
