"""`cardbox sync` end to end against a real Radicale: setup (password to the keyring only),
sync with --json, many deletions stopping for confirmation, wrong credentials."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardbox.cli.main import main
from cardbox.model import Contact, Email
from cardbox.paths import default_db_path
from cardbox.store import Store
from cardbox.sync.credentials import SERVICE

pytestmark = pytest.mark.radicale


def seed(n: int) -> None:
    with Store.open(default_db_path()) as store:
        for i in range(n):
            store.save(Contact(full_name=f"Persona {i}", emails=[Email(f"p{i}@ejemplo.es")]))


def test_setup_sync_and_confirmation(
    radicale, memory_keyring, book_name: str, monkeypatch, capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    seed(7)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": radicale.password)
    code = main(["sync", "--setup", radicale.url, "--user", radicale.user, "--addressbook", book_name, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["created_remote"] == 7
    assert list(memory_keyring.secrets.values()) == [radicale.password]
    assert all(key[0] == SERVICE for key in memory_keyring.secrets)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert radicale.password.encode() not in path.read_bytes(), path

    assert main(["sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created_remote"] == 0

    with Store.open(default_db_path()) as store:
        for cid in store.all_ids()[:6]:
            store.delete(cid)
    assert main(["sync"]) == 11
    assert "--confirm-deletions" in capsys.readouterr().out
    assert main(["sync", "--confirm-deletions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["deleted_remote"] == 6


def test_setup_with_a_wrong_password_saves_nothing(radicale, memory_keyring, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "not-the-password")
    code = main(["sync", "--setup", radicale.url, "--user", radicale.user])
    err = capsys.readouterr().err
    assert code == 9 and "refused the user name or password" in err and "not-the-password" not in err
    assert memory_keyring.secrets == {}
    assert main(["sync"]) == 3  # no account was saved


def test_vdir_folder_sync_and_a_phone_card_without_uid(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    seed(3)
    folder = tmp_path / "phone-vdir"
    assert main(["sync", "--vdir", str(folder), "--json"]) == 0
    assert len(list(folder.glob("*.vcf"))) == 3
    # Many phone exports have no UID (Radicale would answer 400 to such a card).
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nueva Persona\r\nTEL:+34 612 00 00 01\r\nEND:VCARD\r\n"
    (folder / "export.vcf").write_text(card, encoding="utf-8")
    capsys.readouterr()
    assert main(["sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created_local"] == 1
    with Store.open(default_db_path()) as store:
        (cid,) = store.search("Nueva")
        c = store.get(cid)
        assert c.uid
        c.title = "Arquitecta"
        store.save(c)
    assert main(["sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["updated_remote"] == 1
    text = (folder / "export.vcf").read_text(encoding="utf-8")
    assert f"UID:{c.uid}" in text and "Arquitecta" in text and len(list(folder.glob("*.vcf"))) == 4
