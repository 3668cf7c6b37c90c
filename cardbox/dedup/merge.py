"""The merge plan: what one contact made of two looks like, and where each value came from.

Pure: no database. `plan_merge(kept, other)` returns a `MergePlan` whose `result` keeps the
kept contact's id and uid and everything distinct from both. Rules:

* a value the user typed (SourceKind.USER) is never replaced by an OCR value (SourceKind.SCAN);
* a different organisation is a job change: the newer card's job (by created date) is current,
  the older one becomes `Job(org, title, until)` history — it is moved, never overwritten;
* names take the more complete spelling ("M. José" -> "María José") unless USER-typed;
* lists (emails, phones, URLs, addresses, socials, cards, events, tags, jobs) are unioned,
  notes and warmth history interleaved by date, warmth is the warmer, follow-up the earliest
  still to come, last contact the latest.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from rapidfuzz import fuzz

from cardbox.dedup.profile import org_key
from cardbox.model import Contact, Job, Provenance, SourceKind
from cardbox.text import squash

T = TypeVar("T")
NAME_FIELDS = ("full_name", "given_names", "family_names", "prefix", "suffix")
_TRUST = list(SourceKind)


@dataclass
class MergePlan:
    """The contact a merge produces, and an account of it for the user."""

    kept_id: int | None
    other_id: int | None
    result: Contact
    origin: dict[str, str] = field(default_factory=dict)  # scalar field -> "kept" | "other" | "both"
    job_change: Job | None = None  # the older job moved to history
    kept_back: list[str] = field(default_factory=list)  # values not applied (USER won), in English

    def describe(self) -> list[str]:
        """Lines for `cardbox merge --dry-run` and the GUI's merge dialog."""
        c = self.result
        lines = [f"{name}: {getattr(c, name)!r} (from {src})" for name, src in self.origin.items() if getattr(c, name)]
        lines.append(f"emails: {', '.join(e.address for e in c.emails) or '-'}")
        lines.append(f"phones: {', '.join(p.e164 for p in c.phones) or '-'}")
        lines.append(
            f"notes: {len(c.notes)}, events: {len(c.events)}, card images: {len(c.cards)}, "
            f"tags: {', '.join(c.tags) or '-'}"
        )
        lines.append(f"warmth: {c.warmth.key}")
        if self.job_change:
            j = self.job_change
            lines.append(f"formerly {j.title or '?'} at {j.org or '?'}" + (f" (until {j.until})" if j.until else ""))
        lines += [f"kept (typed by you): {k}" for k in self.kept_back]
        return lines


def _stronger(a: Provenance, b: Provenance) -> Provenance:
    return a if _TRUST.index(a.kind) <= _TRUST.index(b.kind) else b


def _user_vs_scan(mine: Provenance, theirs: Provenance) -> bool:
    return mine.kind is SourceKind.USER and theirs.kind is SourceKind.SCAN


class _Picker:
    """Chooses one scalar field at a time and records the choice."""

    def __init__(self, kept: Contact, other: Contact, plan: MergePlan) -> None:
        self.kept, self.other, self.plan = kept, other, plan

    def pick(self, name: str, prefer_other: bool) -> str:
        """Set `name` on the result; returns "kept", "other" or "both"."""
        kv, ov = getattr(self.kept, name), getattr(self.other, name)
        ks, os_ = self.kept.source_of(name), self.other.source_of(name)
        if squash(kv) == squash(ov) or not ov:
            return self._take(name, kv, _stronger(ks, os_) if kv == ov else ks, "both" if kv == ov else "kept")
        if not kv:
            return self._take(name, ov, os_, "other")
        if _user_vs_scan(ks, os_):
            if prefer_other:
                self.plan.kept_back.append(f"{name} {kv!r} over scanned {ov!r}")
            return self._take(name, kv, ks, "kept")
        if _user_vs_scan(os_, ks) or prefer_other:
            return self._take(name, ov, os_, "other")
        return self._take(name, kv, ks, "kept")

    def _take(self, name: str, value: str, source: Provenance, origin: str) -> str:
        setattr(self.plan.result, name, value)
        if name in self.kept.sources or name in self.other.sources or source.kind is not SourceKind.USER:
            self.plan.result.sources[name] = source
        self.plan.origin[name] = origin
        return origin


def _completeness(c: Contact) -> tuple[int, int]:
    text = " ".join((c.full_name, c.given_names, c.family_names))
    return len(squash(text).split()), len(squash(text))


def _same_org(a: str, b: str) -> bool:
    ka, kb = org_key(a), org_key(b)
    return not ka or not kb or ka == kb or fuzz.ratio(ka, kb) >= 92


def _pick_job(p: _Picker, newer_is_other: bool, until: date) -> None:
    kept, other = p.kept, p.other
    old, new = (kept, other) if newer_is_other else (other, kept)
    if not _same_org(kept.org, other.org):
        for name in ("org", "department", "title"):
            p._take(name, getattr(new, name), new.source_of(name), "other" if newer_is_other else "kept")
        p.plan.job_change = Job(old.org, old.title, until)
        return
    p.pick("org", prefer_other=False)
    p.pick("department", prefer_other=newer_is_other)
    before = old.title
    p.pick("title", prefer_other=newer_is_other)
    if before and p.plan.result.title != before and fuzz.ratio(squash(before), squash(p.plan.result.title)) < 85:
        p.plan.job_change = Job(p.plan.result.org, before, until)


def _union(items: Iterable[T], key: Callable[[T], object]) -> list[T]:
    seen: set[object] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _url_key(url: str) -> str:
    u = url.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return u.rstrip("/")


def _merge_lists(r: Contact, kept: Contact, other: Contact) -> None:
    r.emails = _union(kept.emails + other.emails, lambda e: e.address.strip().lower())
    r.phones = _union(kept.phones + other.phones, lambda p: p.e164)
    r.urls = _union(kept.urls + other.urls, lambda u: _url_key(u.url))
    r.addresses = _union(
        [a for a in kept.addresses + other.addresses if not a.is_empty()],
        lambda a: (squash(a.street), squash(a.postal_code), squash(a.city), a.country.upper()),
    )
    r.socials = _union(
        kept.socials + other.socials, lambda s: (s.service.lower(), s.handle.strip().lower().rstrip("/"))
    )
    r.tags = _union(kept.tags + other.tags, lambda t: t.strip().casefold())
    r.events = _union(kept.events + other.events, lambda e: squash(e.name))
    r.cards = _union(kept.cards + other.cards, lambda i: (i.sha256, i.side))
    r.extra_vcard = _union(kept.extra_vcard + other.extra_vcard, lambda line: line)
    r.notes = sorted(
        _union(kept.notes + other.notes, lambda n: n.id if n.id is not None else (n.at, n.text)), key=lambda n: n.at
    )
    r.warmth_history = sorted(
        _union(kept.warmth_history + other.warmth_history, lambda w: (w.at, w.warmth)), key=lambda w: w.at
    )


def _merge_relationship(r: Contact, kept: Contact, other: Contact, today: date) -> None:
    r.warmth = max(kept.warmth, other.warmth)
    ahead = [d for d in (kept.follow_up, other.follow_up) if d and d >= today]
    past = [d for d in (kept.follow_up, other.follow_up) if d]
    r.follow_up = min(ahead) if ahead else (max(past) if past else None)
    r.last_contacted = max((d for d in (kept.last_contacted, other.last_contacted) if d), default=None)
    ids = {kept.id, other.id} - {None}
    r.introduced_by = next((i for i in (kept.introduced_by, other.introduced_by) if i and i not in ids), None)
    uids = {kept.uid, other.uid}
    r.introduced_by_uid = next(
        (u for u in (kept.introduced_by_uid, other.introduced_by_uid) if u and u not in uids), ""
    )
    r.birthday = kept.birthday or other.birthday
    r.needs_review = kept.needs_review or other.needs_review
    r.created_at = min(kept.created_at, other.created_at)


def plan_merge(kept: Contact, other: Contact, *, today: date | None = None) -> MergePlan:
    """Merge `other` into `kept`; neither argument is modified."""
    today = today or date.today()
    result = copy.deepcopy(kept)
    result.sources = dict(kept.sources)
    plan = MergePlan(kept.id, other.id, result)
    picker = _Picker(kept, other, plan)
    newer_is_other = other.created_at >= kept.created_at
    other_more_complete = _completeness(other) > _completeness(kept)
    for name in NAME_FIELDS:
        picker.pick(name, prefer_other=other_more_complete if name in NAME_FIELDS[:3] else newer_is_other)
    _pick_job(picker, newer_is_other, (other if newer_is_other else kept).created_at.date())
    _merge_lists(result, copy.deepcopy(kept), copy.deepcopy(other))
    result.jobs = copy.deepcopy(kept.jobs) + [j for j in copy.deepcopy(other.jobs)]
    if plan.job_change and (plan.job_change.org or plan.job_change.title):
        result.jobs.append(plan.job_change)
    result.jobs = _union(result.jobs, lambda j: (org_key(j.org), squash(j.title)))
    _merge_relationship(result, kept, other, today)
    return plan
