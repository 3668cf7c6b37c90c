"""Compact lexicons of given names, name particles, prefixes and suffixes (folded: no accents).

Written by hand for cardbox from common Spanish, Latin American and English usage; a name
missing here is still accepted from layout cues, it only scores lower.
"""

from __future__ import annotations

_SPANISH_GIVEN = """
adolfo adrian agustin aitor alba albert alberto alejandra alejandro alex alexandra alfonso alfredo
alicia alma alvaro amaia amalia amparo ana anabel andrea andres angel angela angeles angelica
anna antonia antonio aranzazu arantxa ariadna armando arturo asier asuncion aurora beatriz
begona belen benito bernardo blanca borja bruno camila candela carla carlos carmen carolina
catalina cayetana cecilia celia cesar claudia clara concepcion consuelo cristian cristina
cristobal dalia damian daniel daniela david diana diego dolores domingo eduardo elena eloy
elisa elvira emilio emma encarnacion enrique esperanza esteban estefania ester esther eugenia
eugenio eva fabian fatima federico felipe felix fernanda fernando francisca francisco gabriel
gabriela gema gemma gerardo german gloria gonzalo gregorio guadalupe guillermo gustavo hector
helena hugo ignacio ines inigo inmaculada irene isaac isabel ismael itziar ivan jacinto jaime
javier jesus joan joaquin jordi jorge jose josefa josep juan juana julia julian julio laia
lara laura leire leonardo leonor lidia lola lorena lorenzo lourdes lucas lucia luis luisa
macarena manuel manuela marc marcela marcos margarita maria mariano marina mario marisa
marta martin martina mateo matias mauricio mercedes merce miguel milagros miriam mireia
moises monica montserrat nacho natalia nerea nicolas noelia nuria octavio olga omar oriol
oscar pablo paloma paola pascual patricia paula pedro pilar pol purificacion quique rafael
ramiro ramon raquel raul rebeca remedios ricardo roberto rocio rodrigo rogelio rosa rosario
ruben salvador samuel sandra santiago sara sebastian sergio silvia sofia soledad sonia susana
teresa tomas trinidad valentina valeria vanesa veronica vicente victor victoria virginia
xabier xavier ximena yolanda zoe ma mª
"""

_ENGLISH_GIVEN = """
aaron abigail adam adrian aidan alan albert alexander alice alison amanda amy andrew angela
ann anna anne anthony arthur ashley avery barbara ben benjamin beth betty bill bob brandon
brenda brian bruce carl carol caroline catherine charles charlie charlotte chloe chris
christine christopher claire colin craig dan daniel david dawn deborah dennis derek diane
donald donna dorothy douglas dylan edward eleanor elizabeth ellen emily emma eric ethan
evelyn frank gary george grace graham greg gregory hannah harry heather helen henry ian isla
jack jacob jake james jamie jane janet jason jeff jeffrey jennifer jenny jeremy jessica jill
jim joan joe john jonathan jordan joseph joshua joyce judith julie justin karen kate katherine
kathleen keith kelly kenneth kevin kim kimberly larry laura lauren leo liam linda lisa logan
louise lucy luke margaret mark martha mary matt matthew megan melissa michael michelle mike
morgan nancy natalie neil nicholas nicole noah oliver olivia owen pamela patrick paul peter
philip rachel raymond rebecca richard robert robin ronald rose russell ruth ryan sally sam
samantha samuel sandra sarah scott sean sharon simon sophie stephanie stephen steve steven
susan taylor teresa thomas tim timothy tom tony tyler victoria walter wayne william zoe
"""

SPANISH_GIVEN: frozenset[str] = frozenset(_SPANISH_GIVEN.split())
ENGLISH_GIVEN: frozenset[str] = frozenset(_ENGLISH_GIVEN.split())
GIVEN_NAMES: frozenset[str] = SPANISH_GIVEN | ENGLISH_GIVEN

# Second given names that commonly form a compound ("María José", "José Luis", "Juan Carlos").
COMPOUND_SECOND: frozenset[str] = frozenset(
    """jose luis carlos maria antonio manuel jesus angel pablo miguel javier ignacio francisco
    alberto andres ramon teresa isabel carmen pilar dolores elena eugenia luisa fernanda victoria
    cristina angeles jose-maria mar belen rosa josefa ana juan""".split()
)

# Given names that follow a particle inside a compound: "María del Carmen", "María de los Ángeles".
PARTICLE_GIVEN: frozenset[str] = frozenset(
    "carmen pilar rosario mar rocio angeles mercedes consuelo socorro sagrario camino valle prado".split()
)

PARTICLES: frozenset[str] = frozenset("de del la las los y i da das do dos van von der den di le du".split())

# Folded prefix spellings (dots dropped) -> how they are printed.
PREFIXES: dict[str, str] = {
    "dr": "Dr.",
    "dra": "Dra.",
    "d": "D.",
    "dna": "Dña.",
    "dona": "Doña",
    "don": "Don",
    "lic": "Lic.",
    "lcda": "Lcda.",
    "lcdo": "Lcdo.",
    "ing": "Ing.",
    "arq": "Arq.",
    "mtro": "Mtro.",
    "mtra": "Mtra.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "prof": "Prof.",
    "sr": "Sr.",
    "sra": "Sra.",
    "srta": "Srta.",
    "sir": "Sir",
}

SUFFIXES: dict[str, str] = {
    "phd": "PhD",
    "mba": "MBA",
    "jr": "Jr.",
    "md": "MD",
    "esq": "Esq.",
    "cpa": "CPA",
    "msc": "MSc",
    "bsc": "BSc",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
    "llm": "LLM",
}

# Mailboxes that belong to a company, not a person: never evidence of a name.
GENERIC_LOCALS: frozenset[str] = frozenset(
    """info informacion contacto contact ventas sales admin administracion hola hello office
    support soporte comercial rrhh hr marketing reservas pedidos mail enquiries recepcion
    oficina atencion clientes customer team equipo general consultas prensa press""".split()
)
