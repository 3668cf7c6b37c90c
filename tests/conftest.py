"""Fixtures shared by every test: a fresh tarjetero per test, and paths to the test data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbox.store import Store

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"

# Tesseract is 2-4x faster single-threaded on small images; tests must not depend on the user's env.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user's tarjetero or settings."""
    monkeypatch.setenv("CARDBOX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CARDBOX_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new, empty tarjetero in the test's data dir."""
    s = Store.open(tmp_path / "data" / "tarjetero.sqlite3")
    yield s
    s.close()


@pytest.fixture
def data_dir() -> Path:
    """tests/data: real vCards, real card photos, hand-written fixtures (see its README)."""
    return DATA
