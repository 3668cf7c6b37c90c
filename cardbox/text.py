"""Text folding shared by search and dedup: case-, accent- and punctuation-insensitive."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_FOLD_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})


def fold(text: str) -> str:
    """Lower-case and strip diacritics: "José Fernández Ñúñez" -> "jose fernandez nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_FOLD_EXTRA)


def words(text: str) -> list[str]:
    """The folded words of `text`, punctuation dropped ("O'Neil-Smith" -> ["o", "neil", "smith"])."""
    return [w for w in _WORD.findall(fold(text)) if w != "_"]


def squash(text: str) -> str:
    """Folded words joined by single spaces: a comparison key for names and companies."""
    return " ".join(words(text))
