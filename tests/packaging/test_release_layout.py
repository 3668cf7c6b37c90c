"""Fast checks of the packaging helpers (no PyInstaller build): which libraries travel with
Tesseract, and the desktop files' layout under share/."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_tesseract  # noqa: E402
import make_tarball  # noqa: E402

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd4b5f2000)
\tlibtesseract.so.5 => /lib/x86_64-linux-gnu/libtesseract.so.5 (0x00007f51cc000000)
\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f51cb800000)
\tlibm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x00007f51cbb20000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f51cb61e000)
\tlibresolv.so.2 => /lib/x86_64-linux-gnu/libresolv.so.2 (0x00007f51ca27f000)
\tlibfoo.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f51cc4e2000)
"""


def test_ldd_output_resolves_sonames_to_paths() -> None:
    found = bundle_tesseract.parse_ldd(LDD)
    assert found["libtesseract.so.5"] == Path("/lib/x86_64-linux-gnu/libtesseract.so.5")
    assert "libfoo.so.1" not in found  # unresolved: shared_libs() refuses to build with it
    assert "linux-vdso.so.1" not in found


def test_glibc_and_the_loader_stay_on_the_host() -> None:
    for name in ("libc.so.6", "libm.so.6", "libresolv.so.2", "libpthread.so.0", "ld-linux-x86-64.so.2"):
        assert bundle_tesseract.is_base_system(name), name
    for name in ("libtesseract.so.5", "libstdc++.so.6", "libicudata.so.72", "libcurl.so.4", "libmount.so.1"):
        assert not bundle_tesseract.is_base_system(name), name


def test_share_folder_has_menu_entry_metainfo_mime_and_every_icon_size(tmp_path: Path) -> None:
    make_tarball.stage_share(tmp_path)
    app_id = make_tarball.APP_ID
    assert (tmp_path / "applications" / f"{app_id}.desktop").is_file()
    assert (tmp_path / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (tmp_path / "mime" / "packages" / f"{app_id}.xml").is_file()
    sizes = sorted(int(p.parent.parent.name.split("x")[0])
                   for p in tmp_path.glob(f"icons/hicolor/*x*/apps/{app_id}.png"))
    assert sizes == list(make_tarball.ICON_SIZES)
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg").is_file()


def test_desktop_entry_offers_cardbox_for_vcards_and_photos() -> None:
    entry = (ROOT / "resources" / "linux" / f"{make_tarball.APP_ID}.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"] == "cardbox-gui %F"
    mime = set(fields["MimeType"].strip(";").split(";"))
    assert {"text/vcard", "text/x-vcard", "image/jpeg", "image/png", "image/heic"} <= mime
    assert fields["Icon"] == make_tarball.APP_ID
