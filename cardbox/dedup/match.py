"""Scoring a pair of contacts: a 0..1 score, structured reasons, an English explanation.

Automatic merges need *strong* evidence (a shared personal email, a shared personal mobile or
the same vCard UID) and compatible names. Everything else can at most go to the review queue;
two named people whose names are incompatible never reach it without strong evidence. A wrong
automatic merge is far worse than a missed one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from cardbox.dedup import names
from cardbox.dedup.profile import Profile, is_mobile_number, is_role_email
from cardbox.dedup.settings import COMMON_NAME, MAX_SHARED_HOLDERS, Thresholds

AUTO, REVIEW, NONE = "auto", "review", "none"
STRONG_CODES = frozenset({"uid", "email", "mobile"})

_TEXT = {
    "uid": "same vCard UID",
    "email": "same email",
    "mobile": "same mobile",
    "email_role": "shared role address {value}",
    "email_shared": "email {value} shared by other people",
    "phone": "same landline {value}",
    "phone_shared": "phone {value} shared by other people",
    "name": "name {pct} %",
    "name_conflict": "different names ({pct} % alike)",
    "org": "same company",
    "domain": "same email domain {value}",
    "city": "same city",
    "common_name": "common name ({value} alike in the tarjetero)",
}


@dataclass(frozen=True)
class Reason:
    """One piece of evidence: a stable code for the GUI to translate, and its figure or value."""

    code: str
    value: float | str | None = None

    @property
    def text(self) -> str:
        pct = round(self.value * 100) if isinstance(self.value, float) else ""
        return _TEXT.get(self.code, self.code).format(value=self.value, pct=pct)

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "value": self.value}


@dataclass
class Candidate:
    """A possible duplicate of a contact: `other_id` is the stored contact it may be."""

    other_id: int
    score: float
    decision: str  # "auto" | "review" | "none"
    reasons: list[Reason] = field(default_factory=list)
    explanation: str = ""
    contact_id: int | None = None  # the contact compared (None for an unsaved draft)

    def to_dict(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "other_id": self.other_id,
            "score": round(self.score, 3),
            "decision": self.decision,
            "reasons": [r.to_dict() for r in self.reasons],
            "explanation": self.explanation,
        }


class Lookup:
    """Who else holds an email/phone, and their profiles: in memory or from the store."""

    def __init__(
        self,
        holders: Callable[[str], list[int]],
        profile: Callable[[int], Profile | None],
        name_count: Callable[[Profile], int] | None = None,
    ) -> None:
        self.holders = holders
        self.profile = profile
        self.name_count = name_count or (lambda p: 1)

    def personal(self, key: str, a: Profile, b: Profile) -> bool:
        """True unless the value is also on a contact that cannot be the same person as a or b."""
        ids = self.holders(key)
        if len(ids) > MAX_SHARED_HOLDERS:
            return False
        for other in ids:
            if other in (a.id, b.id):
                continue
            p = self.profile(other)
            if p is None:
                continue
            if not (names.similarity(p.splits, a.splits)[0] and names.similarity(p.splits, b.splits)[0]):
                return False
        return True


def _contact_evidence(a: Profile, b: Profile, look: Lookup) -> list[Reason]:
    out: list[Reason] = []
    if a.uid and a.uid == b.uid:
        out.append(Reason("uid"))
    for e in sorted(a.emails & b.emails):
        if is_role_email(e):
            out.append(Reason("email_role", e))
        else:
            out.append(Reason("email", e) if look.personal("e:" + e, a, b) else Reason("email_shared", e))
    for ph in sorted(a.phones.keys() & b.phones.keys()):
        if not (a.phones[ph] or b.phones[ph] or is_mobile_number(ph)):
            out.append(Reason("phone", ph))
        else:
            out.append(Reason("mobile", ph) if look.personal("p:" + ph, a, b) else Reason("phone_shared", ph))
    return out


def _context_evidence(a: Profile, b: Profile) -> list[Reason]:
    out: list[Reason] = []
    same_org = bool(a.org and b.org) and (a.org == b.org or fuzz.ratio(a.org, b.org) >= 92)
    if same_org:
        out.append(Reason("org"))
    shared_domains = sorted(a.domains & b.domains)
    if shared_domains:
        out.append(Reason("domain", shared_domains[0]))
    if a.cities & b.cities:
        out.append(Reason("city"))
    return out


_WEIGHTS = {
    "org": 0.25,
    "domain": 0.15,
    "city": 0.12,
    "email_role": 0.1,
    "email_shared": 0.15,
    "phone": 0.1,
    "phone_shared": 0.15,
}


def _score(reasons: list[Reason], named: bool, compatible: bool, sim: float) -> float:
    """Strong evidence + compatible names scores 0.92-1; anything else at most 0.89."""
    codes = {r.code for r in reasons}
    if codes & STRONG_CODES:
        if compatible:
            return 0.92 + 0.08 * (sim if named else 0.5)
        return min(0.85, 0.6 + 0.2 * sim)
    weak = sum(_WEIGHTS.get(c, 0.0) for c in codes)
    if "org" in codes and "domain" in codes:
        weak -= 0.1  # a company domain mostly repeats the company
    name_weight = 0.4 if "common_name" in codes else 0.5
    score = (name_weight * sim if compatible else 0.25 * sim) + min(weak, 0.4)
    if named and not compatible:
        score = min(score, 0.45)  # different people at the same place are colleagues, not duplicates
    return min(score, 0.89)


def score_pair(a: Profile, b: Profile, look: Lookup, limits: Thresholds, quick: bool = False) -> Candidate:
    """Score `a` (the contact looked at) against `b` (a stored contact).

    `quick` (the self-dedup pass) skips the fuzzy figures of a pair that cannot reach the review
    queue: named differently, and sharing no email, phone or UID.
    """
    named = a.has_name and b.has_name
    shares = (
        (a.uid and a.uid == b.uid)
        or not a.emails.isdisjoint(b.emails)
        or not a.phones.keys().isdisjoint(b.phones.keys())
    )
    if quick and named and not shares and not names.best_pair(a.splits, b.splits)[0]:
        return Candidate(b.id or 0, 0.0, NONE, [], "", a.id)
    compatible, sim = names.similarity(a.splits, b.splits)
    reasons = _contact_evidence(a, b, look) if shares else []
    if named:
        reasons.append(Reason("name" if compatible else "name_conflict", sim))
        if compatible and not shares:
            # "José García" in Madrid says little: a name many contacts share weighs less
            count = max(look.name_count(a), look.name_count(b))
            if count >= COMMON_NAME:
                reasons.append(Reason("common_name", count))
    reasons += _context_evidence(a, b)
    score = round(_score(reasons, named, compatible, sim), 4)
    strong = any(r.code in STRONG_CODES for r in reasons)
    if strong and compatible and score >= limits.auto:
        decision = AUTO
    elif score >= limits.review:
        decision = REVIEW
    else:
        decision = NONE
    return Candidate(b.id or 0, score, decision, reasons, explain(reasons), a.id)


def explain(reasons: list[Reason]) -> str:
    """ "same email + name 94 % + same company": the evidence in order of strength."""
    strong = [r.text for r in reasons if r.code in STRONG_CODES]
    rest = [r.text for r in reasons if r.code not in STRONG_CODES]
    return " + ".join(strong + rest)
