"""The CLI over the core: search/show/edit/stats, JSON output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cardbox.cli.main import main
from cardbox.model import Contact, Email, Event, Warmth
from cardbox.paths import default_db_path
from cardbox.store import Store


@pytest.fixture
def filled() -> dict[str, int]:
    with Store.open(default_db_path()) as store:
        jose = store.save(
            Contact(
                full_name="José Fernández García",
                given_names="José",
                family_names="Fernández García",
                org="Innovación Textil S.L.",
                emails=[Email("jose@innotextil.es")],
                events=[Event("Feria X")],
                warmth=Warmth.HOT,
            )
        )
        ana = store.save(Contact(full_name="Ana Ruiz", org="Contoso Ltd"))
    return {"jose": jose, "ana": ana}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_has_ids_and_fields(filled: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "jose", "fernandes", "--json")
    assert code == 0
    data = json.loads(out)
    assert [c["id"] for c in data] == [filled["jose"]]
    assert data[0]["full_name"] == "José Fernández García"
    assert data[0]["emails"][0]["address"] == "jose@innotextil.es"
    assert data[0]["warmth"] == "hot"


def test_search_filters_from_the_command_line(filled: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "--warmth", "caliente", "--event", "feria x", "--json")
    assert code == 0 and [c["id"] for c in json.loads(out)] == [filled["jose"]]
    code, out, _ = run(capsys, "search", "--warmth", "tibio")
    assert code == 2


def test_search_table_output(filled: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search")
    assert code == 0
    assert "Ana Ruiz" in out and "José Fernández García" in out and out.splitlines()[0].startswith("id")


def test_edit_sets_fields_warmth_tags_notes(filled: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    cid = filled["ana"]
    code, out, err = run(
        capsys,
        "edit",
        str(cid),
        "--set",
        "title=Consultora",
        "--warmth",
        "trusted",
        "--tag",
        "cliente",
        "--event",
        "Congreso Digital",
        "--note",
        "Cena en Sevilla",
        "--contacted",
        "--phone",
        "612 34 56 78",
        "--follow-up",
        "2026-12-01",
        "--introduced-by",
        str(filled["jose"]),
        "--json",
    )
    assert code == 0, err
    c = json.loads(out)
    assert c["title"] == "Consultora" and c["sources"]["title"]["kind"] == "user"
    assert c["warmth"] == "trusted" and c["tags"] == ["cliente"]
    assert [e["name"] for e in c["events"]] == ["Congreso Digital"]
    assert c["notes"][0]["text"] == "Cena en Sevilla" and c["last_contacted"]
    assert c["phones"][0] == {
        "e164": "+34612345678",
        "type": "cell",
        "source": {"kind": "user", "ref": "", "confidence": 1.0},
    }
    assert c["follow_up"] == "2026-12-01" and c["introduced_by"] == filled["jose"]
    code, out, _ = run(capsys, "edit", str(cid), "--follow-up", "none", "--introduced-by", "0", "--json")
    c = json.loads(out)
    assert c["follow_up"] is None and c["introduced_by"] is None and c["title"] == "Consultora"


def test_errors_are_one_line_with_meaningful_codes(filled: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "999")
    assert code == 3 and err.strip() == "cardbox: error: No contact with id 999."
    code, _, err = run(capsys, "edit", str(filled["ana"]), "--set", "nonsense=1")
    assert code == 2 and "FIELD=VALUE" in err and "Traceback" not in err
    code, _, err = run(capsys, "edit", str(filled["ana"]), "--introduced-by", str(filled["ana"]))
    assert code == 2


def test_show_and_stats(filled: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", str(filled["jose"]))
    assert code == 0 and "Innovación Textil S.L." in out and "met at Feria X" in out
    code, out, _ = run(capsys, "stats", "--json")
    assert code == 0 and json.loads(out)["contacts"] == 2


def test_data_dir_points_every_command_elsewhere(tmp_path: Path) -> None:
    env = dict(os.environ, CARDBOX_DATA_DIR=str(tmp_path / "other"))
    result = subprocess.run(
        [sys.executable, "-m", "cardbox.cli.main", "stats", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["path"] == str(tmp_path / "other" / "tarjetero.sqlite3")


def test_a_damaged_tarjetero_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "stats")
    assert code == 4 and "damaged" in err and "Traceback" not in err
