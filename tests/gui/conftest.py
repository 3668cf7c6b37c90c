"""Shared GUI fixtures: real Qt widgets (offscreen), real tarjeteros, real OCR evidence."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import cv2
import pytest

from cardbox.model import Email, Event, Phone, PhoneType, Provenance, SourceKind, Url
from cardbox.store import Store

ROOT = Path(__file__).resolve().parents[2]
CARDS_REAL = ROOT / "tests" / "data" / "cards-real"
# (seed, cards) of bench/cardgen photos every card of which the detector finds: 3 cards in all
GENERATED = ((1, 2), (2, 1))
AVERY = CARDS_REAL / "azure-business-card-english.jpg"


def scan_prov(conf: float) -> Provenance:
    return Provenance(SourceKind.SCAN, "test", conf)


def _draft_avery():  # noqa: ANN202
    """The draft a parser could make of the Avery Smith card, with a misread family name."""
    from cardbox.model import Contact

    c = Contact()
    c.set_field("given_names", "Avery", scan_prov(0.95))
    c.set_field("family_names", "Smlth", scan_prov(0.41))  # the doubtful field the test fixes
    c.set_field("full_name", "Avery Smlth", scan_prov(0.41))
    c.set_field("title", "Senior Researcher", scan_prov(0.9))
    c.set_field("org", "Contoso", scan_prov(0.9))
    c.emails = [Email("avery.smith@contoso.com", "work", scan_prov(0.97))]
    c.phones = [Phone("+447911123456", PhoneType.CELL, scan_prov(0.9))]
    c.urls = [Url("https://www.contoso.com/", scan_prov(0.9))]
    return c


@pytest.fixture(scope="session")
def avery_ocr(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """Real detection + real Tesseract of the Avery Smith photo, once per test session."""
    from cardbox.scan import work
    from cardbox.scan.orient import orient_and_read

    found = work.detect_photo(str(AVERY))
    job = found.cards[0]
    oriented = orient_and_read(job.warped, work._engine(), work.prepare, langs="spa+eng")
    ok, jpeg = cv2.imencode(".jpg", oriented.image)
    assert ok
    return SimpleNamespace(job=job, text=oriented.ocr.text, words=work.words_json(oriented.ocr),
                           jpeg=jpeg.tobytes())


@pytest.fixture
def reviewed_store(store: Store, avery_ocr: SimpleNamespace) -> tuple[Store, int]:
    """A tarjetero holding one scanned card waiting for review (saved by the real save path)."""
    from cardbox.scan.result import CardResult
    from cardbox.scan.save import save_scanned_card

    parsed = SimpleNamespace(contact=_draft_avery(), confidence={"family_names": 0.41}, needs_review=True)
    card = CardResult(photo=str(AVERY), card_index=0, quad=avery_ocr.job.quad, parsed=parsed,
                      ocr_text=avery_ocr.text, ocr_words=avery_ocr.words, warped_jpeg=avery_ocr.jpeg,
                      photo_sha256=avery_ocr.job.photo_sha256)
    event = store.ensure_event(Event(name="Feria Test"))
    cid = save_scanned_card(store, card, event)
    assert cid is not None
    return store, cid


@pytest.fixture(scope="session")
def _generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[dict]]:
    """Photos from the deterministic card generator (bench/cardgen), made once per session."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    from cardgen import generate_photo

    folder = tmp_path_factory.mktemp("cardgen")
    paths, truth = [], []
    for seed, n in GENERATED:
        photo = generate_photo(seed, n_cards=n, turn=0, qr=False, exif=False)
        path = folder / f"fair-{seed}.jpg"
        path.write_bytes(photo.data)
        paths.append(path)
        truth.append(photo.truth)
    return paths, truth


@pytest.fixture
def pile(tmp_path: Path, _generated: tuple[list[Path], list[dict]]) -> SimpleNamespace:
    """Two generated photos (2 cards + 1 card) copied to a fresh pile folder, with ground truth."""
    folder = tmp_path / "pile"
    folder.mkdir()
    paths = [Path(shutil.copy(p, folder / p.name)) for p in _generated[0]]
    cards = [card for truth in _generated[1] for card in truth["cards"]]
    return SimpleNamespace(paths=paths, cards=cards)


def _integration_helpers():  # noqa: ANN202
    """The Radicale runner and memory keyring of tests/integration/conftest.py, reused as is."""
    import importlib.util

    name = "cardbox_tests_integration_conftest"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "integration" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gui_radicale(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """A real Radicale on 127.0.0.1 for the sync dialog (stopped at the end of the session)."""
    helpers = _integration_helpers()
    server = helpers.Radicale(tmp_path_factory.mktemp("gui-radicale")).start()
    yield server
    server.stop()


@pytest.fixture
def gui_keyring():  # noqa: ANN201
    """A real keyring backend kept in memory (the machine has no desktop keyring)."""
    import keyring

    previous = keyring.get_keyring()
    ring = _integration_helpers().MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
