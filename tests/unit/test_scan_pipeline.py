"""Pipeline plumbing without OCR: failed photos are recorded, the OCR wall reports clearly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cardbox.errors import OcrUnavailable
from cardbox.model import Event
from cardbox.progress import CancelFlag
from cardbox.scan.ocr import tesseract
from cardbox.scan.pipeline import scan_photos
from cardbox.store import Store


def test_failed_photos_get_a_failed_scan_row_and_the_batch_goes_on(tmp_path: Path, store: Store) -> None:
    bad = [tmp_path / "a.jpg", tmp_path / "b.png"]
    bad[0].write_bytes(b"")
    bad[1].write_text("not a photo")
    events = list(scan_photos(bad, store=store, event=Event(name="Congreso"), workers=0))
    cards = [e for e in events if e.stage == "card"]
    assert [e.error.source for e in cards] == [str(p) for p in bad]
    assert all(e.payload.error and e.payload.card_index == 0 for e in cards)
    rows = store.conn.execute("SELECT status, error, photo_path, event_id FROM scans ORDER BY id").fetchall()
    assert [r["status"] for r in rows] == ["failed", "failed"]
    assert "empty" in rows[0]["error"] and "not an image" in rows[1]["error"]
    assert rows[0]["event_id"] == store.event("Congreso").id
    assert store.all_ids() == []
    # A failed photo is tried again next time (not skipped as "already scanned").
    again = [e for e in scan_photos(bad, store=store, workers=0) if e.stage == "card"]
    assert len(again) == 2 and store.conn.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 2


def test_cancel_stops_before_the_next_photo(tmp_path: Path) -> None:
    paths = [tmp_path / f"{i}.jpg" for i in range(3)]
    for p in paths:
        p.write_bytes(b"")
    flag = CancelFlag()
    seen = []
    for ev in scan_photos(paths, store=None, dry_run=True, cancel=flag, workers=0):
        seen.append(ev)
        flag.cancel()
    assert len([e for e in seen if e.stage == "photo"]) == 1


def test_tesseract_locator_prefers_a_bundled_binary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    system = shutil.which("tesseract")
    if system is None:
        pytest.skip("no tesseract installed")
    bundle = tmp_path / "tesseract"
    bundle.mkdir()
    (bundle / "tessdata").mkdir()
    exe = bundle / "tesseract"
    exe.symlink_to(system)
    monkeypatch.setenv("CARDBOX_TESSERACT", str(exe))
    monkeypatch.setenv("TESSDATA_PREFIX", "-")  # so monkeypatch restores whatever was there
    monkeypatch.delenv("TESSDATA_PREFIX")
    assert tesseract.tesseract_cmd() == str(exe)
    assert Path(tesseract.os.environ["TESSDATA_PREFIX"]) == bundle / "tessdata"
    monkeypatch.delenv("CARDBOX_TESSERACT")
    assert tesseract.tesseract_cmd() == system
    assert tesseract.describe()["tesseract"].split()[1] == "(system:"


def test_missing_language_is_ocr_unavailable_with_hint() -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("no tesseract installed")
    with pytest.raises(OcrUnavailable) as info:
        tesseract.check("spa+xyz")
    assert "xyz" in info.value.message and "apt install" in info.value.message


def test_missing_binary_is_ocr_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CARDBOX_TESSERACT", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(OcrUnavailable, match="not found"):
        tesseract.tesseract_cmd()


def test_ocr_data_grouped_into_lines() -> None:
    data = {
        "text": ["", "María", "José", "612", "-1conf"],
        "conf": [-1, 96, 90, 80, -1],
        "block_num": [1, 1, 1, 2, 2],
        "par_num": [1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 1],
        "left": [0, 10, 80, 10, 0],
        "top": [0, 10, 10, 60, 0],
        "width": [0, 60, 50, 40, 0],
        "height": [0, 20, 20, 15, 0],
    }
    result = tesseract.data_to_result(data, 300, 100)
    assert result.text == "María José\n612"
    assert result.lines[0].words[0].confidence == pytest.approx(0.96)
    assert json.dumps(result.lines[0].box.__dict__)
