"""Where a value came from, in a few words: "from scan #12, 83 %", "typed by you"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardbox.model import Provenance, SourceKind

translate = QCoreApplication.translate


def describe_source(p: Provenance) -> str:
    """A short label for a field's provenance, in the current language."""
    percent = f"{round(p.confidence * 100)} %"
    if p.kind is SourceKind.USER:
        return translate("provenance", "typed by you")
    if p.kind is SourceKind.SCAN:
        text = translate("provenance", "from scan #{ref}").format(ref=p.ref) if p.ref else translate("provenance", "from a scan")  # noqa: E501
        return f"{text}, {percent}"
    if p.kind is SourceKind.QR:
        return translate("provenance", "from the card's QR code")
    if p.kind is SourceKind.IMPORT:
        return translate("provenance", "imported from {ref}").format(ref=p.ref) if p.ref else translate("provenance", "imported")  # noqa: E501
    if p.kind is SourceKind.SYNC:
        return translate("provenance", "from the sync server {ref}").format(ref=p.ref).strip()
    return translate("provenance", "kept from a merge")


def is_doubtful(p: Provenance) -> bool:
    """A machine-read value the user should look at."""
    return p.kind is SourceKind.SCAN and p.confidence < 0.8
