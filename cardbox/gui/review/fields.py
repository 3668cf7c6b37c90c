"""The fields of a draft contact as line edits, doubtful ones highlighted, and back again.

Lists (emails, phones, web sites) are one line each, items separated by "; "; a phone's type
is kept in brackets, e.g. "+34 612 345 678 (cell)". Values the user changed are saved with
USER provenance; untouched values keep the scan's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from cardbox.gui.review.logic import field_confidence, is_doubtful
from cardbox.model import USER, Address, Contact, Email, Phone, PhoneType, Url
from cardbox.phones import guess_type, pretty, to_e164

SEP = "; "
LIST_FIELDS = ("emails", "phones", "urls")
ADDRESS_FIELDS = ("street", "postal_code", "city", "region", "country")
FIELD_NAMES = (
    "prefix", "given_names", "family_names", "full_name", "title", "department", "org", "emails",
    "phones", "urls", "street", "postal_code", "city", "region", "country",
)  # in the order a card is read
DOUBT_STYLE = "QLineEdit[doubt=\"true\"] { border: 2px solid #e67e22; border-radius: 3px; }"
_PHONE_TYPE = re.compile(r"^(.*?)\s*\((\w+)\)\s*$")


def field_labels() -> dict[str, str]:
    """Translated labels (literal calls, so lupdate sees every one)."""
    return {
        "prefix": QCoreApplication.translate("ReviewFields", "Prefix"),
        "given_names": QCoreApplication.translate("ReviewFields", "Given names"),
        "family_names": QCoreApplication.translate("ReviewFields", "Family names"),
        "full_name": QCoreApplication.translate("ReviewFields", "Full name"),
        "title": QCoreApplication.translate("ReviewFields", "Job title"),
        "department": QCoreApplication.translate("ReviewFields", "Department"),
        "org": QCoreApplication.translate("ReviewFields", "Company"),
        "emails": QCoreApplication.translate("ReviewFields", "Emails"),
        "phones": QCoreApplication.translate("ReviewFields", "Phones"),
        "urls": QCoreApplication.translate("ReviewFields", "Web sites"),
        "street": QCoreApplication.translate("ReviewFields", "Street"),
        "postal_code": QCoreApplication.translate("ReviewFields", "Postal code"),
        "city": QCoreApplication.translate("ReviewFields", "City"),
        "region": QCoreApplication.translate("ReviewFields", "Region"),
        "country": QCoreApplication.translate("ReviewFields", "Country (ISO)"),
    }


def field_text(contact: Contact, name: str) -> str:
    """The text shown in the line edit for one field."""
    if name == "emails":
        return SEP.join(e.address for e in contact.emails)
    if name == "phones":
        return SEP.join(f"{pretty(p.e164)} ({p.type.value})" for p in contact.phones)
    if name == "urls":
        return SEP.join(u.url for u in contact.urls)
    if name in ADDRESS_FIELDS:
        return getattr(contact.addresses[0], name) if contact.addresses else ""
    return str(getattr(contact, name))


def _parse_phone(text: str, region: str) -> Phone:
    m = _PHONE_TYPE.match(text)
    number, kind = (m.group(1), m.group(2)) if m else (text, "")
    e164 = to_e164(number, region) or number.strip()
    try:
        ptype = PhoneType(kind.lower()) if kind else guess_type(e164)
    except ValueError:
        ptype = guess_type(e164)
    return Phone(e164, ptype, USER)


def apply_field(contact: Contact, name: str, text: str, region: str = "ES") -> None:
    """Write an edited field back into the contact, as typed/confirmed by the user."""
    text = text.strip()
    items = [t.strip() for t in text.split(";") if t.strip()]
    if name == "emails":
        old = {e.address: e for e in contact.emails}
        contact.emails = [old.get(a) or Email(a, "work", USER) for a in items]
    elif name == "phones":
        old = {f"{pretty(p.e164)} ({p.type.value})": p for p in contact.phones}
        contact.phones = [old.get(t) or _parse_phone(t, region) for t in items]
    elif name == "urls":
        old_urls = {u.url: u for u in contact.urls}
        contact.urls = [old_urls.get(u) or Url(u, USER) for u in items]
    elif name in ADDRESS_FIELDS:
        first = contact.addresses[0] if contact.addresses else Address()
        value = text.upper() if name == "country" else text
        updated = replace(first, **{name: value}, source=USER)
        contact.addresses = [updated] + contact.addresses[1:]
        if updated.is_empty():
            contact.addresses = contact.addresses[1:]
    else:
        contact.set_field(name, text, USER)


class FieldForm(QWidget):
    """Line edits for a draft contact; remembers which one the user was last in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DOUBT_STYLE)
        self.edits: dict[str, QLineEdit] = {}
        self.original: dict[str, str] = {}
        form = QFormLayout(self)
        labels = field_labels()
        for name in FIELD_NAMES:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setClearButtonEnabled(True)
            form.addRow(labels[name], edit)
            self.edits[name] = edit
        self.current: str = "given_names"
        self._clicked_into: str | None = None
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        for name, edit in self.edits.items():
            if edit is new:
                if name != self.current:
                    self._clicked_into = None
                self.current = name
                return

    def load(self, contact: Contact, parsed_conf: dict[str, float] | None = None) -> list[str]:
        """Fill the edits from the contact; returns the doubtful fields (highlighted)."""
        doubtful = []
        for name, edit in self.edits.items():
            text = field_text(contact, name)
            edit.setText(text)
            self.original[name] = text
            key = "addresses" if name in ADDRESS_FIELDS else name
            conf = field_confidence(contact, key, parsed_conf) if text else None
            doubt = is_doubtful(conf)
            edit.setProperty("doubt", doubt)
            tip = QCoreApplication.translate("ReviewFields", "OCR {pct} %")
            edit.setToolTip(tip.format(pct=round(conf * 100)) if conf is not None else "")
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            if doubt:
                doubtful.append(name)
        self._clicked_into = None
        self.current = doubtful[0] if doubtful else "given_names"
        return doubtful

    def edited(self) -> dict[str, str]:
        """Fields whose text differs from what was loaded."""
        return {n: e.text() for n, e in self.edits.items() if e.text() != self.original.get(n, "")}

    def apply(self, contact: Contact, region: str = "ES") -> list[str]:
        """Write the edited fields into `contact`; returns their names."""
        changed = self.edited()
        for name, text in changed.items():
            apply_field(contact, name, text, region)
        return list(changed)

    def assign_word(self, word: str) -> str:
        """Put a clicked card word into the current field; returns that field's name.

        The first click into a field replaces it (or the selected part, or adds an item to a
        list field); further clicks append, so "María" then "José" gives "María José".
        """
        name = self.current
        edit = self.edits[name]
        if self._clicked_into == name:
            joiner = "" if name in ("emails", "urls") else " "
            edit.setText(edit.text().rstrip() + joiner + word)
        elif edit.hasSelectedText():
            edit.insert(word)
        elif name in LIST_FIELDS and edit.text().strip():
            edit.setText(edit.text().rstrip("; ") + SEP + word)
        else:
            edit.setText(word)
        self._clicked_into = name
        edit.setFocus()
        return name
