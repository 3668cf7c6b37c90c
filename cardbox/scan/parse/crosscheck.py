"""Cross-checks between fields of one card: a near miss between two readings means OCR damage.

"thomas.brown@blucharboursystems.com" beside "Blue Harbour Systems Inc." is almost surely a
misread email (one letter off, same length); "silverlinelogistic.com" beside "Silverline
Logistics Ltd" is just a short domain, so only same-length substitutions count against the org.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from cardbox.model import Contact
from cardbox.scan.parse import web
from cardbox.scan.parse.lexicon import LEGAL_FORM
from cardbox.scan.parse.names import email_support
from cardbox.scan.parse.roles import domain_label
from cardbox.text import squash

NEAR_MISS = 85  # similarity (0-100) above which two different spellings are one misread
MAILBOX_NEAR_MISS = 70  # a mailbox piece this close to a name word, but not equal, is a misread
DOUBT = 0.5  # confidence given to a value caught in a near miss


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", squash(LEGAL_FORM.sub("", text)))


def _misread(label: str, org_key: str) -> bool:
    """Same length, one or two letters different: OCR substitutions, not an abbreviated name."""
    if len(label) != len(org_key) or label == org_key:
        return False
    return 0 < sum(a != b for a, b in zip(label, org_key, strict=True)) <= 2


def doubt_near_miss_emails(contact: Contact) -> None:
    """Lower the confidence of emails whose domain almost (not exactly) matches the web or org."""
    webs = {domain_label(web.host_of(u.url)).replace("-", "") for u in contact.urls} - {""}
    org_key = _key(contact.org)
    for n, email in enumerate(contact.emails):
        label = domain_label(email.address.rpartition("@")[2]).replace("-", "")
        if not label or label in webs:
            continue
        near_web = any(fuzz.ratio(label, ref) >= NEAR_MISS for ref in webs)
        if near_web or _misread(label, org_key):
            source = replace(email.source, confidence=min(email.source.confidence, DOUBT))
            contact.emails[n] = replace(email, source=source)


def pick_email_readings(contact: Contact, alternatives: dict[str, str]) -> None:
    """Of two readings of an email ("iquinones@" / "lquinones@"), keep the one the name supports."""
    if not alternatives or not contact.full_name:
        return
    for n, email in enumerate(contact.emails):
        alt = alternatives.get(email.address)
        if not alt:
            continue
        now = email_support(contact.full_name, [email.address.partition("@")[0]])
        then = email_support(contact.full_name, [alt.partition("@")[0]])
        if then > now:
            source = replace(email.source, confidence=min(email.source.confidence, 0.75))
            contact.emails[n] = replace(email, address=alt, source=source)


def _mailbox_misread(local: str, name_keys: list[str]) -> bool:
    for piece in (p for p in re.split(r"[._\-+0-9]", local) if len(p) >= 4):
        for key in name_keys:
            if piece == key or key in piece or piece in key:
                break
        else:
            if any(len(k) >= 4 and fuzz.ratio(piece, k) >= MAILBOX_NEAR_MISS for k in name_keys):
                return True
    return False


def doubt_near_miss_mailboxes(contact: Contact) -> None:
    """ "sergio.onega@" on Sergio Ortega's card: a name misread in the mailbox, doubt it."""
    name_keys = squash(contact.full_name).split()
    if not name_keys:
        return
    for n, email in enumerate(contact.emails):
        if _mailbox_misread(email.address.partition("@")[0], name_keys):
            source = replace(email.source, confidence=min(email.source.confidence, DOUBT))
            contact.emails[n] = replace(email, source=source)
