"""Phone numbers in OCR text: labels give the type, `phonenumbers` decides what is a number.

OCR confusions inside number-like runs (O→0, l/I/|→1, S→5, B→8) are repaired first; a run that
is not a valid number for its region is dropped, except a "+"-prefixed, labelled, possible number
printed as such (kept with low confidence for review: fictional or new ranges exist).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from cardbox.model import PhoneType
from cardbox.phones import guess_type
from cardbox.text import fold

_RUN = re.compile(r"(?<![\w@/.])\+?\s?\(?[0-9OoIl][0-9OoIlSB()\-.\s/]{5,}[0-9OoIlSB]\)?(?!\w)")
_REPAIR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8"})
_NOT_PHONE = re.compile(r"(?i)\b(?:cif|nif|nie|vat|rfc|iva|dni|ref|c\.?p|iban|swift|n\.?[ºo°])[\s.:#-]*$")
_ANY_LABEL = re.compile(r"(?:^|\s)[^\W\d_]{1,5}\s?:\s*$")  # "el:" - a label OCR mangled
_LABEL_TAIL = re.compile(r"([^\W\d_][\w./]*)[\s:.\-]*$")

LABELS: dict[str, PhoneType] = {
    **dict.fromkeys(
        "tel t telf tlf tfno telefono telephone phone ph p work oficina of office "
        "directo direct d switchboard centralita fijo".split(),
        PhoneType.WORK,
    ),
    **dict.fromkeys("movil mobile mob m cell cel celular mov whatsapp wa".split(), PhoneType.CELL),
    **dict.fromkeys("fax f".split(), PhoneType.FAX),
    **dict.fromkeys("casa home h particular".split(), PhoneType.HOME),
}


@dataclass
class FoundPhone:
    e164: str
    type: PhoneType
    certainty: float  # rule certainty, before OCR confidence
    span: tuple[int, int]


def label_type(before: str) -> PhoneType | None:
    """The phone type named by the label just before a number ("Móvil:", "T.", "fax")."""
    match = _LABEL_TAIL.search(before)
    if not match:
        return None
    word = fold(match.group(1)).replace(".", "")
    for part in re.split(r"[/]", word):
        if part in LABELS:
            return LABELS[part]
    return None


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _parse(run: str, region: str) -> tuple[phonenumbers.PhoneNumber | None, bool]:
    """The number in `run` and whether it is valid (or merely possible)."""
    try:
        number = phonenumbers.parse(run, region)
    except phonenumbers.NumberParseException:
        return None, False
    if phonenumbers.is_valid_number(number):
        return number, True
    return (number if phonenumbers.is_possible_number(number) else None), False


def _candidate(run: str, before: str, region: str, span: tuple[int, int]) -> FoundPhone | None:
    repaired = run.translate(_REPAIR)
    if _digits(repaired) < 8 or _digits(run) < _digits(repaired) - 2:
        return None
    label = label_type(before)
    if _NOT_PHONE.search(before):
        return None
    number, valid = _parse(repaired, region)
    if not valid and re.match(r"\s*\+52\s?1\s", repaired):  # Mexican mobiles before 2019: +52 1 55…
        number, valid = _parse(re.sub(r"\+52\s?1\s", "+52 ", repaired, count=1), region)
    if number is None:
        return None
    explicit = repaired.lstrip().startswith("+")
    labelled = label is not None or bool(_ANY_LABEL.search(before))
    if not valid and not (explicit and labelled and repaired == run):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    certainty = 0.95 if valid else 0.5
    if repaired != run:
        certainty -= 0.15
    if label is None:
        certainty -= 0.05
    return FoundPhone(e164, label or guess_type(e164), certainty, span)


def find_phones(text: str, region: str = "ES", address_like: bool = False) -> list[FoundPhone]:
    """Every phone number in one line of card text, with its type and rule certainty.

    On an address-like line a run without a label and without "+" is a house number or a
    postal code, never a phone.
    """
    found: list[FoundPhone] = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        before = text[: match.start()]
        if address_like and label_type(before) is None and not run.lstrip().startswith("+"):
            continue
        phone = _candidate(run, before, region, match.span())
        found.extend([phone] if phone else _split_runs(run, before, region, match.start()))
    return found


def _split_runs(run: str, before: str, region: str, offset: int) -> list[FoundPhone]:
    """Numbers glued in one run ("91 123 45 67 / 600 12 34 56"): the valid ones, typed alike."""
    repaired = run.translate(_REPAIR)
    label = label_type(before)
    found = []
    for match in phonenumbers.PhoneNumberMatcher(repaired, region, leniency=phonenumbers.Leniency.VALID):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        certainty = 0.85 if repaired == run else 0.7
        span = (offset + match.start, offset + match.end)
        found.append(FoundPhone(e164, label or guess_type(e164), certainty, span))
    return found
