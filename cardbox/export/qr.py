"""A QR code per contact (PNG or SVG, with segno) that a phone camera turns into a contact.

The code holds a vCard 3.0 (through `cardbox.vcard.to_vcard`) or a MECARD. To stay scannable it
is kept at QR version <= 25 (error correction M, else L): the photo and long notes go first,
then secondary fields; when even the core (name, one phone, one email, organisation) does not
fit, the result carries a structured warning and the smallest code that could be made.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import segno
import segno.helpers

from cardbox.errors import InvalidInput, UserError
from cardbox.model import Contact
from cardbox.vcard import to_vcard

MAX_VERSION = 25
# Stamps and cardbox's private X-CARDBOX-* lines (warmth, history) mean nothing to a phone.
_DROP_LINE = re.compile(r"^(?:PRODID|REV|X-CARDBOX-[\w-]+)[:;].*\r?\n(?:[ \t].*\r?\n)*", re.IGNORECASE | re.MULTILINE)


class QrError(UserError):
    template = "No QR code can hold {name}: {detail}"


@dataclass(frozen=True)
class QrWarning:
    """Something the user should know about a code: `code` is stable, `fields` what it concerns."""

    code: str  # "core-too-big" | "fields-dropped"
    fields: tuple[str, ...] = ()
    detail: str = ""

    def __str__(self) -> str:
        return self.detail or f"{self.code}: {', '.join(self.fields)}"


@dataclass
class QrResult:
    path: Path | None
    format: str  # "vcard" | "mecard"
    version: int
    error: str  # "M" | "L"
    content: str
    dropped: list[str] = field(default_factory=list)
    warnings: list[QrWarning] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["path"] = str(self.path) if self.path else None
        out["warnings"] = [asdict(w) | {"message": str(w)} for w in self.warnings]
        return out


def _no_photo(c: Contact) -> tuple[Contact, list[str]]:
    out = copy.deepcopy(c)
    out.extra_vcard = [ln for ln in c.extra_vcard if not re.match(r"^(?:[\w-]+\.)?PHOTO[;:]", ln, re.I)]
    return out, ["photo"] if len(out.extra_vcard) != len(c.extra_vcard) else []


def _no_long_notes(c: Contact) -> tuple[Contact, list[str]]:
    out, dropped = _no_photo(c)
    kept = [n for n in out.notes if len(n.text) <= 120]
    dropped += ["long notes"] if len(kept) != len(out.notes) else []
    out.notes = kept
    return out, dropped


def _secondary_gone(c: Contact) -> tuple[Contact, list[str]]:
    out, dropped = _no_long_notes(c)
    for name in ("notes", "extra_vcard", "events", "tags", "socials", "addresses", "jobs", "warmth_history"):
        if getattr(out, name):
            dropped.append(name)
            setattr(out, name, [])
    for name in ("birthday", "follow_up", "last_contacted"):
        setattr(out, name, None)
    out.urls, out.introduced_by_uid = out.urls[:1], ""
    return out, dropped


def _core_only(c: Contact) -> tuple[Contact, list[str]]:
    out, dropped = _secondary_gone(c)
    for name, limit in (("phones", 1), ("emails", 1), ("urls", 0)):
        if len(getattr(out, name)) > limit:
            dropped.append(f"other {name}" if limit else name)
            setattr(out, name, getattr(out, name)[:limit])
    out.department = ""
    return out, dropped


LEVELS: list[Callable[[Contact], tuple[Contact, list[str]]]] = [_no_photo, _no_long_notes, _secondary_gone, _core_only]


def vcard_payload(c: Contact, level: int) -> str:
    text = to_vcard(c, "3.0")
    if level >= 2:  # a phone makes its own UID for a scanned contact
        text = re.sub(r"^UID[:;].*\r?\n", "", text, flags=re.MULTILINE | re.IGNORECASE)
    return _DROP_LINE.sub("", text)


def mecard_payload(c: Contact, level: int) -> str:
    name = ",".join(p for p in (c.family_names, c.given_names) if p) or c.display_name
    memo = " · ".join(p for p in (c.title, c.org) if p) or None
    return segno.helpers.make_mecard_data(
        name=name,
        email=[e.address for e in c.emails] or None,
        phone=[p.e164 for p in c.phones] or None,
        url=[u.url for u in c.urls] or None,
        memo=memo,
    )


def build(contact: Contact, *, mecard: bool = False) -> tuple[segno.QRCode, QrResult]:
    """The smallest-loss QR code for a contact, and what went into it."""
    payload = mecard_payload if mecard else vcard_payload
    best: tuple[segno.QRCode, QrResult] | None = None
    for level, reduce in enumerate(LEVELS):
        reduced, dropped = reduce(contact)
        content = payload(reduced, level).strip("\r\n")
        for error in ("M", "L"):
            try:
                qr = segno.make(content, error=error, micro=False, encoding="utf-8", boost_error=False)
            except segno.DataOverflowError:
                continue
            result = QrResult(None, "mecard" if mecard else "vcard", int(qr.version), error, content, dropped)
            if result.version <= MAX_VERSION:
                if level >= 2 and dropped:
                    result.warnings.append(
                        QrWarning(
                            "fields-dropped",
                            tuple(dropped),
                            "left out to keep the code scannable: " + ", ".join(dropped),
                        )
                    )
                return qr, result
            best = (qr, result)
    if best is None:
        raise QrError(
            "even name, one phone, one email and organisation exceed the largest QR code",
            name=contact.display_name[:60],
        )
    qr, result = best
    result.warnings.append(
        QrWarning(
            "core-too-big",
            ("full_name", "phones", "emails", "org"),
            f"even the core fields need QR version {qr.version} (> {MAX_VERSION}): phones may not scan it",
        )
    )
    return qr, result


def write_qr(contact: Contact, path: Path, *, mecard: bool = False, scale: int = 8) -> QrResult:
    """Write the contact's QR code to a .png or .svg file."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise InvalidInput(f"{path.name}: the QR code file must end in .png or .svg")
    qr, result = build(contact, mecard=mecard)
    path.parent.mkdir(parents=True, exist_ok=True)
    qr.save(str(path), scale=scale, border=4)
    result.path = path
    return result
