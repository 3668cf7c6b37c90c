"""Second pass over a card: address, department, title, company and name from what is left.

Order matters: the surest readings claim their lines first (address, department, title, a
company with a legal form or the domain's name), then the best name candidate, and only then a
logo line or the domain itself as a weak company.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from cardbox.scan.parse import address, names, roles
from cardbox.scan.parse.extract import ocr_factor
from cardbox.scan.parse.items import Item, largest

NAME_MIN_SCORE = 0.3
ADDRESS_GAP = 5  # lines of noise allowed between a street and its postal code line


@dataclass
class Reading:
    """A value read from one or more items, with its rule certainty times OCR confidence."""

    value: str
    confidence: float
    items: list[Item] = field(default_factory=list)


@dataclass
class Layout:
    address: address.ParsedAddress | None = None
    address_conf: float = 0.0
    title: Reading | None = None
    department: Reading | None = None
    org: Reading | None = None
    name: Reading | None = None


def _free(items: list[Item]) -> list[Item]:
    return [i for i in items if not i.kind and i.rest]


def _claim(items: list[Item], kind: str, certainty: float) -> Reading:
    for item in items:
        item.kind = kind
    conf = min(ocr_factor(i.confidence) for i in items) * certainty
    return Reading(" ".join(i.rest for i in items), round(conf, 3), items)


def _address_runs(items: list[Item]) -> list[list[Item]]:
    runs: list[list[Item]] = []
    for item in items:
        if item.kind or not item.rest or not address.is_address_line(item.rest):
            continue
        if runs and item.index == runs[-1][-1].index + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def find_address(items: list[Item], phone_country: str, region: str) -> tuple[address.ParsedAddress | None, float]:
    """The first run of consecutive address items, parsed; a street run without a postal code
    takes the next run that has one across a few noise lines (Tesseract reads specks as text)."""
    runs = _address_runs(items)
    if not runs:
        return None, 0.0
    run = runs[0]
    has_code = any(address.postal_code_in(i.rest)[0] for i in run)
    if not has_code and len(runs) > 1 and runs[1][0].index - run[-1].index <= ADDRESS_GAP:
        if any(address.postal_code_in(i.rest)[0] for i in runs[1]):
            run = run + runs[1]
    parsed = address.parse_address([i.rest for i in run], phone_country, region)
    reading = _claim(run, "address", parsed.certainty)
    return parsed, reading.confidence


def find_department(items: list[Item]) -> Reading | None:
    hits = [i for i in _free(items) if roles.is_department(i.rest)]
    return _claim(hits[:1], "department", 0.85) if hits else None


def find_title(items: list[Item]) -> Reading | None:
    """The first title line, with its continuation lines ("Directora de Desarrollo" / "de Negocio")."""
    free = _free(items)
    for pos, item in enumerate(free):
        score = roles.title_score(item.rest)
        if score <= 0:
            continue
        block = [item]
        for nxt in free[pos + 1 :]:
            if nxt.index != block[-1].index + 1:
                break
            if not (roles.is_continuation(nxt.rest) or roles.title_score(nxt.rest) > 0):
                break
            block.append(nxt)  # "Directora de Desarrollo" / "de Negocio"; "Abogada" / "Socia"
        reading = _claim(block, "title", score)
        reading.value = _join_titles(block)
        return reading
    return None


def _join_titles(block: list[Item]) -> str:
    text = block[0].rest
    for item in block[1:]:
        text += (" " if roles.is_continuation(item.rest) else ", ") + item.rest
    return text


def find_strong_org(items: list[Item], label: str) -> Reading | None:
    """A company line: a legal form, the domain's name, or company words ("Grupo", "Consulting")."""
    best: tuple[float, Item] | None = None
    for item in _free(items):
        match = roles.matches_domain(item.rest, label)
        score = max(
            0.92 if roles.has_legal_form(item.rest) else 0.0,
            0.9 if match >= 1.0 else 0.75 if match else 0.0,
            0.7 if roles.org_word_hits(item.rest) and names.name_score(item.rest) == 0 else 0.0,
        )
        if score and (best is None or score > best[0]):
            best = (score, item)
    return _claim([best[1]], "org", best[0]) if best else None


def find_name(items: list[Item], email_locals: list[str], title_item: Item | None) -> Reading | None:
    """The best person-name line, from lexicons, size, place above the title and the email."""
    top = largest(items)
    best: tuple[float, Item] | None = None
    for item in _free(items):
        score = names.name_score(item.rest)
        if score <= 0:
            continue
        if top and item.height >= top * 0.9:
            score += 0.15
        if title_item is not None and title_item.index == item.index + 1:
            score += 0.1
        support = names.email_support(item.rest, email_locals)
        score += 0.3 * support
        if (score >= NAME_MIN_SCORE or support) and (best is None or score > best[0]):
            best = (score, item)
    if best is None:
        return None
    return _claim([best[1]], "name", min(0.97, 0.3 + 0.6 * best[0]))


def find_weak_org(items: list[Item], label: str) -> Reading | None:
    """A logo line: the largest text, or the first short line, that nothing else claimed.

    With a company domain on the card, only the largest text may stand against it.
    """
    free = [
        i
        for i in _free(items)
        if len(i.rest.split()) <= 4 and not any(c.isdigit() for c in i.rest) and re.search(r"[^\W\d_]{3}", i.rest)
    ]
    if not free:
        return None
    top = largest(items)
    big = [i for i in free if top and i.height >= top * 0.9]
    if big:
        return _claim(big[:1], "org", 0.55)
    first = min(free, key=lambda i: i.index)
    return _claim([first], "org", 0.45) if first.index == 0 and not label else None


def split_name_and_title(items: list[Item]) -> list[Item]:
    """ "José Fernández, Director Comercial" / "Ana Ruiz - CEO": one line, two fields."""
    out: list[Item] = []
    for item in items:
        parts = re.split(r"\s*,\s+|\s+[-–—]\s+", item.rest, maxsplit=1) if not item.kind else []
        if len(parts) == 2 and names.name_score(parts[0]) > 0 and roles.title_score(parts[1]) > 0:
            item.rest = parts[0]
            out += [item, replace(item, text=parts[1], rest=parts[1], index=item.index, tags=set(item.tags))]
        else:
            out.append(item)
    return out


def read_layout(items: list[Item], label: str, email_locals: list[str], phone_country: str, region: str) -> Layout:
    """Run the layout pass over the items left after contact details were taken out."""
    out = Layout()
    out.address, out.address_conf = find_address(items, phone_country, region)
    out.department = find_department(items)
    out.title = find_title(items)
    out.org = find_strong_org(items, label)
    title_item = out.title.items[0] if out.title else None
    out.name = find_name(items, email_locals, title_item)
    if out.org is None:
        out.org = find_weak_org(items, label)
    if out.org is not None and label:
        match = roles.matches_domain(out.org.value, label)
        out.org.confidence = round(max(out.org.confidence, 0.9 * match) if match else out.org.confidence * 0.85, 3)
    return out
