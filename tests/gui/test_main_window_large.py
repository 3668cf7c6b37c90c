"""The contact list over 20,000 contacts: ids up front, rows loaded a page at a time."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from cardbox.gui import i18n
from cardbox.gui.app import build_window
from cardbox.gui.controllers.rows import PAGE_SIZE
from cardbox.gui.settings import Settings
from cardbox.model import new_uid, utcnow
from cardbox.store import Store
from cardbox.text import fold

pytestmark = pytest.mark.gui
N = 20_000
GIVEN = ["José", "María", "Ana", "Luis", "Carmen", "Javier", "Lucía", "Pablo", "Elena", "Jorge"]
FAMILY = ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno"]
ORGS = ["Acme", "Consultora Levante", "Iberia Datos", "Norte Ingeniería", "Sur Logística"]


def fill(store: Store, n: int, seed: int = 7) -> None:
    """n contacts by direct SQL (contacts + name/org FTS rows): seconds, not minutes."""
    rnd = random.Random(seed)
    now = utcnow().isoformat()
    rows, fts = [], []
    for i in range(1, n + 1):
        name = f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)} {i}"
        org = rnd.choice(ORGS)
        rows.append((i, new_uid(), name, org, fold(name), fold(org), rnd.randint(1, 4), now, now))
        fts.append((i, fold(name), fold(org)))
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO contacts(id, uid, full_name, org, sort_name, sort_org, warmth, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany(
            "INSERT INTO contacts_fts(rowid, name, org, title, contact, place, notes, ocr, other) "
            "VALUES (?,?,?,'','','','','','')", fts)


@pytest.fixture
def big(qtbot, store: Store):  # type: ignore[no-untyped-def]
    fill(store, N)
    i18n.install("en")
    win = build_window(store, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, store
    win.close()


def test_twenty_thousand_rows_load_lazily(big) -> None:  # type: ignore[no-untyped-def]
    win, store = big
    source = win.model.source
    assert win.model.rowCount() == N
    assert source.page_loads <= 2  # only what the first screen shows
    row = 15_321
    index = win.model.index(row, 0)
    win.table.scrollTo(index)
    expected = store.conn.execute("SELECT full_name FROM contacts WHERE id = ?", (source.ids[row],)).fetchone()[0]
    assert index.data() == expected
    assert source.page_loads <= 4
    assert len(source._pages) * PAGE_SIZE < N


def test_typing_filters_and_headers_sort_on_the_big_list(big, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store = big
    win.search.setText("fernandez levante")
    win.apply_search()
    matching = win.model.rowCount()
    assert 0 < matching < N
    assert matching == store.count("fernandez levante")
    assert all("Fernández" in win.model.index(r, 0).data() for r in range(min(matching, 50)))
    win.search.clear()
    win.apply_search()
    win.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the warmth header
    warmths = [win.model.source.row(r).warmth for r in range(0, N, 997)]  # type: ignore[union-attr]
    assert warmths == sorted(warmths, reverse=True)  # store order for warmth: warmest first
