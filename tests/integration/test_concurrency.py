"""Two cardbox processes on one tarjetero (say the GUI and a CLI command) never corrupt it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from cardbox.model import Contact
from cardbox.store import Store
from cardbox.store.backup import check_integrity

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cardbox.model import Contact
    from cardbox.store import Store
    tag, n = sys.argv[2], int(sys.argv[3])
    with Store.open(Path(sys.argv[1])) as store:
        for i in range(n):
            c = Contact(full_name=f"{tag} {i}", org="Concurrencia S.L.")
            c.add_note(f"nota {tag} {i}")
            store.save(c)
            if i % 10 == 0:
                c.title = "Gerente"
                store.save(c)
    """
)


def test_two_writer_processes_and_a_cli_reader(tmp_path: Path) -> None:
    db = tmp_path / "data" / "tarjetero.sqlite3"
    Store.open(db).close()
    env = dict(os.environ, CARDBOX_DATA_DIR=str(db.parent))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), tag, "120"], env=env, stderr=subprocess.PIPE, text=True
        )
        for tag in ("gui", "cli")
    ]
    searches = [
        subprocess.run(
            [sys.executable, "-m", "cardbox.cli.main", "search", "concurrencia", "--limit", "0"],
            env=env,
            capture_output=True,
            text=True,
        )
        for _ in range(3)
    ]
    for w in writers:
        _, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    assert all(s.returncode == 0 for s in searches), [s.stderr for s in searches]
    assert check_integrity(db, full=True) is None
    with Store.open(db) as store:
        assert store.count() == 240
        assert store.count("gui") == 120 and store.count("cli") == 120
        assert store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 240
        assert len(store.search("gerente")) == 24


def test_a_long_writer_makes_the_other_wait_not_fail(tmp_path: Path) -> None:
    db = tmp_path / "tarjetero.sqlite3"
    with Store.open(db) as first, Store.open(db) as second:
        with first.transaction():
            first.save(Contact(full_name="Primero"))
            # While `first` holds the write lock, `second` can still read the committed state.
            assert second.count() == 0
        second.save(Contact(full_name="Segundo"))
        assert first.count() == 2
