"""Emails, web addresses and social handles in OCR text, with the usual OCR damage repaired."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardbox.scan.parse.lexicon import KNOWN_DOMAINS
from cardbox.text import fold

_AT = re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}|©|®|\(@\)|@)\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*(?:\(dot\)|\[dot\]|\(punto\))\s*", re.IGNORECASE)
_EMAIL = re.compile(r"([\w.+%'-]+)@([\w-]+(?:\s?[.,]\s?[\w-]+)+)", re.UNICODE)
_LOCAL_OK = re.compile(r"^[a-z0-9](?:[a-z0-9._%+'-]*[a-z0-9])?$")
_DOMAIN_OK = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12}$")
_TLD_FIXES = {"corn": "com", "co1n": "com", "cam": "com", "c0m": "com", "om": "com", "ccm": "com"}

# "www.contoso com", "ana@contoso com": the dot before a common TLD read as a space.
_LOST_DOT = re.compile(r"((?:\bwww\.|@)[\w-]+)\s(com|es|net|org|mx|uk|eu|io|cat)\b", re.IGNORECASE)
# "thomas. brown @contoso.com": a space after the dot of a mailbox.
_SPLIT_MAILBOX = re.compile(r"\b([a-z0-9]+)\.\s+([a-z0-9._-]+\s?@)")
# "chris smith@contoso.com": a dot inside the local part read as a space.
_SPLIT_LOCAL = re.compile(r"^\s*([a-z]{2,20}) $")
_SCHEME = re.compile(r"\bhttps?\s?:\s?/\s?/\s?", re.IGNORECASE)
_URL = re.compile(
    r"(?:https?://|\bwww\s?[.,]\s?)[\w\-.,]+(?:/[\w\-./?=&%#~+:]*)?|"
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|es|net|org|io|co|uk|mx|eu|info|biz|cat|dev|app|ai|us|me)\b"
    r"(?:/[\w\-./?=&%#~+:]*)?",
    re.IGNORECASE,
)
_SOCIAL_HOSTS = {
    "linkedin.com": "linkedin",
    "twitter.com": "twitter",
    "x.com": "twitter",
    "instagram.com": "instagram",
    "facebook.com": "facebook",
    "github.com": "github",
    "youtube.com": "youtube",
    "tiktok.com": "tiktok",
}
_HANDLE = re.compile(
    r"\b(twitter|x|instagram|insta|ig|linkedin|tiktok|github)\s*(?::\s*@?|@)\s*([\w./-]{2,40}\w)",
    re.IGNORECASE,
)


@dataclass
class Found:
    value: str
    certainty: float
    span: tuple[int, int]
    service: str = ""  # for socials
    alternative: str = ""  # another reading of an ambiguous email ("I" or "l")


def _fix_domain(domain: str, known: set[str]) -> tuple[str, int]:
    """A repaired domain and the number of repairs ("innotex,es" -> "innotex.es", 1)."""
    repairs = 0
    fixed = re.sub(r"\s*[,]\s*", ".", domain)
    fixed = re.sub(r"\s*\.\s*", ".", fixed).lower().strip(".")
    repairs += fixed != domain.lower()
    head, _, tld = fixed.rpartition(".")
    if tld in _TLD_FIXES:
        fixed, repairs = f"{head}.{_TLD_FIXES[tld]}", repairs + 1
    if "rn" in fixed and fixed not in known:
        for candidate in _rn_variants(fixed):
            if candidate in known or candidate in KNOWN_DOMAINS:
                return candidate, repairs + 1
    return fixed, repairs


def _rn_variants(domain: str) -> list[str]:
    spots = [m.start() for m in re.finditer("rn", domain)]
    return [domain[:i] + "m" + domain[i + 2 :] for i in spots] + [domain.replace("rn", "m")]


def normalize(text: str) -> str:
    """Undo OCR and anti-spam spellings: "jose © innotex,es", "info (at) x (dot) es", "https: //"."""
    text = _DOT.sub(".", _AT.sub("@", text))
    text = _LOST_DOT.sub(r"\1.\2", text)
    text = _SPLIT_MAILBOX.sub(r"\1.\2", text)
    return _SCHEME.sub(lambda m: m.group(0).replace(" ", "").lower(), text)


# "juanO consultores.es", "ruben. lopezOvinedos.com", "charlotte (Wblueharbour.com": a lost "@".
_LOST_AT = re.compile(
    r"(?<![\w.@/])(?!www\.)(?P<local>[a-z0-9][a-z0-9_\-]*(?:\.\s?[a-z0-9_\-]+)*)\s?"
    r"(?P<sep>\(W|\(w|\(a|\(A|\(D|\(d|®|O|0|Q|G)\s?"
    r"(?P<domain>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6})\b"
)


def repair_lost_at(text: str, web_domains: set[str]) -> str:
    """Put back an "@" that OCR read as "O", "0", "(W"…; a letter is only trusted when the
    card's web address has the same domain, or when a space shows where the "@" was."""
    if "@" in text:
        return text

    def fix(m: re.Match[str]) -> str:
        sep, domain = m.group("sep"), m.group("domain")
        spaced = m.group(0) != m.group("local") + sep + domain
        dotted = "." in m.group("local")  # "name.surname" before it: a mailbox, not a word
        if sep.isalnum() and domain not in web_domains and not spaced and not dotted:
            return m.group(0)
        return m.group("local").replace(". ", ".") + "@" + domain

    return _LOST_AT.sub(fix, text)


def _i_as_l(local: str, domain: str) -> str:
    """The mailbox with capital I read as l, when I is its only capital ("Iquinones"), else ""."""
    rest = local.replace("I", "")
    if "I" not in local or rest != rest.lower():
        return ""
    return local.strip(".'-").replace("I", "l").lower() + "@" + domain


def find_emails(text: str, web_domains: set[str], repaired_at: bool = False) -> list[Found]:
    """Email addresses in one normalised line; `web_domains` (from URLs) confirm an rn→m repair.

    `repaired_at` says the line needed `normalize` to show its "@" (lowers the certainty).
    """
    found = []
    for match in _EMAIL.finditer(text):
        local = match.group(1).strip(".'-").lower()
        domain, repairs = _fix_domain(match.group(2), web_domains)
        if not (_LOCAL_OK.match(local) and _DOMAIN_OK.match(domain)):
            continue
        start = match.start()
        split = _SPLIT_LOCAL.match(text[:start])
        if split and not _is_label(split.group(1)):
            local, start, repairs = f"{split.group(1)}.{local}", split.start(1), repairs + 2
        certainty = 0.97 - 0.15 * min(3, repairs + repaired_at)
        raw = match.group(1)
        # A capital I inside a lower-case mailbox is usually an OCR'd "l": the name will tell.
        alt = _i_as_l(raw, domain)
        found.append(Found(f"{local}@{domain}", certainty, (start, match.end()), alternative=alt))
    return found


def _is_label(word: str) -> bool:
    return fold(word) in {"email", "mail", "correo", "web", "de", "at", "en", "to", "contacto", "contact"}


def host_of(url: str) -> str:
    """The host of a printed URL, without "www." ("https://www.contoso.com/" -> "contoso.com")."""
    host = re.sub(r"^https?://", "", url.lower()).split("/")[0]
    return host[4:] if host.startswith("www.") else host


def find_urls(text: str, email_domains: set[str]) -> list[Found]:
    """Web addresses and social profile links; a bare domain counts only if the emails share it."""
    found = []
    for match in _URL.finditer(text):
        raw = match.group(0).rstrip(".,;:)")
        if "@" in text[max(0, match.start() - 1) : match.start() + 1] or _inside_email(text, match):
            continue
        url = re.sub(r"^www\s?[.,]\s?", "www.", raw, flags=re.IGNORECASE).replace(",", ".")
        host = host_of(url)
        explicit = bool(re.match(r"(?i)https?://|www\.", url))
        if not explicit and host not in email_domains and "/" not in url:
            continue
        service = next((s for h, s in _SOCIAL_HOSTS.items() if host == h or host.endswith("." + h)), "")
        certainty = 0.95 if explicit or host in email_domains else 0.7
        certainty -= 0.1 * (url != raw)
        found.append(Found(url, certainty, (match.start(), match.start() + len(raw)), service))
    return found


def _inside_email(text: str, match: re.Match[str]) -> bool:
    start = text.rfind(" ", 0, match.start()) + 1
    end = text.find(" ", match.end())
    return "@" in text[start : end if end >= 0 else len(text)]


def find_handles(text: str) -> list[Found]:
    """Labelled handles: "Twitter: @josefg", "IG @innotex", "in/jose-fernandez"."""
    found = []
    for match in _HANDLE.finditer(text):
        service = fold(match.group(1))
        service = {"x": "twitter", "insta": "instagram", "ig": "instagram"}.get(service, service)
        handle = match.group(2)
        value = handle if "/" in handle else "@" + handle
        found.append(Found(value, 0.85, match.span(), service))
    return found
