"""Offline search: accents, case, punctuation, ñ, prefixes, one typo, filters."""

from __future__ import annotations

from datetime import date

import pytest

from cardbox.model import Address, Contact, Email, Event, Phone, PhoneType, Warmth
from cardbox.store import Filters, Store


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    rows = {
        "jose": Contact(
            full_name="José Fernández García",
            given_names="José",
            family_names="Fernández García",
            org="Innovación Textil S.L.",
            title="Director Comercial",
            emails=[Email("jose.fernandez@innotextil.es")],
            phones=[Phone("+34612345678", PhoneType.CELL)],
            addresses=[Address(city="València", postal_code="46001", country="ES")],
            events=[Event("Feria Hábitat 2026", date(2026, 9, 15))],
            tags=["cliente"],
            warmth=Warmth.HOT,
        ),
        "nunez": Contact(
            full_name="Íñigo Núñez Peña",
            org="Cerámicas del Norte S.A.",
            title="Gerente",
            addresses=[Address(city="Bilbao", country="ES")],
            events=[Event("Congreso Digital 2026")],
        ),
        "obrien": Contact(
            full_name="Siobhán O'Brien-Smith",
            org="Contoso Ltd",
            title="Senior Researcher",
            addresses=[Address(city="London", country="GB")],
            warmth=Warmth.TRUSTED,
        ),
        "maria": Contact(
            full_name="María García López",
            org="Tejidos Levante S.A.",
            title="Consultora",
            addresses=[Address(city="Valencia", country="ES")],
            warmth=Warmth.WARM,
            events=[Event("Feria Hábitat 2026")],
        ),
    }
    rows["nunez"].add_note("Hablamos de la exportación a México")
    return {k: store.save(c) for k, c in rows.items()}


@pytest.mark.parametrize(
    "query, who",
    [
        ("jose fernandez", "jose"),  # no accents typed
        ("JOSÉ FERNÁNDEZ", "jose"),  # upper case with accents
        ("nunez", "nunez"),  # ñ matched by n
        ("iñigo", "nunez"),
        ("obrien", "obrien"),  # "o'brien" is two words; one edit from "brien" still finds it
        ("o'brien smith", "obrien"),
        ("brien-smith", "obrien"),
        ("fern", "jose"),  # prefix as you type
        ("innov text", "jose"),
        ("fernandes", "jose"),  # one substitution in a 9-letter word
        ("fernadnez", "jose"),  # one transposition
        ("fernanez", "jose"),  # one deletion
        ("ceramicass", "nunez"),  # one insertion
        ("mexico", "nunez"),  # notes are searched
        ("612 345", "jose"),  # national phone digits
        ("34612345678", "jose"),
        ("innotextil", "jose"),  # email domain
        ("valencia", "jose"),
    ],
)
def test_query_finds(store: Store, people: dict[str, int], query: str, who: str) -> None:
    assert people[who] in store.search(query), query


def test_typos_need_five_letters(store: Store, people: dict[str, int]) -> None:
    assert store.search("jise") == []  # 4 letters: no typo tolerance
    assert store.search("garcia") == sorted(store.search("garcia"))
    assert set(store.search("garcia")) == {people["jose"], people["maria"]}


def test_two_typos_do_not_match(store: Store, people: dict[str, int]) -> None:
    assert store.search("fernqndes") == []


def test_name_matches_rank_before_other_fields(store: Store, people: dict[str, int]) -> None:
    store.save(Contact(full_name="Ana Ruiz", org="Fernández y Asociados"))
    ids = store.search("fernandez")
    assert ids[0] == people["jose"]


def test_filters_combine_with_text(store: Store, people: dict[str, int]) -> None:
    hot_at_fair = Filters(warmth=[Warmth.HOT], events=["feria habitat 2026"])
    assert store.search("", hot_at_fair) == [people["jose"]]
    assert store.search("garcia", Filters(warmth=[Warmth.WARM])) == [people["maria"]]
    assert store.search("", Filters(city="valencia")) == [people["jose"], people["maria"]]
    assert store.search("", Filters(company="ceramicas norte")) == [people["nunez"]]
    assert store.search("", Filters(tags=["CLIENTE"])) == [people["jose"]]
    assert store.search("garcia", Filters(events=["Congreso Digital 2026"])) == []
    assert store.count("", Filters(events=["Feria Hábitat 2026"])) == 2


def test_punctuation_only_query_finds_nothing(store: Store, people: dict[str, int]) -> None:
    assert store.search("''--") == []
    assert store.count("?!") == 0


def test_fts_operators_in_queries_are_plain_words(store: Store, people: dict[str, int]) -> None:
    assert store.search('NOT "jose" OR *') == []
    assert store.search('jose "(') == [people["jose"]]


def test_ordering_without_query(store: Store, people: dict[str, int]) -> None:
    by_name = store.search("", order="name")
    assert by_name[0] == people["nunez"]  # "Íñigo" folds to "inigo"
    by_warmth = store.search("", order="warmth")
    assert by_warmth[0] == people["obrien"]


def test_edits_and_deletes_update_the_index(store: Store, people: dict[str, int]) -> None:
    c = store.get(people["maria"])
    c.org = "Hilaturas Alcoy"
    store.save(c)
    assert store.search("tejidos") == []
    assert store.search("hilaturas") == [people["maria"]]
    store.delete(people["maria"])
    assert store.search("hilaturas") == []
