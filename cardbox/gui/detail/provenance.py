"""Where a value came from, in a few words: "from scan #12, 83 %", "typed by you"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardbox.model import Provenance, SourceKind


def _t(text: str) -> str:
    return QCoreApplication.translate("provenance", text)


def describe_source(p: Provenance) -> str:
    """A short label for a field's provenance, in the current language."""
    percent = f"{round(p.confidence * 100)} %"
    if p.kind is SourceKind.USER:
        return _t("typed by you")
    if p.kind is SourceKind.SCAN:
        text = _t("from scan #{ref}").format(ref=p.ref) if p.ref else _t("from a scan")
        return f"{text}, {percent}"
    if p.kind is SourceKind.QR:
        return _t("from the card's QR code")
    if p.kind is SourceKind.IMPORT:
        return _t("imported from {ref}").format(ref=p.ref) if p.ref else _t("imported")
    if p.kind is SourceKind.SYNC:
        return _t("from the sync server {ref}").format(ref=p.ref).strip()
    return _t("kept from a merge")


def is_doubtful(p: Provenance) -> bool:
    """A machine-read value the user should look at."""
    return p.kind is SourceKind.SCAN and p.confidence < 0.8
