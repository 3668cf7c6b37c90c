"""Writes tests/data/db/v<N>.sqlite3: a small tarjetero made by the cardbox of schema version N.

Run once per released schema version, with that version's code, and commit the file; the
migration tests open each fixture with today's code and check nothing was lost.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from cardbox.model import Address, Contact, Email, Event, Job, Phone, PhoneType, Url, Warmth
from cardbox.store import Store
from cardbox.store.schema import SCHEMA_VERSION


def build(path: Path) -> None:
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        ana = Contact(
            uid="urn:uuid:00000000-0000-4000-8000-000000000001",
            full_name="María José Fernández Gómez",
            given_names="María José",
            family_names="Fernández Gómez",
            org="Innovación Textil S.L.",
            title="Directora Comercial",
            emails=[Email("mj.fernandez@innotextil.example", "work")],
            phones=[Phone("+34612345678", PhoneType.CELL)],
            urls=[Url("https://innotextil.example")],
            addresses=[Address("Calle Mayor 5", "46001", "València", "Valencia", "ES")],
            tags=["cliente"],
            events=[Event("Feria Hábitat 2025", date(2025, 9, 16), date(2025, 9, 19), "Feria Valencia")],
            jobs=[Job("Tejidos Levante S.A.", "Jefa de Ventas", date(2024, 12, 31))],
            follow_up=date(2025, 10, 1),
            created_at=datetime(2025, 9, 17, 10, 0, tzinfo=UTC),
        )
        ana.set_warmth(Warmth.HOT, at=datetime(2025, 9, 17, 10, 5, tzinfo=UTC))
        ana.add_note("Café en la nave de la fábrica", contacted=True, at=datetime(2025, 9, 17, 10, 30, tzinfo=UTC))
        store.save(ana)
        bob = Contact(
            uid="urn:uuid:00000000-0000-4000-8000-000000000002",
            full_name="Robert Brown",
            given_names="Robert",
            family_names="Brown",
            org="Contoso Ltd",
            introduced_by=ana.id,
            introduced_by_uid=ana.uid,
            created_at=datetime(2025, 9, 18, 9, 0, tzinfo=UTC),
        )
        store.save(bob)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name(f"v{SCHEMA_VERSION}.sqlite3")
    build(target)
    print(target)
