"""Random but realistic card contents (Spanish and English people) with ground truth.

Independent of cardbox: the ground truth must not come from the code it measures.
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

ES_GIVEN_M = [
    "José",
    "Juan Carlos",
    "Álvaro",
    "Javier",
    "Íñigo",
    "Miguel Ángel",
    "Sergio",
    "Raúl",
    "Andrés",
    "Jesús",
    "Tomás",
    "Joaquín",
    "Pablo",
    "Rubén",
    "Óscar",
    "Luis Miguel",
]
ES_GIVEN_F = [
    "María José",
    "Lucía",
    "Begoña",
    "Ana Belén",
    "Nuria",
    "Inés",
    "Carmen",
    "Patricia",
    "Sofía",
    "Mónica",
    "Elena",
    "Rocío",
    "Pilar",
    "Marta",
    "Ángela",
    "María del Mar",
]
ES_FAMILY = [
    "García",
    "Fernández",
    "González",
    "Rodríguez",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Martín",
    "Jiménez",
    "Ruiz",
    "Hernández",
    "Díaz",
    "Moreno",
    "Muñoz",
    "Álvarez",
    "Romero",
    "Iglesias",
    "Castaño",
    "Ibáñez",
    "Peña",
    "Núñez",
    "Ortega",
    "Cañizares",
    "Montaño",
    "Zubizarreta",
    "Quiñones",
]
EN_GIVEN_M = ["James", "Oliver", "William", "Thomas", "George", "Michael", "David", "Daniel", "Robert", "Henry"]
EN_GIVEN_F = ["Emily", "Charlotte", "Sarah", "Olivia", "Emma", "Jessica", "Hannah", "Laura", "Rachel", "Grace"]
EN_FAMILY = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Taylor",
    "Wilson",
    "Davies",
    "Evans",
    "Thompson",
    "Walker",
    "Wright",
    "Robinson",
    "Clarke",
    "Hughes",
    "Baker",
]

ES_TITLES = [
    ("Director Comercial", "Directora Comercial"),
    ("Jefe de Ventas", "Jefa de Ventas"),
    ("Consultor Senior", "Consultora Senior"),
    ("Director General", "Directora General"),
    ("Ingeniero de Software", "Ingeniera de Software"),
    ("Gerente de Proyectos", "Gerente de Proyectos"),
    ("Responsable de Marketing", "Responsable de Marketing"),
    ("Abogado Asociado", "Abogada Asociada"),
    ("Arquitecto", "Arquitecta"),
    ("Director Financiero", "Directora Financiera"),
    ("Técnico Comercial", "Técnica Comercial"),
]
EN_TITLES = [
    "Sales Director",
    "Senior Consultant",
    "Chief Executive Officer",
    "Account Manager",
    "Software Engineer",
    "Head of Marketing",
    "Project Manager",
    "Business Development Manager",
    "Managing Partner",
    "Operations Director",
]

ORG_WORDS_ES = [
    "Soluciones Ibéricas",
    "Grupo Alborán",
    "Tecnologías Castellanas",
    "Logística Mediterránea",
    "Consultores Atlántico",
    "Ingeniería Cántabra",
    "Distribuciones Peñalara",
    "Energía Solar del Sur",
    "Viñedos Riojanos",
    "Asesores Navarra",
]
ORG_WORDS_EN = [
    "Northwind Traders",
    "Blue Harbour Systems",
    "Kingsway Analytics",
    "Redwood Partners",
    "Silverline Logistics",
    "Oakfield Consulting",
    "Brightstone Labs",
    "Harbourview Capital",
]
ORG_WORDS_MX = ["Comercializadora Azteca", "Grupo Industrial Anáhuac", "Servicios Tecnológicos del Bajío"]
ORG_WORDS_DE = ["Rheinwerk Technik", "Alpenblick Software"]

ES_STREETS = [
    "C/ Gran Vía",
    "Calle de Alcalá",
    "Avda. de la Constitución",
    "Paseo de Gracia",
    "Calle Mayor",
    "C/ Serrano",
    "Avenida de América",
    "Calle Colón",
    "Plaza de España",
    "C/ Doctor Fleming",
]
ES_CITIES = [
    ("28013", "Madrid", "Madrid"),
    ("08007", "Barcelona", "Barcelona"),
    ("41001", "Sevilla", "Sevilla"),
    ("46002", "Valencia", "Valencia"),
    ("48001", "Bilbao", "Bizkaia"),
    ("29015", "Málaga", "Málaga"),
    ("50001", "Zaragoza", "Zaragoza"),
    ("15003", "A Coruña", "A Coruña"),
    ("31001", "Pamplona", "Navarra"),
    ("33003", "Oviedo", "Asturias"),
]
UK_ADDR = [
    ("2 Kingdom Street", "W2 6BD", "London"),
    ("10 Queen Street Place", "EC4R 1BE", "London"),
    ("1 Piccadilly Gardens", "M1 1RG", "Manchester"),
    ("25 Bothwell Street", "G2 6NL", "Glasgow"),
]
US_ADDR = [
    ("4001 1st Ave NE", "98052", "Redmond", "WA"),
    ("350 Fifth Avenue", "10118", "New York", "NY"),
    ("1600 Amphitheatre Pkwy", "94043", "Mountain View", "CA"),
    ("233 S Wacker Dr", "60606", "Chicago", "IL"),
]
MX_ADDR = [
    ("Av. Paseo de la Reforma 222", "06600", "Ciudad de México", "CDMX"),
    ("Av. Vallarta 3233", "44690", "Guadalajara", "Jal."),
    ("Calzada del Valle 400", "66220", "Monterrey", "N.L."),
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


def _valid_number(rng: random.Random, region: str, kind: str) -> phonenumbers.PhoneNumber:
    patterns = {
        ("ES", "cell"): lambda: "6" + "".join(rng.choice("0123456789") for _ in range(8)),
        ("ES", "work"): lambda: (
            rng.choice(["91", "93", "95", "96", "94"]) + "".join(rng.choice("0123456789") for _ in range(7))
        ),
        ("GB", "cell"): lambda: "07" + rng.choice("4579") + "".join(rng.choice("0123456789") for _ in range(8)),
        ("GB", "work"): lambda: "020" + rng.choice("378") + "".join(rng.choice("0123456789") for _ in range(7)),
        ("US", "cell"): lambda: (
            rng.choice(["206", "212", "415", "312"])
            + rng.choice("23456789")
            + "".join(rng.choice("0123456789") for _ in range(6))
        ),
        ("MX", "cell"): lambda: rng.choice(["55", "33", "81"]) + "".join(rng.choice("0123456789") for _ in range(8)),
        ("DE", "cell"): lambda: "015" + rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8)),
    }
    make = patterns.get((region, kind)) or patterns[(region, "cell")]
    for _ in range(200):
        num = phonenumbers.parse(make(), region)
        if phonenumbers.is_valid_number(num):
            return num
    raise RuntimeError(f"no valid number for {region}")


def _format_phone(rng: random.Random, num: phonenumbers.PhoneNumber, region: str, home: bool) -> str:
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if region == "ES" and home:
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = nat.replace(" ", "")
        return rng.choice(
            [nat, digits, f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}", intl, "(+34) " + digits]
        )
    if region == "US":
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return rng.choice([intl, "+1 " + nat])
    return intl


PHONE_LABELS = {
    "es": {
        "cell": ["Móvil", "M.", "Móv.", "Tel. móvil"],
        "work": ["Tel.", "T.", "Teléfono", "Tfno."],
        "fax": ["Fax", "F."],
    },
    "en": {"cell": ["Mobile", "Mob.", "M.", "Cell"], "work": ["Tel.", "T.", "Phone", "Office"], "fax": ["Fax", "F."]},
}


def make_person(rng: random.Random) -> dict:
    """One card's worth of contact data: the ground truth, plus display lines per field."""
    kind = rng.choices(["es", "en_gb", "en_us", "mx", "de"], weights=[55, 18, 12, 10, 5])[0]
    lang = "es" if kind in ("es", "mx") else "en"
    female = rng.random() < 0.5
    if lang == "es":
        given = rng.choice(ES_GIVEN_F if female else ES_GIVEN_M)
        family = " ".join(rng.sample(ES_FAMILY, 2)) if rng.random() < 0.85 else rng.choice(ES_FAMILY)
        title = rng.choice(ES_TITLES)[1 if female else 0] if rng.random() < 0.85 else rng.choice(EN_TITLES)
    else:
        given = rng.choice(EN_GIVEN_F if female else EN_GIVEN_M)
        family = rng.choice(EN_FAMILY)
        title = rng.choice(EN_TITLES)
    region, org, address = _org_and_address(rng, kind)
    domain = _slug(org.split(" S.")[0].split(",")[0].rsplit(" ", 1)[0] if " " in org else org)[:18] + rng.choice(
        [".com", ".es", ".net", ".co.uk", ".mx", ".de"][:1] if kind != "es" else [".es", ".com"]
    )
    first = _slug(given.split()[0])
    email = rng.choice(
        [
            f"{first}.{_slug(family.split()[0])}@{domain}",
            f"{first[0]}{_slug(family.split()[0])}@{domain}",
            f"{first}@{domain}",
        ]
    )
    phones = []
    for ptype in rng.sample(["cell", "work", "fax"], k=rng.choice([1, 2, 2, 3])):
        num = _valid_number(rng, region, "work" if ptype == "fax" else ptype)
        label = rng.choice(PHONE_LABELS[lang][ptype])
        phones.append(
            {
                "e164": phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
                "type": ptype,
                "text": _format_phone(rng, num, region, home=region == "ES"),
                "label": label,
            }
        )
    prefix = rng.choice(["Dr.", "Dra."] if lang == "es" else ["Dr."]) if rng.random() < 0.06 else ""
    if prefix == "Dra." and not female:
        prefix = "Dr."
    full = " ".join(p for p in (prefix, given, family) if p)
    return {
        "kind": kind,
        "lang": lang,
        "full_name": full,
        "given_name": given,
        "family_name": family,
        "prefix": prefix,
        "title": title,
        "org": org,
        "emails": [email],
        "phones": phones,
        "urls": [f"www.{domain}"] if rng.random() < 0.7 else [],
        "address": address,
    }


def _org_and_address(rng: random.Random, kind: str) -> tuple[str, str, dict]:
    if kind == "es":
        org = (
            f"{rng.choice(ORG_WORDS_ES)}, {rng.choice(['S.L.', 'S.A.', 'S.L.U.'])}"
            if rng.random() < 0.5
            else f"{rng.choice(ORG_WORDS_ES)} {rng.choice(['S.L.', 'S.A.', 'S.L.U.'])}"
        )
        cp, city, prov = rng.choice(ES_CITIES)
        street = f"{rng.choice(ES_STREETS)}, {rng.randint(1, 180)}" + rng.choice(
            ["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f" - Planta {rng.randint(1, 12)}"]
        )
        return (
            "ES",
            org,
            {
                "street": street,
                "postal_code": cp,
                "city": city,
                "region": prov,
                "country": "ES",
                "lines": [street, f"{cp} {city}" + (f" ({prov})" if prov != city else "")],
            },
        )
    if kind == "mx":
        org = f"{rng.choice(ORG_WORDS_MX)}, S.A. de C.V."
        street, cp, city, reg = rng.choice(MX_ADDR)
        return (
            "MX",
            org,
            {
                "street": street,
                "postal_code": cp,
                "city": city,
                "region": reg,
                "country": "MX",
                "lines": [street, f"C.P. {cp} {city}, {reg}", "México"],
            },
        )
    if kind == "de":
        org = f"{rng.choice(ORG_WORDS_DE)} GmbH"
        return (
            "DE",
            org,
            {
                "street": "Friedrichstraße 68",
                "postal_code": "10117",
                "city": "Berlin",
                "region": "",
                "country": "DE",
                "lines": ["Friedrichstraße 68", "10117 Berlin", "Germany"],
            },
        )
    if kind == "en_gb":
        org = f"{rng.choice(ORG_WORDS_EN)} Ltd"
        street, pc, city = rng.choice(UK_ADDR)
        return (
            "GB",
            org,
            {
                "street": street,
                "postal_code": pc,
                "city": city,
                "region": "",
                "country": "GB",
                "lines": [street, f"{city} {pc}", "United Kingdom"],
            },
        )
    org = f"{rng.choice(ORG_WORDS_EN)}{rng.choice([', Inc.', ' Inc.', ' LLC'])}"
    street, zc, city, st = rng.choice(US_ADDR)
    return (
        "US",
        org,
        {
            "street": street,
            "postal_code": zc,
            "city": city,
            "region": st,
            "country": "US",
            "lines": [street, f"{city}, {st} {zc}"],
        },
    )
