"""Stage a self-contained Tesseract (binary, shared libraries, spa/eng/osd data) for the bundle.

Used by `cardbox.spec` at build time; it never runs inside the app. The staged layout is

    tesseract/tesseract            the program, RPATH set to $ORIGIN/lib
    tesseract/lib/*.so*            every library `ldd` resolves, minus the base system
    tesseract/tessdata/*.traineddata

which is where `cardbox.scan.ocr.tesseract._bundled()` looks (`sys._MEIPASS/tesseract`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LANGS = ("spa", "eng", "osd")
DEFAULT_BINARY = Path("/usr/bin/tesseract")
DEFAULT_TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")

# The C library and the loader must come from the machine the app runs on: a copied glibc
# breaks on any other system. The rest (libstdc++, ICU, leptonica...) travels with the app.
BASE_SYSTEM = re.compile(
    r"^(ld-linux.*|linux-vdso.*|libc|libm|libmvec|libdl|libpthread|librt|libresolv|libutil|"
    r"libnsl|libanl|libcrypt|libBrokenLocale|libthread_db|libnss_.*)\.so(\..*)?$"
)
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(/\S+)\s+\(0x[0-9a-f]+\)")


def is_base_system(soname: str) -> bool:
    """True for glibc-family libraries and the dynamic loader (never bundled)."""
    return bool(BASE_SYSTEM.match(soname))


def parse_ldd(output: str) -> dict[str, Path]:
    """`soname -> resolved path` from `ldd` output; unresolved ("not found") lines are skipped."""
    found: dict[str, Path] = {}
    for line in output.splitlines():
        match = _LDD_LINE.match(line)
        if match:
            found[match.group(1)] = Path(match.group(2))
    return found


def shared_libs(binary: Path) -> dict[str, Path]:
    """The libraries `binary` needs that are not part of the base system, by soname."""
    out = subprocess.run(["ldd", str(binary)], check=True, capture_output=True, text=True).stdout
    if "not found" in out:
        missing = [ln.split()[0] for ln in out.splitlines() if "not found" in ln]
        raise RuntimeError(f"{binary}: libraries not found: {', '.join(missing)}")
    return {name: path for name, path in parse_ldd(out).items() if not is_base_system(name)}


def stage(dest: Path, binary: Path = DEFAULT_BINARY, tessdata: Path = DEFAULT_TESSDATA,
          langs: tuple[str, ...] = LANGS) -> Path:
    """Copy Tesseract, its libraries and `langs` into `dest/tesseract`; returns that folder."""
    root = dest / "tesseract"
    if root.exists():
        shutil.rmtree(root)
    (root / "lib").mkdir(parents=True)
    (root / "tessdata").mkdir()
    exe = root / "tesseract"
    shutil.copy2(binary.resolve(), exe)
    for soname, path in shared_libs(binary).items():
        shutil.copy2(path.resolve(), root / "lib" / soname)
    for lang in langs:
        shutil.copy2((tessdata / f"{lang}.traineddata").resolve(), root / "tessdata")
    _set_rpath(exe)
    exe.chmod(0o755)
    return root


def _set_rpath(exe: Path) -> None:
    # DT_RPATH (--force-rpath), not RUNPATH: it outranks LD_LIBRARY_PATH, which the PyInstaller
    # bootloader points at its own folder, and it also governs the libraries' own dependencies.
    patchelf = shutil.which("patchelf")
    if not patchelf:
        raise RuntimeError("patchelf is needed to build the bundle (apt-get install patchelf)")
    subprocess.run([patchelf, "--force-rpath", "--set-rpath", "$ORIGIN/lib", str(exe)], check=True)


# Windows and macOS: written from the tools' documentation, never run here (only Linux can be
# tried on this machine); README.md says what to check the first time.

def stage_windows(dest: Path, install_dir: Path, langs: tuple[str, ...] = LANGS) -> Path:
    """The UB-Mannheim build: tesseract.exe and its DLLs side by side (Windows looks beside the exe)."""
    root = dest / "tesseract"
    if root.exists():
        shutil.rmtree(root)
    (root / "tessdata").mkdir(parents=True)
    shutil.copy2(install_dir / "tesseract.exe", root)
    for dll in install_dir.glob("*.dll"):
        shutil.copy2(dll, root)
    for lang in langs:
        shutil.copy2(install_dir / "tessdata" / f"{lang}.traineddata", root / "tessdata")
    return root


def stage_macos(dest: Path, brew_prefix: Path, langs: tuple[str, ...] = LANGS) -> Path:
    """Homebrew's Tesseract with its dylibs copied to lib/ and rewritten to @executable_path/lib."""
    root = dest / "tesseract"
    if root.exists():
        shutil.rmtree(root)
    (root / "tessdata").mkdir(parents=True)
    exe = root / "tesseract"
    shutil.copy2((brew_prefix / "bin" / "tesseract").resolve(), exe)
    exe.chmod(0o755)
    # dylibbundler (brew install dylibbundler) copies every non-system dylib and runs
    # install_name_tool on the program and on each copied library.
    subprocess.run(["dylibbundler", "-od", "-b", "-x", str(exe), "-d", str(root / "lib"),
                    "-p", "@executable_path/lib/"], check=True)
    for lang in langs:
        shutil.copy2(brew_prefix / "share" / "tessdata" / f"{lang}.traineddata", root / "tessdata")
    return root


if __name__ == "__main__":
    import sys

    print(stage(Path(sys.argv[1] if len(sys.argv) > 1 else "build/tesseract-stage")))
