"""Which optional parts of cardbox are present (other areas land independently)."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType


def module(name: str) -> ModuleType | None:
    """The module when it exists and imports cleanly, else None (the feature is hidden)."""
    try:
        if importlib.util.find_spec(name) is None:
            return None
        return importlib.import_module(name)
    except Exception:  # noqa: BLE001 - a half-written optional module must not break the app
        return None


def function(module_name: str, attr: str) -> object | None:
    """`module_name.attr` when available."""
    mod = module(module_name)
    return getattr(mod, attr, None) if mod is not None else None


def present(module_name: str) -> bool:
    """True when the module exists, without importing it (keeps start-up fast)."""
    try:
        return importlib.util.find_spec(module_name) is not None
    except (ImportError, ValueError):
        return False
