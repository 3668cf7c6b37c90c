"""Benchmark: initial two-way sync of N contacts to a local Radicale, then no-change resyncs.

Starts its own Radicale on 127.0.0.1 (temporary folder), prints timings, asserts nothing.
Usage: .venv/bin/python bench/sync.py [N]   (default 5000; goal: no-change resync < 3 s)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from conftest import Radicale  # noqa: E402  (the test fixture's server, reused)

from cardbox.model import Contact, Email, Phone, PhoneType  # noqa: E402
from cardbox.store import Store  # noqa: E402
from cardbox.sync import carddav  # noqa: E402
from cardbox.sync.carddav import CardDAVStorage  # noqa: E402
from cardbox.sync.engine import sync  # noqa: E402
from cardbox.sync.http import Session  # noqa: E402
from cardbox.sync.state import Account, get_account, save_account  # noqa: E402


def timed(label: str, store: Store, storage: CardDAVStorage, **kw: object) -> None:
    start = time.perf_counter()
    events = list(sync(store, get_account(store, "bench"), storage=storage, **kw))  # type: ignore[arg-type]
    r = events[-1].payload
    took = time.perf_counter() - start
    print(
        f"{label:<44} {took:8.2f} s   created there {r.created_remote}, updated there {r.updated_remote}, "
        f"created here {r.created_local}"
    )


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = Radicale(Path(tmp) / "radicale").start()
        print(f"Radicale 3.9 on {server.url} (default storage settings)")
        try:
            store = Store.open(Path(tmp) / "data" / "t.sqlite3")
            t0 = time.perf_counter()
            store.save_many(
                Contact(
                    full_name=f"Persona {i}",
                    org=f"Empresa {i % 97}",
                    title="Consultora",
                    emails=[Email(f"persona{i}@ejemplo{i % 13}.es")],
                    phones=[Phone(f"+3461{i:07d}", PhoneType.CELL)],
                )
                for i in range(n)
            )
            print(f"{'seed ' + str(n) + ' contacts in the store':<44} {time.perf_counter() - t0:8.2f} s")
            session = Session(server.url, server.user, server.password)
            home, _ = carddav.discover(session)
            book = carddav.create_addressbook(session, home, "bench")
            save_account(store, Account("bench", url=server.url, username=server.user, collection=book.url))
            storage = CardDAVStorage(session, book.url)
            timed(f"initial sync ({n} contacts up)", store, storage)
            timed("no-change resync (sync-collection token)", store, storage)
            timed("no-change resync (again)", store, storage)
            store.conn.execute("UPDATE sync_accounts SET sync_token = NULL")
            timed("no-change resync (no token: PROPFIND etags)", store, storage)
            ids = store.all_ids()[:10]
            for c in store.get_many(ids):
                c.title = "Directora"
                store.save(c)
            timed("resync after 10 local edits", store, storage)
            store.close()
            # A second tarjetero pulling the same address book: download, parse, dedup-check, save.
            other = Store.open(Path(tmp) / "data2" / "t.sqlite3")
            save_account(other, Account("bench", url=server.url, username=server.user, collection=book.url))
            timed(f"initial sync of an empty tarjetero ({n} down)", other, storage)
            timed("no-change resync of that tarjetero", other, storage)
            other.close()
        finally:
            server.stop()
    print("Measured on a shared 2-core machine with other jobs running: treat as rough figures.")
    print("Uploads slow down as the collection grows: Radicale checks a new card's UID against every")
    print("card in the collection (storage has_uid -> get_all), so N creates cost O(N^2) on its side.")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
