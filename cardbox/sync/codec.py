"""Contact <-> vCard text for sync, through `cardbox.vcard` (the one vCard wrapper).

Until `cardbox.vcard` is importable, a minimal built-in codec keeps sync usable: it maps the
core fields and keeps every other line verbatim in `Contact.extra_vcard`.
"""

from __future__ import annotations

import hashlib
import re

from cardbox.model import Contact, Email, Note, Phone, PhoneType, Provenance, SourceKind, Url
from cardbox.phones import to_e164

try:  # pragma: no cover - depends on which helpers have landed
    from cardbox.vcard import read_vcards as _read_vcards
    from cardbox.vcard import to_vcard as _to_vcard

    HAVE_VCARD = True
except ImportError:  # pragma: no cover
    HAVE_VCARD = False

SYNC = Provenance(SourceKind.SYNC)
_VOLATILE = re.compile(r"^(REV|PRODID)[;:]", re.IGNORECASE)


def to_text(contact: Contact) -> str:
    """The vCard 3.0 text cardbox sends for a contact."""
    if HAVE_VCARD:
        return _to_vcard(contact, "3.0")
    return _fallback_write(contact)


def from_text(text: str, ref: str = "") -> Contact:
    """One contact from one vCard text (values marked as coming from sync)."""
    if HAVE_VCARD:
        contacts, errors = _read_vcards(text, source=ref)
        if not contacts:
            from cardbox.errors import VCardError

            raise VCardError(errors[0].reason if errors else "no vCard in the item", source=ref)
        return contacts[0]
    return _fallback_read(text)


def content_hash(text: str) -> str:
    """A hash of a vCard that ignores line endings and REV/PRODID stamps."""
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n") if ln and not _VOLATILE.match(ln)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# -- the stop-gap codec ---------------------------------------------------------------------


def _unfold(text: str) -> list[str]:
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        elif line:
            out.append(line)
    return out


def _esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _unesc(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _fallback_read(text: str) -> Contact:
    c = Contact(extra_vcard=[])
    for line in _unfold(text):
        head, _, value = line.partition(":")
        name = head.split(";")[0].split(".")[-1].upper()
        if name in ("BEGIN", "END", "VERSION", "PRODID", "REV"):
            continue
        if name == "UID":
            c.uid = value.strip()
        elif name == "FN":
            c.set_field("full_name", _unesc(value), SYNC)
        elif name == "N":
            parts = (value.split(";") + [""] * 5)[:5]
            c.family_names, c.given_names = _unesc(parts[0]), _unesc(parts[1])
        elif name == "ORG":
            c.org = _unesc(value.split(";")[0])
        elif name == "TITLE":
            c.title = _unesc(value)
        elif name == "EMAIL":
            c.emails.append(Email(_unesc(value), source=SYNC))
        elif name == "TEL":
            c.phones.append(Phone(to_e164(_unesc(value)) or _unesc(value), PhoneType.OTHER, SYNC))
        elif name == "URL":
            c.urls.append(Url(_unesc(value), SYNC))
        elif name == "NOTE":
            c.notes.append(Note(_unesc(value)))
        elif name == "CATEGORIES":
            c.tags.extend(t for t in (_unesc(x) for x in re.split(r"(?<!\\),", value)) if t)
        else:
            c.extra_vcard.append(line)
    return c


def _fallback_write(c: Contact) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{c.uid}", f"FN:{_esc(c.display_name)}"]
    lines.append(f"N:{_esc(c.family_names)};{_esc(c.given_names)};;;")
    if c.org:
        lines.append(f"ORG:{_esc(c.org)}")
    if c.title:
        lines.append(f"TITLE:{_esc(c.title)}")
    lines += [f"EMAIL;TYPE=INTERNET:{_esc(e.address)}" for e in c.emails]
    lines += [f"TEL:{_esc(p.e164)}" for p in c.phones]
    lines += [f"URL:{u.url}" for u in c.urls]
    lines += [f"NOTE:{_esc(n.text)}" for n in c.notes]
    if c.tags:
        lines.append("CATEGORIES:" + ",".join(_esc(t) for t in c.tags))
    lines += c.extra_vcard
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
