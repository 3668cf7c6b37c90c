"""What matching needs to know about a contact, computed once: the dedup `Profile`.

Built from a `Contact` (a new draft, one stored contact) or in bulk straight from SQLite rows
for the self-dedup pass, so a 100,000-contact tarjetero never builds 100,000 full Contacts.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from cardbox.dedup import names
from cardbox.dedup.settings import LEGAL_FORMS, ROLE_LOCAL_PARTS, WEBMAIL_DOMAINS
from cardbox.model import Contact, PhoneType
from cardbox.phones import guess_type
from cardbox.text import squash, words


@dataclass
class Profile:
    """Normalised identity features of one contact."""

    id: int | None
    uid: str = ""
    display: str = ""
    splits: list[names.Split] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)  # lower-cased addresses
    phones: dict[str, bool] = field(default_factory=dict)  # e164 -> typed as a mobile on the card
    org: str = ""  # organisation key, legal form stripped
    cities: set[str] = field(default_factory=set)

    @property
    def domains(self) -> set[str]:
        """Company email domains (webmail domains say nothing about who someone is)."""
        out = {e.rpartition("@")[2] for e in self.emails}
        return {d for d in out if d and d not in WEBMAIL_DOMAINS}

    @property
    def has_name(self) -> bool:
        return bool(self.splits)


@lru_cache(maxsize=65536)
def org_key(org: str) -> str:
    """Organisation comparison key: folded, legal forms dropped ("Innovación Textil S.L.")."""
    return " ".join(w for w in words(org.replace(".", "")) if w not in LEGAL_FORMS)


def is_role_email(address: str) -> bool:
    """info@, ventas@, contacto@…: a mailbox of a role, not of a person."""
    local = address.partition("@")[0].lower()
    head = local.replace("-", ".").replace("_", ".").replace("+", ".").split(".")[0]
    return local in ROLE_LOCAL_PARTS or head in ROLE_LOCAL_PARTS


@lru_cache(maxsize=200_000)
def is_mobile_number(e164: str) -> bool:
    """A mobile by the national number plan."""
    return guess_type(e164) is PhoneType.CELL


def profile_of(c: Contact) -> Profile:
    """The profile of a Contact (a new draft or a stored one)."""
    return Profile(
        id=c.id,
        uid=c.uid,
        display=c.display_name,
        splits=names.splits(c.full_name, c.given_names, c.family_names),
        emails={e.address.strip().lower() for e in c.emails if "@" in e.address},
        phones={p.e164: p.type is PhoneType.CELL for p in c.phones if p.e164.startswith("+")},
        org=org_key(c.org),
        cities={squash(a.city) for a in c.addresses if a.city.strip()},
    )


def load_profiles(conn: sqlite3.Connection, ids: list[int] | None = None) -> dict[int, Profile]:
    """Profiles of the stored contacts `ids` (all when None), a few table scans, no per-contact queries."""
    if ids is not None:
        out: dict[int, Profile] = {}
        for start in range(0, len(ids), 500):
            out.update(_load(conn, ids[start : start + 500]))
        return out
    return _load(conn, None)


def _load(conn: sqlite3.Connection, ids: list[int] | None) -> dict[int, Profile]:
    where = f" WHERE {{col}} IN ({','.join('?' * len(ids))})" if ids is not None else ""
    args = tuple(ids or ())
    out: dict[int, Profile] = {}
    sql = "SELECT id, uid, full_name, given_names, family_names, org FROM contacts" + where.format(col="id")
    for cid, uid, full, given, family, org in conn.execute(sql, args):
        display = full or f"{given} {family}".strip() or org
        out[cid] = Profile(cid, uid, display, names.splits(full, given, family), org=org_key(org) if org else "")
    for cid, norm in conn.execute("SELECT contact_id, norm FROM emails" + where.format(col="contact_id"), args):
        if "@" in norm:
            out[cid].emails.add(norm)
    for cid, e164, kind in conn.execute(
        "SELECT contact_id, e164, type FROM phones" + where.format(col="contact_id"), args
    ):
        if e164.startswith("+"):
            out[cid].phones[e164] = kind == PhoneType.CELL.value or out[cid].phones.get(e164, False)
    sql = "SELECT contact_id, city_norm FROM addresses" + (where.format(col="contact_id") or " WHERE 1")
    for cid, city in conn.execute(sql + " AND city_norm != ''", args):
        out[cid].cities.add(city)
    return out


def holders_index(profiles: dict[int, Profile]) -> dict[str, list[int]]:
    """ "e:addr" / "p:+34…" -> ids holding it: who else shares an email or phone."""
    index: dict[str, list[int]] = defaultdict(list)
    for p in profiles.values():
        for e in p.emails:
            index["e:" + e].append(p.id)  # type: ignore[arg-type]
        for ph in p.phones:
            index["p:" + ph].append(p.id)  # type: ignore[arg-type]
    return index
