"""Lexed vCard properties to a `Contact`, keeping whatever cardbox does not understand verbatim."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from cardbox.errors import VCardError
from cardbox.model import (
    Address,
    Contact,
    Email,
    Note,
    Phone,
    PhoneType,
    Provenance,
    Social,
    SourceKind,
    Url,
    new_uid,
    utcnow,
)
from cardbox.phones import normalize
from cardbox.vcard import cardbox_props
from cardbox.vcard.cardbox_props import ReadState
from cardbox.vcard.countries import to_iso
from cardbox.vcard.lexer import Prop
from cardbox.vcard.values import components, list_values, parse_date, parse_moment, split_escaped, unescape

# Properties cardbox writes itself on export: reading them must not pile up copies in extra_vcard.
_DROPPED = {"VERSION", "PRODID", "REV", "LABEL"}
_UID_NAMESPACE = uuid.UUID("5f0c9a52-2a4e-4f57-9d1a-6f3c2b7e8a10")  # cardbox's own namespace
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_SINGULAR = {"N", "FN", "ORG", "TITLE", "BDAY", "UID"}
_SOCIAL_PROPS = {
    "X-TWITTER": "twitter",
    "X-LINKEDIN": "linkedin",
    "X-FACEBOOK": "facebook",
    "X-INSTAGRAM": "instagram",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GOOGLE-TALK": "gtalk",
    "X-JABBER": "xmpp",
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-QQ": "qq",
    "X-TELEGRAM": "telegram",
    "X-MASTODON": "mastodon",
    "X-GITHUB": "github",
}


def _text(prop: Prop) -> str:
    return unescape(prop.value).strip()


def _kind(types: set[str], default: str = "other") -> str:
    return "work" if "work" in types else "home" if "home" in types else default


def _phone_type(types: set[str]) -> PhoneType:
    if "fax" in types:
        return PhoneType.FAX
    if types & {"cell", "mobile", "iphone"}:
        return PhoneType.CELL
    if "work" in types:
        return PhoneType.WORK
    if "home" in types:
        return PhoneType.HOME
    return PhoneType.OTHER


class CardReader:
    """Maps the properties of one card; `read()` returns the contact or raises VCardError."""

    def __init__(
        self, source: str, index: int, raw: list[str] | None = None, kind: SourceKind = SourceKind.IMPORT
    ) -> None:
        self.source = source
        self.index = index
        self.prov = Provenance(kind, source, 1.0)
        self.c = Contact(uid="")
        self.st = ReadState()
        self.fn = ""
        self.seen: set[str] = set()
        self.raw = raw or []
        self.handlers: dict[str, Callable[[Prop], bool]] = {
            "N": self._n,
            "FN": self._fn,
            "ORG": self._org,
            "TITLE": self._title,
            "EMAIL": self._email,
            "TEL": self._tel,
            "URL": self._url,
            "ADR": self._adr,
            "BDAY": self._bday,
            "NOTE": self._note,
            "CATEGORIES": self._categories,
            "UID": self._uid,
            "X-SOCIALPROFILE": self._socialprofile,
            "SOCIALPROFILE": self._socialprofile,
            "IMPP": self._impp,
            "RELATED": self._related,
            "X-ABRELATEDNAMES": self._related_name,
        }

    def read(self, props: list[Prop]) -> Contact:
        for prop in props:
            if prop.name == "REV":
                self.st.rev = prop.value
            elif prop.name == "LABEL" and _text(prop):
                self.st.labels.append(_text(prop))
            if prop.name in _DROPPED or (prop.name == "KIND" and _text(prop).lower() in ("", "individual")):
                continue
            if not self._apply(prop):
                self.c.extra_vcard.append(extra_line(prop))
        return self._finish()

    def _apply(self, prop: Prop) -> bool:
        if prop.name.startswith("X-CARDBOX-"):
            return cardbox_props.read(self.c, prop, self.st)
        if prop.name in _SOCIAL_PROPS:
            return self._social(_SOCIAL_PROPS[prop.name], _text(prop))
        if prop.name in _SINGULAR:
            if prop.name in self.seen:
                return False  # a second ORG/N/FN…: the first one wins, this one is kept verbatim
            self.seen.add(prop.name)
        handler = self.handlers.get(prop.name)
        return bool(handler and handler(prop))

    def _set(self, name: str, value: str) -> bool:
        if value:
            self.c.set_field(name, value, self.prov)
        return True

    # -- one handler per property; False keeps the line verbatim --------------------------

    def _n(self, prop: Prop) -> bool:
        parts = [list_values(p) for p in split_escaped(prop.value, ";")] + [[]] * 5
        family, given, additional, prefix, suffix = parts[:5]
        self._set("family_names", " ".join(family))
        self._set("given_names", " ".join(given + additional))
        self._set("prefix", " ".join(prefix))
        return self._set("suffix", ", ".join(suffix))

    def _fn(self, prop: Prop) -> bool:
        self.fn = _text(prop)
        return True

    def _org(self, prop: Prop) -> bool:
        parts = [p.strip() for p in components(prop.value)]
        self._set("org", parts[0])
        return self._set("department", ", ".join(p for p in parts[1:] if p))

    def _title(self, prop: Prop) -> bool:
        return self._set("title", _text(prop))

    def _email(self, prop: Prop) -> bool:
        address = _text(prop)
        m = re.search(r"<([^<>@\s]+@[^<>\s]+)>", address)
        address = (m.group(1) if m else address).removeprefix("mailto:").strip()
        if address:
            self.c.emails.append(Email(address, _kind(prop.types), self.prov))
        return bool(address)

    def _tel(self, prop: Prop) -> bool:
        raw = _text(prop)
        raw = raw[4:] if raw.lower().startswith("tel:") else raw
        if raw:
            # Already E.164 (cardbox's own exports, most phones): valid or not, normalize() would
            # return the same text, so the costly phonenumbers parse is skipped.
            number = raw if _E164.fullmatch(raw) else normalize(raw)
            ext = re.search(r"(?:;ext=|\s*(?:ext\.?|x)\s*)(\d+)$", raw, re.I)
            base = raw[: ext.start()].strip() if ext else ""
            if ext and sum(ch.isdigit() for ch in base) >= 6:  # E.164 has no extension: keep it as typed
                number = f"{base} ext. {ext.group(1)}"
            self.c.phones.append(Phone(number, _phone_type(prop.types), self.prov))
        return bool(raw)

    def _url(self, prop: Prop) -> bool:
        url = _text(prop)
        if url:
            self.c.urls.append(Url(url, self.prov))
        return bool(url)

    def _adr(self, prop: Prop) -> bool:
        pobox, ext, street, city, region, code, country = (p.strip() for p in components(prop.value, 7)[:7])
        street = "\n".join(p for p in (street, ext, pobox) if p)
        address = Address(street, code, city, region, to_iso(country), _kind(prop.types), self.prov)
        if not address.is_empty():
            self.c.addresses.append(address)
        return True

    def _bday(self, prop: Prop) -> bool:
        self.c.birthday = parse_date(_text(prop))
        return self.c.birthday is not None

    def _note(self, prop: Prop) -> bool:
        text = unescape(prop.value).strip()
        if text:
            self.st.plain_notes.append(text)
        return True

    def _categories(self, prop: Prop) -> bool:
        self.st.categories += list_values(prop.value)
        return True

    def _uid(self, prop: Prop) -> bool:
        self.c.uid = _text(prop)
        return bool(self.c.uid)

    def _social(self, service: str, handle: str) -> bool:
        if handle:
            self.c.socials.append(Social(service.lower(), handle, self.prov))
        return bool(handle)

    def _socialprofile(self, prop: Prop) -> bool:
        service = (
            next(iter(sorted(prop.types - {"pref"})), "") or prop.param("SERVICE-TYPE") or prop.param("X-SERVICE-TYPE")
        )
        handle = _text(prop)
        if not service:
            m = re.search(r"(?:https?://)?(?:www\.)?([a-z0-9-]+)\.[a-z]+/", handle.lower())
            service = m.group(1) if m else "web"
        return self._social(service, handle)

    def _impp(self, prop: Prop) -> bool:
        value = _text(prop)
        scheme, sep, handle = value.partition(":")
        service = prop.param("X-SERVICE-TYPE") or scheme
        if not sep or not scheme.isalpha():
            return False
        return self._social(service, handle)

    def _related(self, prop: Prop) -> bool:
        if "x-introducer" not in prop.types:
            return False
        self.c.introduced_by_uid = _text(prop)
        return True

    def _related_name(self, prop: Prop) -> bool:
        # cardbox writes the introducer's name for Apple; the UID travels in X-CARDBOX-INTRODUCED-BY.
        return "x-introducer" in prop.types

    # -- after the last line --------------------------------------------------------------

    def _finish(self) -> Contact:
        c, st = self.c, self.st
        self._finish_name()
        self._finish_notes()
        categories = list(st.categories)
        for event in reversed(c.events):  # each event also wrote its name, after the tags, for phones
            found = [i for i, t in enumerate(categories) if t == event.name] or [
                i for i, t in enumerate(categories) if t.casefold() == event.name.casefold()
            ]
            if found:
                del categories[found[-1]]
        c.tags += [t for t in dict.fromkeys(categories) if t not in c.tags]
        if not c.uid:
            c.uid = stable_uid(self.raw) if self.raw else new_uid()
        if not c.addresses and st.labels:  # a LABEL is the only address some writers give
            c.addresses = [Address(street=label, type="other", source=self.prov) for label in st.labels]
        if not (c.display_name or c.phones or c.urls or c.addresses or c.notes or c.socials or c.extra_vcard):
            raise VCardError("empty card: no name, organisation, email, phone or other data", self.source, self.index)
        c.needs_review = c.needs_review or not c.display_name  # nameless: the user should look at it
        return c

    def _finish_name(self) -> None:
        c = self.c
        derived = not (c.given_names or c.family_names) and self.fn in (c.org, c.emails[0].address if c.emails else "")
        if self.fn and not derived:
            self._set("full_name", self.fn)

    def _finish_notes(self) -> None:
        c, st = self.c, self.st
        c.notes = list(st.cardbox_notes)
        squash = lambda s: " ".join(s.split())  # noqa: E731 - phones re-wrap whitespace
        if st.cardbox_notes and [squash(n) for n in st.plain_notes] == [squash(cardbox_props.joined_notes(c.notes))]:
            return
        at = parse_moment(st.rev) or utcnow()
        c.notes += [Note(text, at) for text in dict.fromkeys(st.plain_notes)]  # a NOTE edited on a phone is kept too


def stable_uid(lines: list[str]) -> str:
    """A UID for a card that has none, derived from its text: importing the file again finds it."""
    body = "\n".join(line.strip() for line in lines if line.strip() and not line.upper().startswith("REV"))
    return f"urn:uuid:{uuid.uuid5(_UID_NAMESPACE, body)}"


def extra_line(prop: Prop) -> str:
    """The line to keep for an unknown property, rebuilt in 3.0 syntax when 2.1/8-bit decoding changed it."""
    if not prop.changed:
        return prop.line
    params = []
    for key, value in prop.params:
        if key == "CHARSET" or (key == "ENCODING" and value.upper() in ("QUOTED-PRINTABLE", "8BIT", "7BIT")):
            continue
        if key == "ENCODING" and value.upper() in ("BASE64", "B"):
            value = "b"
        value = value.replace('"', "")  # a parameter value cannot hold a double quote
        params.append(f';{key}="{value}"' if re.search(r"[;:]", value) else f";{key}={value}")
    value = prop.value.replace("\r\n", "\n").replace("\n", "\\n")
    if prop.param("ENCODING").upper() in ("BASE64", "B"):
        value = "".join(value.split())
    group = f"{prop.group}." if prop.group else ""
    return f"{group}{prop.name}{''.join(params)}:{value}"
