"""Blocking keys: which contacts are worth comparing at all, so cost grows ~linearly.

Every contact gets a handful of keys (its emails, phones, UID, and a few name and organisation
keys built from sound-alike codes); only contacts sharing a key are compared. Oversized blocks
are capped: a shared switchboard number or `info@` never turns into thousands of pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from cardbox.dedup.names import ocr_norm
from cardbox.dedup.profile import Profile
from cardbox.dedup.settings import MAX_BLOCK, MAX_CONTACT_BLOCK, WINDOW
from cardbox.text import squash

_SOUNDS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ll"), "y"),
    (re.compile(r"qu"), "k"),
    (re.compile(r"c([eiy])"), r"s\1"),
    (re.compile(r"g([ei])"), r"j\1"),
    (re.compile(r"ch"), "x"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"z"), "s"),
    (re.compile(r"v"), "b"),
    (re.compile(r"w"), "u"),
    (re.compile(r"y$"), "i"),
    (re.compile(r"h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=131072)
def sound(word: str) -> str:
    """A Spanish/English sound-alike code: "Hernández", "Hemández", "Ernandes" share one."""
    w = ocr_norm(word)
    for pattern, repl in _SOUNDS:
        w = pattern.sub(repl, w)
    w = w[:1] + re.sub(r"[aeiou]", "", w[1:])  # consonant skeleton after the first letter
    return w[:6] or word[:1]


def name_key(p: Profile) -> str:
    """The "n:" key of the most likely reading of the name ("" without given + family)."""
    if not p.splits:
        return ""
    given, family = p.splits[0]
    first = next((g for g in given if len(g) > 1), "")
    return "n:" + "|".join(sorted((sound(family[0]), sound(first)))) if family and first else ""


def keys_of(p: Profile) -> set[str]:
    """The blocking keys of one profile."""
    out = {"e:" + e for e in p.emails} | {"p:" + ph for ph in p.phones}
    if p.uid:
        out.add("u:" + p.uid)
    for given, family in p.splits[:2]:
        first = next((g for g in given if len(g) > 1), "")
        if family and first:
            out.add("n:" + "|".join(sorted((sound(family[0]), sound(first)))))
        if family and (len(given) > 1 or any(len(g) == 1 for g in given)):
            # initials ("M. José") meet the full compound name ("María José") here
            out.add("i:" + sound(family[0]) + "|" + "".join(g[0] for g in given))
        if len(family) >= 2 and given:
            out.add("f:" + sound(family[0]) + "|" + sound(family[1]) + "|" + given[0][0])
        if p.org and given:
            out.add("o:" + p.org + "|" + given[0][0])
    return out


def blocks(profiles: Iterable[Profile]) -> dict[str, list[int]]:
    """Blocking key -> ids of the contacts having it."""
    index: dict[str, list[int]] = defaultdict(list)
    for p in profiles:
        for key in keys_of(p):
            index[key].append(p.id)  # type: ignore[arg-type]
    return index


def candidate_pairs(index: dict[str, list[int]], display: dict[int, str]) -> Iterator[tuple[int, int]]:
    """Distinct (low id, high id) pairs worth scoring.

    Blocks up to MAX_BLOCK are compared all-pairs. A bigger name block ("García|J") is sorted
    by full name and each contact is compared with its WINDOW next neighbours; a bigger email or
    phone block (more than MAX_CONTACT_BLOCK holders: a switchboard, info@) is not compared
    through that key at all; the name keys still bring real duplicates together.
    """
    seen: set[tuple[int, int]] = set()
    for key, ids in index.items():
        if len(ids) < 2:
            continue
        if len(ids) <= MAX_BLOCK:
            if key[0] in "epu" and len(ids) > MAX_CONTACT_BLOCK:
                continue
            pairs = ((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
        elif key[0] in "epu":
            continue
        else:
            ordered = sorted(ids, key=lambda i: squash(display.get(i, "")))
            pairs = ((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 : i + 1 + WINDOW])
        for a, b in pairs:
            pair = (a, b) if a < b else (b, a)
            if pair not in seen and a != b:
                seen.add(pair)
                yield pair
