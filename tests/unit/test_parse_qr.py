"""QR payloads on cards (vCard 3.0, MECARD, URL) merged over the OCR reading: QR wins."""

from __future__ import annotations

from cardbox.model import PhoneType, SourceKind
from cardbox.scan.ocr.types import Box, Line, OcrResult, Word
from cardbox.scan.parse import parse_card
from cardbox.scan.parse.qr import QR_CONFIDENCE, parse_payload

OCR_LINES = [
    "José Fernández Gómez",
    "Director Comercial",
    "Innotex Iberia S.L.",
    "Tel. 91 123 45 67",
    "jose.fernandez©innotex,es",
    "C/ Alcalá 123",
    "28009 Madrid",
]

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Fernández Gómez;José;;;\r\nFN:José Fernández Gómez\r\n"
    "ORG:Innotex Iberia S.L.\r\nTITLE:Director Comercial y de Expansión\r\n"
    "TEL;TYPE=CELL:+34 600 12 34 56\r\nEMAIL;TYPE=WORK:jose.fernandez@innotex.es\r\n"
    "URL:https://www.innotex.es\r\nADR;TYPE=WORK:;;C/ Alcalá 123;Madrid;Madrid;28009;España\r\nEND:VCARD\r\n"
)


def ocr(lines: list[str]) -> OcrResult:
    rows = [
        Line([Word(w, Box(10 + 50 * i, 10 + 30 * n, 45, 20), 0.9) for i, w in enumerate(t.split())])
        for n, t in enumerate(lines)
    ]
    return OcrResult(rows, 800, 30 * len(lines) + 20)


def test_vcard_payload_wins_and_confirms_what_ocr_read() -> None:
    parsed = parse_card(ocr(OCR_LINES), VCARD, source_ref="scan-7")
    c = parsed.contact
    assert c.full_name == "José Fernández Gómez" and c.sources["full_name"].kind is SourceKind.QR
    assert parsed.confidence["full_name"] == 1.0  # the OCR read the same name
    assert c.title == "Director Comercial y de Expansión"  # QR wins over the OCR's shorter title
    assert parsed.confidence["title"] == QR_CONFIDENCE
    assert c.sources["org"].confidence == 1.0
    # QR email confirmed by the (repaired) OCR email; OCR work phone kept after the QR cell phone.
    assert [(e.address, e.source.kind, e.source.confidence) for e in c.emails] == [
        ("jose.fernandez@innotex.es", SourceKind.QR, 1.0)
    ]
    assert [(p.e164, p.type, p.source.kind) for p in c.phones] == [
        ("+34600123456", PhoneType.CELL, SourceKind.QR),
        ("+34911234567", PhoneType.WORK, SourceKind.SCAN),
    ]
    assert [(a.postal_code, a.country, a.source.confidence) for a in c.addresses] == [("28009", "ES", 1.0)]
    assert [u.url for u in c.urls] == ["https://www.innotex.es"]
    assert c.sources["full_name"].ref == "scan-7"


def test_mecard_payload() -> None:
    payload = (
        "MECARD:N:Fernández Gómez,José;TEL:+34600123456;EMAIL:jose.fernandez@innotex.es;"
        "URL:https\\://innotex.es;ADR:C/ Alcalá 123\\, 28009 Madrid;ORG:Innotex Iberia S.L.;;"
    )
    parsed = parse_card(ocr(["Tel. 91 123 45 67"]), payload)
    c = parsed.contact
    assert (c.given_names, c.family_names, c.full_name) == ("José", "Fernández Gómez", "José Fernández Gómez")
    assert c.org == "Innotex Iberia S.L." and c.sources["org"].kind is SourceKind.QR
    assert [p.e164 for p in c.phones] == ["+34600123456", "+34911234567"]
    assert [u.url for u in c.urls] == ["https://innotex.es"]
    a = c.addresses[0]
    assert (a.street, a.postal_code, a.city, a.region) == ("C/ Alcalá 123", "28009", "Madrid", "Madrid")
    assert not parsed.needs_review


def test_url_payload_adds_a_link_or_a_profile() -> None:
    parsed = parse_card(ocr(OCR_LINES), "https://www.linkedin.com/in/jose-fernandez")
    assert [(s.service, s.handle, s.source.kind) for s in parsed.contact.socials] == [
        ("linkedin", "https://www.linkedin.com/in/jose-fernandez", SourceKind.QR)
    ]
    assert parsed.contact.full_name == "José Fernández Gómez"  # OCR fields are kept
    parsed = parse_card(ocr(["Innotex Iberia S.L."]), "https://innotex.es/contacto")
    assert [u.url for u in parsed.contact.urls] == ["https://innotex.es/contacto"]


def test_unknown_payload_is_kept_for_review_not_parsed() -> None:
    parsed = parse_card(ocr(["Innotex Iberia S.L."]), "WIFI:S:Innotex;T:WPA;P:secret;;")
    assert parsed.unassigned == ["QR: WIFI:S:Innotex;T:WPA;P:secret;;"]
    assert parse_payload("just some words") is None


def test_qr_alone_is_enough() -> None:
    parsed = parse_card(OcrResult([], 800, 500), VCARD)
    assert parsed.contact.full_name == "José Fernández Gómez" and not parsed.needs_review
    assert parsed.confidence["full_name"] == QR_CONFIDENCE


def test_qr_name_without_the_printed_prefix_keeps_it() -> None:
    payload = "MECARD:N:Gómez Álvarez,Andrés;TEL:+34964033078;EMAIL:andres@vinedos.es;;"
    parsed = parse_card(ocr(["Dr. Andrés Gómez Álvarez", "Arquitecto", "andres@vinedos.es"]), payload)
    c = parsed.contact
    assert (c.full_name, c.prefix, c.given_names) == ("Dr. Andrés Gómez Álvarez", "Dr.", "Andrés")
    assert parsed.confidence["full_name"] == 1.0 and c.sources["full_name"].kind is SourceKind.QR
