"""The two real card photos through the real pipeline (real Tesseract, dry run, inline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbox.scan.pipeline import CardResult, scan_photos

pytestmark = pytest.mark.tesseract


@pytest.fixture(scope="module")
def results() -> dict[str, list[CardResult]]:
    folder = Path(__file__).resolve().parents[1] / "data" / "cards-real"
    out: dict[str, list[CardResult]] = {}
    for ev in scan_photos([folder], store=None, dry_run=True, workers=0):  # a folder expands to its photos
        if ev.stage == "card":
            out.setdefault(Path(ev.payload.photo).name, []).append(ev.payload)
    return out


def test_one_card_per_photo(results: dict[str, list[CardResult]]) -> None:
    assert sorted(results) == ["azure-business-card-english.jpg", "azure-business_card.jpg"]
    assert all(len(cards) == 1 and cards[0].error is None for cards in results.values())


def test_avery_smith(results: dict[str, list[CardResult]]) -> None:
    (card,) = results["azure-business-card-english.jpg"]
    c = card.parsed.contact
    assert "Avery Smith" in c.full_name
    assert [e.address for e in c.emails] == ["avery.smith@contoso.com"]
    assert "+447911123456" in {p.e164 for p in c.phones}
    assert "Contoso" in card.ocr_text and card.warped_jpeg[:2] == b"\xff\xd8"
    assert card.ocr_words and {"text", "x", "y", "w", "h", "conf", "line"} <= set(card.ocr_words[0])


def test_chris_smith(results: dict[str, list[CardResult]]) -> None:
    (card,) = results["azure-business_card.jpg"]
    c = card.parsed.contact
    assert c.full_name == "Chris Smith"
    assert [e.address for e in c.emails] == ["chris.smith@contoso.com"]
    phones = {p.e164 for p in c.phones}
    assert phones & {"+19871234567", "+19872135674", "+19873126745"}
