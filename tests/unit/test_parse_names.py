"""Person names: Spanish compound given names and two surnames, particles, affixes, re-casing."""

from __future__ import annotations

import pytest

from cardbox.scan.parse.names import email_support, name_score, normalise_case, split_name


@pytest.mark.parametrize(
    ("printed", "prefix", "given", "family", "suffix"),
    [
        ("María José Fernández Gómez", "", "María José", "Fernández Gómez", ""),
        ("José Luis Martín Gómez", "", "José Luis", "Martín Gómez", ""),
        ("Juan Carlos Pérez", "", "Juan Carlos", "Pérez", ""),
        ("José García López", "", "José", "García López", ""),
        ("Mª José Ruiz", "", "Mª José", "Ruiz", ""),
        ("M.ª Ángeles López Sanz", "", "M.ª Ángeles", "López Sanz", ""),
        ("María del Carmen Ruiz López", "", "María del Carmen", "Ruiz López", ""),
        ("Pedro de la Fuente y Ruiz", "", "Pedro", "de la Fuente y Ruiz", ""),
        ("Dña. Carmen de los Ríos", "Dña.", "Carmen", "de los Ríos", ""),
        ("Dr. Avery Smith", "Dr.", "Avery", "Smith", ""),
        ("Lic. Juan Carlos Hernández Pérez", "Lic.", "Juan Carlos", "Hernández Pérez", ""),
        ("Ing. Laura Vázquez", "Ing.", "Laura", "Vázquez", ""),
        ("John F. Kennedy Jr.", "", "John F.", "Kennedy", "Jr."),
        ("Avery Smith, PhD", "", "Avery", "Smith", "PhD"),
        ("Prof. Mary Ann Smith", "Prof.", "Mary Ann", "Smith", ""),
        ("Fernández Gómez, José", "", "José", "Fernández Gómez", ""),
    ],
)
def test_split_name(printed: str, prefix: str, given: str, family: str, suffix: str) -> None:
    parts = split_name(printed)
    assert (parts.prefix, parts.given, parts.family, parts.suffix) == (prefix, given, family, suffix)


@pytest.mark.parametrize(
    ("printed", "recased"),
    [
        ("JOSÉ GARCÍA", "José García"),
        ("MARÍA JOSÉ RUIZ DE LA TORRE", "María José Ruiz de la Torre"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("PATRICK O'NEIL", "Patrick O'Neil"),
        ("ANA FERNÁNDEZ-GÓMEZ", "Ana Fernández-Gómez"),
        ("josé garcía", "José García"),
        ("Mixed McCase", "Mixed McCase"),  # mixed case is kept as printed
    ],
)
def test_all_caps_names_are_recased(printed: str, recased: str) -> None:
    assert normalise_case(printed) == recased


def test_lines_that_are_not_names_score_zero() -> None:
    for text in [
        "Senior Researcher",
        "Innotex Consulting",
        "Contoso",
        "Grupo Alfa S.A. de C.V.",
        "Director Comercial",
        "His A",
        "C/ Mayor 12",
        "Departamento de Ventas",
    ]:
        assert name_score(text) == 0.0, text


def test_known_given_name_scores_higher_than_unknown_words() -> None:
    assert name_score("Lucía Ortega") > name_score("Innotex Iberia") > 0


def test_email_local_part_supports_the_name() -> None:
    assert email_support("José Fernández", ["jose.fernandez"]) == 1.0
    assert email_support("José Fernández", ["jfernandez"]) == 1.0
    assert email_support("María José Ruiz", ["mj.ruiz"]) == 0.6
    assert email_support("José Fernández", ["info"]) == 0.0
