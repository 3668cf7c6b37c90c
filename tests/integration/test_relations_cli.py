"""The relationship CLI end to end, in-process, on a real tarjetero in the test's data dir."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from cardbox.cli.main import main
from cardbox.demo import DEMO_SETTING
from cardbox.model import Contact, Event
from cardbox.paths import default_db_path
from cardbox.store import Store
from cardbox.text import fold


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def people() -> dict[str, int]:
    with Store.open(default_db_path()) as store:
        ids = {
            fold(name.split()[0]): store.save(Contact(full_name=name, org=org, events=[Event(ev)] if ev else []))
            for name, org, ev in (
                ("Lucía Martínez Ferrer", "Cerámicas del Turia S.L.", "Feria Hábitat"),
                ("Javier Romero Castillo", "Digitalia S.L.", "Feria Hábitat"),
                ("Emily Carter", "Northbridge Ltd.", "Congreso Digital"),
                ("Pablo Ruiz Navarro", "Textiles Safor S.L.", ""),
            )
        }
    return ids


@pytest.fixture
def madrid_tz() -> Iterator[None]:
    """The system time zone is Europe/Madrid for this test (the CLI reads the system zone)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Madrid"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_event_lifecycle(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "event", "add", "Networking Sevilla", "--start", "2026-04-27", "--place", "Cámara de Comercio"
    )
    assert code == 0 and "Networking Sevilla" in out
    assert run(capsys, "event", "add", "networking sevilla")[0] == 2
    assert run(capsys, "event", "add", "Al revés", "--start", "2026-04-27", "--end", "2026-04-20")[0] == 2
    listed = {e["name"]: e for e in run_json(capsys, "events")}  # type: ignore[union-attr]
    assert listed["Feria Hábitat"]["contacts"] == 2 and listed["Networking Sevilla"]["place"] == "Cámara de Comercio"
    code, out, _ = run(capsys, "events")
    assert code == 0 and "Networking Sevilla" in out and "2026-04-27" in out

    edited = run_json(capsys, "event", "edit", "Feria Hábitat", "--start", "2026-09-16", "--end", "2026-09-19")
    assert edited == {**edited, "start": "2026-09-16", "end": "2026-09-19"}
    assert run(capsys, "event", "rename", "Feria Hábitat", "Feria Hábitat València")[0] == 0
    assert run(capsys, "edit", str(people["emily"]), "--event", "Feria Hábitat València")[0] == 0
    assert run(capsys, "event", "merge", "Feria Hábitat València", "Congreso Digital")[0] == 0
    shown = run_json(capsys, "event", "show", "feria habitat valencia")
    assert sorted(p["contact_id"] for p in shown["people"]) == sorted(
        [people["lucia"], people["javier"], people["emily"]]
    )  # type: ignore[index]
    assert run(capsys, "event", "delete", "Feria Hábitat València")[0] == 0
    with Store.open(default_db_path()) as store:
        assert store.count() == 4 and all(not store.get(i).events for i in people.values())
    assert run(capsys, "event", "show", "Congreso Digital")[0] == 3


def test_warmth_notes_and_event_view(
    people: dict[str, int], capsys: pytest.CaptureFixture[str], madrid_tz: None
) -> None:
    lucia = str(people["lucia"])
    assert run(capsys, "warmth", lucia, "caliente")[0] == 0
    code, out, _ = run(capsys, "warmth", lucia, "hot")
    assert code == 0 and "unchanged" in out
    assert run(capsys, "warmth", lucia, "tibio")[0] == 2
    assert run(capsys, "warmth", "999", "hot")[0] == 3
    assert run(capsys, "warmth", str(people["javier"]), "templado")[0] == 0
    note = run_json(capsys, "note", lucia, "café en la nave de la fábrica", "--contacted", "--at", "2026-03-14T23:30")
    assert note["at"] == "2026-03-14T22:30:00+00:00"  # type: ignore[index]
    shown = run_json(capsys, "show", lucia)
    assert shown["last_contacted"] == "2026-03-14" and shown["warmth"] == "hot"  # type: ignore[index]
    assert [w["warmth"] for w in shown["warmth_history"]] == ["hot"]  # type: ignore[index]
    assert run(capsys, "note-edit", str(note["id"]), "--text", "café y visita a la nave")[0] == 0  # type: ignore[index]
    assert run(capsys, "note-edit", str(note["id"]), "--no-contacted")[0] == 0  # type: ignore[index]
    assert run_json(capsys, "show", lucia)["last_contacted"] is None  # type: ignore[index]
    assert run(capsys, "note-delete", str(note["id"]))[0] == 0  # type: ignore[index]
    assert run(capsys, "note-delete", str(note["id"]))[0] == 3  # type: ignore[index]
    assert run(capsys, "note", lucia, "   ")[0] == 2
    view = run_json(capsys, "event", "show", "Feria Hábitat")
    assert view["needs_follow_up"] == [people["lucia"], people["javier"]]  # type: ignore[index]
    code, out, _ = run(capsys, "event", "show", "Feria Hábitat")
    assert code == 0 and "NEEDS FOLLOW-UP" in out and "Lucía Martínez Ferrer" in out


def test_introductions_and_followups(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    lucia, javier, emily, pablo = (str(people[k]) for k in ("lucia", "javier", "emily", "pablo"))
    assert run(capsys, "introduce", javier, "--by", lucia)[0] == 0
    assert run(capsys, "introduce", emily, "--by", javier)[0] == 0
    assert run(capsys, "introduce", lucia, "--by", emily)[0] == 2  # a cycle
    assert run(capsys, "introduce", lucia, "--by", lucia)[0] == 2
    assert run(capsys, "introduce", lucia, "--by", "999")[0] == 3
    tree = run_json(capsys, "introductions", lucia)
    assert tree["introduced"][0]["id"] == people["javier"]  # type: ignore[index]
    assert tree["introduced"][0]["introduced"][0]["id"] == people["emily"]  # type: ignore[index]
    code, out, _ = run(capsys, "introductions", lucia)
    assert code == 0 and "└ #" in out and "Emily Carter" in out
    assert run(capsys, "introduce", emily, "--none")[0] == 0

    for who, day in ((lucia, "2026-11-20"), (javier, "2026-11-29"), (emily, "2026-11-30"), (pablo, "2026-11-29")):
        assert run(capsys, "followup", who, day)[0] == 0
    assert run(capsys, "followup", pablo, "none")[0] == 0
    sunday = run_json(capsys, "followups", "--today", "2026-11-29")
    assert [i["contact_id"] for i in sunday["overdue"]] == [people["lucia"]]  # type: ignore[index]
    assert [i["contact_id"] for i in sunday["today"]] == [people["javier"]]  # type: ignore[index]
    assert [i["contact_id"] for i in sunday["this_week"]] == [people["emily"]]  # type: ignore[index]
    code, out, _ = run(capsys, "followups", "--today", "2026-11-23")
    assert code == 0 and "overdue" in out and "this_week" in out
    assert run(capsys, "followup", lucia, "mañana")[0] == 2


def test_reconnect_and_cooling(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(default_db_path()) as store:
        javier = store.get(people["javier"])
        javier.tags = ["cliente"]
        store.save(javier)
    assert run(capsys, "warmth", str(people["javier"]), "trusted")[0] == 0
    today = date.today()
    later = (today + timedelta(days=400)).isoformat()
    items = run_json(capsys, "reconnect", "--today", later)
    assert items[0]["contact_id"] == people["javier"] and items[0]["codes"] == ["client", "trusted"]  # type: ignore[index]
    assert run_json(capsys, "reconnect", "--today", today.isoformat()) == []
    cooling = run_json(capsys, "cooling", "--today", later)
    assert [i["contact_id"] for i in cooling] == [people["javier"]]  # type: ignore[union-attr]
    assert run_json(capsys, "cooling", "--today", later, "--months", "14") == []
    code, out, _ = run(capsys, "reconnect", "--today", later)
    assert code == 0 and "Client; trusted contact" in out


def test_demo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--into", str(tmp_path / "demo"))
    assert code == 0 and "20 contacts, 3 events" in out
    assert run(capsys, "demo", "--into", str(tmp_path / "demo"))[0] == 2
    with Store.open(tmp_path / "demo" / "tarjetero.sqlite3") as store:
        created = str(store.setting(DEMO_SETTING))
    data = ["--data-dir", str(tmp_path / "demo")]
    due = run_json(capsys, *data, "followups", "--today", created)
    assert due["overdue"] and due["today"] and due["this_week"]  # type: ignore[index]
    assert len(run_json(capsys, *data, "search", "--warmth", "trusted")) == 4  # type: ignore[arg-type]
    assert len(run_json(capsys, *data, "events")) == 3  # type: ignore[arg-type]


def test_search_by_follow_up_warmth_and_event(people: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    lucia, javier = str(people["lucia"]), str(people["javier"])
    assert run(capsys, "followup", lucia, "2026-11-20")[0] == 0
    assert run(capsys, "followup", javier, "2026-12-20")[0] == 0
    assert run(capsys, "warmth", javier, "hot")[0] == 0
    found = run_json(capsys, "search", "--follow-up-before", "2026-11-30")
    assert [c["id"] for c in found] == [people["lucia"]]  # type: ignore[union-attr]
    found = run_json(capsys, "search", "--warmth", "caliente", "--event", "feria habitat")
    assert [c["id"] for c in found] == [people["javier"]]  # type: ignore[union-attr]
    with pytest.raises(SystemExit) as bad:  # argparse refuses it before any command runs
        main(["search", "--follow-up-before", "soon"])
    assert bad.value.code == 2
