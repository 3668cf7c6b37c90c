"""Word lists for job titles, departments, companies and countries (folded: lower, no accents)."""

from __future__ import annotations

import re

# Words that make a line a job title (Spanish masculine/feminine and English).
TITLE_WORDS: frozenset[str] = frozenset(
    """director directora directivo directiva gerente jefe jefa responsable consultor consultora
    ingeniero ingeniera abogado abogada socio socia fundador fundadora cofundador cofundadora
    presidente presidenta vicepresidente vicepresidenta consejero consejera delegado delegada
    coordinador coordinadora tecnico tecnica comercial asesor asesora analista arquitecto
    arquitecta desarrollador desarrolladora programador programadora disenador disenadora
    administrador administradora administrativo administrativa secretario secretaria gestor
    gestora ejecutivo ejecutiva representante agente especialista investigador investigadora
    profesor profesora catedratico catedratica medico medica enfermero enfermera economista
    auditor auditora contable notario notaria procurador procuradora gerenta becario becaria
    manager head chief officer ceo cto cfo coo cmo cio cso vp president founder cofounder
    co-founder partner owner engineer developer consultant analyst researcher scientist
    specialist designer architect lead senior junior associate assistant executive
    representative advisor adviser attorney lawyer solicitor accountant coordinator
    administrator supervisor principal fellow professor lecturer officer intern trainee
    recruiter editor journalist periodista redactor redactora""".split()
)

# Words that make a line a department rather than a title.
DEPARTMENT_WORDS: frozenset[str] = frozenset(
    "departamento department dpto dept division area unidad unit servicio team equipo".split()
)

# Business functions: a line made only of these ("Ventas y Marketing") is a department.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """ventas marketing comercial finanzas financiero administracion compras operaciones logistica
    recursos humanos rrhh legal juridico calidad innovacion desarrollo negocio sistemas it ti
    sales finance operations procurement purchasing human resources hr quality business development
    research engineering ingenieria comunicacion communications prensa""".split()
)

# Words common in company names (never in a person's name).
ORG_WORDS: frozenset[str] = frozenset(
    """grupo group consulting consultores consultoria abogados asociados soluciones solutions
    technologies technology tecnologias tecnologia systems sistemas ingenieria software labs lab
    studio estudio servicios services partners holdings holding capital bank banco fundacion
    foundation universidad university instituto institute hospital clinica asociacion
    ayuntamiento gobierno ministerio agency agencia inmobiliaria seguros asesores asesoria
    gestoria despacho bufete arquitectos media digital global international internacional
    industries industrias logistica logistics energy energia company compania corporacion
    corporation consultants enterprises empresa innovation innovacion network networks
    telecom comunicaciones communications marketing design diseno construcciones ventures
    analytics data cloud""".split()
)

# Legal forms at the end of a company line: "Innotex Iberia S.L.", "Contoso Ltd".
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:S\.?\s?A\.?\s+de\s+C\.?\s?V\.?|S\.?\s?L\.?\s?[UL]\.?|S\.?\s?A\.?\s?U\.?|S\.\s?L\.?|"
    r"S\.\s?A\.?|SL|SA|S\.?\s?(?i:coop)\.?(?:\s?And\.?)?|S\.\s?C\.?|S\.?\s?R\.?\s?L\.?|(?i:ltd|limited)\.?|"
    r"LLC|L\.L\.C\.|LLP|(?i:inc|incorporated|corp|corporation)\.?|GmbH|AG|SAS|S\.A\.S\.|SARL|B\.?V\.?|PLC|plc|"
    r"SpA|S\.p\.A\.|Co\.)\s*$"
)

# Email/web domains of mail providers: never evidence of a company.
FREEMAIL: frozenset[str] = frozenset(
    """gmail googlemail hotmail outlook live msn yahoo ymail icloud me mac aol protonmail proton
    gmx telefonica movistar ono terra orange yandex mail zoho""".split()
)
KNOWN_DOMAINS: frozenset[str] = frozenset(
    """gmail.com hotmail.com hotmail.es outlook.com outlook.es live.com yahoo.com yahoo.es
    icloud.com me.com aol.com protonmail.com gmx.com gmx.es telefonica.net movistar.es""".split()
)

COUNTRIES: dict[str, str] = {
    "espana": "ES",
    "spain": "ES",
    "mexico": "MX",
    "united kingdom": "GB",
    "uk": "GB",
    "reino unido": "GB",
    "england": "GB",
    "inglaterra": "GB",
    "scotland": "GB",
    "great britain": "GB",
    "usa": "US",
    "u.s.a.": "US",
    "united states": "US",
    "estados unidos": "US",
    "ee.uu.": "US",
    "eeuu": "US",
    "argentina": "AR",
    "colombia": "CO",
    "chile": "CL",
    "peru": "PE",
    "portugal": "PT",
    "france": "FR",
    "francia": "FR",
    "germany": "DE",
    "alemania": "DE",
    "italy": "IT",
    "italia": "IT",
    "ireland": "IE",
    "irlanda": "IE",
    "andorra": "AD",
    "venezuela": "VE",
    "ecuador": "EC",
    "uruguay": "UY",
    "netherlands": "NL",
    "paises bajos": "NL",
    "belgium": "BE",
    "belgica": "BE",
    "switzerland": "CH",
    "suiza": "CH",
    "canada": "CA",
    "brasil": "BR",
    "brazil": "BR",
    "guatemala": "GT",
    "costa rica": "CR",
    "panama": "PA",
    "bolivia": "BO",
    "paraguay": "PY",
    "republica dominicana": "DO",
}

# Calling code -> country, for when the address itself does not say.
CALLING_CODES: dict[str, str] = {
    "34": "ES",
    "52": "MX",
    "44": "GB",
    "1": "US",
    "54": "AR",
    "57": "CO",
    "56": "CL",
    "51": "PE",
    "351": "PT",
    "33": "FR",
    "49": "DE",
    "39": "IT",
    "353": "IE",
    "376": "AD",
}
