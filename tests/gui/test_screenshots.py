"""Screenshots of the real app under a real X server (Xvfb + xcb), checked for content.

The test starts `Xvfb` on a free display, runs this file as a script there (demo tarjetero,
main window in English and Spanish, the review queue and a real scan's progress), and checks
each PNG is not blank. With CARDBOX_UPDATE_SCREENSHOTS=1 the PNGs are copied to docs/screenshots.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "screenshots"
SCREEN = "1400x900x24"
WINDOW_SIZE = (1360, 860)


# -- the test ------------------------------------------------------------------------------


def free_display() -> int:
    for n in range(91, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():  # type: ignore[no-untyped-def]
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", SCREEN, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{n}")
    deadline = time.monotonic() + 15
    while not socket.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not socket.exists():
        proc.kill()
        pytest.fail(f"Xvfb did not start on :{n}")
    yield f":{n}"
    proc.terminate()
    proc.wait(timeout=10)


def pixel_spread(path: Path) -> float:
    """Standard deviation of the grey levels: a blank or one-colour image is near 0."""
    from PIL import Image, ImageStat

    with Image.open(path) as img:
        return max(ImageStat.Stat(img.convert("L")).stddev)


@pytest.mark.gui
@pytest.mark.slow
def test_screenshots_under_xvfb(xvfb: str, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "CARDBOX_DATA_DIR": str(tmp_path / "data"),
           "CARDBOX_CONFIG_DIR": str(tmp_path / "config"), "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    run = subprocess.run([sys.executable, __file__, str(out)], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    shots = sorted(out.glob("*.png"))
    names = [p.name for p in shots]
    assert {"main-window.png", "main-window-es.png"} <= set(names), run.stdout
    for shot in shots:
        assert pixel_spread(shot) > 20, f"{shot.name} looks blank"
    if os.environ.get("CARDBOX_UPDATE_SCREENSHOTS") == "1":
        DOCS.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copy(shot, DOCS / shot.name)


# -- the script run under Xvfb -------------------------------------------------------------


def settle(app, ms: int = 400) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def take_screenshots(out: Path) -> None:  # noqa: PLR0915 - a linear script reads best
    from PySide6.QtWidgets import QApplication

    from cardbox import paths
    from cardbox.gui import i18n
    from cardbox.gui.app import build_window, open_demo
    from cardbox.gui.controllers import choices as ch
    from cardbox.gui.controllers import features
    from cardbox.gui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    i18n.install("en")
    store = open_demo()
    window = build_window(store, Settings())
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app)
    with_card = store.conn.execute("SELECT contact_id FROM card_images ORDER BY contact_id LIMIT 1").fetchone()
    if with_card:
        window.select_contact(with_card[0])
    settle(app)
    window.grab().save(str(out / "main-window.png"))
    print("main-window.png")
    window.set_language("es")
    settle(app)
    window.grab().save(str(out / "main-window-es.png"))
    print("main-window-es.png")
    window.set_language("en")
    settle(app)
    photos = sorted((paths.resources_dir().parent / "tests" / "data" / "cards-real").glob("*.jpg"))
    open_scan = features.function("cardbox.gui.scan", "open_scan")
    if open_scan and photos:
        event = store.events()[0][0]
        dialog = open_scan(window, store, photos, event)  # type: ignore[operator]
        done: list[object] = []
        dialog.workers = 0  # scan in the worker thread: no process pool inside the test
        dialog.scan_finished.connect(done.append)
        dialog.start()
        deadline = time.monotonic() + 180
        while not done and time.monotonic() < deadline:
            settle(app, 100)
        settle(app)
        dialog.grab().save(str(out / "scan-progress.png"))
        print("scan-progress.png", "finished" if done else "still running")
        dialog.close()
        window.refresh_all()
    if features.function("cardbox.gui.review", "ReviewView") and window.sidebar.select(ch.Choice(ch.REVIEW)):
        settle(app)
        window.grab().save(str(out / "review-queue.png"))
        print("review-queue.png")
    window.sidebar.select(ch.Choice(ch.ALL))
    window.close()
    store.close()


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]))
