"""Person names: does a line look like one, re-casing, and splitting prefix/given/family/suffix."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardbox.scan.parse.lexicon import DEPARTMENT_WORDS, LEGAL_FORM, ORG_WORDS, TITLE_WORDS
from cardbox.scan.parse.names_data import (
    COMPOUND_SECOND,
    ENGLISH_GIVEN,
    GIVEN_NAMES,
    PARTICLE_GIVEN,
    PARTICLES,
    PREFIXES,
    SPANISH_GIVEN,
    SUFFIXES,
)
from cardbox.text import fold

_TOKEN_OK = re.compile(r"^[^\W\d_][^\W\d_.'’ªº-]*(?:[.'’ªº-][^\W\d_]*)*\.?[ªº]?\.?$")


@dataclass
class NameParts:
    full: str = ""
    prefix: str = ""
    given: str = ""
    family: str = ""
    suffix: str = ""


def key(token: str) -> str:
    """Folded token without dots: "M.ª" -> "ma", "Dña." -> "dna"."""
    return fold(token).replace(".", "").replace("’", "'").strip(",")


def _strip_affixes(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    prefix: list[str] = []
    suffix: list[str] = []
    while tokens and key(tokens[0]) in PREFIXES and len(tokens) > 2:
        prefix.append(PREFIXES[key(tokens.pop(0))])
    while tokens and key(tokens[-1]) in SUFFIXES and len(tokens) > 2:
        suffix.insert(0, SUFFIXES[key(tokens.pop())])
    return prefix, tokens, suffix


def tokens_of(text: str) -> list[str]:
    """Name tokens, with a comma suffix ("Avery Smith, PhD") split off."""
    return [t for t in re.split(r"[\s,]+", text.strip()) if t]


def name_score(text: str) -> float:
    """How much a line looks like a person's name from its words alone (0 = not a name)."""
    _, core, _ = _strip_affixes(tokens_of(text))
    main = [t for t in core if key(t) not in PARTICLES]
    if not 2 <= len(main) <= 5 or len(core) > 7 or LEGAL_FORM.search(text):
        return 0.0
    if not all(_TOKEN_OK.match(t) for t in core):
        return 0.0
    keys = [key(t) for t in main]
    if any(k in TITLE_WORDS or k in ORG_WORDS or k in DEPARTMENT_WORDS for k in keys):
        return 0.0
    if sum(len(k) >= 2 for k in keys) < 2:
        return 0.0
    score = 0.2
    if keys[0] in GIVEN_NAMES:
        score += 0.4
    elif any(k in GIVEN_NAMES for k in keys[1:2]):
        score += 0.15
    if text.islower():
        score -= 0.3
    if tokens_of(text)[0] != core[0]:  # a prefix such as Dr. or Dña.
        score += 0.2
    return max(score, 0.0)


def email_support(text: str, local_parts: list[str]) -> float:
    """How strongly an email local part confirms a name ("jose.fernandez" vs "José Fernández")."""
    keys = [key(t) for t in tokens_of(text) if key(t) not in PARTICLES and len(key(t)) >= 2]
    best = 0.0
    for local in local_parts:
        pieces = [p for p in re.split(r"[._\-+0-9]", local) if p]
        joined = "".join(pieces)
        hits = sum(k in pieces or (len(k) >= 4 and k in joined) for k in keys)
        initials = any(joined == k[0] + other for k in keys for other in keys if other != k)
        if hits >= 2 or (hits and initials):
            best = max(best, 1.0)
        elif hits or initials or (keys and joined == keys[0][0] + keys[-1]):
            best = max(best, 0.6)
    return best


def recase(token: str, first: bool) -> str:
    """Proper case for a token read in capitals: "GARCÍA" -> "García", "MCDONALD" -> "McDonald"."""
    low = token.lower()
    if not first and key(low) in PARTICLES:
        return low
    if key(low) in SUFFIXES:
        return SUFFIXES[key(low)]
    if key(low) in PREFIXES and first:
        return PREFIXES[key(low)]
    parts = re.split(r"([-'’])", low)
    out = "".join(p[:1].upper() + p[1:] for p in parts)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


def normalise_case(text: str) -> str:
    """Re-case a name printed all in capitals (or lower case); a mixed-case name stays as printed."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return text
    return " ".join(recase(t, i == 0) for i, t in enumerate(text.split()))


def split_name(text: str) -> NameParts:
    """Prefix, given names, family names and suffix of a printed name."""
    text = normalise_case(text.strip())
    if "," in text and not any(key(t) in SUFFIXES for t in text.split(",")[1].split()):
        family, _, given = text.partition(",")  # "Fernández Gómez, José"
        text = f"{given.strip()} {family.strip()}"
    prefix, core, suffix = _strip_affixes(tokens_of(text))
    n_given = _given_count(core)
    parts = NameParts(
        prefix=" ".join(prefix),
        given=" ".join(core[:n_given]),
        family=" ".join(core[n_given:]),
        suffix=" ".join(suffix),
    )
    parts.full = " ".join(p for p in (parts.prefix, parts.given, parts.family) if p)
    parts.full += f" {parts.suffix}" if parts.suffix else ""
    return parts


def _given_count(core: list[str]) -> int:
    """How many leading tokens are given names (the rest are the surnames)."""
    keys = [key(t) for t in core]
    if len(keys) <= 1:
        return len(keys)
    count = 1
    while count < len(keys) - 1 and len(keys[count]) <= 2 and core[count].endswith("."):
        count += 1  # English middle initials: "John F. Kennedy"
    if count > 1:
        return count
    english = keys[0] in ENGLISH_GIVEN and keys[0] not in SPANISH_GIVEN
    if english and not any(k in PARTICLES for k in keys):
        return len(keys) - 1
    if keys[1] in PARTICLES and len(keys) > 3:  # "María del Carmen Ruiz", "María de los Ángeles"
        for end in range(2, min(len(keys), 4)):
            if keys[end] in PARTICLE_GIVEN and end + 1 < len(keys):
                return end + 1
        return 1
    if keys[0] in GIVEN_NAMES and keys[1] in COMPOUND_SECOND and len(keys) >= 3:
        return 2
    return 1
