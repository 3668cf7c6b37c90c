"""First pass over a card: take emails, web addresses, socials and phones out of every item.

What is left of each item (`Item.rest`) goes on to the layout pass (address, title, org, name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cardbox.model import Email, Phone, Provenance, Social, SourceKind, Url
from cardbox.scan.parse import web
from cardbox.scan.parse.address import is_address_line
from cardbox.scan.parse.items import Item, meaningful
from cardbox.scan.parse.lexicon import FREEMAIL
from cardbox.scan.parse.phones import find_phones
from cardbox.scan.parse.roles import domain_label

# Words printed before contact details that mean nothing once the detail is taken out.
_LABELS = re.compile(
    r"(?i)(?<![^\W_])(?:e-?mail|correo(?:\s+electr[oó]nico)?|mail|web|internet|site|url|"
    r"tel[eé]fono|telf?|tlf|tfno|phone|ph|m[oó]vil|mobile|mob|cell|cel|celular|fax|direct[o]?|"
    r"whatsapp|oficina|office|work|home|casa|linkedin|twitter|instagram|x|ig|[tmfewphd])"
    r"(?![^\W_])\.?\s*[:.]?"
)


def ocr_factor(confidence: float) -> float:
    """How much OCR word confidence (0..1) scales a rule's certainty."""
    return 0.55 + 0.45 * max(0.0, min(1.0, confidence))


class Extracted:
    """The contact details found on one card, each with its own provenance."""

    def __init__(self) -> None:
        self.emails: list[Email] = []
        self.phones: list[Phone] = []
        self.urls: list[Url] = []
        self.socials: list[Social] = []
        self.alternatives: dict[str, str] = {}  # email -> another OCR reading of it

    def email_domains(self) -> set[str]:
        return {e.address.rpartition("@")[2] for e in self.emails}

    def company_label(self) -> str:
        """The company part of the card's email or web domain ("" for freemail only)."""
        for host in [*self.email_domains(), *(web.host_of(u.url) for u in self.urls)]:
            if label := domain_label(host):
                return label
        return ""

    def email_locals(self) -> list[str]:
        return [e.address.partition("@")[0] for e in self.emails]


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _leftover(text: str) -> str:
    text = _LABELS.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" :;,.|/-()©®@+")
    return text if meaningful(text) else ""


def extract(items: list[Item], region: str, ref: str) -> Extracted:
    """Take every contact detail out of the items (in place) and return them."""
    found = Extracted()
    normal = {id(i): web.normalize(i.rest) for i in items}
    web_hosts = {web.host_of(u.value) for i in items for u in web.find_urls(normal[id(i)], set())}
    for item in items:
        text = normal[id(item)] = web.repair_lost_at(normal[id(item)], web_hosts)
        at_repaired = "@" in text and text != item.rest
        spans: list[tuple[int, int]] = []
        prov = _prov_maker(item, ref)
        for hit in web.find_emails(text, web_hosts, at_repaired):
            domain = hit.value.rpartition("@")[2].split(".")[0]
            kind = "home" if domain in FREEMAIL else "work"
            found.emails.append(Email(hit.value, kind, prov(hit.certainty)))
            if hit.alternative:
                found.alternatives[hit.value] = hit.alternative
            spans.append(hit.span)
        if spans:
            item.tags.add("email")
        item.rest = text = _cut(text, spans)
    domains = found.email_domains()
    for item in items:
        _extract_rest(item, found, domains, region, _prov_maker(item, ref))
    return found


def _prov_maker(item: Item, ref: str) -> Callable[[float], Provenance]:
    """Provenance for a value read from `item`: rule certainty scaled by its OCR confidence."""
    factor = ocr_factor(item.confidence)
    return lambda certainty: Provenance(SourceKind.SCAN, ref, round(min(1.0, certainty * factor), 3))


def _extract_rest(
    item: Item, found: Extracted, domains: set[str], region: str, prov: Callable[[float], Provenance]
) -> None:
    text = item.rest
    spans: list[tuple[int, int]] = []
    for hit in web.find_urls(text, domains):
        if hit.service:
            found.socials.append(Social(hit.service, hit.value, prov(hit.certainty)))
        else:
            found.urls.append(Url(hit.value, prov(hit.certainty)))
        spans.append(hit.span)
    text = _cut(text, spans)
    for hit in web.find_handles(text):
        found.socials.append(Social(hit.service, hit.value, prov(hit.certainty)))
        spans.append(hit.span)
    text = _cut(text, [h.span for h in web.find_handles(text)])
    phones = find_phones(text, region, address_like=is_address_line(text))
    for phone in phones:
        found.phones.append(Phone(phone.e164, phone.type, prov(phone.certainty)))
    text = _cut(text, [p.span for p in phones])
    if spans or phones or "email" in item.tags:
        item.tags.add("contact")
        item.rest = _leftover(text)
        if phones and len(item.rest) <= 3:
            item.rest = ""  # a label OCR mangled ("el:" for "Tel:")
        item.kind = "" if item.rest else "contact"
