"""Pack the PyInstaller folder and the desktop files into `dist/cardbox-<version>-linux-<arch>.tar.gz`.

    .venv/bin/python packaging/make_tarball.py [--dist dist]

The tarball unpacks to one folder with `install.sh` (per user, into ~/.local/opt/cardbox),
`uninstall.sh`, `app/` (the bundle) and `share/` (menu entry, AppStream metainfo, MIME
package, hicolor icons), laid out as they go under ~/.local/share.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.cardbox.Cardbox"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project() -> tuple[str, str]:
    """Name and version from pyproject.toml (the spec reads the same place)."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return meta["name"], meta["version"]


def icon_source() -> Path:
    """The GUI's icon set (resources/icons), or the packaging fallback when it is absent."""
    for folder in (ROOT / "resources" / "icons", ROOT / "resources" / "linux" / "icons"):
        if (folder / "cardbox.svg").is_file():
            return folder
    raise FileNotFoundError("no cardbox.svg icon in resources/icons or resources/linux/icons")


def stage_share(share: Path) -> None:
    """`share/` as it will be laid out under ~/.local/share."""
    linux = ROOT / "resources" / "linux"
    for sub, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml"),
                      ("mime/packages", f"{APP_ID}.xml")):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy2(linux / name, share / sub / name)
    icons = icon_source()
    for size in ICON_SIZES:
        png = icons / f"cardbox-{size}.png"
        if png.is_file():
            target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "cardbox.svg", scalable / f"{APP_ID}.svg")


def stage_release(dist: Path) -> Path:
    """`dist/<name>-<version>-linux-<arch>/` staged from `dist/<name>/`: what the tarball holds."""
    name, version = project()
    bundle = dist / name
    if not (bundle / name).is_file():
        raise FileNotFoundError(f"{bundle / name} is missing: run `make package` (PyInstaller) first")
    stem = f"{name}-{version}-linux-{platform.machine()}"
    stage = dist / stem
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir()
    # A hard-link copy: the 500 MB bundle is staged in no time and no extra space.
    subprocess.run(["cp", "-al", str(bundle), str(stage / "app")], check=True)
    stage_share(stage / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / script, stage / script)
    (stage / "README.txt").write_text(INSTALL_NOTE.format(stem=stem), encoding="utf-8")
    return stage


def build(dist: Path) -> Path:
    """Stage the release folder and tar it; returns the tarball."""
    stage = stage_release(dist)
    tarball = dist / f"{stage.name}.tar.gz"
    subprocess.run(["tar", "-C", str(dist), "-czf", str(tarball), stage.name], check=True)
    return tarball


INSTALL_NOTE = """cardbox for Linux ({stem})

Install (no root needed):   ./install.sh
    the app goes to ~/.local/opt/cardbox, cardbox appears in the Office menu and in
    "Open with" for .vcf files and card photos; `./install.sh --default-vcard` also makes
    it the default for .vcf files.
Uninstall:                  ~/.local/opt/cardbox/uninstall.sh
    your tarjetero (~/.local/share/cardbox) is kept.
Run without installing:     ./app/cardbox-gui      (command line: ./app/cardbox --help)

Tesseract with Spanish and English data is included; `cardbox --version` says which one runs.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    print(build(parser.parse_args().dist.resolve()))


if __name__ == "__main__":
    main()
