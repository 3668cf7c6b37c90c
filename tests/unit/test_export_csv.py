"""CSV export: Excel-ready (BOM), every field, formula injection neutralised, newlines quoted."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from cardbox.export.csv import COLUMNS, export_csv, safe_cell
from cardbox.model import Address, Contact, Email, Event, Phone, PhoneType, Warmth
from cardbox.store import Store


def _parse(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_safe_cell_guards_every_formula_start() -> None:
    for bad in ("=1+1", "+34612345678", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(bad) == "'" + bad
    assert safe_cell("Ana") == "Ana" and safe_cell(None) == "" and safe_cell(3) == "3"


def test_export_csv_file(store: Store, tmp_path: Path) -> None:
    boss = Contact(full_name="Pedro Ruiz")
    boss_id = store.save(boss)
    c = Contact(
        full_name='=HYPERLINK("http://evil")',
        given_names="María José",
        family_names="Fernández Gómez",
        org="Innovación Textil, S.L.",
        emails=[Email("mj@it.es", "work")],
        phones=[Phone("+34612345678", PhoneType.CELL)],
        addresses=[Address("Calle Mayor 1\n2º", "28013", "Madrid", "", "ES", "work")],
        events=[Event("Feria X", date(2026, 3, 4), date(2026, 3, 6), "IFEMA Madrid")],
        tags=["textil", "-vip"],
        introduced_by=boss_id,
        follow_up=date(2026, 4, 1),
    )
    c.set_warmth(Warmth.HOT, datetime(2026, 3, 4, 10, tzinfo=UTC))
    c.add_note(
        "Primera línea\nsegunda, con coma; y punto y coma", contacted=True, at=datetime(2026, 3, 4, 10, tzinfo=UTC)
    )
    cid = store.save(c)
    path = tmp_path / "out.csv"
    assert export_csv(store, [cid], path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    (row,) = _parse(raw.decode("utf-8"))
    assert list(row) == COLUMNS
    assert row["full_name"] == '\'=HYPERLINK("http://evil")'
    assert row["phones"] == "'+34612345678 (cell)"
    assert row["org"] == "Innovación Textil, S.L."
    assert row["addresses"] == "Calle Mayor 1, 2º, 28013 Madrid, ES (work)"
    assert row["events"] == "Feria X (2026-03-04 – 2026-03-06; IFEMA Madrid)"
    assert row["tags"] == "'-vip\ntextil"  # the store sorts tags; the cell starts with "-": guarded
    assert row["warmth"] == "hot" and row["follow_up"] == "2026-04-01"
    assert row["introduced_by"] == "Pedro Ruiz"
    assert row["notes"].endswith("(contacted): Primera línea\nsegunda, con coma; y punto y coma")
    assert row["last_contacted"] == c.last_contacted.isoformat()


def test_export_csv_guards_a_tag_cell_starting_with_minus(store: Store) -> None:
    cid = store.save(Contact(full_name="Ana", tags=["-vip"]))
    out = io.StringIO()
    export_csv(store, [cid], out)
    assert _parse(out.getvalue())[0]["tags"] == "'-vip"
