"""Why someone is on the Reconnect list, in the user's language (from the relations' codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def reason_words(codes: tuple[str, ...] | list[str], idle_days: int | None = None) -> str:
    """'client · trusted contact · 200 days without contact', translated."""
    words = {
        "client": translate("reasons", "client"),
        "trusted": translate("reasons", "trusted contact"),
        "hot": translate("reasons", "hot contact"),
        "changed_jobs": translate("reasons", "changed jobs since you met"),
        "connector": translate("reasons", "introduced you to other people"),
    }
    parts = [words.get(code, code) for code in codes]
    if idle_days is not None:
        parts.append(translate("reasons", "{days} days without contact").format(days=idle_days))
    return " · ".join(parts)
