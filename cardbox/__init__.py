"""cardbox: an offline tarjetero that turns business-card photos into trusted contacts."""

from __future__ import annotations

__version__ = "0.1.0"
