"""Phone numbers to E.164 with `phonenumbers`, in the user's default region."""

from __future__ import annotations

import phonenumbers

from cardbox.model import PhoneType

DEFAULT_REGION = "ES"

_TYPE_BY_NUMBER_TYPE = {
    phonenumbers.PhoneNumberType.MOBILE: PhoneType.CELL,
    phonenumbers.PhoneNumberType.FIXED_LINE: PhoneType.WORK,
}


def to_e164(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The E.164 form of a typed or OCR'd number, or None when it is not a valid number."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalize(text: str, region: str = DEFAULT_REGION) -> str:
    """E.164 when valid, else the text as given (stripped): a phone is never dropped."""
    return to_e164(text, region) or text.strip()


def guess_type(e164: str) -> PhoneType:
    """Mobile or fixed line from the number plan, OTHER when the plan cannot tell."""
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return PhoneType.OTHER
    return _TYPE_BY_NUMBER_TYPE.get(kind, PhoneType.OTHER)


def pretty(e164: str) -> str:
    """International format for display ("+34 612 34 56 78")."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164
