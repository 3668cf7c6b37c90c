"""The Linux bundle, built from scratch and run as a user would run it: no system Tesseract on PATH.

Building takes about a minute of two busy cores, so these tests run only when asked:
`make package-test` sets CARDBOX_PACKAGE_TEST=1 (and installs PyInstaller, patchelf and the
desktop validators first).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "io.github.cardbox.Cardbox"
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_tesseract  # noqa: E402
import make_tarball  # noqa: E402

CARD = ROOT / "tests" / "data" / "cards-real" / "azure-business-card-english.jpg"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("CARDBOX_PACKAGE_TEST") != "1",
                       reason="builds the PyInstaller bundle (~1 min): run `make package-test`"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """`cardbox.spec` built into a clean temporary folder; yields the one-folder app."""
    work = tmp_path_factory.mktemp("package")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
                    "--workpath", str(work / "build"), str(ROOT / "packaging" / "cardbox.spec")],
                   check=True, cwd=work)
    yield work / "dist" / "cardbox"
    shutil.rmtree(work, ignore_errors=True)  # half a gigabyte per build; pytest would keep three


@pytest.fixture()
def bare_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose PATH holds a few shell basics and no Tesseract at all."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh", "ls", "cat"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    assert shutil.which("tesseract", path=str(bin_dir)) is None
    return {"PATH": str(bin_dir), "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
            "CARDBOX_DATA_DIR": str(tmp_path / "data"), "CARDBOX_CONFIG_DIR": str(tmp_path / "config")}


def run(bundle: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run([str(bundle / "cardbox"), *args], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_both_programs_share_one_folder(bundle: Path) -> None:
    assert os.access(bundle / "cardbox", os.X_OK)
    assert os.access(bundle / "cardbox-gui", os.X_OK)
    internal = bundle / "_internal"
    for lang in ("spa", "eng", "osd"):
        assert (internal / "tesseract" / "tessdata" / f"{lang}.traineddata").is_file()
    assert not list(internal.glob("PySide6/Qt/lib/libQt6WebEngine*")), "WebEngine must not be bundled"
    assert not list(internal.glob("PySide6/Qt/lib/libQt6Quick*")), "Qt Quick must not be bundled"


def test_version_names_the_bundled_tesseract(bundle: Path, bare_env: dict[str, str]) -> None:
    lines = dict(line.split(": ", 1) for line in run(bundle, bare_env, "--version").splitlines())
    assert lines["tesseract"].startswith("5.")
    assert f"(bundled: {bundle / '_internal' / 'tesseract' / 'tesseract'})" in lines["tesseract"]
    assert lines["cardbox"] == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert "unavailable" not in lines["opencv"]
    assert "unavailable" not in lines["qt (PySide6)"]


def test_bundled_tesseract_loads_only_bundled_libraries(bundle: Path) -> None:
    exe = bundle / "_internal" / "tesseract" / "tesseract"
    out = subprocess.run(["ldd", str(exe)], check=True, capture_output=True, text=True).stdout
    assert "not found" not in out
    resolved = bundle_tesseract.parse_ldd(out)
    assert "libtesseract.so.5" in resolved
    outside = {name: path for name, path in resolved.items()
               if not bundle_tesseract.is_base_system(name) and bundle not in path.parents}
    assert not outside, f"the bundled tesseract would load system libraries: {outside}"


def test_scan_reads_a_real_card_with_the_bundled_tesseract(bundle: Path, bare_env: dict[str, str]) -> None:
    # Default workers: the frozen app must also spawn its OCR pool correctly.
    out = run(bundle, bare_env, "scan", "--dry-run", "--json", str(CARD))
    cards = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(cards) == 1 and cards[0]["error"] is None
    card = cards[0]
    assert "avery.smith@contoso.com" in card["emails"]
    assert "+447911123456" in [p["e164"] for p in card["phones"]]
    assert "Avery Smith" in card["full_name"]


def test_resources_are_found_inside_the_bundle(bundle: Path, bare_env: dict[str, str]) -> None:
    # `cardbox demo` reads resources/demo/demo.json through paths.resources_dir().
    stats = json.loads(run(bundle, bare_env, "demo", "--json"))
    assert stats["contacts"] > 0
    assert (bundle / "_internal" / "resources" / "translations" / "cardbox_es.qm").is_file()


@pytest.fixture()
def xvfb() -> Iterator[str]:
    """A private Xvfb display, yielded once it accepts clients (-displayfd)."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as ready:
        number = ready.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_gui_opens_its_main_window(bundle: Path, bare_env: dict[str, str], xvfb: str) -> None:
    # Proves the xcb platform plugin, the fonts and the translations made it into the bundle.
    env = {**bare_env, "DISPLAY": xvfb, "XDG_RUNTIME_DIR": bare_env["HOME"]}
    run(bundle, env, "demo", "--json")  # contacts, so no first-run dialog stands in front
    app = subprocess.Popen([str(bundle / "cardbox-gui")], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "tarjetero"],
                               env={**os.environ, "DISPLAY": xvfb}, capture_output=True, text=True, timeout=120)
        assert found.returncode == 0 and found.stdout.strip()
        assert app.poll() is None, "cardbox-gui quit after showing its window"
    finally:
        app.terminate()
        output = app.communicate(timeout=30)[0].decode(errors="replace")
    assert "Traceback" not in output, output


def test_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_install_script_puts_cardbox_in_the_menu_and_on_vcf_files(bundle: Path, tmp_path: Path) -> None:
    release = make_tarball.stage_release(bundle.parent)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    subprocess.run(["sh", str(release / "install.sh")], env=env, check=True, capture_output=True)
    share = home / ".local" / "share"
    app = home / ".local" / "opt" / "cardbox"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{app}/cardbox-gui" %F' in entry
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    cache = (share / "applications" / "mimeinfo.cache").read_text()  # update-desktop-database
    assert f"text/vcard={APP_ID}.desktop;" in cache
    installed = subprocess.run([str(home / ".local" / "bin" / "cardbox"), "--version"], env=env,
                               check=True, capture_output=True, text=True).stdout
    assert f"(bundled: {app}/_internal/tesseract/tesseract)" in installed

    tarjetero = share / "cardbox" / "tarjetero.sqlite3"
    tarjetero.parent.mkdir(parents=True)
    tarjetero.write_bytes(b"precious")
    subprocess.run(["sh", str(app / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not app.exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert tarjetero.read_bytes() == b"precious"
