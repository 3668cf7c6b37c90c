"""Person names as dedup sees them: folded tokens, given/family splits, compatibility, similarity.

Spanish naming drives the rules: two surnames (the second is often dropped on a card), compound
given names ("María José"), initials ("M. José"), abbreviations ("Mª", "Fco.") and particles
("de la Fuente"). Two names are *compatible* when one can be an abbreviation or a subset of the
other; different given names are never compatible.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from cardbox.dedup.settings import GIVEN_ABBREVIATIONS, NAME_PARTICLES, NAME_TITLES, NICKNAMES
from cardbox.text import words

Tokens = tuple[str, ...]
Split = tuple[Tokens, Tokens]  # (given tokens, family tokens)

# What OCR confuses on cards: "rn" read as "m", digits for letters.
_OCR_PAIRS = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("5", "s"), ("8", "b"))


@lru_cache(maxsize=65536)
def tokens(text: str) -> Tokens:
    """Folded name words without titles and particles ("Dra. Mª de la Fuente" -> ma, fuente)."""
    return tuple(w for w in words(text) if w not in NAME_TITLES and w not in NAME_PARTICLES)


def _given(toks: Tokens) -> Tokens:
    out: list[str] = []
    for t in toks:
        out.extend(GIVEN_ABBREVIATIONS.get(t, t).split())
    return tuple(out)


def splits(full_name: str, given_names: str = "", family_names: str = "") -> list[Split]:
    """Plausible (given, family) readings of a name, most likely first.

    Structured given/family fields are trusted; a bare full name of three or more words is
    ambiguous in Spanish ("María José Fernández" vs "José Fernández Gómez"), so both readings
    are returned and matching takes the best.
    """
    if given_names.strip() and family_names.strip():
        return [(_given(tokens(given_names)), tokens(family_names))]
    if "," in full_name:
        family, _, given = full_name.partition(",")
        return [(_given(tokens(given)), tokens(family))]
    toks = tokens(full_name) or tokens(f"{given_names} {family_names}")
    n = len(toks)
    if n == 0:
        return []
    if n == 1:
        return [((toks[0],), ())] if given_names.strip() or not family_names.strip() else [((), toks)]
    if n == 2:
        return [((toks[0],), (toks[1],))]
    return [(_given(toks[: n - 2]), toks[n - 2 :]), (_given(toks[: n - 1]), toks[n - 1 :])]


def ocr_norm(word: str) -> str:
    """The word with OCR look-alikes unified ("Hemández" and "Hernández" give the same)."""
    for a, b in _OCR_PAIRS:
        word = word.replace(a, b)
    return word


@lru_cache(maxsize=65536)
def token_match(a: str, b: str, family: bool = False) -> bool:
    """Same word, an initial of it, a nickname of it, or the same word read with an OCR slip.

    Family names also allow one slip (a letter missing, extra, wrong or two swapped); given names
    only two swapped letters ("Marta"/"María", "Julio"/"Julia", "Luis"/"Luisa" are different people).
    """
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0] and not family
    if NICKNAMES.get(a, a) == NICKNAMES.get(b, b) or ocr_norm(a) == ocr_norm(b):
        return True
    if min(len(a), len(b)) < 4 or OSA.distance(a, b) > 1:
        return False
    return family or (len(a) == len(b) and sorted(a) == sorted(b) and len(a) >= 5)


def _given_compatible(a: Tokens, b: Tokens) -> bool:
    if not a or not b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not token_match(short[0], long_[0]):
        return False  # "José" vs "Juan", and "Carlos" vs "Juan Carlos": different people
    rest = iter(long_[1:])
    return all(any(token_match(t, u) for u in rest) for t in short[1:])


def _family_compatible(a: Tokens, b: Tokens) -> bool:
    if not a or not b:
        return True
    if not token_match(a[0], b[0], True):
        return False
    # A dropped second surname is fine; two different second surnames are not.
    return len(a) < 2 or len(b) < 2 or token_match(a[1], b[1], True)


def split_compatible(a: Split, b: Split) -> bool:
    """True when both readings can name the same person."""
    if not (a[0] or a[1]) or not (b[0] or b[1]):
        return True
    return _given_compatible(a[0], b[0]) and _family_compatible(a[1], b[1])


def best_pair(a: list[Split], b: list[Split]) -> tuple[bool, Split | None, Split | None]:
    """The most favourable pair of readings: (compatible?, reading of a, reading of b)."""
    for sa in a:
        for sb in b:
            if split_compatible(sa, sb):
                return True, sa, sb
    return False, (a[0] if a else None), (b[0] if b else None)


def _expanded(a: Split, b: Split) -> tuple[str, str, int]:
    """Both names as strings with each initial, nickname or slip in `a` replaced by the word of
    `b` it stands for; and how many slips were corrected."""
    slips = 0

    def expand(mine: Tokens, theirs: Tokens, family: bool) -> list[str]:
        nonlocal slips
        out = []
        for t in mine:
            hit = t if t in theirs else next((u for u in theirs if token_match(t, u, family)), t)
            slips += hit != t and len(t) > 1 and NICKNAMES.get(t, t) != NICKNAMES.get(hit, hit)
            out.append(hit)
        return out

    ga, fa = expand(a[0], b[0], False), expand(a[1], b[1], True)
    return " ".join(ga + fa), " ".join(b[0] + b[1]), slips


def similarity(a: list[Split], b: list[Split]) -> tuple[bool, float]:
    """(compatible?, similarity 0..1) of two names given as `splits` readings."""
    if not a or not b:
        return True, 0.0
    ok, sa, sb = best_pair(a, b)
    if sa is None or sb is None:
        return ok, 0.0
    x, y, slips = _expanded(sa, sb) if ok else (" ".join(sa[0] + sa[1]), " ".join(sb[0] + sb[1]), 0)
    if not x or not y:
        return ok, 0.0
    score = (fuzz.token_set_ratio(x, y) + fuzz.token_sort_ratio(x, y)) / 200.0
    return ok, round(score * 0.97**slips, 3)
