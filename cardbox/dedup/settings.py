"""Dedup thresholds and word lists: defaults in code, thresholds overridable per tarjetero.

`store.setting("dedup.auto_threshold")` and `store.setting("dedup.review_threshold")` win over
the defaults here; everything else is a fixed vocabulary (role mailboxes, webmail, legal forms).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cardbox.store import Store

AUTO_THRESHOLD = 0.90
REVIEW_THRESHOLD = 0.55

# Blocks bigger than this are not compared all-pairs: a name block is walked with a sorted
# window instead, an email/phone block is a shared (role) value and yields no pairs at all.
MAX_BLOCK = 24
MAX_SHARED_HOLDERS = 8  # an email/phone on more contacts than this is never personal
MAX_CONTACT_BLOCK = 5  # an email/phone on more contacts than this brings no pairs by itself
COMMON_NAME = 8  # this many contacts with the same given + family name make it a common name
WINDOW = 5  # neighbours compared in an oversized name block, sorted by full name

ROLE_LOCAL_PARTS = frozenset(
    """
    info informacion information contacto contact contactus hola hello hi ventas sales venta
    comercial admin administracion administration office oficina recepcion reception secretaria
    secretary soporte support help ayuda atencion atencioncliente clientes customers customer
    marketing prensa press rrhh hr jobs empleo careers facturacion billing invoices pedidos orders
    reservas bookings booking noreply no-reply donotreply webmaster postmaster mail correo email
    general direccion team equipo hr-es compras purchasing legal
    """.split()
)

WEBMAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com hotmail.com hotmail.es hotmail.co.uk outlook.com outlook.es live.com
    live.com.mx live.co.uk msn.com yahoo.com yahoo.es yahoo.co.uk yahoo.com.mx ymail.com icloud.com
    me.com mac.com aol.com gmx.com gmx.es gmx.de protonmail.com proton.me telefonica.net terra.es
    movistar.es orange.es ono.com yandex.com mail.com zoho.com tutanota.com hey.com fastmail.com
    """.split()
)

# Legal forms stripped from organisation names ("Innovación Textil S.L." == "Innovacion Textil").
LEGAL_FORMS = frozenset(
    """
    sl slu sa sau sll scoop scl sc cb slp sociedad limitada anonima coop cooperativa
    ltd limited plc llc llp inc incorporated corp corporation co company gmbh ag bv nv srl spa
    sas sarl oy ab as
    """.split()
)

# Words that are not a name of their own: particles, and titles that OCR puts in the name.
NAME_PARTICLES = frozenset("de del la las los y i e da das do dos van von der den di du le el mac".split())
NAME_TITLES = frozenset(
    "dr dra d dna dona don sr sra srta mr mrs ms miss prof profa ing lic ldo lda sir phd msc mba".split()
)

# Abbreviations on Spanish cards ("Mª José", "Fco. Javier") and common nicknames.
GIVEN_ABBREVIATIONS = {
    "ma": "maria",
    "mari": "maria",
    "fco": "francisco",
    "fdo": "fernando",
    "jose": "jose",
    "jm": "jose maria",
    "ant": "antonio",
    "alb": "alberto",
    "guill": "guillermo",
}
NICKNAMES = {
    "pepe": "jose",
    "paco": "francisco",
    "pancho": "francisco",
    "manolo": "manuel",
    "lola": "dolores",
    "concha": "concepcion",
    "pili": "pilar",
    "nacho": "ignacio",
    "quique": "enrique",
    "chema": "jose maria",
    "rafa": "rafael",
    "santi": "santiago",
    "alex": "alejandro",
    "javi": "javier",
    "dani": "daniel",
    "bob": "robert",
    "rob": "robert",
    "bill": "william",
    "will": "william",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "mike": "michael",
    "jim": "james",
    "tom": "thomas",
    "dave": "david",
    "chris": "christopher",
    "kate": "katherine",
    "jen": "jennifer",
    "dick": "richard",
    "rick": "richard",
}


@dataclass(frozen=True)
class Thresholds:
    """Score limits: at or above `auto` (with strong evidence) merge, at or above `review` ask."""

    auto: float = AUTO_THRESHOLD
    review: float = REVIEW_THRESHOLD


def thresholds(store: Store | None) -> Thresholds:
    """The thresholds of this tarjetero (settings `dedup.auto_threshold`, `dedup.review_threshold`)."""
    if store is None:
        return Thresholds()
    auto = store.setting("dedup.auto_threshold", AUTO_THRESHOLD)
    review = store.setting("dedup.review_threshold", REVIEW_THRESHOLD)
    return Thresholds(float(auto), float(review))  # type: ignore[arg-type]
