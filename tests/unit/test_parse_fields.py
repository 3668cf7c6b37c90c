"""Phones, emails, web addresses, socials and postal addresses read from single OCR lines."""

from __future__ import annotations

import pytest

from cardbox.model import PhoneType
from cardbox.scan.parse.address import is_address_line, parse_address
from cardbox.scan.parse.phones import find_phones
from cardbox.scan.parse.web import find_emails, find_handles, find_urls, normalize, repair_lost_at


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tel. 91 123 45 67", [("+34911234567", PhoneType.WORK)]),
        ("Móvil: 600 12 34 56", [("+34600123456", PhoneType.CELL)]),
        ("Movil 600123456", [("+34600123456", PhoneType.CELL)]),
        ("Fax 93 415 67 89", [("+34934156789", PhoneType.FAX)]),
        ("Casa 91 555 12 12", [("+34915551212", PhoneType.HOME)]),
        ("T. 91 123 45 67 M. 600 123 456", [("+34911234567", PhoneType.WORK), ("+34600123456", PhoneType.CELL)]),
        (
            "Tel. 91 123 45 67 · Móvil 6OO 12 34 56",
            [("+34911234567", PhoneType.WORK), ("+34600123456", PhoneType.CELL)],
        ),
        ("mob: +44 (0) 7911 123456", [("+447911123456", PhoneType.CELL)]),
        ("Cell: +1 (425) 882-8080", [("+14258828080", PhoneType.CELL)]),
        ("Tel. +52 (55) 5280 1234", [("+525552801234", PhoneType.WORK)]),
        ("Cel. +52 1 55 1234 5678", [("+525512345678", PhoneType.CELL)]),
        ("600 l23 456", [("+34600123456", PhoneType.CELL)]),  # l read for 1, no label: type from the plan
        ("9l 4O3 22 1O", [("+34914032210", PhoneType.WORK)]),
    ],
)
def test_phones_with_labels_and_ocr_repairs(line: str, expected: list[tuple[str, PhoneType]]) -> None:
    assert [(p.e164, p.type) for p in find_phones(line, "ES")] == expected


def test_repaired_or_unlabelled_phones_are_less_certain() -> None:
    clean = find_phones("Tel. 600 123 456", "ES")[0].certainty
    assert find_phones("Tel. 6OO 123 456", "ES")[0].certainty < clean
    assert find_phones("600 123 456", "ES")[0].certainty < clean


@pytest.mark.parametrize(
    "line",
    [
        "C/ Mayor 12, 28013 Madrid",
        "Avda. de la Constitución 123, 2º 4ª 41001 Sevilla",
        "Apartado 1234 28080 Madrid",
        "Polígono Industrial 28 nave 3, 28850 Torrejón",
        "4001 1st Ave NE Redmond, WA 98052",
        "CIF B-12345678",
        "12345",
        "Tel. 12 34",  # too short to be a number anywhere
    ],
)
def test_address_numbers_are_not_phones(line: str) -> None:
    assert find_phones(line, "ES", address_like=is_address_line(line)) == []


def test_invalid_number_is_never_invented() -> None:
    assert find_phones("Tel. 91 123 45", "ES") == []
    assert find_phones("00 00 00 00 00", "ES") == []
    # A printed international number in an unassigned range: kept only when labelled, and doubtful.
    [fictional] = find_phones("tel: +44 (0) 20 9876 5432", "ES")
    assert fictional.e164 == "+442098765432" and fictional.certainty < 0.6
    assert find_phones("+44 (0) 20 9876 5432", "ES") == []


@pytest.mark.parametrize(
    ("line", "address", "repaired"),
    [
        ("jose.fernandez@innotex.es", "jose.fernandez@innotex.es", False),
        ("jose.fernandez©innotex,es", "jose.fernandez@innotex.es", True),
        ("info (at) innotex (dot) es", "info@innotex.es", True),
        ("ventas [at] innotex.es", "ventas@innotex.es", True),
        ("jose @ innotex . es", "jose@innotex.es", True),
        ("E-mail: Ana.Lopez@Contoso.com.", "ana.lopez@contoso.com", False),
        ("maria.garcia@grnail.com", "maria.garcia@gmail.com", True),
        ("ana@innotex.corn", "ana@innotex.com", True),
        ("chris smith@contoso.com", "chris.smith@contoso.com", True),
    ],
)
def test_emails_with_ocr_repairs(line: str, address: str, repaired: bool) -> None:
    text = normalize(line)
    [found] = find_emails(text, set(), text.count("@") > line.count("@"))
    assert found.value == address
    assert (found.certainty < 0.9) == repaired


@pytest.mark.parametrize(
    ("line", "web", "expected"),
    [  # real Tesseract misreadings of "@" on generated cards (bench/cardgen)
        ("juanO consultores.es", set(), "juan@consultores.es"),
        ("ruben. lopezOvinedos.com", set(), "ruben.lopez@vinedos.com"),  # "name.surname" before it
        ("anaOvinedos.com", {"vinedos.com"}, "ana@vinedos.com"),  # the card's web domain vouches
        ("www.holaOmundo.com", set(), "www.holaOmundo.com"),
        ("charlotte (Wblueharboursystems.com", set(), "charlotte@blueharboursystems.com"),
        ("lopezOvinedos.com", set(), "lopezOvinedos.com"),  # no evidence where the "@" was
        ("Visit us (innotex.com)", set(), "Visit us (innotex.com)"),
        ("www.innotex.es", {"innotex.es"}, "www.innotex.es"),
    ],
)
def test_a_lost_at_sign_is_put_back_only_with_evidence(line: str, web: set[str], expected: str) -> None:
    assert repair_lost_at(line, web) == expected


def test_rn_is_read_as_m_only_when_the_web_domain_says_so() -> None:
    assert find_emails("jose@moderna.es", set())[0].value == "jose@moderna.es"
    assert find_emails("jose@rnoderna.es", set())[0].value == "jose@rnoderna.es"
    assert find_emails("jose@rnoderna.es", {"moderna.es"})[0].value == "jose@moderna.es"


def test_not_an_email() -> None:
    assert find_emails("jose.fernandez en innotex", set()) == []
    assert find_emails("@innotex", set()) == []


def test_urls_and_socials() -> None:
    assert [u.value for u in find_urls("https://www.contoso.com/", set())] == ["https://www.contoso.com/"]
    assert [u.value for u in find_urls(normalize("AE ja https: //www.contoso.com"), set())] == [
        "https://www.contoso.com"
    ]
    assert [u.value for u in find_urls(normalize("www.contoso com"), set())] == ["www.contoso.com"]
    assert [u.value for u in find_urls("www,innotex,es", set())] == ["www.innotex.es"]
    assert find_urls("innotex.es", set()) == []  # a bare domain needs the email to vouch for it
    assert [u.value for u in find_urls("innotex.es", {"innotex.es"})] == ["innotex.es"]
    assert find_urls("jose@innotex.es", {"innotex.es"}) == []
    [linkedin] = find_urls("linkedin.com/in/jose-fernandez", set())
    assert (linkedin.service, linkedin.value) == ("linkedin", "linkedin.com/in/jose-fernandez")
    assert [(h.service, h.value) for h in find_handles("Twitter: @josefg")] == [("twitter", "@josefg")]
    assert [(h.service, h.value) for h in find_handles("IG @innotex.madrid")] == [("instagram", "@innotex.madrid")]
    assert find_handles("3 x 4 cm") == []


@pytest.mark.parametrize(
    ("lines", "fields"),
    [
        (["C/ Mayor 12, 3º B", "28013 Madrid"], ("C/ Mayor 12, 3º B", "28013", "Madrid", "Madrid", "ES")),
        (["Calle Alcalá 45", "Madrid 28014"], ("Calle Alcalá 45", "28014", "Madrid", "Madrid", "ES")),
        (
            ["Avenida de Europa 19, 28108 Alcobendas (Madrid)"],
            ("Avenida de Europa 19", "28108", "Alcobendas", "Madrid", "ES"),
        ),
        (
            ["Passeig de Gràcia 55", "08007 Barcelona"],
            ("Passeig de Gràcia 55", "08007", "Barcelona", "Barcelona", "ES"),
        ),
        (
            ["Avda. de la Constitución 20", "41001 Sevilla (España)"],
            ("Avda. de la Constitución 20", "41001", "Sevilla", "Sevilla", "ES"),
        ),
        (
            ["2 Kingdom Street", "Paddington, London, W2 6BD"],
            ("2 Kingdom Street, Paddington", "W2 6BD", "London", "", "GB"),
        ),
        (["4001 1st Ave NE Redmond, WA 98052"], ("4001 1st Ave NE", "98052", "Redmond", "WA", "US")),
        (
            ["Av. Paseo de la Reforma 505, Piso 12", "Col. Cuauhtémoc, C.P. 06500", "Ciudad de México, México"],
            (
                "Av. Paseo de la Reforma 505, Piso 12, Col. Cuauhtémoc",
                "06500",
                "Ciudad de México",
                "Ciudad de México",
                "MX",
            ),
        ),
        (["Rua Augusta 100", "1100-053 Lisboa", "Portugal"], ("Rua Augusta 100, 1100-053 Lisboa", "", "", "", "PT")),
    ],
)
def test_addresses(lines: list[str], fields: tuple[str, str, str, str, str]) -> None:
    a = parse_address(lines, "", "ES")
    assert (a.street, a.postal_code, a.city, a.region, a.country) == fields


def test_ocr_damage_in_postcodes_and_city_names_is_repaired() -> None:
    uk = parse_address(["1 Piccadilly Gardens", "Manchester M1 IRG", "United Kingdom"], "", "ES")
    assert (uk.postal_code, uk.city, uk.country) == ("M1 1RG", "Manchester", "GB")
    es = parse_address(["C/ Real 5", "15003 A Corufia"], "", "ES")  # "ñ" read as "fi"
    assert (es.city, es.region) == ("A Coruña", "A Coruña")
    assert parse_address(["C/ Real 5", "28100 Alcobendas"], "", "ES").city == "Alcobendas"


def test_a_known_city_without_postal_code_is_the_city() -> None:
    a = parse_address(["Calle Mayor 12", "Madrid, España"], "", "ES")
    assert (a.street, a.postal_code, a.city, a.country) == ("Calle Mayor 12", "", "Madrid", "ES")


def test_country_comes_from_phones_when_not_printed() -> None:
    assert parse_address(["Calle 93 # 11-26", "Bogotá"], "CO", "ES").country == "CO"
    assert parse_address(["C/ Mayor 12", "28013 Madrid"], "", "ES").country == "ES"


@pytest.mark.parametrize(
    ("line", "is_address"),
    [
        ("C/ Mayor 12", True),
        ("Pza. de España 1", True),
        ("Ctra. de Burgos km 14", True),
        ("Pol. Ind. Las Mercedes, nave 4", True),
        ("28013 Madrid", True),
        ("London W2 6BD", True),
        ("Senior Researcher", False),
        ("Director de Ventas", False),
        ("Cloud & AI Department", False),
        ("Contoso", False),
        ("José Fernández", False),
        ("Hotel Plaza", False),
    ],
)
def test_address_lines(line: str, is_address: bool) -> None:
    assert is_address_line(line) is is_address
