"""OCR lines (and an optional QR payload) to a draft contact with a confidence per field.

Pure Python and deterministic: no OCR here. Nothing is invented: a field the card does not
clearly show stays empty, and a doubtful one sends the card to the review queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from cardbox.model import Address, Contact, Provenance, SourceKind
from cardbox.scan.ocr.types import Box, Line, OcrResult, Word
from cardbox.scan.parse import roles
from cardbox.scan.parse.address import region_hint
from cardbox.scan.parse.crosscheck import (
    doubt_near_miss_emails,
    doubt_near_miss_mailboxes,
    pick_email_readings,
)
from cardbox.scan.parse.extract import Extracted, extract
from cardbox.scan.parse.items import items_from_ocr
from cardbox.scan.parse.layout import Layout, read_layout, split_name_and_title
from cardbox.scan.parse.lexicon import CALLING_CODES
from cardbox.scan.parse.names import split_name

REVIEW_THRESHOLD = 0.6  # a present field below this sends the card to the review queue
DOMAIN_ORG_CONFIDENCE = 0.35  # company guessed from the email/web domain alone

T = TypeVar("T")

__all__ = ["REVIEW_THRESHOLD", "ParsedCard", "parse_card", "parse_text"]


@dataclass
class ParsedCard:
    """A draft contact read from one card, how sure each field is, and what was not understood."""

    contact: Contact
    confidence: dict[str, float] = field(default_factory=dict)
    needs_review: bool = False
    unassigned: list[str] = field(default_factory=list)


def parse_card(ocr: OcrResult, qr_text: str | None = None, *, region: str = "ES", source_ref: str = "") -> ParsedCard:
    """Read one card's OCR result (and the QR payload found on it, if any) into a draft contact."""
    items = items_from_ocr(ocr)
    found = extract(items, region_hint([i.text for i in items]) or region, source_ref)
    items = split_name_and_title(items)
    phone_country = _phone_country(found)
    layout = read_layout(items, found.company_label(), found.email_locals(), phone_country, region)
    card = _build(found, layout, source_ref)
    pick_email_readings(card.contact, found.alternatives)
    doubt_near_miss_emails(card.contact)
    doubt_near_miss_mailboxes(card.contact)
    card.unassigned = [i.rest for i in items if not i.kind and i.rest]
    if qr_text and qr_text.strip():
        from cardbox.scan.parse.qr import merge_qr

        merge_qr(card, qr_text, source_ref, region)
    _finish(card)
    return card


def parse_text(text: str, *, region: str = "ES") -> ParsedCard:
    """Parse plain text lines as if OCR had read them all at one size with full confidence."""
    lines = []
    for row, raw in enumerate(text.splitlines()):
        words = [Word(w, Box(10 + 60 * n, 10 + 40 * row, 50, 30), 1.0) for n, w in enumerate(raw.split())]
        if words:
            lines.append(Line(words))
    return parse_card(OcrResult(lines, 1000, 40 * len(lines) + 20, engine="text"), region=region)


def _phone_country(found: Extracted) -> str:
    """The country of the card's phones when they all agree on an explicit calling code."""
    codes = set()
    for phone in found.phones:
        digits = phone.e164.lstrip("+")
        code = next((c for c in sorted(CALLING_CODES, key=len, reverse=True) if digits.startswith(c)), "")
        codes.add(CALLING_CODES.get(code, ""))
    return codes.pop() if len(codes) == 1 else ""


def _prov(ref: str, confidence: float) -> Provenance:
    return Provenance(SourceKind.SCAN, ref, round(confidence, 3))


def _build(found: Extracted, layout: Layout, ref: str) -> ParsedCard:
    contact = Contact(
        emails=_unique(found.emails, lambda e: e.address),
        phones=_unique(found.phones, lambda p: p.e164),
        urls=_unique(found.urls, lambda u: u.url.lower().rstrip("/")),
        socials=_unique(found.socials, lambda s: f"{s.service} {s.handle.lower()}"),
    )
    card = ParsedCard(contact)
    if layout.name:
        _set_name(card, layout.name.value, layout.name.confidence, ref)
    for attr in ("title", "department", "org"):
        reading = getattr(layout, attr)
        if reading is not None:
            contact.set_field(attr, reading.value, _prov(ref, reading.confidence))
            if attr != "department":  # not one of the reviewed fields
                card.confidence[attr] = reading.confidence
    if layout.org is None and (label := found.company_label()):
        contact.set_field("org", roles.org_from_domain(label), _prov(ref, DOMAIN_ORG_CONFIDENCE))
        card.confidence["org"] = DOMAIN_ORG_CONFIDENCE
    if (a := layout.address) is not None:
        prov = _prov(ref, layout.address_conf)
        contact.addresses.append(Address(a.street, a.postal_code, a.city, a.region, a.country, "work", prov))
    return card


def _set_name(card: ParsedCard, printed: str, confidence: float, ref: str) -> None:
    parts = split_name(printed)
    for name, value, key in (
        ("full_name", parts.full, "full_name"),
        ("given_names", parts.given, "given_name"),
        ("family_names", parts.family, "family_name"),
        ("prefix", parts.prefix, ""),
        ("suffix", parts.suffix, ""),
    ):
        if value:
            card.contact.set_field(name, value, _prov(ref, confidence))
            if key:
                card.confidence[key] = confidence


def _unique(values: list[T], key: Callable[[T], str]) -> list[T]:
    """The values with duplicates (by key) dropped, first one kept."""
    seen: set[str] = set()
    out = []
    for value in values:
        if key(value) not in seen:
            seen.add(key(value))
            out.append(value)
    return out


def _finish(card: ParsedCard) -> None:
    """List-field confidences (the least sure item), and the review flag."""
    c = card.contact
    for key, values in (("emails", c.emails), ("phones", c.phones), ("urls", c.urls), ("address", c.addresses)):
        if values:
            card.confidence[key] = min(v.source.confidence for v in values)
        else:
            card.confidence.pop(key, None)
    doubtful = any(v < REVIEW_THRESHOLD for v in card.confidence.values())
    card.needs_review = doubtful or not (c.full_name or c.org)
    c.needs_review = card.needs_review
