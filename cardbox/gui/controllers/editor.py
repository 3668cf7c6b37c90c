"""Editing one contact from the detail pane: every change is saved at once, with one-step undo.

No Qt here. Each edit saves through `Store.save` with Provenance USER (what the user types is
never overwritten by a machine source) and keeps a snapshot of the contact before it for Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from cardbox import phones
from cardbox.model import SCALAR_FIELDS, USER, Address, Contact, Email, Event, Phone, Url, Warmth
from cardbox.serialize import contact_from_dict, contact_to_dict
from cardbox.store import Store

LIST_FIELDS = ("emails", "phones", "urls")
ADDRESS_PARTS = ("street", "postal_code", "city", "region", "country")


def split_items(text: str) -> list[str]:
    """'a@b.es, c@d.es' or one per line -> ['a@b.es', 'c@d.es']."""
    return [p.strip() for p in text.replace("\n", ",").replace(";", ",").split(",") if p.strip()]


def list_text(contact: Contact, name: str) -> str:
    """How a list field is shown in its one-line editor."""
    if name == "emails":
        return ", ".join(e.address for e in contact.emails)
    if name == "phones":
        return ", ".join(phones.pretty(p.e164) for p in contact.phones)
    return ", ".join(u.url for u in contact.urls)


class ContactEditor:
    """The contact shown in the detail pane and the changes made to it."""

    def __init__(self, store: Store, on_saved: Callable[[int], None] | None = None) -> None:
        self.store = store
        self.contact: Contact | None = None
        self.on_saved = on_saved
        self._undo: dict[str, object] | None = None  # the contact before the last edit

    def load(self, contact_id: int | None) -> Contact | None:
        self.contact = self.store.get(contact_id) if contact_id is not None else None
        self._undo = None
        return self.contact

    # -- the one path every edit takes ------------------------------------------------------

    def _edit(self, change: Callable[[Contact], bool]) -> bool:
        c = self.contact
        if c is None:
            return False
        before = contact_to_dict(c)
        if not change(c):
            return False
        self.store.save(c)
        self._undo = before
        if self.on_saved and c.id is not None:
            self.on_saved(c.id)
        return True

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def undo(self) -> bool:
        """Put back the contact as it was before the last edit (one step)."""
        if self._undo is None or self.contact is None:
            return False
        restored = contact_from_dict(self._undo)
        restored.id = self.contact.id
        self.store.save(restored)
        self.contact = self.store.get(restored.id)  # type: ignore[arg-type]
        self._undo = None
        if self.on_saved and self.contact.id is not None:
            self.on_saved(self.contact.id)
        return True

    # -- fields -----------------------------------------------------------------------------

    def set_field(self, name: str, value: str) -> bool:
        """A scalar field (name parts, org, title…) typed by the user."""
        if name not in SCALAR_FIELDS:
            raise ValueError(name)

        def change(c: Contact) -> bool:
            if getattr(c, name) == value.strip():
                return False
            c.set_field(name, value.strip(), USER)
            return True

        return self._edit(change)

    def set_list(self, name: str, text: str) -> bool:
        """Emails, phones or urls from their one-line text; unchanged items keep their source."""
        if name not in LIST_FIELDS:
            raise ValueError(name)

        def change(c: Contact) -> bool:
            if list_text(c, name) == text.strip():
                return False
            setattr(c, name, _parse_list(c, name, split_items(text)))
            return True

        return self._edit(change)

    def set_address(self, parts: dict[str, str]) -> bool:
        """The first address, part by part (street, postal_code, city, region, country)."""

        def change(c: Contact) -> bool:
            current = c.addresses[0] if c.addresses else Address()
            values = {k: parts.get(k, getattr(current, k)).strip() for k in ADDRESS_PARTS}
            if all(getattr(current, k) == v for k, v in values.items()):
                return False
            values["country"] = values["country"].upper()
            new = Address(**values, type=current.type, source=USER)  # type: ignore[arg-type]
            c.addresses = ([] if new.is_empty() else [new]) + c.addresses[1:]
            return True

        return self._edit(change)

    # -- relationship ------------------------------------------------------------------------

    def set_warmth(self, warmth: Warmth) -> bool:
        return self._edit(lambda c: c.set_warmth(Warmth(warmth)))

    def set_tags(self, text: str) -> bool:
        tags = sorted({t.lstrip("#") for t in split_items(text) if t.lstrip("#")}, key=str.lower)

        def change(c: Contact) -> bool:
            if sorted(c.tags, key=str.lower) == tags:
                return False
            c.tags = tags
            return True

        return self._edit(change)

    def add_event(self, name: str) -> bool:
        name = name.strip()

        def change(c: Contact) -> bool:
            if not name or any(e.name.lower() == name.lower() for e in c.events):
                return False
            c.events.append(self.store.ensure_event(Event(name)))
            return True

        return self._edit(change)

    def remove_event(self, event_id: int) -> bool:
        def change(c: Contact) -> bool:
            kept = [e for e in c.events if e.id != event_id]
            changed = len(kept) != len(c.events)
            c.events = kept
            return changed

        return self._edit(change)

    def set_follow_up(self, day: date | None) -> bool:
        def change(c: Contact) -> bool:
            if c.follow_up == day:
                return False
            c.follow_up = day
            return True

        return self._edit(change)

    def set_introduced_by(self, contact_id: int | None) -> bool:
        def change(c: Contact) -> bool:
            if c.introduced_by == contact_id or (contact_id is not None and contact_id == c.id):
                return False
            c.introduced_by = contact_id
            c.introduced_by_uid = self.store.get(contact_id).uid if contact_id is not None else ""
            return True

        return self._edit(change)

    def add_note(self, text: str, contacted: bool = False) -> bool:
        def change(c: Contact) -> bool:
            if not text.strip() and not contacted:
                return False
            c.add_note(text.strip(), contacted=contacted)
            return True

        return self._edit(change)

    def mark_reviewed(self) -> bool:
        def change(c: Contact) -> bool:
            if not c.needs_review:
                return False
            c.needs_review = False
            return True

        return self._edit(change)


def _parse_list(c: Contact, name: str, items: list[str]) -> list[object]:
    if name == "emails":
        old = {e.address.lower(): e for e in c.emails}
        return [old.get(a.lower()) or Email(a, "work" if c.org else "other", USER) for a in items]
    if name == "urls":
        old_urls = {u.url: u for u in c.urls}
        return [old_urls.get(u) or Url(u, USER) for u in items]
    old_phones = {p.e164: p for p in c.phones}
    out: list[object] = []
    for text in items:
        e164 = phones.normalize(text)
        out.append(old_phones.get(e164) or Phone(e164, phones.guess_type(e164), USER))
    return out
