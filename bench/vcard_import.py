"""Benchmark: import a generated 10,000-card .vcf into a fresh tarjetero and print the timings.

Run: .venv/bin/python bench/vcard_import.py [N]   (figures depend on the machine and its load)
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from cardbox.importer import import_files
from cardbox.model import Contact, Email, Event, Phone, PhoneType
from cardbox.store import Store
from cardbox.vcard import read_file, write_vcards

GIVEN = ["María José", "Juan", "Lucía", "Carlos", "Ana", "Pedro", "Núria", "Iñigo", "Sofía", "Jorge"]
FAMILY = ["Fernández Gómez", "López", "Martínez Ruiz", "García", "Sánchez", "Pérez Ibáñez", "Castaño"]
ORGS = ["Innovación Textil S.L.", "Acme, S.A.", "Contoso", "Bodegas Ñandú", "Grupo Norte"]


def make_contacts(n: int) -> list[Contact]:
    out = []
    for i in range(n):
        given, family = GIVEN[i % len(GIVEN)], FAMILY[i % len(FAMILY)]
        c = Contact(
            full_name=f"{given} {family}",
            given_names=given,
            family_names=family,
            org=ORGS[i % len(ORGS)],
            title="Directora Comercial",
        )
        c.emails.append(Email(f"persona{i}@example.es", "work"))
        c.phones.append(Phone(f"+346{i:08d}", PhoneType.CELL))
        c.tags.append("cliente" if i % 2 else "proveedor")
        if i % 10 == 0:
            c.events.append(Event("Feria X", date(2026, 3, 4), date(2026, 3, 6), "IFEMA Madrid"))
            c.add_note(f"Hablamos del pedido {i}")
        out.append(c)
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        vcf = Path(tmp) / "big.vcf"
        vcf.write_text(write_vcards(make_contacts(n)), encoding="utf-8", newline="")
        t0, c0 = time.perf_counter(), time.process_time()
        contacts, errors = read_file(vcf)
        t1, c1 = time.perf_counter(), time.process_time()
        print(f"parse {len(contacts)} cards ({len(errors)} errors): {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU")
        with Store.open(Path(tmp) / "t.sqlite3") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            profile = cProfile.Profile() if "--profile" in sys.argv else None
            if profile:
                profile.enable()
            events = list(import_files(store, [vcf]))
            if profile:
                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            t1, c1 = time.perf_counter(), time.process_time()
            print(f"import_files {len(events)} cards into a new tarjetero: {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU")
            t0 = time.perf_counter()
            again = list(import_files(store, [vcf]))
            t1 = time.perf_counter()
            unchanged = sum(1 for e in again if getattr(e.payload, "action", "") == "unchanged")
            print(f"re-import (idempotent, {unchanged} unchanged): {t1 - t0:.2f} s; contacts now {store.count()}")


if __name__ == "__main__":
    main()
