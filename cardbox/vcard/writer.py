"""A `Contact` to vCard 3.0 (what phones import best) or 4.0 text, written by hand.

vobject's serializer drops 2.1 bare parameters and leaves base64 PHOTO lines unfolded, so every
line is built and folded here: CRLF endings, 75-octet folds that never cut a UTF-8 character,
every text value escaped so a newline inside a field can never start a property of its own.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable

from cardbox import __version__
from cardbox.errors import InvalidInput
from cardbox.model import Contact, PhoneType
from cardbox.vcard import cardbox_props
from cardbox.vcard.countries import name_of
from cardbox.vcard.lexer import parse_line
from cardbox.vcard.values import escape, fold, moment_text, param_value, structured

VERSIONS = ("3.0", "4.0")
_PHONE_TYPES = {
    PhoneType.CELL: "cell",
    PhoneType.WORK: "work,voice",
    PhoneType.HOME: "home,voice",
    PhoneType.FAX: "fax",
    PhoneType.OTHER: "voice",
}
_IM_SCHEMES = {"xmpp", "sip", "skype", "aim", "icq", "msn", "yahoo", "gtalk", "qq"}
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def derive_name(contact: Contact) -> tuple[str, str]:
    """(family, given) for the N property; derived from FN when the parts are empty.

    With three words or more the last two are taken as the two Spanish surnames.
    """
    if contact.family_names or contact.given_names:
        return contact.family_names, contact.given_names
    words = contact.full_name.split()
    if len(words) < 2:
        return "", " ".join(words)
    cut = -2 if len(words) >= 3 else -1
    return " ".join(words[cut:]), " ".join(words[:cut])


def _types(kind: str, v4: bool, extra: str = "") -> str:
    values = ",".join(v for v in (extra, kind) if v and v != "other")
    if not values:
        return ""
    return f";TYPE={values.lower() if v4 else values.upper()}"


def _mime(photo: bytes) -> str:
    return "image/png" if photo.startswith(b"\x89PNG") else "image/jpeg"


def _identity(c: Contact, v4: bool) -> list[str]:
    family, given = derive_name(c)
    lines = [
        f"UID:{escape(c.uid)}",
        f"N:{structured([family, given, '', c.prefix, c.suffix])}",
        f"FN:{escape(c.display_name)}",
    ]
    if c.org or c.department:
        lines.append(f"ORG:{structured([c.org, c.department] if c.department else [c.org])}")
    if c.title:
        lines.append(f"TITLE:{escape(c.title)}")
    if c.birthday:
        lines.append(f"BDAY:{c.birthday.strftime('%Y%m%d') if v4 else c.birthday.isoformat()}")
    return lines


def _contact_points(c: Contact, v4: bool) -> list[str]:
    lines = [f"EMAIL{_types(e.type, v4, '' if v4 else 'internet')}:{escape(e.address)}" for e in c.emails]
    for p in c.phones:
        kind = _PHONE_TYPES[p.type]
        kind = kind if v4 else kind.upper()
        if v4 and re.fullmatch(r"\+\d{4,15}", p.e164):
            lines.append(f"TEL;VALUE=uri;TYPE={kind}:tel:{p.e164}")
        else:
            lines.append(f"TEL;TYPE={kind}:{escape(p.e164)}")
    lines += ["URL:" + re.sub(r"[\r\n]+", " ", u.url) for u in c.urls]
    for a in c.addresses:
        parts = ["", "", a.street, a.city, a.region, a.postal_code, name_of(a.country)]
        lines.append(f"ADR{_types(a.type, v4)}:{structured(parts)}")
    for s in c.socials:
        if s.service.lower() in _IM_SCHEMES and re.fullmatch(r"[^\s\\;,]+", s.handle):
            lines.append(f"IMPP:{s.service.lower()}:{s.handle}")
        else:
            lines.append(f"X-SOCIALPROFILE;TYPE={param_value(s.service)}:{escape(s.handle)}")
    return lines


def _relationship(c: Contact, v4: bool, related_uid: str | None, related_name: str | None) -> list[str]:
    lines: list[str] = []
    categories = [*c.tags, *(e.name for e in c.events)]
    if categories:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in categories))
    if c.notes:
        lines.append(f"NOTE:{escape(cardbox_props.joined_notes(c.notes))}")
    lines += cardbox_props.write(c)
    uid = related_uid or c.introduced_by_uid
    if uid and v4:
        value = "" if _URI.match(uid) else ";VALUE=text"
        lines.append(f"RELATED{value};TYPE=x-introducer:{uid if not value else escape(uid)}")
    elif uid:
        lines.append(f"X-CARDBOX-INTRODUCED-BY:{escape(uid)}")
        if related_name:
            lines.append(f"X-ABRELATEDNAMES;TYPE=x-introducer:{escape(related_name)}")
    return lines


def _photo(photo: bytes, v4: bool) -> str:
    data = base64.b64encode(photo).decode("ascii")
    mime = _mime(photo)
    if v4:
        return f"PHOTO:data:{mime};base64,{data}"
    return f"PHOTO;ENCODING=b;TYPE={mime.split('/')[1].upper()}:{data}"


def convert_extra(line: str, v4: bool) -> str:
    """An unknown line kept from an import, adapted where 3.0 and 4.0 disagree (binary data)."""
    line = re.sub(r"\r\n|\r|\n", "\\\\n", line)  # a stored line must never become two properties
    try:
        prop = parse_line(line)
    except Exception:  # noqa: BLE001 - not parseable: write it back exactly as it was kept
        return line
    group = f"{prop.group}." if prop.group else ""
    encoding = prop.param("ENCODING").upper()
    if v4 and prop.name in _BINARY and encoding in ("B", "BASE64"):
        mime = "image/" + (next(iter(prop.types), "jpeg") or "jpeg")
        return f"{group}{prop.name}:data:{mime};base64,{prop.value}"
    m = re.match(r"^data:([\w/+.-]+);base64,(.*)$", prop.value, re.S)
    if not v4 and prop.name in _BINARY and m:
        return f"{group}{prop.name};ENCODING=b;TYPE={m.group(1).split('/')[-1].upper()}:{m.group(2)}"
    if v4 and prop.param("CHARSET"):
        return re.sub(r";CHARSET=[^;:]*", "", line, count=1, flags=re.I)
    return line


def to_vcard(
    contact: Contact,
    version: str = "3.0",
    *,
    photo: bytes | None = None,
    related_uid: str | None = None,
    related_name: str | None = None,
) -> str:
    """One contact as a vCard (CRLF line endings, folded). `photo` is JPEG/PNG bytes for PHOTO."""
    if version not in VERSIONS:
        raise InvalidInput(f"vCard version {version!r} cannot be written; use 3.0 or 4.0")
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if v4 and not any(re.match(r"^KIND[;:]", x, re.I) for x in contact.extra_vcard):
        lines.append("KIND:individual")  # a kept KIND:org from another app takes its place
    lines.append(f"PRODID:-//cardbox//cardbox {__version__}//EN")
    lines += _identity(contact, v4)
    lines += _contact_points(contact, v4)
    lines += _relationship(contact, v4, related_uid, related_name)
    if photo:
        lines.append(_photo(photo, v4))
    for extra in contact.extra_vcard:
        if photo and re.match(r"^(?:[\w-]+\.)?PHOTO[;:]", extra, re.I):
            continue  # the card photo replaces the one a phone sent
        lines.append(convert_extra(extra, v4))
    lines.append(f"REV:{moment_text(contact.updated_at, basic=v4)}")
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def write_vcards(
    contacts: Iterable[Contact],
    version: str = "3.0",
    photos: Callable[[Contact], bytes | None] | None = None,
) -> str:
    """Several contacts as one .vcf text."""
    return "".join(to_vcard(c, version, photo=photos(c) if photos else None) for c in contacts)
