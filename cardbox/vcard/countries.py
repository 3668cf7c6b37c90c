"""Country names as people type them (Spanish or English, codes) to ISO 3166-1 alpha-2, and back."""

from __future__ import annotations

from cardbox.text import squash

# code: (name written in vCards, other names and codes that mean it)
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "ES": ("España", "Spain", "Espana", "Reino de España", "ESP"),
    "GB": (
        "Reino Unido",
        "United Kingdom",
        "UK",
        "U.K.",
        "Great Britain",
        "Gran Bretaña",
        "England",
        "Inglaterra",
        "Scotland",
        "Escocia",
        "Wales",
        "GBR",
    ),
    "US": (
        "Estados Unidos",
        "United States",
        "United States of America",
        "USA",
        "U.S.A.",
        "U.S.",
        "EE. UU.",
        "EEUU",
        "EE.UU.",
    ),
    "MX": ("México", "Mexico", "MEX"),
    "AR": ("Argentina", "ARG"),
    "CO": ("Colombia", "COL"),
    "CL": ("Chile", "CHL"),
    "PE": ("Perú", "Peru", "PER"),
    "VE": ("Venezuela", "VEN"),
    "EC": ("Ecuador", "ECU"),
    "UY": ("Uruguay", "URY"),
    "PY": ("Paraguay", "PRY"),
    "BO": ("Bolivia", "BOL"),
    "CR": ("Costa Rica", "CRI"),
    "PA": ("Panamá", "Panama", "PAN"),
    "GT": ("Guatemala", "GTM"),
    "DO": ("República Dominicana", "Dominican Republic", "DOM"),
    "CU": ("Cuba", "CUB"),
    "PR": ("Puerto Rico", "PRI"),
    "SV": ("El Salvador", "SLV"),
    "HN": ("Honduras", "HND"),
    "NI": ("Nicaragua", "NIC"),
    "BR": ("Brasil", "Brazil", "BRA"),
    "CA": ("Canadá", "Canada", "CAN"),
    "PT": ("Portugal", "PRT"),
    "FR": ("Francia", "France", "FRA"),
    "DE": ("Alemania", "Germany", "Deutschland", "DEU"),
    "IT": ("Italia", "Italy", "ITA"),
    "NL": ("Países Bajos", "Netherlands", "Holanda", "Holland", "The Netherlands", "NLD"),
    "BE": ("Bélgica", "Belgium", "BEL"),
    "CH": ("Suiza", "Switzerland", "Schweiz", "CHE"),
    "AT": ("Austria", "Österreich", "AUT"),
    "IE": ("Irlanda", "Ireland", "IRL"),
    "SE": ("Suecia", "Sweden", "SWE"),
    "NO": ("Noruega", "Norway", "NOR"),
    "DK": ("Dinamarca", "Denmark", "DNK"),
    "FI": ("Finlandia", "Finland", "FIN"),
    "PL": ("Polonia", "Poland", "POL"),
    "GR": ("Grecia", "Greece", "GRC"),
    "LU": ("Luxemburgo", "Luxembourg", "LUX"),
    "AD": ("Andorra", "AND"),
    "MA": ("Marruecos", "Morocco", "MAR"),
    "CN": ("China", "CHN"),
    "JP": ("Japón", "Japan", "JPN"),
    "IN": ("India", "IND"),
    "AU": ("Australia", "AUS"),
    "RU": ("Rusia", "Russia", "RUS"),
    "TR": ("Turquía", "Turkey", "Türkiye", "TUR"),
    "IL": ("Israel", "ISR"),
    "AE": ("Emiratos Árabes Unidos", "United Arab Emirates", "UAE", "ARE"),
    "ZA": ("Sudáfrica", "South Africa", "ZAF"),
}

_LOOKUP: dict[str, str] = {}
for _code, _names in _COUNTRIES.items():
    for _name in (_code, *_names):
        _LOOKUP[squash(_name)] = _code
_LOOKUP[squash("UK")] = "GB"


def to_iso(text: str) -> str:
    """The ISO 3166 alpha-2 code for a typed country, or the text itself when not recognised."""
    text = text.strip()
    return _LOOKUP.get(squash(text), text) if text else ""


def name_of(code: str) -> str:
    """The name written into vCards for a known code (Spanish); unknown codes and text pass through."""
    names = _COUNTRIES.get(code)
    return names[0] if names else code
