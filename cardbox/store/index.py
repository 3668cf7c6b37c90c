"""Keeping the full-text index (FTS5) and the typo index (`spell`) in step with contacts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import phonenumbers

from cardbox.model import Contact
from cardbox.text import fold, words

MIN_TYPO_TERM = 4  # terms this long or longer get one-edit variants (a 5-letter query ± 1)
MAX_TYPO_TERM = 32


def phone_variants(e164: str) -> list[str]:
    """Digit strings a user may type for a phone: the E.164 digits and the national number."""
    digits = "".join(ch for ch in e164 if ch.isdigit())
    out = [digits]
    try:
        parsed = phonenumbers.parse(e164, None)
        out.append(str(parsed.national_number))
    except phonenumbers.NumberParseException:
        pass
    return out


def document(c: Contact, ocr_texts: Iterable[str] = ()) -> dict[str, str]:
    """The FTS columns for one contact, already folded (accents, case)."""
    contact_bits: list[str] = [e.address for e in c.emails]
    for p in c.phones:
        contact_bits.extend(phone_variants(p.e164))
    contact_bits += [u.url for u in c.urls] + [f"{s.service} {s.handle}" for s in c.socials]
    place_bits = [" ".join((a.street, a.postal_code, a.city, a.region, a.country)) for a in c.addresses]
    place_bits += [e.place for e in c.events]
    fields = {
        "name": " ".join((c.prefix, c.full_name, c.given_names, c.family_names, c.suffix)),
        "org": " ".join((c.org, c.department)),
        "title": " ".join([c.title] + [f"{j.title} {j.org}" for j in c.jobs]),
        "contact": " ".join(contact_bits),
        "place": " ".join(place_bits),
        "notes": " ".join(n.text for n in c.notes),
        "ocr": " ".join(ocr_texts),
        "other": " ".join(c.tags + [e.name for e in c.events]),
    }
    return {k: fold(v) for k, v in fields.items()}


def deletions(term: str) -> set[str]:
    """The term and every string one deletion away from it (symmetric-delete spelling)."""
    return {term} | {term[:i] + term[i + 1 :] for i in range(len(term))}


def is_typo_term(term: str) -> bool:
    return MIN_TYPO_TERM <= len(term) <= MAX_TYPO_TERM and term.isalpha()


class Indexer:
    """Writes FTS rows and new spell terms; remembers known terms to skip redundant inserts."""

    def __init__(self) -> None:
        self._known: set[str] | None = None

    def _known_terms(self, conn: sqlite3.Connection) -> set[str]:
        if self._known is None:
            self._known = {r[0] for r in conn.execute("SELECT term FROM spell WHERE variant = term")}
        return self._known

    def index(self, conn: sqlite3.Connection, c: Contact) -> None:
        """(Re)index one contact inside the caller's transaction."""
        # The scans linked to the contact, and those its card images come from (a card being saved
        # right now is not linked yet): its OCR text is searchable from the first save.
        scan_ids = sorted({im.scan_id for im in c.cards if im.scan_id is not None})
        marks = ",".join("?" * len(scan_ids))
        where = f"contact_id = ? OR id IN ({marks})" if scan_ids else "contact_id = ?"
        ocr = [r[0] for r in conn.execute(f"SELECT ocr_text FROM scans WHERE {where}", (c.id, *scan_ids))]
        doc = document(c, ocr)
        conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (c.id,))
        conn.execute(
            "INSERT INTO contacts_fts(rowid, name, org, title, contact, place, notes, ocr, other) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (
                c.id,
                doc["name"],
                doc["org"],
                doc["title"],
                doc["contact"],
                doc["place"],
                doc["notes"],
                doc["ocr"],
                doc["other"],
            ),
        )
        self.add_terms(conn, (t for text in doc.values() for t in words(text)))

    def add_terms(self, conn: sqlite3.Connection, terms: Iterable[str]) -> None:
        known = self._known_terms(conn)
        new = {t for t in terms if is_typo_term(t) and t not in known}
        if not new:
            return
        conn.executemany(
            "INSERT OR IGNORE INTO spell(variant, term) VALUES (?, ?)",
            [(v, t) for t in new for v in deletions(t)],
        )
        known.update(new)

    def forget_cache(self) -> None:
        """Drop the known-terms cache (after a rollback, it may hold terms never written)."""
        self._known = None

    @staticmethod
    def unindex(conn: sqlite3.Connection, contact_id: int) -> None:
        conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (contact_id,))
