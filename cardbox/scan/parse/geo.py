"""Postal geography: Spanish provinces by postal prefix, US states, Mexican states, UK postcodes."""

from __future__ import annotations

import re

# The first two digits of a Spanish postal code name the province (INE order, 01..52).
SPAIN_PROVINCES: dict[str, tuple[str, str]] = {
    "01": ("Álava", "País Vasco"),
    "02": ("Albacete", "Castilla-La Mancha"),
    "03": ("Alicante", "Comunidad Valenciana"),
    "04": ("Almería", "Andalucía"),
    "05": ("Ávila", "Castilla y León"),
    "06": ("Badajoz", "Extremadura"),
    "07": ("Illes Balears", "Illes Balears"),
    "08": ("Barcelona", "Cataluña"),
    "09": ("Burgos", "Castilla y León"),
    "10": ("Cáceres", "Extremadura"),
    "11": ("Cádiz", "Andalucía"),
    "12": ("Castellón", "Comunidad Valenciana"),
    "13": ("Ciudad Real", "Castilla-La Mancha"),
    "14": ("Córdoba", "Andalucía"),
    "15": ("A Coruña", "Galicia"),
    "16": ("Cuenca", "Castilla-La Mancha"),
    "17": ("Girona", "Cataluña"),
    "18": ("Granada", "Andalucía"),
    "19": ("Guadalajara", "Castilla-La Mancha"),
    "20": ("Gipuzkoa", "País Vasco"),
    "21": ("Huelva", "Andalucía"),
    "22": ("Huesca", "Aragón"),
    "23": ("Jaén", "Andalucía"),
    "24": ("León", "Castilla y León"),
    "25": ("Lleida", "Cataluña"),
    "26": ("La Rioja", "La Rioja"),
    "27": ("Lugo", "Galicia"),
    "28": ("Madrid", "Comunidad de Madrid"),
    "29": ("Málaga", "Andalucía"),
    "30": ("Murcia", "Región de Murcia"),
    "31": ("Navarra", "Navarra"),
    "32": ("Ourense", "Galicia"),
    "33": ("Asturias", "Asturias"),
    "34": ("Palencia", "Castilla y León"),
    "35": ("Las Palmas", "Canarias"),
    "36": ("Pontevedra", "Galicia"),
    "37": ("Salamanca", "Castilla y León"),
    "38": ("Santa Cruz de Tenerife", "Canarias"),
    "39": ("Cantabria", "Cantabria"),
    "40": ("Segovia", "Castilla y León"),
    "41": ("Sevilla", "Andalucía"),
    "42": ("Soria", "Castilla y León"),
    "43": ("Tarragona", "Cataluña"),
    "44": ("Teruel", "Aragón"),
    "45": ("Toledo", "Castilla-La Mancha"),
    "46": ("Valencia", "Comunidad Valenciana"),
    "47": ("Valladolid", "Castilla y León"),
    "48": ("Bizkaia", "País Vasco"),
    "49": ("Zamora", "Castilla y León"),
    "50": ("Zaragoza", "Aragón"),
    "51": ("Ceuta", "Ceuta"),
    "52": ("Melilla", "Melilla"),
}

US_STATES: frozenset[str] = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR""".split()
)

# Folded Mexican state names (and the capital's usual spellings) as printed on cards.
MX_STATES: dict[str, str] = {
    "ciudad de mexico": "Ciudad de México",
    "cdmx": "Ciudad de México",
    "d.f.": "Ciudad de México",
    "jalisco": "Jalisco",
    "nuevo leon": "Nuevo León",
    "puebla": "Puebla",
    "queretaro": "Querétaro",
    "guanajuato": "Guanajuato",
    "yucatan": "Yucatán",
    "veracruz": "Veracruz",
    "estado de mexico": "Estado de México",
    "edo. mex.": "Estado de México",
    "quintana roo": "Quintana Roo",
    "baja california": "Baja California",
    "sonora": "Sonora",
    "chihuahua": "Chihuahua",
    "coahuila": "Coahuila",
    "oaxaca": "Oaxaca",
    "chiapas": "Chiapas",
    "sinaloa": "Sinaloa",
    "tamaulipas": "Tamaulipas",
    "michoacan": "Michoacán",
    "aguascalientes": "Aguascalientes",
    "san luis potosi": "San Luis Potosí",
    "morelos": "Morelos",
    "hidalgo": "Hidalgo",
    "tabasco": "Tabasco",
    "durango": "Durango",
    "zacatecas": "Zacatecas",
    "nayarit": "Nayarit",
    "colima": "Colima",
    "guerrero": "Guerrero",
    "tlaxcala": "Tlaxcala",
    "campeche": "Campeche",
    "jal": "Jalisco",
    "n.l": "Nuevo León",
    "nl": "Nuevo León",
    "qro": "Querétaro",
    "gto": "Guanajuato",
    "pue": "Puebla",
    "yuc": "Yucatán",
    "edomex": "Estado de México",
    "q. roo": "Quintana Roo",
    "b.c": "Baja California",
}

UK_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b")
# OCR reads the inward digit as a letter ("M1 IRG"); the outward part must still hold a digit.
UK_POSTCODE_LOOSE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s+([IOSl][A-Z]{2})\b")
_INWARD_DIGIT = str.maketrans({"I": "1", "l": "1", "O": "0", "S": "5"})


def uk_postcode(text: str) -> str:
    """A UK postcode in the text ("W2 6BD"), with an OCR'd inward digit repaired, or ""."""
    if m := UK_POSTCODE.search(text):
        return f"{m.group(1)} {m.group(2)}"
    if m := UK_POSTCODE_LOOSE.search(text):
        return f"{m.group(1)} {m.group(2)[0].translate(_INWARD_DIGIT)}{m.group(2)[1:]}"
    return ""


US_ZIP = re.compile(r"\b([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?)\b")
# "C.P. 11560", "CP 28013", "28013 Madrid", "Madrid 28013" (5 digits alone on either side of a place).
CP_MARKED = re.compile(r"\bC\.?\s?P\.?:?\s*(\d{5})\b", re.IGNORECASE)
FIVE_DIGITS = re.compile(r"(?<![\d+])(\d{5})(?![\d-])")

# Well-known cities, so "Madrid" alone on the line after the street joins the address.
CITIES: dict[str, str] = {
    "madrid": "ES",
    "barcelona": "ES",
    "valencia": "ES",
    "sevilla": "ES",
    "bilbao": "ES",
    "malaga": "ES",
    "zaragoza": "ES",
    "murcia": "ES",
    "alicante": "ES",
    "valladolid": "ES",
    "london": "GB",
    "manchester": "GB",
    "edinburgh": "GB",
    "birmingham": "GB",
    "new york": "US",
    "seattle": "US",
    "redmond": "US",
    "san francisco": "US",
    "boston": "US",
    "guadalajara": "",
    "monterrey": "MX",
    "puebla": "MX",
}


def spain_region(postal_code: str) -> str:
    """The province for a Spanish postal code ("28013" -> "Madrid"), "" when not Spanish-shaped."""
    if len(postal_code) != 5 or not postal_code.isdigit():
        return ""
    entry = SPAIN_PROVINCES.get(postal_code[:2])
    return entry[0] if entry else ""
