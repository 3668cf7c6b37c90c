"""SIGKILL at random moments: nothing reported done is lost, nothing is duplicated, and the next
run completes the job. Real processes, real SQLite files, real Tesseract."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cardbox.store import Store
from cardbox.store.backup import check_integrity

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from cardgen import generate_photo  # noqa: E402
from people import people  # noqa: E402

pytestmark = pytest.mark.slow


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cardbox.cli.main", *args]


def env_for(data: Path) -> dict[str, str]:
    return dict(os.environ, CARDBOX_DATA_DIR=str(data), CARDBOX_CONFIG_DIR=str(data / "cfg"), OMP_THREAD_LIMIT="1")


def run_until_killed(argv: list[str], env: dict[str, str], kill_after_lines: int) -> list[str]:
    """Start the CLI, SIGKILL it once it printed `kill_after_lines` lines; return those lines."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        if len(lines) >= kill_after_lines:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    return lines


@pytest.mark.tesseract
def test_scan_of_50_photos_killed_twice_then_completed(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    total_cards = 0
    for seed in range(50):
        n = 2 if seed % 10 == 0 else 1  # a few photos hold two cards: a kill can split a photo
        photo = generate_photo(1000 + seed, n_cards=n)
        (photos / f"p{seed:02d}.jpg").write_bytes(photo.data)
        total_cards += len(photo.truth["cards"])
    data = tmp_path / "data"
    env = env_for(data)
    rng = random.Random(5)
    reported: list[dict] = []
    for _ in range(2):
        lines = run_until_killed(cli("scan", str(photos), "--json", "--event", "Feria"), env, rng.randint(3, 15))
        reported += [json.loads(line) for line in lines]
        with Store.open(data / "tarjetero.sqlite3") as store:
            for card in reported:  # every card printed before the kill is stored
                if card["error"]:
                    continue
                sha = _sha(Path(card["photo"]))
                row = store.conn.execute(
                    "SELECT status, contact_id FROM scans WHERE photo_sha256 = ? AND card_index = ?",
                    (sha, card["card_index"]),
                ).fetchone()
                assert row is not None and row["status"] == "new" and store.exists(row["contact_id"])
    final = subprocess.run(
        cli("scan", str(photos), "--json", "--event", "Feria"), env=env, capture_output=True, text=True, timeout=600
    )
    assert final.returncode in (0, 10), final.stderr
    assert check_integrity(data / "tarjetero.sqlite3", full=True) is None
    with Store.open(data / "tarjetero.sqlite3") as store:
        rows = store.conn.execute("SELECT photo_sha256, card_index, status, contact_id FROM scans").fetchall()
        assert len(rows) == total_cards  # one row per card: none duplicated, none missing
        assert all(r["status"] in ("new", "failed") for r in rows)
        stored = [r for r in rows if r["status"] == "new"]
        assert len(stored) >= total_cards - 2
        # one contact per card (generated people are all different), each holding its card image
        contacts = {r["contact_id"] for r in stored}
        assert len(contacts) == len(stored) == store.count()
        images = store.conn.execute("SELECT COUNT(*) FROM card_images").fetchone()[0]
        assert images == len(stored)
    again = subprocess.run(cli("scan", str(photos), "--json"), env=env, capture_output=True, text=True, timeout=300)
    assert again.stdout == ""  # everything was already scanned: nothing read or stored twice


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_of_a_large_vcf_killed_then_completed(tmp_path: Path) -> None:
    from cardbox.vcard import write_vcards

    n = 6000
    vcf = tmp_path / "big.vcf"
    vcf.write_text(write_vcards(people(n, seed=21)), encoding="utf-8")
    data = tmp_path / "data"
    env = env_for(data)
    db = data / "tarjetero.sqlite3"
    counts = []
    for threshold in (600, 2400):  # kill once this many cards are committed
        proc = subprocess.Popen(
            cli("import", str(vcf), "--no-dedup"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and committed(db) < threshold:
            time.sleep(0.02)
        running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert running, "the import finished before it could be killed"
        with Store.open(db) as store:
            count = store.count()
            # whole contacts only: every stored card has its email and its phone
            half = store.conn.execute(
                "SELECT COUNT(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM emails e WHERE e.contact_id = c.id) "
                "OR NOT EXISTS (SELECT 1 FROM phones p WHERE p.contact_id = c.id)"
            ).fetchone()[0]
            assert half == 0
        counts.append(count)
    assert 600 <= counts[0] <= counts[1] < n
    done = subprocess.run(
        cli("import", str(vcf), "--no-dedup", "--json"), env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    with Store.open(db) as store:
        assert store.count() == n
        uids = store.conn.execute("SELECT COUNT(DISTINCT uid) FROM contacts").fetchone()[0]
        assert uids == n
    assert check_integrity(db, full=True) is None


def committed(db: Path) -> int:
    """Contacts committed so far, read by another connection (WAL lets it read while a writer works)."""
    if not db.exists():
        return 0
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def test_sync_to_a_folder_killed_then_completed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = env_for(data)
    db = data / "tarjetero.sqlite3"
    with Store.open(db) as store:
        for i in range(0, 400, 100):
            store.save_many(list(people(400, seed=33))[i : i + 100])
    folder = tmp_path / "vdir"
    folder.mkdir()
    setup = subprocess.run(
        cli("sync", "--vdir", str(folder), "--json"),
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=300,
        input="",
    )
    # The first sync may finish before we can kill it; the kill matters for the second pass.
    assert setup.returncode in (0, 10), setup.stderr
    with Store.open(db) as store:  # local edits on every contact, then a sync killed halfway
        for cid in store.all_ids():
            c = store.get(cid)
            c.title = "Directora de Compras"
            store.save(c)
    proc = subprocess.Popen(cli("sync"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    while time.monotonic() - start < 30 and sum("Directora de Compras" in text for text in cards(folder)) < 40:
        time.sleep(0.02)
    killed_while_running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    updated_at_kill = sum("Directora de Compras" in text for text in cards(folder))
    assert killed_while_running and updated_at_kill < 400, updated_at_kill
    done = subprocess.run(cli("sync", "--json"), env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    texts = cards(folder)
    assert len(texts) == 400  # nothing duplicated, nothing deleted (a killed write's temp file aside)
    assert all("Directora de Compras" in text for text in texts)
    with Store.open(db) as store:
        assert store.count() == 400
    assert check_integrity(db, full=True) is None


def cards(folder: Path) -> list[str]:
    """The vCards of a vdir folder (temporary files of an interrupted atomic write start with '.')."""
    out = []
    for path in folder.glob("*.vcf"):
        if path.name.startswith("."):
            continue
        try:
            out.append(path.read_text(encoding="utf-8"))
        except FileNotFoundError:  # renamed under us by the running sync
            continue
    return out
