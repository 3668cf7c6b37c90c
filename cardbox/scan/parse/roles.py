"""Job titles, departments and company names: which lines they are, and how sure we are."""

from __future__ import annotations

import re

from cardbox.scan.parse.lexicon import (
    DEPARTMENT_WORDS,
    FREEMAIL,
    FUNCTION_WORDS,
    LEGAL_FORM,
    ORG_WORDS,
    TITLE_WORDS,
)
from cardbox.text import fold, squash, words

# Titles that are a single short word must not be read inside other text ("lead" in a sentence).
_TITLE_START = re.compile(r"^(?:jefe|jefa|head|responsable|director|directora|gerente)\s+(?:de|of|del)\b")


_JOINERS = frozenset("y e and & de del of".split())


def _words(text: str) -> list[str]:
    return [w.replace("-", "") for w in re.findall(r"[\w-]+", fold(text))]


def title_score(text: str) -> float:
    """How much a line reads as a job title (0 = not at all, about 0.9 = surely)."""
    ws = _words(text)
    if not ws or len(ws) > 9 or re.search(r"\d", text):
        return 0.0
    hits = sum(w in TITLE_WORDS for w in ws)
    if not hits:
        return 0.0
    if _TITLE_START.match(" ".join(ws)) or ws[0] in TITLE_WORDS:
        return 0.9
    return 0.75 if hits >= 1 and len(ws) <= 5 else 0.55


def is_department(text: str) -> bool:
    """ "Departamento de Ventas", "Cloud & AI Department", "Dpto. Comercial"."""
    ws = _words(text)
    if not ws or len(ws) > 8 or re.search(r"\d", text):
        return False
    if ws[0] in TITLE_WORDS:
        return False
    main = [w for w in ws if w not in _JOINERS]
    return any(w in DEPARTMENT_WORDS for w in ws) or (bool(main) and all(w in FUNCTION_WORDS for w in main))


def is_continuation(text: str) -> bool:
    """A second title line: "de Proyectos", "of Marketing", "& Innovation", "y Desarrollo"."""
    return bool(re.match(r"^(?:de|del|of|and|y|e|&|para|for|en|in)\s", fold(text)))


def has_legal_form(text: str) -> bool:
    """A company line ends in its legal form ("S.L.", "S.A. de C.V.", "Ltd", "GmbH")."""
    return bool(LEGAL_FORM.search(text.strip())) and len(text.split()) >= 2


def org_word_hits(text: str) -> int:
    """How many words of the line are typical of company names ("Grupo", "Consulting")."""
    return sum(w in ORG_WORDS for w in words(text))


def domain_label(domain: str) -> str:
    """The company part of a domain ("mail.innotex-iberia.es" -> "innotex-iberia"), "" for freemail."""
    parts = domain.lower().split(".")
    if len(parts) < 2:
        return ""
    label = parts[-3] if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "gob", "ac"} else parts[-2]
    return "" if label in FREEMAIL else label


def matches_domain(text: str, label: str) -> float:
    """How well a line matches a domain label: 1.0 same letters, 0.7 one contains the other."""
    if not label or len(label) < 3:
        return 0.0
    key = squash(text).replace(" ", "")
    core = re.sub(r"[^a-z0-9]", "", fold(label))
    stripped = LEGAL_FORM.sub("", text).strip()
    if key == core or squash(stripped).replace(" ", "") == core:
        return 1.0
    if len(core) >= 4 and (core in key or (len(key) >= 4 and key in core)):
        return 0.7
    return 0.0


def org_from_domain(label: str) -> str:
    """A company name guessed from a domain label: "innotex-iberia" -> "Innotex Iberia"."""
    return " ".join(part.capitalize() for part in re.split(r"[-_]", label) if part)
