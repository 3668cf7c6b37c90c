"""Figures for the Linux bundle: build time, size on disk and in the tarball, start to first window.

    .venv/bin/python bench/package.py            # measure dist/ as built by `make package`
    .venv/bin/python bench/package.py --build    # rebuild first and time PyInstaller and the tarball

Start time: the bundled `cardbox-gui` on a demo tarjetero under Xvfb, from exec until xdotool
sees its main window mapped. The first run reads the bundle from disk (as cold as we can get
without dropping the page cache of a shared machine); the others are warm. Goals: < 300 MB, < 3 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import make_tarball  # noqa: E402

WINDOW_TITLE = "tarjetero"  # the main window ("cardbox — your tarjetero" / "… tu tarjetero"), not an error box
TIMEOUT_S = 60.0


def timed(cmd: list[str]) -> float:
    start = time.monotonic()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.monotonic() - start


def build(dist: Path) -> None:
    spec = ROOT / "packaging" / "cardbox.spec"
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    seconds = timed([str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
                     "--workpath", str(ROOT / "build" / "pyinstaller"), str(spec)])
    print(f"build (PyInstaller, clean work dir not forced): {seconds:.1f} s")
    seconds = timed([sys.executable, str(ROOT / "packaging" / "make_tarball.py"), "--dist", str(dist)])
    print(f"tarball (stage + tar.gz): {seconds:.1f} s")


def du(path: Path) -> int:
    """Bytes on disk, hard links counted once (what `du -s` says)."""
    return int(subprocess.run(["du", "-sb", str(path)], check=True, capture_output=True, text=True).stdout.split()[0])


def report_sizes(bundle: Path, dist: Path) -> None:
    mb = 1024 * 1024
    print(f"bundle {bundle}: {du(bundle) / mb:.0f} MB")
    for tarball in sorted(dist.glob("cardbox-*-linux-*.tar.gz")):
        print(f"tarball {tarball.name}: {tarball.stat().st_size / mb:.0f} MB")
    parts = sorted(((du(p), p.name) for p in (bundle / "_internal").iterdir()), reverse=True)[:8]
    print("largest parts: " + ", ".join(f"{name} {size / mb:.0f} MB" for size, name in parts))


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb and its display, returned only once it accepts clients (-displayfd)."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as ready:
        number = ready.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, f":{number}"


def window_up(display: str) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", WINDOW_TITLE],
                           env={**os.environ, "DISPLAY": display}, capture_output=True, text=True)
    return found.returncode == 0 and bool(found.stdout.strip())


def start_once(bundle: Path, env: dict[str, str]) -> float:
    """Seconds from exec of cardbox-gui until its main window is mapped; the app is then closed."""
    start = time.monotonic()
    log = Path(env["HOME"]) / "cardbox-gui.log"
    with log.open("wb") as sink:
        app = subprocess.Popen([str(bundle / "cardbox-gui")], env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        while time.monotonic() - start < TIMEOUT_S:
            if app.poll() is not None:
                raise RuntimeError(f"cardbox-gui exited with {app.returncode} before showing a window:\n"
                                   + log.read_text(errors="replace")[-2000:])
            if window_up(env["DISPLAY"]):
                return time.monotonic() - start
            time.sleep(0.02)
        raise RuntimeError("no cardbox window within a minute")
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def measure_start(bundle: Path, runs: int) -> None:
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="cardbox-bench-") as tmp:
            env = {"PATH": os.environ.get("PATH", ""), "HOME": tmp, "LANG": "C.UTF-8", "DISPLAY": display,
                   "CARDBOX_DATA_DIR": f"{tmp}/data", "CARDBOX_CONFIG_DIR": f"{tmp}/config",
                   "XDG_RUNTIME_DIR": tmp}
            # A tarjetero with contacts, so the first-run dialog does not stand in front of the window.
            subprocess.run([str(bundle / "cardbox"), "demo", "--json"], env=env, check=True, capture_output=True)
            times = [start_once(bundle, env) for _ in range(runs)]
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    print(f"start to first window under Xvfb: first run {times[0]:.2f} s; "
          f"median of the next {runs - 1}: {statistics.median(times[1:]):.2f} s (all: "
          + ", ".join(f"{t:.2f}" for t in times) + ")")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild the bundle and the tarball first")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=5, help="app starts to time (default 5)")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: bash packaging/ensure-tools.sh")
    dist = args.dist.resolve()
    if args.build:
        build(dist)
    bundle = dist / make_tarball.project()[0]
    if not (bundle / "cardbox-gui").is_file():
        sys.exit(f"{bundle} is missing: run `make package` (or this script with --build)")
    report_sizes(bundle, dist)
    measure_start(bundle, max(2, args.runs))
    print(f"machine: {os.cpu_count()} cores, shared with other jobs: figures are indicative")


if __name__ == "__main__":
    main()
