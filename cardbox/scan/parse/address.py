"""Postal addresses: which lines are address lines, and street / postal code / city / region / country.

Spanish (5-digit code -> province), Mexican ("C.P." and "Col."), UK postcodes and US ZIP + state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from cardbox.scan.parse import geo
from cardbox.scan.parse.lexicon import COUNTRIES
from cardbox.text import fold

_STREET = re.compile(
    r"(?:^|\s)(?:c/|c\.|calle|avda\.?|av\.|avenida|plaza|pza\.?|pl\.|paseo|p[ºo°]\.?|p\.º|ronda|"
    r"camino|carretera|ctra\.?|pol[ií]gono|pol\.|pol\. ind\.?|urbanizaci[oó]n|urb\.|traves[ií]a|"
    r"glorieta|rambla|passeig|carrer|parque empresarial|edificio|edif\.|nave|n[º°o]\.?|piso|"
    r"planta|local|portal|apartado|apdo\.?|col\.|colonia|no\.|"
    r"street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|boulevard|blvd\.?|way|court|"
    r"square|sq\.?|suite|ste\.?|floor|building|house|business park|"
    r"\d+(?:st|nd|rd|th))(?=$|[\s,.])",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d")
_US_STREET = re.compile(r"^\d+\s.*\b(?:NE|NW|SE|SW|N|S|E|W)\b")


@dataclass
class ParsedAddress:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    certainty: float = 0.0


def country_in(text: str) -> str:
    """ISO code of a country named in the text ("Madrid (España)" -> "ES"), "" when none."""
    folded = fold(text)
    for name, code in COUNTRIES.items():
        if re.search(rf"(?:^|[\s,(-]){re.escape(name)}(?:$|[\s,).-])", folded):
            return code
    return ""


def postal_code_in(text: str) -> tuple[str, str]:
    """The postal code in a line and its pattern: "es5" (5 digits), "mx" (C.P.), "gb", "us"."""
    if m := geo.CP_MARKED.search(text):
        return m.group(1), "mx"
    if m := geo.US_ZIP.search(text):
        if m.group(1) in geo.US_STATES:
            return m.group(2), "us"
    if uk := geo.uk_postcode(text):
        return uk, "gb"
    if m := geo.FIVE_DIGITS.search(text):
        rest = (text[: m.start()] + text[m.end() :]).strip(" ,.-()")
        if re.search(r"[^\W\d_]{3,}", rest):  # a place name beside it, not a bare number
            return m.group(1), "es5"
    return "", ""


def region_hint(texts: list[str]) -> str:
    """The country a card's address points to (country name, US ZIP, UK postcode), "" if unsure."""
    for text in texts:
        if is_address_line(text) and (code := country_in(text)):
            return code  # on an address line only: "Chile Picante S.L." is no country
    for text in texts:
        kind = postal_code_in(text)[1]
        if kind in ("us", "gb"):
            return kind.upper()
        if kind == "mx" and re.search(r"(?i)\bcol(?:\.|onia)\s", text):
            return "MX"
    return ""


def is_address_line(text: str) -> bool:
    """A street line (keyword with a number, or keyword first), a postal code line or a country."""
    street = _STREET.search(text)
    named_street = street and street.start() == 0 and re.search(r"[^\W\d_]{3,}", text[street.end() :])
    if street and (_NUMBER.search(text) or named_street):
        return True
    if _US_STREET.search(text):
        return True
    if postal_code_in(text)[0]:
        return True
    folded = fold(text).strip(" .,()")
    place = fold(_strip_country(text)).strip(" .,()")
    return folded in COUNTRIES or place in geo.CITIES or place in geo.MX_STATES


def parse_address(lines: list[str], phone_country: str = "", region: str = "") -> ParsedAddress:
    """Split consecutive address lines into the fields of one postal address."""
    result = ParsedAddress(certainty=0.7)
    street_parts: list[str] = []
    for line in lines:
        code, kind = postal_code_in(line)
        named = country_in(line)
        result.country = result.country or named
        if code:
            result.postal_code = code
            _place_parts(line, code, kind, result, street_parts)
            result.certainty = 0.9
        elif result.postal_code and not result.city:
            result.city = _city_and_region(_strip_country(line).split(",")[0], result)
        elif not result.city and fold(_strip_country(line)).strip(" .,()") in geo.CITIES:
            result.city = _strip_country(line).strip(" .,()")
        elif fold(line).strip(" .,()") not in COUNTRIES:
            street_parts.append(_strip_country(line))
    result.street = ", ".join(p for p in street_parts if p)
    if not result.country:
        result.country = phone_country or _country_from_code(result, region)
    if result.country == "ES":
        result.region = result.region or geo.spain_region(result.postal_code)
        result.city = _spanish_city(result.city, result.postal_code)
    if not result.postal_code and not _STREET.search(result.street):
        result.certainty = 0.5
    return result


def _spanish_city(city: str, postal_code: str) -> str:
    """The province's own spelling when OCR garbled it ("A Corufia" -> "A Coruña")."""
    province = geo.spain_region(postal_code)
    if city and province and city != province and fuzz.ratio(fold(city), fold(province)) >= 80:
        return province
    return city


def _strip_country(text: str) -> str:
    folded = fold(text)
    for name in COUNTRIES:
        m = re.search(rf"[\s,(-]*\(?{re.escape(name)}\)?\.?$", folded)
        if m and m.start() > 0:
            return text[: m.start()].strip(" ,-")
    return text.strip(" ,")


def _place_parts(line: str, code: str, kind: str, out: ParsedAddress, street: list[str]) -> None:
    """City (and region) around the postal code; the rest of the line joins the street."""
    head, _, tail = line.partition(code if kind != "gb" else code.split()[0])
    if kind == "gb":
        tail = tail.split(maxsplit=1)[1] if len(tail.split()) > 1 else ""
    head = re.sub(r"\bC\.?\s?P\.?:?\s*$", "", head, flags=re.IGNORECASE).strip(" ,.-")
    tail = _strip_country(tail.strip(" ,.-"))
    if kind == "us" and head:
        head, out.region = re.sub(r"[\s,]+[A-Z]{2}\.?$", "", head), head.split()[-1].strip(".,")
    parts = [p.strip() for p in head.split(",") if p.strip()]
    tail_parts = [p.strip() for p in tail.split(",") if p.strip()]
    if tail_parts and re.search(r"[^\W\d_]{2,}", tail_parts[0]):
        street.extend(parts)
        out.city = _city_and_region(tail_parts[0], out)
        return
    if parts and not re.match(r"(?i)col(?:\.|onia)\s", parts[-1]):
        street_part, out.city = _split_city(parts[-1])
        parts[-1] = street_part
        out.city = _city_and_region(out.city, out)
    street.extend(p for p in parts if p)


def _split_city(text: str) -> tuple[str, str]:
    """ "4001 1st Ave NE Redmond" -> ("4001 1st Ave NE", "Redmond"): a city glued to its street."""
    if not _NUMBER.search(text):
        return "", text
    marks = list(re.finditer(r"\b(?:NE|NW|SE|SW|N|S|E|W)\b", text)) or list(_STREET.finditer(text))
    last = marks[-1] if marks else None
    if last is None or not text[last.end() :].strip():
        return text, ""
    return text[: last.end()].strip(" ,"), text[last.end() :].strip(" ,")


def _city_and_region(text: str, out: ParsedAddress) -> str:
    """ "Alcobendas (Madrid)" -> city Alcobendas, region Madrid; Mexican state names -> region."""
    if m := re.match(r"^(.*?)\s*\(([^)]+)\)$", text):
        text, region = m.group(1), m.group(2)
        if not country_in(region):
            out.region = out.region or region
    state = geo.MX_STATES.get(fold(text).strip(" ."))
    if state:
        out.region = out.region or state
    return text.strip(" ,.")


def _country_from_code(result: ParsedAddress, region: str) -> str:
    """Country from the postal pattern when no country is printed."""
    code = result.postal_code
    if geo.UK_POSTCODE.fullmatch(code or "-"):
        return "GB"
    if result.region in geo.US_STATES:
        return "US"
    if code and fold(result.city) in geo.MX_STATES:
        return "MX"
    return region
