"""The tarjetero's plain data: contacts, events, warmth, notes and where each value came from.

No Qt, no SQLite here: every layer (scan, dedup, store, vcard, sync, gui) exchanges these.
Dates are `datetime.date`; moments are timezone-aware `datetime` in UTC.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum, IntEnum


def utcnow() -> datetime:
    """The current moment, timezone-aware in UTC (the only kind of datetime cardbox stores)."""
    return datetime.now(UTC).replace(microsecond=0)


def new_uid() -> str:
    """A fresh vCard UID for a contact created in cardbox."""
    return f"urn:uuid:{uuid.uuid4()}"


class Warmth(IntEnum):
    """How warm the relationship is, in the user's words. Higher is warmer."""

    COLD = 1  # frío: a card, nothing more
    WARM = 2  # templado: we really talked
    HOT = 3  # caliente: a concrete next step or opportunity
    TRUSTED = 4  # de confianza: a client, an ally

    @property
    def key(self) -> str:
        """Stable lower-case identifier used in vCards, CSV, JSON and the CLI."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str | int) -> Warmth:
        """Accept 1-4, the English key or the Spanish word ("frio", "de confianza")."""
        if isinstance(text, int) or str(text).strip().isdigit():
            return cls(int(text))
        from cardbox.text import squash

        key = squash(str(text))
        for level, names in _WARMTH_NAMES.items():
            if key in names:
                return level
        raise ValueError(f"unknown warmth {text!r}")


_WARMTH_NAMES: dict[Warmth, tuple[str, ...]] = {
    Warmth.COLD: ("cold", "frio"),
    Warmth.WARM: ("warm", "templado"),
    Warmth.HOT: ("hot", "caliente"),
    Warmth.TRUSTED: ("trusted", "de confianza", "confianza"),
}


class PhoneType(str, Enum):
    CELL = "cell"
    WORK = "work"
    HOME = "home"
    FAX = "fax"
    OTHER = "other"


class SourceKind(str, Enum):
    """Where a value came from; the order is trust when two sources disagree (user first)."""

    USER = "user"  # typed or confirmed by the user: never overwritten by a machine source
    QR = "qr"  # decoded from a QR code on the card
    IMPORT = "import"  # from a .vcf the user imported
    SYNC = "sync"  # from the CardDAV server
    SCAN = "scan"  # OCR of a card photo
    MERGE = "merge"  # carried over by a merge

    @property
    def is_machine(self) -> bool:
        """True for sources that must never overwrite what the user typed."""
        return self is SourceKind.SCAN


@dataclass(frozen=True)
class Provenance:
    """Where one value came from: which scan, which import, with what confidence (0..1)."""

    kind: SourceKind = SourceKind.USER
    ref: str = ""  # scan id, file name, server URL…
    confidence: float = 1.0


USER = Provenance()


@dataclass
class Email:
    address: str
    type: str = "other"  # work | home | other
    source: Provenance = USER


@dataclass
class Phone:
    e164: str  # "+34612345678"; the raw text when it could not be parsed
    type: PhoneType = PhoneType.OTHER
    source: Provenance = USER


@dataclass
class Url:
    url: str
    source: Provenance = USER


@dataclass
class Address:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 when known
    type: str = "work"
    source: Provenance = USER

    def is_empty(self) -> bool:
        return not any((self.street, self.postal_code, self.city, self.region, self.country))


@dataclass
class Social:
    service: str  # linkedin, twitter, instagram, …
    handle: str  # a handle or a profile URL
    source: Provenance = USER


@dataclass
class Note:
    """One dated entry in the interaction log."""

    text: str
    at: datetime = field(default_factory=utcnow)
    contacted: bool = False  # this note records a real contact that day
    id: int | None = None


@dataclass
class Event:
    """Where you met people: a fair, a congress, a dinner."""

    name: str
    start: date | None = None
    end: date | None = None
    place: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class WarmthChange:
    warmth: Warmth
    at: datetime = field(default_factory=utcnow)


@dataclass
class CardImage:
    """One card image stored beside the tarjetero, named by its content hash."""

    sha256: str
    side: str = "front"  # front | back
    scan_id: int | None = None
    ext: str = ".jpg"


@dataclass
class Job:
    """A past job: what the contact's card said before they moved on."""

    org: str = ""
    title: str = ""
    until: date | None = None


# Scalar fields of a Contact that carry per-field provenance in `Contact.sources`.
SCALAR_FIELDS = ("full_name", "given_names", "family_names", "prefix", "suffix", "org", "department", "title")


@dataclass
class Contact:
    """A person in the tarjetero, with everything known about them and where it came from."""

    full_name: str = ""
    given_names: str = ""  # "María José"
    family_names: str = ""  # "Fernández Gómez": both Spanish surnames
    prefix: str = ""  # "Dr."
    suffix: str = ""
    org: str = ""
    department: str = ""
    title: str = ""
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    socials: list[Social] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warmth: Warmth = Warmth.COLD
    warmth_history: list[WarmthChange] = field(default_factory=list)
    introduced_by: int | None = None  # id of another contact
    introduced_by_uid: str = ""  # the same, by UID, for vCards and sync
    follow_up: date | None = None
    last_contacted: date | None = None
    cards: list[CardImage] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    birthday: date | None = None
    sources: dict[str, Provenance] = field(default_factory=dict)  # scalar field -> provenance
    extra_vcard: list[str] = field(default_factory=list)  # unknown vCard lines kept verbatim
    needs_review: bool = False
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def display_name(self) -> str:
        """The name to show: FN, else given + family, else organisation, else first email."""
        if self.full_name.strip():
            return self.full_name.strip()
        joined = " ".join(p for p in (self.given_names, self.family_names) if p).strip()
        if joined:
            return joined
        if self.org:
            return self.org
        return self.emails[0].address if self.emails else ""

    def source_of(self, name: str) -> Provenance:
        """Provenance of a scalar field (user-typed when never recorded)."""
        return self.sources.get(name, USER)

    def set_field(self, name: str, value: str, source: Provenance = USER) -> None:
        """Set a scalar field and record where it came from."""
        if name not in SCALAR_FIELDS:
            raise ValueError(f"not a scalar contact field: {name}")
        setattr(self, name, value)
        self.sources[name] = source

    def set_warmth(self, warmth: Warmth, at: datetime | None = None) -> bool:
        """Change warmth, keeping the dated history. Returns False when nothing changed."""
        if warmth == self.warmth and self.warmth_history:
            return False
        self.warmth = warmth
        self.warmth_history.append(WarmthChange(warmth, at or utcnow()))
        return True

    def add_note(self, text: str, contacted: bool = False, at: datetime | None = None) -> Note:
        """Append a dated note; a `contacted` note moves last_contacted forward."""
        note = Note(text=text, at=at or utcnow(), contacted=contacted)
        self.notes.append(note)
        if contacted:
            day = note.at.astimezone().date()  # the user's local day, not UTC's
            if self.last_contacted is None or day > self.last_contacted:
                self.last_contacted = day
        return note
