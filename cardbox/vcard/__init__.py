"""Contacts to and from vCard 2.1/3.0/4.0 text: the one place cardbox reads and writes vCards.

Reading is tolerant and per card: a card that cannot be read becomes an `ItemError` and the
rest of the file still imports. Unknown properties travel in `Contact.extra_vcard` verbatim.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cardbox.errors import ItemError, VCardError
from cardbox.model import Contact, SourceKind
from cardbox.vcard.lexer import decode_file_bytes, lex_card, split_cards
from cardbox.vcard.reader import CardReader
from cardbox.vcard.writer import derive_name, to_vcard, write_vcards

log = logging.getLogger(__name__)

__all__ = ["read_vcards", "read_file", "to_vcard", "write_vcards", "derive_name"]


def read_vcards(
    data: str | bytes, source: str = "", *, kind: SourceKind = SourceKind.IMPORT
) -> tuple[list[Contact], list[ItemError]]:
    """Parse .vcf text (or raw bytes) holding one or many cards into contacts and per-card errors.

    Every value read is marked `Provenance(kind, ref=source)`: IMPORT for files, SYNC for sync.
    """
    if isinstance(data, bytes):
        text, eight_bit = decode_file_bytes(data)
    else:
        text, eight_bit = data.lstrip("\ufeff"), False
    contacts: list[Contact] = []
    errors: list[ItemError] = []
    cards = split_cards(text)
    if not cards:
        return [], [ItemError(source, None, "no BEGIN:VCARD found: not a vCard file")]
    for card in cards:
        try:
            props = lex_card(card, eight_bit, source)
            contacts.append(CardReader(source, card.index, card.lines, kind).read(props))
        except VCardError as exc:
            errors.append(ItemError(source, card.index, exc.detail))
        except Exception as exc:  # noqa: BLE001 - one card must never stop the file (a batch goes on)
            log.warning("%s, card %d: unexpected %s", source, card.index + 1, type(exc).__name__, exc_info=True)
            errors.append(ItemError(source, card.index, f"unreadable card ({type(exc).__name__}: {exc})"))
    return contacts, errors


def read_file(path: Path) -> tuple[list[Contact], list[ItemError]]:
    """Read a .vcf file: UTF-8 (with or without BOM), UTF-16, else Windows-1252/Latin-1 per card."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return [], [ItemError(Path(path).name, None, f"cannot read the file: {exc.strerror or exc}")]
    return read_vcards(data, Path(path).name)
