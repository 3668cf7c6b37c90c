"""Job titles (both genders, Spanish and English), departments and company lines."""

from __future__ import annotations

import pytest

from cardbox.scan.parse.roles import (
    domain_label,
    has_legal_form,
    is_continuation,
    is_department,
    matches_domain,
    org_from_domain,
    title_score,
)
from cardbox.scan.parse.web import find_handles


@pytest.mark.parametrize(
    "title",
    [
        "Director Comercial",
        "Directora Comercial",
        "Gerente",
        "Jefe de Ventas",
        "Jefa de Proyectos",
        "Responsable de Marketing",
        "Consultor Senior",
        "Consultora Senior",
        "Ingeniero de Software",
        "Ingeniera de Caminos",
        "Abogado Asociado",
        "Abogada",
        "Socio",
        "Socia Directora",
        "Fundador",
        "Fundadora y CEO",
        "CEO",
        "CTO",
        "Head of Partnerships",
        "Senior Researcher",
        "Account Manager",
        "Sales Director",
        "Chief Executive Officer",
        "Técnica Comercial",
        "Managing Partner",
    ],
)
def test_titles(title: str) -> None:
    assert title_score(title) > 0.5


@pytest.mark.parametrize(
    "text", ["José Fernández", "Innotex Iberia S.L.", "C/ Mayor 12", "28013 Madrid", "www.innotex.es", "Cloud 9"]
)
def test_not_titles(text: str) -> None:
    assert title_score(text) == 0.0


def test_departments_and_title_continuations() -> None:
    assert is_department("Cloud & AI Department") and is_department("Departamento de Ventas")
    assert is_department("Dpto. Comercial")
    assert not is_department("Director del Departamento de Ventas")  # a title that names one
    assert is_department("Ventas y Marketing") and is_department("Recursos Humanos")
    assert not is_department("Innotex Marketing")
    assert is_continuation("de Negocio Internacional") and is_continuation("& Innovation")
    assert not is_continuation("Departamento de Ventas")


@pytest.mark.parametrize(
    "org",
    [
        "Innotex Iberia S.L.",
        "Talleres Gil S.L.U.",
        "Cooperativa del Campo S.Coop.",
        "Grupo Alfa S.A. de C.V.",
        "Despacho Ruiz S.C.",
        "Contoso Ltd",
        "Contoso Ltd.",
        "Fabrikam LLC",
        "FABRIKAM, INC.",
        "Acme Corp.",
        "Müller GmbH",
        "Siemens AG",
        "Dupont SAS",
        "Martin SARL",
        "Philips BV",
        "Tesco PLC",
        "Innotex S.L.L.",
    ],
)
def test_legal_forms(org: str) -> None:
    assert has_legal_form(org)


@pytest.mark.parametrize("text", ["José Sa", "Senior Researcher", "Calle Mayor", "SA", "Director de Ventas"])
def test_not_legal_forms(text: str) -> None:
    assert not has_legal_form(text)


def test_domains_as_company_evidence() -> None:
    assert domain_label("mail.innotex-iberia.es") == "innotex-iberia"
    assert domain_label("grupoalfa.com.mx") == "grupoalfa"
    assert domain_label("northwind.co.uk") == "northwind"
    assert domain_label("gmail.com") == ""
    assert org_from_domain("innotex-iberia") == "Innotex Iberia"
    assert matches_domain("CONTOSO", "contoso") == 1.0
    assert matches_domain("Innotex Iberia S.L.", "innotexiberia") == 1.0
    assert matches_domain("Innotex Consulting", "innotex") == 0.7
    assert matches_domain("Fabrikam", "contoso") == 0.0


def test_x_handle() -> None:
    assert [(h.service, h.value) for h in find_handles("X: @innotex_es")] == [("twitter", "@innotex_es")]
