"""Export then import of cardbox's own contacts loses nothing, in vCard 3.0 and 4.0."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardbox.model import (
    Address,
    Contact,
    Email,
    Event,
    Job,
    Note,
    Phone,
    PhoneType,
    Social,
    Url,
    Warmth,
    WarmthChange,
    new_uid,
)
from cardbox.phones import normalize
from cardbox.serialize import contact_to_dict
from cardbox.vcard import derive_name, read_vcards, to_vcard, write_vcards

ALPHABET = "abcxyzABCÑñáéíóúüÁÉçàèöß ,;:\\\n\"'=^.-_@/#()[]{}€中文日本" + "0123456789"
VALID_PHONES = ["+34612345678", "+34911234567", "+442079460958", "+12125550123", "+33142685300"]
RAW_PHONES = ["ext. 2345", "centralita 12", "1"]
SERVICES = ["linkedin", "twitter", "instagram", "skype", "xmpp", "mastodon"]
COUNTRIES = ["", "ES", "GB", "US", "MX", "FR", "Narnia"]


def clean(min_size: int = 0, max_size: int = 25) -> st.SearchStrategy[str]:
    """Text as a person types it: accents, ñ, commas, semicolons, backslashes, newlines inside."""
    return st.text(ALPHABET, min_size=min_size, max_size=max_size).map(str.strip).filter(lambda s: len(s) >= min_size)


def one_line(min_size: int = 0) -> st.SearchStrategy[str]:
    return clean(min_size).map(lambda s: " ".join(s.split())).filter(lambda s: len(s) >= min_size)


moments = st.datetimes(datetime(2000, 1, 1), datetime(2035, 1, 1), timezones=st.just(UTC))
days = st.dates(date(1930, 1, 1), date(2035, 1, 1))
maybe_day = st.none() | days

emails = st.builds(Email, st.emails(), st.sampled_from(["work", "home", "other"]))
phones = st.builds(Phone, st.sampled_from(VALID_PHONES + RAW_PHONES), st.sampled_from(list(PhoneType)))
urls = st.builds(Url, st.from_regex(r"https://[a-z]{1,10}\.(es|com)/[a-zA-Z0-9_,;%=-]{0,12}", fullmatch=True))
addresses = st.builds(
    Address,
    clean(1),
    clean(),
    one_line(),
    one_line(),
    st.sampled_from(COUNTRIES),
    st.sampled_from(["work", "home", "other"]),
)
socials = st.builds(Social, st.sampled_from(SERVICES), one_line(1).filter(lambda s: s == s.strip()))
notes = st.builds(Note, st.text(ALPHABET, max_size=40), moments, st.booleans())
events = st.builds(Event, one_line(1), maybe_day, maybe_day, clean(max_size=20), clean(max_size=20))
jobs = st.builds(Job, clean(), clean(), maybe_day)
extras = st.sampled_from(
    [
        "X-TEST-PLAIN:hola",
        "item1.X-ABLabel:_$!<Other>!$_",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Majo;1;;;;;;;;;;;;;",
        "NICKNAME:Majo",
        'X-TEST-QUOTED;X-P="a;b":valor\\, con coma',
    ]
)


@st.composite
def contacts(draw: Any) -> Contact:
    c = Contact(
        full_name=draw(one_line(1)),
        given_names=draw(one_line()),
        family_names=draw(one_line()),
        prefix=draw(one_line()),
        suffix=draw(one_line()),
        org=draw(one_line()),
        department=draw(one_line()),
        title=draw(one_line()),
        emails=draw(st.lists(emails, max_size=3)),
        phones=draw(st.lists(phones, max_size=3)),
        urls=draw(st.lists(urls, max_size=2)),
        addresses=draw(st.lists(addresses, max_size=2)),
        socials=draw(st.lists(socials, max_size=2)),
        notes=draw(st.lists(notes, max_size=3)),
        tags=draw(st.lists(one_line(1), max_size=3, unique=True)),
        events=draw(st.lists(events, max_size=2, unique_by=lambda e: e.name.casefold())),
        warmth=draw(st.sampled_from(list(Warmth))),
        warmth_history=draw(st.lists(st.builds(WarmthChange, st.sampled_from(list(Warmth)), moments), max_size=3)),
        introduced_by_uid=draw(st.sampled_from(["", new_uid(), "uid-7@example.es"])),
        follow_up=draw(maybe_day),
        last_contacted=draw(maybe_day),
        birthday=draw(maybe_day),
        jobs=draw(st.lists(jobs, max_size=2)),
        extra_vcard=draw(st.lists(extras, max_size=3, unique=True)),
        needs_review=draw(st.booleans()),
        uid=draw(st.sampled_from([new_uid(), "abc-123@host.example", "1234"])),
    )
    return c


def comparable(c: Contact) -> dict[str, Any]:
    """Everything but database ids, timestamps and provenance (which says "import" afterwards)."""
    d = contact_to_dict(c)
    for key in ("id", "created_at", "updated_at", "sources", "cards", "introduced_by"):
        d.pop(key)
    for key in ("emails", "phones", "urls", "addresses", "socials"):
        for item in d[key]:
            item.pop("source")
    for item in d["notes"] + d["events"]:
        item.pop("id")
    return d


def expected(c: Contact) -> dict[str, Any]:
    """What must come back: N is derived from FN when the name parts are empty (phones need N)."""
    d = comparable(c)
    d["family_names"], d["given_names"] = derive_name(c)
    return d


def _roundtrip(c: Contact, version: str) -> Contact:
    text = to_vcard(c, version)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    (back,), errors = read_vcards(text.encode("utf-8"), "roundtrip.vcf")
    assert errors == []
    return back


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contacts())
def test_roundtrip_3_0(c: Contact) -> None:
    assert comparable(_roundtrip(c, "3.0")) == expected(c)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contacts())
def test_roundtrip_4_0(c: Contact) -> None:
    assert comparable(_roundtrip(c, "4.0")) == expected(c)


def test_raw_phones_in_the_strategy_stay_raw() -> None:
    assert all(normalize(p) == p for p in RAW_PHONES)


def test_many_cards_in_one_file_keep_their_order() -> None:
    people = [Contact(full_name=f"Persona {i}", org="Acme; S.A.") for i in range(5)]
    back, errors = read_vcards(write_vcards(people, "4.0"))
    assert errors == [] and [c.full_name for c in back] == [c.full_name for c in people]
    assert {c.org for c in back} == {"Acme; S.A."}
