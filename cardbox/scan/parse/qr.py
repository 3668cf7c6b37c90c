"""QR payloads on cards (vCard, MECARD, a URL) read into a contact and merged over the OCR reading.

The QR code is the most trusted source: its values win, OCR values it lacks are kept with their
own confidence, and a QR value the OCR also read is fully confirmed (1.0).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cardbox.model import SCALAR_FIELDS, Address, Contact, Email, Phone, Provenance, Social, SourceKind, Url
from cardbox.phones import guess_type, to_e164
from cardbox.scan.parse.web import host_of
from cardbox.text import squash

if TYPE_CHECKING:
    from cardbox.scan.parse import ParsedCard

QR_CONFIDENCE = 0.99
_SOCIAL_HOSTS = {"linkedin.com": "linkedin", "twitter.com": "twitter", "x.com": "twitter", "instagram.com": "instagram"}


def _split_escaped(text: str, sep: str) -> list[str]:
    parts, buf, escaped = [], "", False
    for ch in text:
        if escaped:
            buf, escaped = buf + ch, False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return parts


def parse_mecard(payload: str, prov: Provenance, region: str = "ES") -> Contact:
    """A MECARD ("MECARD:N:Fernández,José;TEL:+34…;EMAIL:…;;") as a contact."""
    contact = Contact()
    body = payload.strip()[len("MECARD:") :]
    for field in _split_escaped(body, ";"):
        name, _, value = field.partition(":")
        name, value = name.strip().upper(), value.strip()
        if not str(value).strip():
            continue
        if name == "N":
            parts = [*_split_escaped(value, ","), ""]
            _set_name(contact, parts[1].strip(), parts[0].strip(), prov)
        elif name in ("TEL", "TEL-AV"):
            contact.phones.append(_phone(value, prov, region))
        elif name == "EMAIL":
            contact.emails.append(Email(value.lower(), "work", prov))
        elif name == "URL":
            _add_url(contact, value, prov)
        elif name == "ADR":
            contact.addresses.append(_mecard_address(value, prov, region))
        elif name in ("ORG", "TITLE"):
            contact.set_field(name.lower(), value, prov)
    return contact


def _set_name(contact: Contact, given: str, family: str, prov: Provenance) -> None:
    if given:
        contact.set_field("given_names", given, prov)
    if family:
        contact.set_field("family_names", family, prov)
    full = " ".join(p for p in (given, family) if p)
    if full:
        contact.set_field("full_name", full, prov)


def _phone(text: str, prov: Provenance, region: str = "ES") -> Phone:
    e164 = to_e164(text, region) or text.strip()
    return Phone(e164, guess_type(e164), prov)


def _add_url(contact: Contact, url: str, prov: Provenance) -> None:
    host = host_of(url)
    service = next((s for h, s in _SOCIAL_HOSTS.items() if host == h or host.endswith("." + h)), "")
    if service:
        contact.socials.append(Social(service, url, prov))
    else:
        contact.urls.append(Url(url, prov))


def _mecard_address(value: str, prov: Provenance, region: str) -> Address:
    parts = _split_escaped(value, ",")
    if len(parts) == 7:  # vCard order: PO box, extended, street, city, region, code, country
        return Address(parts[2].strip(), parts[5].strip(), parts[3].strip(), parts[4].strip(), "", "work", prov)
    from cardbox.scan.parse.address import parse_address

    a = parse_address([p.strip() for p in parts if p.strip()], "", region)
    return Address(a.street, a.postal_code, a.city, a.region, a.country, "work", prov)


def parse_payload(payload: str, ref: str = "", region: str = "ES") -> Contact | None:
    """The contact a QR payload describes, or None when it is not contact data."""
    prov = Provenance(SourceKind.QR, ref, QR_CONFIDENCE)
    text = payload.strip()
    upper = text.upper()
    if upper.startswith("MECARD:"):
        return parse_mecard(text, prov, region)
    if upper.startswith("BEGIN:VCARD"):
        return _parse_vcard(text, ref, prov)
    if re.match(r"(?i)^(https?://|www\.)\S+$", text):
        contact = Contact()
        _add_url(contact, text, prov)
        return contact
    if upper.startswith("MAILTO:"):
        return Contact(emails=[Email(text[7:].split("?")[0].lower(), "work", prov)])
    if upper.startswith("TEL:"):
        return Contact(phones=[_phone(text[4:], prov, region)])
    return None


def _parse_vcard(text: str, ref: str, prov: Provenance) -> Contact | None:
    try:
        from cardbox.vcard import read_vcards  # type: ignore[attr-defined]
    except ImportError:
        return None
    contacts, _errors = read_vcards(text, source=ref or "qr")
    if not contacts:
        return None
    contact = contacts[0]
    for name in SCALAR_FIELDS:
        if getattr(contact, name):
            contact.sources[name] = prov
    for items in (contact.emails, contact.phones, contact.urls, contact.addresses, contact.socials):
        for item in items:
            item.source = prov
    return contact


def merge_qr(card: ParsedCard, payload: str, ref: str = "", region: str = "ES") -> None:
    """Merge a QR payload over the OCR reading of the same card (QR wins, OCR fills the gaps)."""
    qr = parse_payload(payload, ref, region)
    if qr is None:
        card.unassigned.append(f"QR: {payload.strip()[:200]}")
        return
    _merge_scalars(card, qr)
    c = card.contact
    c.emails = _merge_list(qr.emails, c.emails, lambda e: e.address.lower())
    c.phones = _merge_list(qr.phones, c.phones, lambda p: p.e164)
    c.urls = _merge_list(qr.urls, c.urls, lambda u: host_of(u.url) + u.url.rstrip("/").partition(host_of(u.url))[2])
    c.socials = _merge_list(qr.socials, c.socials, lambda s: (s.service, s.handle.lower().rstrip("/")))
    c.addresses = _merge_list(qr.addresses, c.addresses, lambda a: a.postal_code.replace(" ", "") or squash(a.street))


_CONF_KEYS = {
    "full_name": "full_name",
    "given_names": "given_name",
    "family_names": "family_name",
    "title": "title",
    "org": "org",
}


def _merge_scalars(card: ParsedCard, qr: Contact) -> None:
    c = card.contact
    for name in SCALAR_FIELDS:
        value = getattr(qr, name)
        if not str(value).strip():
            continue
        confirmed = squash(getattr(c, name)) == squash(value)
        if name == "full_name" and _same_person(c, qr):
            value, confirmed = c.full_name, True  # keep the printed "Dr." / "PhD" the QR left out
        conf = 1.0 if confirmed else QR_CONFIDENCE
        src = qr.sources.get(name, Provenance(SourceKind.QR, "", QR_CONFIDENCE))
        c.set_field(name, value, Provenance(SourceKind.QR, src.ref, conf))
        if name in _CONF_KEYS:
            card.confidence[_CONF_KEYS[name]] = conf


def _same_person(ocr: Contact, qr: Contact) -> bool:
    ocr_core = squash(f"{ocr.given_names} {ocr.family_names}")
    return bool(ocr_core and (ocr.prefix or ocr.suffix) and ocr_core == squash(qr.full_name))


def _merge_list(qr_items: list, ocr_items: list, key) -> list:  # type: ignore[no-untyped-def, type-arg]
    """QR items first (1.0 when the OCR read them too), then OCR items the QR lacks."""
    ocr_keys = {key(i) for i in ocr_items}
    qr_keys = set()
    out = []
    for item in qr_items:
        k = key(item)
        if k in qr_keys:
            continue
        qr_keys.add(k)
        if k in ocr_keys:
            item.source = Provenance(SourceKind.QR, item.source.ref, 1.0)
        out.append(item)
    out.extend(i for i in ocr_items if key(i) not in qr_keys)
    return out
