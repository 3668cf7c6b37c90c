"""`cardbox scan`: JSON Lines contract, a corrupt photo in a batch, storing and re-scans."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from cardgen import generate_photo  # noqa: E402

from cardbox import paths  # noqa: E402
from cardbox.cli.main import main  # noqa: E402
from cardbox.store import Store  # noqa: E402
from cardbox.text import fold  # noqa: E402

pytestmark = pytest.mark.tesseract

KEYS = {
    "photo",
    "card_index",
    "quad",
    "full_name",
    "given_name",
    "family_name",
    "title",
    "org",
    "emails",
    "phones",
    "urls",
    "address",
    "confidence",
    "qr",
    "ocr_text",
    "error",
}
REAL = Path(__file__).resolve().parents[1] / "data" / "cards-real" / "azure-business-card-english.jpg"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    code = main(["scan", *args])
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines() if line.strip()]


def test_json_lines_contract_and_a_corrupt_photo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = []
    for seed in (3, 4):
        photo = generate_photo(seed, n_cards=1, layout="left", turn=0, qr=False, exif=False)
        path = tmp_path / f"gen{seed}.jpg"
        path.write_bytes(photo.data)
        photos.append((path, photo.truth["cards"][0]))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(photos[0][0].read_bytes()[:3000])
    args = [str(photos[0][0]), str(broken), str(photos[1][0])]
    code, objs = _run(capsys, "--json", "--dry-run", "--workers", "2", *args)
    assert code == 10
    assert sorted(o["photo"] for o in objs) == sorted(args)
    for obj in objs:
        assert set(obj) == KEYS
        assert isinstance(obj["card_index"], int) and isinstance(obj["ocr_text"], str)
        assert all(isinstance(obj[k], str) for k in ("full_name", "given_name", "family_name", "title", "org"))
        assert isinstance(obj["emails"], list) and isinstance(obj["urls"], list)
        assert all(set(p) == {"e164", "type"} for p in obj["phones"])
        assert set(obj["address"]) == {"street", "postal_code", "city", "region", "country"}
        assert all(0.0 <= v <= 1.0 for v in obj["confidence"].values())
    bad = next(o for o in objs if o["photo"] == str(broken))
    assert bad["error"] and bad["card_index"] == 0 and bad["quad"] == []
    for path, truth in photos:
        obj = next(o for o in objs if o["photo"] == str(path))
        assert obj["error"] is None and obj["card_index"] == 0
        assert len(obj["quad"]) == 4 and all(len(p) == 2 for p in obj["quad"])
        assert fold(obj["full_name"]) == fold(truth["full_name"])
        assert obj["emails"] == truth["emails"]
        assert {p["e164"] for p in obj["phones"]} & {p["e164"] for p in truth["phones"]}


def test_dry_run_never_creates_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, objs = _run(capsys, "--json", "--dry-run", "--workers", "0", str(tmp_path / "missing.jpg"))
    assert code == 10 and objs[0]["error"]
    assert not paths.default_db_path().exists()


def test_scan_into_store_then_skip_then_force(capsys: pytest.CaptureFixture[str]) -> None:
    code, objs = _run(capsys, "--json", "--event", "Feria de Muestras 2026", "--workers", "0", str(REAL))
    assert code == 0 and len(objs) == 1
    with Store.open(paths.default_db_path()) as store:
        (cid,) = store.all_ids()
        contact = store.get(cid)
        assert [e.name for e in contact.events] == ["Feria de Muestras 2026"]
        (image,) = contact.cards
        assert image.side == "front" and store.images.path(image.sha256).exists()
        row = store.conn.execute("SELECT * FROM scans").fetchone()
        assert row["contact_id"] == cid and row["status"] == "new" and image.scan_id == row["id"]
        assert len(json.loads(row["quad"])) == 4 and json.loads(row["ocr_words"])
        assert store.images.path(row["photo_sha256"]).exists()  # the original photo is kept
        assert store.search("Kingdom Street") == [cid]  # OCR text is searchable
    code, objs = _run(capsys, "--json", "--workers", "0", str(REAL))
    assert code == 0 and objs == []  # already in the tarjetero: skipped
    code, objs = _run(capsys, "--json", "--force", "--workers", "0", str(REAL))
    assert code == 0 and len(objs) == 1
    with Store.open(paths.default_db_path()) as store:
        # The forced re-scan replaces its scans row in place; dedup folds the new draft into
        # the same person (or keeps it for review), never loses the first contact.
        (row,) = store.conn.execute("SELECT contact_id, status FROM scans").fetchall()
        assert row["contact_id"] in store.all_ids() and cid in store.all_ids()
        assert len(store.all_ids()) in (1, 2)
