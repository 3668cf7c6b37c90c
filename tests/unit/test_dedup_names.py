"""Names, organisations and mailboxes as dedup compares them (Spanish and English people)."""

from __future__ import annotations

import pytest

from cardbox.dedup.keys import keys_of, sound
from cardbox.dedup.names import similarity, splits
from cardbox.dedup.profile import is_role_email, org_key, profile_of
from cardbox.model import Contact, Email, Phone, PhoneType


def compat(a: str, b: str) -> bool:
    return similarity(splits(a), splits(b))[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("M. José Fernández", "María José Fernández Gómez"),  # initial + dropped second surname
        ("Mª José Fernández Gómez", "María José Fernández Gómez"),  # Spanish abbreviation
        ("María José Fernández", "María José Fernández Gómez"),
        ("Dra. María del Carmen de la Fuente", "Maria Carmen Fuente"),  # title, particles, accents
        ("Fco. Javier Ruiz", "Francisco Javier Ruiz Soler"),
        ("Pepe Ruiz", "José Ruiz"),  # nickname
        ("Juan Hemández", "Juan Hernández"),  # OCR: rn read as m
        ("Ramón Garcaí", "Ramón García"),  # two letters swapped
        ("Dr. Avery Smith", "Avery Smith"),
        ("Bob Jones", "Robert Jones"),
        ("FERNÁNDEZ GÓMEZ, María José", "María José Fernández Gómez"),
    ],
)
def test_compatible_names(a: str, b: str) -> None:
    assert compat(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("José García", "Juan García"),  # different given names
        ("Marta Díaz", "María Díaz"),  # one letter apart, two different women
        ("Luis Ruiz", "Luisa Ruiz"),
        ("Julio Sanz Pérez", "Julia Sanz Pérez"),
        ("José García López", "José García Pérez"),  # different second surnames
        ("Ana Martín", "Ana Martínez"),  # different surnames, one a prefix of the other
        ("Carlos Pérez", "Juan Carlos Pérez"),  # a compound name is not its second half
        ("Chris Smith", "Avery Smith"),
    ],
)
def test_incompatible_names(a: str, b: str) -> None:
    assert not compat(a, b)


def test_similarity_expands_initials() -> None:
    ok, sim = similarity(splits("M. José Fernández"), splits("María José Fernández Gómez"))
    assert ok and 0.9 <= sim < 1.0


def test_org_key_strips_legal_forms_and_accents() -> None:
    assert org_key("Innovación Textil S.L.") == org_key("Innovacion Textil") == "innovacion textil"
    assert org_key("Contoso Ltd.") == org_key("CONTOSO")
    assert org_key("Grupo Moda S.A.U.") != org_key("Moda Global SA")


@pytest.mark.parametrize(
    "addr", ["info@empresa.es", "Contacto@x.es", "ventas@x.com", "sales.eu@x.com", "hola@x.es", "office@x.co.uk"]
)
def test_role_addresses(addr: str) -> None:
    assert is_role_email(addr)


@pytest.mark.parametrize("addr", ["mjfernandez@innotextil.es", "avery.smith@contoso.com", "informatica.juan@x.es"])
def test_personal_addresses(addr: str) -> None:
    assert not is_role_email(addr)


def test_sound_alike_codes() -> None:
    assert sound("hernandez") == sound("hemandez") == sound("ernandes")
    assert sound("vazquez") == sound("vasquez")
    assert sound("garcia") != sound("gomez")


def test_blocking_keys_of_a_contact() -> None:
    c = Contact(
        full_name="María José Fernández Gómez",
        given_names="María José",
        family_names="Fernández Gómez",
        org="Innovación Textil S.L.",
        emails=[Email("MJ@innotextil.es")],
        phones=[Phone("+34612345678", PhoneType.CELL)],
    )
    keys = keys_of(profile_of(c))
    assert "e:mj@innotextil.es" in keys and "p:+34612345678" in keys and f"u:{c.uid}" in keys
    assert "o:innovacion textil|m" in keys
    draft = profile_of(Contact(full_name="M. José Fernández"))
    assert keys & keys_of(draft), "an initial + one surname must share a block with the full name"
