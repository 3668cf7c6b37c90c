"""Finding duplicates: of a new draft against the tarjetero, and of the tarjetero against itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cardbox.dedup import queue
from cardbox.dedup.keys import blocks, candidate_pairs, name_key
from cardbox.dedup.match import AUTO, NONE, REVIEW, Candidate, Lookup, score_pair
from cardbox.dedup.profile import Profile, load_profiles, profile_of
from cardbox.dedup.settings import MAX_SHARED_HOLDERS, thresholds
from cardbox.model import Contact
from cardbox.progress import CancelFlag, Progress

if TYPE_CHECKING:
    from cardbox.store import Store

FLOOR = 0.3  # candidates scoring less than this are not worth showing at all
FTS_LIMIT = 200
PROGRESS_EVERY = 5000


@dataclass
class Resolution:
    """What to do with a new contact: "auto" merge into `target_id`, "review", or "none" (new)."""

    decision: str
    target_id: int | None = None
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class _StoreLookup(Lookup):
    """Lookups against SQLite for one draft at a time, with profiles cached."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[int, Profile] = {}
        self.counts: dict[str, int] = {}
        super().__init__(self._holders, self._profile, self._name_count)

    def _holders(self, key: str) -> list[int]:
        kind, value = key[:2], key[2:]
        return self.store.ids_by_email(value) if kind == "e:" else self.store.ids_by_phone(value)

    def _profile(self, cid: int) -> Profile | None:
        if cid not in self.cache:
            self.cache.update(load_profiles(self.store.conn, [cid]))
        return self.cache.get(cid)

    def _name_count(self, p: Profile) -> int:
        if not p.splits or not p.splits[0][0] or not p.splits[0][1]:
            return 0
        given, family = p.splits[0]
        match = f'name:"{given[0]}" AND name:"{family[0]}"'
        if match not in self.counts:
            sql = "SELECT COUNT(*) FROM (SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT 100)"
            self.counts[match] = int(self.store.conn.execute(sql, (match,)).fetchone()[0])
        return self.counts[match]

    def preload(self, ids: list[int]) -> None:
        missing = [i for i in ids if i not in self.cache]
        self.cache.update(load_profiles(self.store.conn, missing))


def _fts(store: Store, match: str) -> list[int]:
    try:
        rows = store.conn.execute(
            "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?", (match, FTS_LIMIT)
        )
        return [r[0] for r in rows]
    except Exception:  # noqa: BLE001 - a malformed name must not stop matching on emails and phones
        return []


def _candidate_ids(store: Store, p: Profile) -> set[int]:
    ids: set[int] = set()
    for e in p.emails:
        found = store.ids_by_email(e)
        ids.update(found if len(found) <= MAX_SHARED_HOLDERS else [])
    for ph in p.phones:
        found = store.ids_by_phone(ph)
        ids.update(found if len(found) <= MAX_SHARED_HOLDERS else [])
    if p.uid:
        ids.update(r[0] for r in store.conn.execute("SELECT id FROM contacts WHERE uid = ?", (p.uid,)))
    for given, family in p.splits[:2]:
        if family and given and len(family[0]) > 1:
            ids.update(_fts(store, f'name:"{family[0]}" AND name:{given[0][0]}*'))
    if p.org and p.splits:
        terms = " AND ".join(f'org:"{w}"' for w in p.org.split()[:4])
        ids.update(_fts(store, terms))
    ids.discard(p.id)  # type: ignore[arg-type]
    return ids


def find_candidates(store: Store, contact: Contact, *, limit: int = 10) -> list[Candidate]:
    """Stored contacts that may be `contact` (a draft or a stored one), best first.

    Pairs the user dismissed as different people are left out.
    """
    p = profile_of(contact)
    look = _StoreLookup(store)
    ids = sorted(_candidate_ids(store, p))
    look.preload(ids)
    dismissed = queue.dismissed_pairs(store)
    limits = thresholds(store)
    out = []
    for cid in ids:
        other = look.cache.get(cid)
        if other is None or queue.is_dismissed(dismissed, p.uid, other.uid):
            continue
        cand = score_pair(p, other, look, limits)
        if cand.score >= FLOOR:
            out.append(cand)
    rank = {AUTO: 0, REVIEW: 1, NONE: 2}
    out.sort(key=lambda c: (rank[c.decision], -c.score, c.other_id))
    return out[:limit]


def compare(store: Store, id_a: int, id_b: int) -> Candidate:
    """Score two stored contacts as they are now (used before applying a merge found earlier)."""
    look = _StoreLookup(store)
    look.preload([id_a, id_b])
    pa, pb = look.cache.get(id_a), look.cache.get(id_b)
    if pa is None or pb is None:
        from cardbox.errors import NotFound

        raise NotFound(what="contact", key="id", value=id_a if pa is None else id_b)
    return score_pair(pa, pb, look, thresholds(store))


def resolve(store: Store, contact: Contact) -> Resolution:
    """Decide for a new draft: merge into an existing contact, ask, or keep as new."""
    cands = find_candidates(store, contact)
    best = cands[0] if cands else None
    if best is None or best.decision == NONE:
        return Resolution(NONE, None, cands)
    return Resolution(best.decision, best.other_id, cands)


def import_resolver(store: Store, contact: Contact) -> int | None:
    """For `import_files(..., resolver=)`: the id to merge into on "auto", else None.

    Review-level matches are recorded in the review queue (by UID, the draft is not saved yet).
    """
    res = resolve(store, contact)
    if res.decision == AUTO:
        return res.target_id
    for cand in res.candidates:
        if cand.decision == REVIEW:
            row = store.conn.execute("SELECT uid FROM contacts WHERE id = ?", (cand.other_id,)).fetchone()
            if row and row[0] != contact.uid:
                queue.record_review(store, contact.uid, row[0], cand)
    return None


def scan_tarjetero(store: Store, *, cancel: CancelFlag | None = None) -> Iterator[Progress]:
    """Self-dedup: yield a Progress with a Candidate payload (contact_id, other_id) per pair found.

    Progress without payload is yielded every few thousand pairs scored. Stops quietly when
    `cancel` is set. Reads only; the caller applies or queues what it wants.
    """
    yield Progress("dedup-load", 0, None, "reading the tarjetero")
    profiles = load_profiles(store.conn)
    index = blocks(profiles.values())
    look = Lookup(lambda key: index.get(key, []), profiles.get, lambda p: len(index.get(name_key(p), ())))
    dismissed = queue.dismissed_pairs(store)
    limits = thresholds(store)
    display = {cid: p.display for cid, p in profiles.items()}
    total = len(profiles)
    done = 0
    for done, (a, b) in enumerate(candidate_pairs(index, display), 1):
        if done % PROGRESS_EVERY == 0:
            if cancel is not None and cancel.cancelled:
                return
            yield Progress("dedup", done, None, f"{done} pairs compared among {total} contacts")
        pa, pb = profiles[a], profiles[b]
        if dismissed and queue.is_dismissed(dismissed, pa.uid, pb.uid):
            continue
        cand = score_pair(pa, pb, look, limits, quick=True)
        if cand.decision != NONE:
            yield Progress("dedup", done, None, f"{pa.display} ~ {pb.display}", payload=cand)
    yield Progress("dedup-done", done, done, f"{done} pairs compared among {total} contacts")
