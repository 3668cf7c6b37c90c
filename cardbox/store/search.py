"""Offline search: FTS5 with prefixes and one-typo tolerance, combined with filters."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz.distance import OSA

from cardbox.model import Warmth
from cardbox.store.index import deletions, is_typo_term
from cardbox.text import squash, words

MIN_TYPO_QUERY = 5  # one edit is tolerated in words of five or more letters
# bm25 weights per FTS column: name, org, title, contact, place, notes, ocr, other
BM25_WEIGHTS = "10.0, 5.0, 3.0, 4.0, 2.0, 1.0, 0.5, 2.0"

ORDERS = {
    "name": "c.sort_name, c.id",
    "org": "c.sort_org, c.sort_name, c.id",
    "warmth": "c.warmth DESC, c.sort_name, c.id",
    "last_contacted": "c.last_contacted IS NULL, c.last_contacted DESC, c.sort_name, c.id",
    "follow_up": "c.follow_up IS NULL, c.follow_up, c.sort_name, c.id",
    "created": "c.created_at DESC, c.id DESC",
    "event_date": "(SELECT MAX(COALESCE(e.start, e.created_at)) FROM contact_events ce JOIN events e "
    "ON e.id = ce.event_id WHERE ce.contact_id = c.id) IS NULL, (SELECT MAX(COALESCE(e.start, e.created_at)) "
    "FROM contact_events ce JOIN events e ON e.id = ce.event_id WHERE ce.contact_id = c.id) DESC, c.sort_name, c.id",
}


@dataclass
class Filters:
    """Filters combinable with a text query; empty means no filter."""

    events: list[str] = field(default_factory=list)  # event names (any of them)
    event_ids: list[int] = field(default_factory=list)
    warmth: list[Warmth] = field(default_factory=list)  # any of these levels
    tags: list[str] = field(default_factory=list)  # all of these tags
    city: str = ""
    company: str = ""
    needs_review: bool | None = None
    follow_up_before: date | None = None  # follow-up set and on or before this day
    ids: list[int] | None = None  # restrict to these contacts

    def is_empty(self) -> bool:
        return not (
            self.events
            or self.event_ids
            or self.warmth
            or self.tags
            or self.city
            or self.company
            or self.needs_review is not None
            or self.follow_up_before
            or self.ids is not None
        )


def typo_variants(conn: sqlite3.Connection, word: str) -> list[str]:
    """Indexed terms at most one edit (insert, delete, substitute, transpose) from `word`."""
    if len(word) < MIN_TYPO_QUERY or not is_typo_term(word):
        return []
    variants = sorted(deletions(word))
    marks = ",".join("?" * len(variants))
    rows = conn.execute(f"SELECT DISTINCT term FROM spell WHERE variant IN ({marks})", variants).fetchall()
    return sorted(t for (t,) in rows if t != word and OSA.distance(word, t, score_cutoff=1) <= 1)


def match_expression(conn: sqlite3.Connection, query: str) -> str:
    """An FTS5 MATCH expression: every word as a prefix, or one of its one-typo neighbours."""
    clauses = []
    for word in _join_digit_runs(words(query)):
        options = [f'"{word}"*'] + [f'"{v}"' for v in typo_variants(conn, word)]
        clauses.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(clauses)


def _join_digit_runs(tokens: list[str]) -> list[str]:
    """ "612 34 56" is one phone number typed with spaces: search it as "6123456"."""
    out: list[str] = []
    for token in tokens:
        if token.isdigit() and out and out[-1].isdigit():
            out[-1] += token
        else:
            out.append(token)
    return out


def _filter_sql(f: Filters) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if f.events or f.event_ids:
        keys = [squash(e) for e in f.events]
        sub = []
        if keys:
            sub.append(f"e.name_norm IN ({','.join('?' * len(keys))})")
            params += keys
        if f.event_ids:
            sub.append(f"e.id IN ({','.join('?' * len(f.event_ids))})")
            params += list(f.event_ids)
        where.append(
            "EXISTS (SELECT 1 FROM contact_events ce JOIN events e ON e.id = ce.event_id "
            f"WHERE ce.contact_id = c.id AND ({' OR '.join(sub)}))"
        )
    if f.warmth:
        where.append(f"c.warmth IN ({','.join('?' * len(f.warmth))})")
        params += [int(w) for w in f.warmth]
    for tag in f.tags:
        where.append("EXISTS (SELECT 1 FROM tags t WHERE t.contact_id = c.id AND t.tag = ? COLLATE NOCASE)")
        params.append(tag.strip())
    if f.city:
        where.append("EXISTS (SELECT 1 FROM addresses a WHERE a.contact_id = c.id AND a.city_norm = ?)")
        params.append(squash(f.city))
    for word in words(f.company):  # every word of the company, in any order
        where.append("c.sort_org LIKE ? ESCAPE '\\'")
        params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if f.needs_review is not None:
        where.append("c.needs_review = ?")
        params.append(int(f.needs_review))
    if f.follow_up_before:
        where.append("c.follow_up IS NOT NULL AND c.follow_up <= ?")
        params.append(f.follow_up_before.isoformat())
    if f.ids is not None:
        where.append(f"c.id IN ({','.join('?' * len(f.ids))})" if f.ids else "0")
        params += list(f.ids)
    return where, params


def search_ids(
    conn: sqlite3.Connection,
    query: str = "",
    filters: Filters | None = None,
    order: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Contact ids matching the text and the filters: by relevance for a text query, else `order`."""
    f = filters or Filters()
    where, params = _filter_sql(f)
    expression = match_expression(conn, query) if query.strip() else ""
    if query.strip() and not expression:
        return []  # only punctuation was typed
    if expression and not where and order is None:
        # The common as-you-type case: let FTS5 rank and cut without touching `contacts`.
        sql = (
            "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
            f"ORDER BY bm25(contacts_fts, {BM25_WEIGHTS}), rowid"
        )
        params = [expression]
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [r[0] for r in conn.execute(sql, params)]
    if expression:
        sql = (
            f"SELECT c.id FROM (SELECT rowid AS id, bm25(contacts_fts, {BM25_WEIGHTS}) AS score "
            "FROM contacts_fts WHERE contacts_fts MATCH ?) m JOIN contacts c ON c.id = m.id"
        )
        params = [expression, *params]
        order_sql = "m.score, c.sort_name, c.id" if order is None else ORDERS[order]
    else:
        sql = "SELECT c.id FROM contacts c"
        order_sql = ORDERS[order or "name"]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order_sql}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [r[0] for r in conn.execute(sql, params)]


def count(conn: sqlite3.Connection, query: str = "", filters: Filters | None = None) -> int:
    """How many contacts match (same rules as `search_ids`)."""
    f = filters or Filters()
    where, params = _filter_sql(f)
    if query.strip():
        expression = match_expression(conn, query)
        if not expression:
            return 0
        sql = (
            "SELECT COUNT(*) FROM contacts c WHERE c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"
        )
        params = [expression, *params]
        if where:
            sql += " AND " + " AND ".join(where)
    else:
        sql = "SELECT COUNT(*) FROM contacts c" + (" WHERE " + " AND ".join(where) if where else "")
    return int(conn.execute(sql, params).fetchone()[0])
