"""The two real card photos' actual Tesseract 5.3 output (tests/data/ocr, see regenerate.py)."""

from __future__ import annotations

import pytest
from ocr_fixtures import OCR_DIR, load_tsv, parse_tsv

from cardbox.model import PhoneType
from cardbox.scan.parse import parse_card, parse_text


@pytest.mark.parametrize("psm", [4, 11])
def test_uk_card_from_real_tesseract_boxes(psm: int) -> None:
    parsed = parse_card(load_tsv(f"azure-business-card-english.warp.psm{psm}.tsv"), source_ref="scan-1")
    c = parsed.contact
    assert (c.prefix, c.given_names, c.family_names, c.full_name) == ("Dr.", "Avery", "Smith", "Dr. Avery Smith")
    assert c.title == "Senior Researcher"
    assert c.department == "Cloud & Al Department"  # Tesseract reads "AI" as "Al"
    assert c.org == "Contoso" and parsed.confidence["org"] >= 0.85  # logo line confirmed by the domain
    assert [e.address for e in c.emails] == ["avery.smith@contoso.com"]
    assert [u.url for u in c.urls] == ["https://www.contoso.com/"]
    assert [(p.e164, p.type) for p in c.phones] == [
        ("+447911123456", PhoneType.CELL),
        ("+442098765432", PhoneType.WORK),
        ("+442067892345", PhoneType.FAX),
    ]
    # The work and fax numbers are in an unassigned (fictional) range: kept as printed, but doubtful.
    assert [p.source.confidence < 0.6 for p in c.phones] == [False, True, True]
    a = c.addresses[0]
    assert (a.street, a.postal_code, a.city, a.country) == ("2 Kingdom Street, Paddington", "W2 6BD", "London", "GB")
    assert parsed.needs_review and parsed.unassigned == []
    assert c.sources["title"].ref == "scan-1"


def test_us_card_from_real_tesseract_boxes() -> None:
    parsed = parse_card(load_tsv("azure-business_card.warp.psm4.tsv"))
    c = parsed.contact
    assert (c.given_names, c.family_names, c.title) == ("Chris", "Smith", "Senior Researcher")
    assert [e.address for e in c.emails] == ["chris.smith@contoso.com"]
    assert [u.url for u in c.urls] == ["https://www.contoso.com"]
    # The logo (white on grey) was not read: the company comes from the domain, doubtful.
    assert c.org == "Contoso" and parsed.confidence["org"] < 0.6
    # "Tel:" and "Fax:" labels were mangled ("el:", "sx:"); fictional 987 numbers: doubtful, untyped.
    assert "+19872135674" in [p.e164 for p in c.phones]
    assert all(p.source.confidence < 0.6 for p in c.phones)
    a = c.addresses[0]
    assert (a.postal_code, a.city, a.region, a.country) == ("98052", "Redmond", "WA", "US")
    assert "His A" in parsed.unassigned


def test_us_card_sparse_mode_repairs_a_lost_dot() -> None:
    c = parse_card(load_tsv("azure-business_card.warp.psm11.tsv")).contact
    assert [e.address for e in c.emails] == ["chris.smith@contoso.com"]  # read "chris smith@contoso.com"
    assert [u.url for u in c.urls] == ["https://www.contoso.com"]  # read "https://www.contoso com"
    assert c.full_name == "Chris Smith"


@pytest.mark.parametrize("name", sorted(p.name for p in OCR_DIR.glob("*.raw.psm*.txt")))
def test_tesseract_noise_from_the_raw_photos_invents_nothing(name: str) -> None:
    parsed = parse_text((OCR_DIR / name).read_text(encoding="utf-8"))
    c = parsed.contact
    assert not (c.emails or c.phones or c.urls or c.addresses)
    assert parsed.needs_review


@pytest.mark.tesseract
def test_live_tesseract_on_the_real_uk_card_still_parses() -> None:
    """The saved fixtures are not stale: today's Tesseract on the flattened photo, parsed."""
    import importlib.util

    import pytesseract

    spec = importlib.util.spec_from_file_location("regenerate", OCR_DIR / "regenerate.py")
    assert spec and spec.loader
    regenerate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regenerate)
    flat = regenerate.warp("azure-business-card-english")
    tsv = pytesseract.image_to_data(flat, lang="spa+eng", config="--psm 4")
    c = parse_card(parse_tsv(tsv)).contact
    assert (c.full_name, c.title, c.org) == ("Dr. Avery Smith", "Senior Researcher", "Contoso")
    assert [e.address for e in c.emails] == ["avery.smith@contoso.com"]
    assert "+447911123456" in [p.e164 for p in c.phones]
    assert c.addresses[0].postal_code == "W2 6BD"
