"""Scoring pairs: strong evidence merges, everything weaker is reviewed, hard negatives never merge."""

from __future__ import annotations

from cardbox.dedup.match import AUTO, NONE, REVIEW, Candidate, Lookup, score_pair
from cardbox.dedup.profile import Profile, holders_index, profile_of
from cardbox.dedup.settings import Thresholds
from cardbox.model import Address, Contact, Email, Phone, PhoneType


def person(
    cid: int,
    name: str,
    org: str = "",
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    city: str = "",
    cell: bool = False,
) -> Profile:
    c = Contact(
        full_name=name,
        org=org,
        emails=[Email(e) for e in emails],
        phones=[Phone(p, PhoneType.CELL if cell else PhoneType.OTHER) for p in phones],
        addresses=[Address(city=city)] if city else [],
        id=cid,
    )
    return profile_of(c)


DEFAULT = Thresholds()


def score(a: Profile, b: Profile, *others: Profile, limits: Thresholds = DEFAULT) -> Candidate:
    everyone = {p.id: p for p in (a, b, *others)}
    index = holders_index(everyone)  # type: ignore[arg-type]
    return score_pair(a, b, Lookup(lambda k: index.get(k, []), everyone.get), limits)


def test_same_personal_email_and_compatible_name_is_auto() -> None:
    a = person(1, "María José Fernández Gómez", "Innovación Textil S.L.", ("mjfernandez@innotextil.es",))
    b = person(2, "M. José Fernández", "Innovacion Textil", ("MJFernandez@innotextil.es",))
    c = score(a, b)
    assert c.decision == AUTO and c.score >= 0.9
    assert c.explanation.startswith("same email")
    assert [r.code for r in c.reasons][:2] == ["email", "name"]


def test_same_mobile_by_number_plan_is_auto() -> None:
    # typed as "other" on the card; the Spanish plan says 6xx is a mobile
    c = score(
        person(1, "Avery Smith", phones=("+34612345678",)), person(2, "Dr. Avery Smith", phones=("+34612345678",))
    )
    assert c.decision == AUTO and "same mobile" in c.explanation


def test_uk_mobile_typed_cell_is_auto() -> None:
    c = score(
        person(1, "Avery Smith", phones=("+447911123456",), cell=True), person(2, "A. Smith", phones=("+447911123456",))
    )
    assert c.decision == AUTO


def test_same_name_different_companies_is_not_merged() -> None:
    a = person(1, "José García", "Construcciones Levante S.L.", ("jgarcia@levante.es",), city="Valencia")
    b = person(2, "José García", "Seguros Atlántica S.A.", ("jose.garcia@atlantica.es",), city="Valencia")
    c = score(a, b)
    assert c.decision == REVIEW  # same name + same city: worth a look, never automatic
    far = score(person(1, "José García", "Levante"), person(2, "José García", "Atlántica"))
    assert far.decision == NONE


def test_shared_role_address_is_not_evidence() -> None:
    a = person(1, "Lucía Martín", "Empresa S.L.", ("info@empresa.es",))
    b = person(2, "Pedro Sanz", "Empresa S.L.", ("info@empresa.es",))
    c = score(a, b)
    assert c.decision == NONE
    assert any(r.code == "email_role" for r in c.reasons)
    same = score(
        person(1, "Lucía Martín", "Empresa", ("info@empresa.es",)),
        person(2, "Lucía Martín Soler", "Empresa", ("info@empresa.es",)),
    )
    assert same.decision == REVIEW  # same name + company, but info@ proves nothing


def test_shared_switchboard_never_merges() -> None:
    board = "+34963123456"  # a Valencia landline on three cards
    a, b, c = (
        person(i, n, "Logística Norte", phones=(board,))
        for i, n in ((1, "Ana Gil"), (2, "Ana Gil Ramos"), (3, "Raúl Vega"))
    )
    cand = score(a, b, c)
    assert cand.decision != AUTO
    assert any(r.code == "phone" for r in cand.reasons)
    assert score(a, c, b).decision == NONE


def test_mobile_shared_by_different_people_is_not_personal() -> None:
    shared = "+34699111222"
    a, b, c = (
        person(1, "Carmen Ruiz", phones=(shared,)),
        person(2, "Carmen Ruiz Vidal", phones=(shared,)),
        person(3, "Luis Ortega", phones=(shared,)),
    )
    cand = score(a, b, c)
    assert cand.decision == REVIEW and any(r.code == "phone_shared" for r in cand.reasons)
    assert score(a, b).decision == AUTO  # without the third holder it is her mobile


def test_personal_email_with_different_given_names_goes_to_review() -> None:
    c = score(person(1, "Marta Díaz", emails=("mdiaz@acme.es",)), person(2, "María Díaz", emails=("mdiaz@acme.es",)))
    assert c.decision == REVIEW and any(r.code == "name_conflict" for r in c.reasons)


def test_name_and_company_is_review_not_auto() -> None:
    c = score(person(1, "Chris Smith", "CONTOSO"), person(2, "Chris Smith", "Contoso Ltd"))
    assert c.decision == REVIEW and "same company" in c.explanation


def test_fuzzy_name_and_domain_is_review() -> None:
    c = score(
        person(1, "Juan Hemández", emails=("j.h@textil.es",)),
        person(2, "Juan Hernández López", emails=("juan@textil.es",)),
    )
    assert c.decision == REVIEW and any(r.code == "domain" for r in c.reasons)


def test_webmail_domain_is_not_evidence() -> None:
    c = score(person(1, "Juan Pérez", emails=("jp1@gmail.com",)), person(2, "Juan Pérez", emails=("jperez@gmail.com",)))
    assert not any(r.code == "domain" for r in c.reasons) and c.decision == NONE


def test_thresholds_from_settings_change_decisions() -> None:
    a, b = person(1, "Chris Smith", "CONTOSO"), person(2, "Chris Smith", "Contoso Ltd")
    assert score(a, b, limits=Thresholds(auto=0.9, review=0.95)).decision == NONE
    strong = (
        person(1, "Avery Smith", emails=("avery.smith@contoso.com",)),
        person(2, "Avery Smith", emails=("avery.smith@contoso.com",)),
    )
    assert score(*strong, limits=Thresholds(auto=1.01, review=0.5)).decision == REVIEW


def test_reasons_are_structured_for_translation() -> None:
    c = score(person(1, "Ana Ruiz", "Acme", ("ana@acme.es",)), person(2, "Ana Ruiz", "ACME S.A.", ("ana@acme.es",)))
    d = c.to_dict()
    assert d["decision"] == "auto" and {"code": "email", "value": "ana@acme.es"} in d["reasons"]
    assert any(r["code"] == "name" and r["value"] == 1.0 for r in d["reasons"])


def test_common_name_weighs_less() -> None:
    a = person(1, "José García", "Levante", city="Madrid")
    b = person(2, "José García", "Atlántica", city="Madrid")
    everyone = {1: a, 2: b}
    common = Lookup(lambda k: [], everyone.get, lambda p: 40)  # 40 José Garcías in the tarjetero
    rare = Lookup(lambda k: [], everyone.get, lambda p: 2)
    assert score_pair(a, b, rare, Thresholds()).decision == REVIEW
    c = score_pair(a, b, common, Thresholds())
    assert c.decision == NONE and "common name (40" in c.explanation
    colleague = person(3, "José García", "Levante S.L.")
    assert score_pair(a, colleague, common, Thresholds()).decision == REVIEW  # same company still asks
