"""`cardbox dedup`, `merge`, `undo`, `merges` on a real tarjetero file."""

from __future__ import annotations

import json

import pytest

from cardbox.cli.main import main
from cardbox.model import Address, Contact, Email, Phone, PhoneType
from cardbox.paths import default_db_path
from cardbox.store import Store


@pytest.fixture
def people() -> dict[str, int]:
    with Store.open(default_db_path()) as store:
        ids = {
            "ana": store.save(Contact(full_name="Ana Ruiz Soler", org="Acme S.L.", emails=[Email("ana.ruiz@acme.es")])),
            "ana2": store.save(Contact(full_name="Ana Ruiz", org="ACME", emails=[Email("Ana.Ruiz@acme.es")])),
            "jose1": store.save(
                Contact(
                    full_name="José García",
                    org="Levante",
                    addresses=[Address(city="Valencia")],
                    emails=[Email("info@levante.es")],
                )
            ),
            "jose2": store.save(
                Contact(
                    full_name="José García",
                    org="Atlántica",
                    addresses=[Address(city="Valencia")],
                    emails=[Email("info@levante.es")],
                )
            ),
            "board1": store.save(Contact(full_name="Elena Vidal", phones=[Phone("+34963555000", PhoneType.WORK)])),
            "board2": store.save(Contact(full_name="Raúl Vega", phones=[Phone("+34963555000", PhoneType.WORK)])),
        }
    return ids


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_dedup_lists_pairs_with_reasons(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dedup", "--json")
    assert code == 0
    pairs = {(p["contact_id"], p["other_id"]): p for p in json.loads(out)}
    auto = pairs[(people["ana"], people["ana2"])]
    assert auto["decision"] == "auto" and auto["explanation"].startswith("same email")
    review = pairs[(people["jose1"], people["jose2"])]
    assert review["decision"] == "review" and {"code": "email_role", "value": "info@levante.es"} in review["reasons"]
    assert (people["board1"], people["board2"]) not in pairs
    code, out, _ = run(capsys, "dedup")
    assert "Ana Ruiz Soler" in out and "same email" in out


def test_dedup_auto_then_undo_after_restart(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dedup", "--auto")
    assert code == 0
    assert f"merged {people['ana2']} (Ana Ruiz) into {people['ana']} (Ana Ruiz Soler)" in out and "1 merges" in out
    with Store.open(default_db_path()) as store:
        assert not store.exists(people["ana2"]) and store.exists(people["jose2"])
    code, out, _ = run(capsys, "merges", "--json")
    log = json.loads(out)
    assert log[0]["kept_id"] == people["ana"] and log[0]["undone_at"] is None
    code, out, _ = run(capsys, "undo")  # a new process would see the same: it is all in the file
    assert code == 0 and f"merge {log[0]['id']} undone" in out
    with Store.open(default_db_path()) as store:
        assert store.get(people["ana2"]).full_name == "Ana Ruiz"
    code, _, err = run(capsys, "undo")
    assert code != 0 and "nothing to undo" in err


def test_merge_dry_run_then_merge_and_refused_undo(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "merge", str(people["jose1"]), str(people["jose2"]), "--dry-run")
    assert code == 0 and "would give" in out and "formerly" in out
    with Store.open(default_db_path()) as store:
        assert store.exists(people["jose2"])
    code, out, _ = run(capsys, "merge", str(people["jose1"]), str(people["jose2"]))
    assert code == 0 and "merged" in out
    run(capsys, "edit", str(people["jose1"]), "--note", "Llamar en enero")
    code, _, err = run(capsys, "undo")
    assert code == 11 and "--force" in err
    code, out, _ = run(capsys, "undo", "--force")
    assert code == 0
    with Store.open(default_db_path()) as store:
        assert [n.text for n in store.get(people["jose1"]).notes] == ["Llamar en enero"]
        assert store.exists(people["jose2"])


def test_review_queue_and_dismiss(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "dedup")  # records the review-level pairs
    code, out, _ = run(capsys, "dedup", "--queue", "--json")
    queued = json.loads(out)
    assert [(q["contact_id"], q["other_id"]) for q in queued] == [(people["jose1"], people["jose2"])]
    code, out, _ = run(capsys, "dedup", "--dismiss", str(people["jose1"]), str(people["jose2"]))
    assert code == 0
    _, out, _ = run(capsys, "dedup", "--queue", "--json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "dedup", "--json")
    assert all(p["contact_id"] != people["jose1"] for p in json.loads(out))


def test_merge_unknown_contact_is_a_clear_error(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "merge", str(people["ana"]), "999")
    assert code == 3 and "No contact with id 999" in err
    code, _, err = run(capsys, "merge", str(people["ana"]), str(people["ana"]))
    assert code == 2 and "itself" in err


def test_auto_merges_three_cards_of_one_person_into_the_oldest(capsys: pytest.CaptureFixture[str]) -> None:
    mobile = "+34655443322"
    with Store.open(default_db_path()) as store:
        first = store.save(
            Contact(full_name="Lucía Navarro Gil", org="Datos Norte", phones=[Phone(mobile, PhoneType.CELL)])
        )
        store.save(
            Contact(
                full_name="Lucía Navarro",
                org="Datos Norte S.L.",
                emails=[Email("lucia@datosnorte.es")],
                phones=[Phone(mobile)],
            )
        )
        store.save(Contact(full_name="L. Navarro Gil", org="Redes Sur", emails=[Email("lucia@datosnorte.es")]))
    code, out, _ = run(capsys, "dedup", "--auto")
    assert code == 0 and "2 merges" in out
    with Store.open(default_db_path()) as store:
        assert store.all_ids() == [first]
        lucia = store.get(first)
        assert lucia.full_name == "Lucía Navarro Gil" and len(lucia.emails) == 1 and len(lucia.phones) == 1
    run(capsys, "undo")
    run(capsys, "undo")
    with Store.open(default_db_path()) as store:
        assert store.count() == 3
