"""The detail pane: one contact's card images, fields, warmth, relationship and notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from cardbox.errors import CardboxError
from cardbox.gui.controllers.editor import ContactEditor
from cardbox.gui.detail.fields import FieldsForm
from cardbox.gui.detail.images import CardImages
from cardbox.gui.detail.notes import NotesLog
from cardbox.gui.detail.picker import ContactPicker
from cardbox.gui.detail.relation import RelationForm, WarmthButtons
from cardbox.gui.errors import show_error
from cardbox.gui.worker import emit  # PySide 6.12 loses a ref to True per emit()
from cardbox.model import Contact, Warmth
from cardbox.store import Store


class DetailPane(QScrollArea):
    """Shows the contact given to `show_contact`; emits `saved(id)` after every stored edit."""

    saved = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.store = store
        self.editor = ContactEditor(store, on_saved=self._after_save)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.images = CardImages(store)
        self.warmth = WarmthButtons()
        self.fields = FieldsForm()
        self.relation = RelationForm(store)
        self.notes = NotesLog()
        self.groups = [QGroupBox() for _ in range(3)]
        self._build()
        self._connect()
        self.retranslate()
        self.show_contact(None)

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        for w in (self.title, self.subtitle, self.warmth, self.images):
            layout.addWidget(w)
        for group, content in zip(self.groups, (self.fields, self.relation, self.notes), strict=True):
            inner = QVBoxLayout(group)
            inner.addWidget(content)
            layout.addWidget(group)
        layout.addStretch(1)
        self.setWidget(body)

    def _connect(self) -> None:
        ed = self.editor
        self.warmth.picked.connect(lambda level: self._run(ed.set_warmth, Warmth(level)))
        self.fields.scalar.connect(lambda name, text: self._run(ed.set_field, name, text))
        self.fields.listed.connect(lambda name, text: self._run(ed.set_list, name, text))
        self.fields.address.connect(lambda parts: self._run(ed.set_address, parts))
        self.relation.tags_edited.connect(lambda text: self._run(ed.set_tags, text))
        self.relation.event_added.connect(lambda name: self._run(ed.add_event, name))
        self.relation.event_removed.connect(lambda event_id: self._run(ed.remove_event, event_id))
        self.relation.follow_up_set.connect(lambda day: self._run(ed.set_follow_up, day))
        self.relation.clear_introducer.connect(lambda: self._run(ed.set_introduced_by, None))
        self.relation.pick_introducer.connect(self.pick_introducer)
        self.notes.added.connect(lambda text, contacted: self._run(ed.add_note, text, contacted))

    def retranslate(self) -> None:
        self.warmth.retranslate()
        for group, text in zip(self.groups, (self.tr("Card"), self.tr("Relationship"), self.tr("Notes")), strict=True):
            group.setTitle(text)
        if self.editor.contact is None:
            self.title.setText(self.tr("No contact selected"))
            self.subtitle.setText(self.tr("Pick someone in the list, or drop card photos on the window."))

    # -- showing -----------------------------------------------------------------------------

    @property
    def contact(self) -> Contact | None:
        return self.editor.contact

    def show_contact(self, contact_id: int | None) -> None:
        """Save whatever is being typed for the current contact, then show another one."""
        if self.editor.contact is not None and contact_id == self.editor.contact.id:
            return
        self.commit_pending()
        try:
            c = self.editor.load(contact_id)
        except CardboxError:
            c = self.editor.load(None)  # it was deleted meanwhile
        self._show(c)

    def _show(self, c: Contact | None) -> None:
        if c is not None:
            self.title.setText(c.display_name or self.tr("(no name)"))
            self.subtitle.setText(" · ".join(p for p in (c.title, c.org) if p))
        else:
            self.retranslate()
        self.warmth.setEnabled(c is not None)
        self.warmth.show_warmth(c.warmth if c else None)
        self.images.show_contact(c)
        self.fields.show_contact(c)
        self.relation.show_contact(c)
        self.notes.show_contact(c)

    def reload(self) -> None:
        """Re-read the shown contact from the store (after changes made elsewhere)."""
        current = self.editor.contact
        self.editor.contact = None
        self.show_contact(current.id if current else None)

    def commit_pending(self) -> None:
        """Store everything typed but not yet committed (never lose typed data)."""
        if self.editor.contact is None:
            return
        # Relation first: a field's save refreshes the relation form from the store.
        self.relation.commit_all()
        self.fields.commit_all()
        if self.notes.pending():
            self.notes.add()

    def undo(self) -> bool:
        done = self._run(self.editor.undo)
        if done:
            self._show(self.editor.contact)
        return done

    def pick_introducer(self) -> None:
        if self.contact is None:
            return
        picker = ContactPicker(self.store, exclude=self.contact.id, parent=self)
        if picker.exec() and picker.chosen_id is not None:
            self._run(self.editor.set_introduced_by, picker.chosen_id)

    # -- saving ------------------------------------------------------------------------------

    def _run(self, action, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            return bool(action(*args))
        except CardboxError as exc:
            show_error(self, exc)
            return False

    def _after_save(self, contact_id: int) -> None:
        c = self.editor.contact
        if c is not None:
            self.title.setText(c.display_name or self.tr("(no name)"))
            self.subtitle.setText(" · ".join(p for p in (c.title, c.org) if p))
            self.warmth.show_warmth(c.warmth)
            self.fields.refresh_origins(c)
            self.relation.show_contact(c)
            self.notes.show_contact(c)
        emit(self.saved, contact_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.contact is not None:
                self.fields.refresh_origins(self.contact)
        super().changeEvent(event)
