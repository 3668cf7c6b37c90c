"""vCards go through one wrapper: no cardbox module outside cardbox/vcard imports vobject."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cardbox"


def test_only_the_vcard_package_may_import_vobject() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "vcard" not in path.relative_to(PACKAGE).parts[:1]
        and re.search(r"^\s*(import vobject|from vobject)", path.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []
