"""Deterministic generated contacts (Spanish and English) for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from cardbox.model import Address, Contact, Email, Event, Phone, PhoneType, Warmth
from cardbox.text import fold

GIVEN = (
    "José María Ana Juan Carmen Antonio Lucía Manuel Laura Francisco Marta David Elena Javier Sara "
    "Carlos Paula Miguel Cristina Alejandro Isabel Pablo Raquel Sergio Pilar Jorge Nuria Alberto Rocío "
    "Íñigo Begoña Andrés Inmaculada Ramón Ainhoa Óscar Sofía Rubén Irene Álvaro Noelia Emma Oliver "
    "James Olivia William Charlotte Thomas Amelia George Grace Henry Chloe"
).split()
COMPOUND = ["María José", "José Luis", "Juan Carlos", "Ana Belén", "José Antonio", "María Ángeles", "Juan Pablo"]
FAMILY = (
    "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
    "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
    "Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín "
    "Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez "
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker"
).split()
ORG_WORDS = (
    "Innovación Textil Cerámicas Norte Levante Soluciones Digitales Consultoría Ibérica Logística "
    "Mediterránea Ingeniería Atlántica Construcciones Alimentación Energía Solar Sistemas Datos Grupo "
    "Hispania Tecnologías Servicios Integrales Marketing Diseño Agro Vinos Aceites Turismo Salud"
).split()
LEGAL = ["S.L.", "S.A.", "S.L.U.", "Ltd", "Inc.", "GmbH", "S.A. de C.V.", ""]
TITLES = [
    "Director Comercial",
    "Directora Comercial",
    "Gerente",
    "Consultor",
    "Consultora",
    "Jefe de Ventas",
    "Jefa de Compras",
    "Responsable de Marketing",
    "CEO",
    "CTO",
    "Account Manager",
    "Ingeniera de Proyectos",
    "Socio Fundador",
    "Abogada",
    "Senior Researcher",
    "Head of Sales",
]
CITIES = [
    ("Madrid", "28"),
    ("Barcelona", "08"),
    ("València", "46"),
    ("Sevilla", "41"),
    ("Bilbao", "48"),
    ("Zaragoza", "50"),
    ("Málaga", "29"),
    ("A Coruña", "15"),
    ("Murcia", "30"),
    ("Alicante", "03"),
]
EVENTS = [
    Event(f"Feria {w} {y}", date(y, m, 10)) for y in (2024, 2025, 2026) for m, w in ((3, "Hábitat"), (10, "Digital"))
]


def person(rng: random.Random, i: int) -> Contact:
    """One plausible contact; `i` makes the email and phone unique."""
    given = rng.choice(COMPOUND) if rng.random() < 0.2 else rng.choice(GIVEN)
    family = f"{rng.choice(FAMILY)} {rng.choice(FAMILY)}" if rng.random() < 0.7 else rng.choice(FAMILY)
    org = " ".join(rng.sample(ORG_WORDS, 2)) + (" " + rng.choice(LEGAL)).rstrip()
    domain = fold(org.split()[0]) + fold(org.split()[1])[:4] + ".es"
    city, prefix = rng.choice(CITIES)
    local = fold(given.split()[0] + "." + family.split()[0]).replace(" ", "")
    c = Contact(
        full_name=f"{given} {family}",
        given_names=given,
        family_names=family,
        org=org,
        title=rng.choice(TITLES),
        emails=[Email(f"{local}{i}@{domain}", "work")],
        phones=[Phone(f"+346{i % 100_000_000:08d}", PhoneType.CELL)],
        addresses=[
            Address(
                f"Calle {rng.choice(FAMILY)} {rng.randint(1, 120)}",
                f"{prefix}{rng.randint(0, 999):03d}",
                city,
                "",
                "ES",
            )
        ],
        warmth=Warmth(rng.choice([1, 1, 1, 2, 2, 3, 4])),
        events=[rng.choice(EVENTS)] if rng.random() < 0.6 else [],
        tags=["cliente"] if rng.random() < 0.05 else [],
        follow_up=date(2026, 11, 1) + timedelta(days=rng.randint(0, 90)) if rng.random() < 0.1 else None,
    )
    if rng.random() < 0.2:
        c.add_note(f"Hablamos de {rng.choice(ORG_WORDS).lower()} y {rng.choice(ORG_WORDS).lower()}")
    return c


def people(n: int, seed: int = 7) -> Iterator[Contact]:
    rng = random.Random(seed)
    for i in range(n):
        yield person(rng, i)
