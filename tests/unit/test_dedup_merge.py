"""The pure merge plan: job history, USER wins over OCR, notes, warmth, lists, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cardbox.dedup.merge import plan_merge
from cardbox.model import (
    Address,
    CardImage,
    Contact,
    Email,
    Event,
    Job,
    Note,
    Phone,
    PhoneType,
    Provenance,
    Social,
    SourceKind,
    Url,
    Warmth,
    WarmthChange,
)

SCAN = Provenance(SourceKind.SCAN, "scan:7", 0.81)
TODAY = date(2026, 11, 23)


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 10, 0, tzinfo=UTC)


def maria_2024() -> Contact:
    """Typed by the user after Fitur 2024."""
    c = Contact(
        full_name="María José Fernández Gómez",
        given_names="María José",
        family_names="Fernández Gómez",
        org="Innovación Textil S.L.",
        title="Directora Comercial",
        department="Ventas",
        emails=[Email("mjfernandez@innotextil.es", "work")],
        phones=[Phone("+34612345678", PhoneType.CELL)],
        urls=[Url("https://www.innotextil.es/")],
        addresses=[Address("C/ Colón 5", "46004", "Valencia", country="ES")],
        notes=[Note("Met at Fitur, interested in the ERP", at(2024, 1, 25), True, id=11)],
        tags=["textil", "Fitur"],
        events=[Event("Fitur 2024", id=3)],
        warmth=Warmth.WARM,
        warmth_history=[WarmthChange(Warmth.WARM, at(2024, 1, 25))],
        follow_up=date(2026, 12, 15),
        last_contacted=date(2024, 1, 25),
        cards=[CardImage("a" * 64, scan_id=1)],
        introduced_by=40,
        created_at=at(2024, 1, 25),
        id=1,
    )
    return c


def maria_scan_2026() -> Contact:
    """Her new card, read by OCR at a 2026 fair: new company, an OCR'd name."""
    c = Contact(
        full_name="M. Jose Fernandez",
        org="Moda Global S.A.",
        title="CEO",
        emails=[Email("MJFernandez@innotextil.es", source=SCAN), Email("mj@modaglobal.com", "work", SCAN)],
        phones=[Phone("+34612345678", PhoneType.CELL, SCAN), Phone("+34963000111", PhoneType.WORK, SCAN)],
        urls=[Url("innotextil.es", SCAN), Url("https://modaglobal.com", SCAN)],
        socials=[Social("linkedin", "mjfernandez", SCAN)],
        notes=[
            Note("Now CEO at Moda Global; call in December", at(2026, 10, 2), id=12),
            Note("Early note", at(2023, 5, 1), id=13),
        ],
        tags=["fitur", "moda"],
        events=[Event("Feria Moda 2026", id=4)],
        warmth=Warmth.HOT,
        warmth_history=[WarmthChange(Warmth.HOT, at(2026, 10, 2))],
        follow_up=date(2026, 12, 1),
        last_contacted=date(2026, 10, 2),
        cards=[CardImage("b" * 64, scan_id=2)],
        sources={"full_name": SCAN, "org": SCAN, "title": SCAN},
        created_at=at(2026, 10, 2),
        id=2,
    )
    return c


def test_job_change_becomes_history_newer_card_is_current() -> None:
    plan = plan_merge(maria_2024(), maria_scan_2026(), today=TODAY)
    r = plan.result
    assert (r.org, r.title) == ("Moda Global S.A.", "CEO")
    assert r.department == ""  # the new card names no department; the old one went with the old job
    assert Job("Innovación Textil S.L.", "Directora Comercial", date(2026, 10, 2)) in r.jobs
    assert plan.job_change == Job("Innovación Textil S.L.", "Directora Comercial", date(2026, 10, 2))
    assert any("formerly Directora Comercial at Innovación Textil S.L." in line for line in plan.describe())
    assert r.sources["org"] == SCAN and plan.origin["org"] == "other"


def test_older_card_merged_into_newer_keeps_newer_job() -> None:
    old, new = maria_2024(), maria_scan_2026()
    r = plan_merge(new, old, today=TODAY).result  # keep the new contact, fold the old one in
    assert r.org == "Moda Global S.A." and r.id == 2
    assert r.jobs == [Job("Innovación Textil S.L.", "Directora Comercial", date(2026, 10, 2))]


def test_user_typed_name_never_replaced_by_ocr() -> None:
    kept = Contact(full_name="M. José Fernández", created_at=at(2024, 1, 1), id=1)  # typed like this by the user
    scanned = Contact(
        full_name="María José Fernández Gómez", sources={"full_name": SCAN}, created_at=at(2026, 1, 1), id=2
    )
    plan = plan_merge(kept, scanned, today=TODAY)
    assert plan.result.full_name == "M. José Fernández"
    assert plan.result.source_of("full_name").kind is SourceKind.USER
    assert any("over scanned" in k for k in plan.kept_back)


def test_more_complete_name_wins_between_machine_sources() -> None:
    kept = Contact(full_name="M. José Fernández", sources={"full_name": SCAN}, id=1)
    other = Contact(
        full_name="María José Fernández Gómez", sources={"full_name": Provenance(SourceKind.IMPORT, "old.vcf")}, id=2
    )
    r = plan_merge(kept, other, today=TODAY).result
    assert r.full_name == "María José Fernández Gómez" and r.sources["full_name"].kind is SourceKind.IMPORT


def test_same_org_title_typo_keeps_user_title() -> None:
    kept = Contact(full_name="Ana Gil", org="Acme S.L.", title="Directora Comercial", created_at=at(2024, 1, 1), id=1)
    other = Contact(
        full_name="Ana Gil",
        org="ACME",
        title="Directora Cornercial",
        sources={"title": SCAN, "org": SCAN},
        created_at=at(2026, 1, 1),
        id=2,
    )
    plan = plan_merge(kept, other, today=TODAY)
    assert (plan.result.org, plan.result.title) == ("Acme S.L.", "Directora Comercial")
    assert plan.job_change is None and plan.result.jobs == []


def test_promotion_in_same_company_keeps_old_title_as_history() -> None:
    kept = Contact(full_name="Ana Gil", org="Acme", title="Sales Manager", created_at=at(2024, 1, 1), id=1)
    other = Contact(
        full_name="Ana Gil", org="Acme Ltd", title="Chief Executive Officer", created_at=at(2026, 3, 1), id=2
    )
    r = plan_merge(kept, other, today=TODAY).result
    assert r.title == "Chief Executive Officer"
    assert r.jobs == [Job("Acme", "Sales Manager", date(2026, 3, 1))]


def test_notes_in_date_order_and_kept_ids() -> None:
    r = plan_merge(maria_2024(), maria_scan_2026(), today=TODAY).result
    assert [n.id for n in r.notes] == [13, 11, 12]
    assert [n.at for n in r.notes] == sorted(n.at for n in r.notes)


def test_warmth_is_the_warmer_with_history_merged() -> None:
    r = plan_merge(maria_2024(), maria_scan_2026(), today=TODAY).result
    assert r.warmth is Warmth.HOT
    assert [w.warmth for w in r.warmth_history] == [Warmth.WARM, Warmth.HOT]
    cold = plan_merge(maria_scan_2026(), maria_2024(), today=TODAY).result
    assert cold.warmth is Warmth.HOT


def test_lists_unioned_without_duplicates() -> None:
    r = plan_merge(maria_2024(), maria_scan_2026(), today=TODAY).result
    assert [e.address for e in r.emails] == ["mjfernandez@innotextil.es", "mj@modaglobal.com"]
    assert [p.e164 for p in r.phones] == ["+34612345678", "+34963000111"]
    assert [u.url for u in r.urls] == ["https://www.innotextil.es/", "https://modaglobal.com"]
    assert r.socials[0].handle == "mjfernandez" and r.socials[0].source == SCAN
    assert r.tags == ["textil", "Fitur", "moda"]
    assert [e.name for e in r.events] == ["Fitur 2024", "Feria Moda 2026"]
    assert [c.sha256[0] for c in r.cards] == ["a", "b"]
    assert len(r.addresses) == 1


def test_dates_follow_up_earliest_future_last_contacted_latest() -> None:
    r = plan_merge(maria_2024(), maria_scan_2026(), today=TODAY).result
    assert r.follow_up == date(2026, 12, 1)
    assert r.last_contacted == date(2026, 10, 2)
    past = maria_scan_2026()
    past.follow_up = date(2025, 1, 1)
    assert plan_merge(maria_2024(), past, today=TODAY).result.follow_up == date(2026, 12, 15)


def test_identity_and_introduction_kept() -> None:
    kept, other = maria_2024(), maria_scan_2026()
    plan = plan_merge(kept, other, today=TODAY)
    assert (plan.result.id, plan.result.uid) == (1, kept.uid)
    assert plan.result.introduced_by == 40
    assert plan.result.created_at == at(2024, 1, 25)
    other.introduced_by, kept.introduced_by = 1, None  # "introduced by herself" after the merge makes no sense
    assert plan_merge(kept, other, today=TODAY).result.introduced_by is None


def test_inputs_are_not_modified() -> None:
    kept, other = maria_2024(), maria_scan_2026()
    plan_merge(kept, other, today=TODAY)
    assert kept.org == "Innovación Textil S.L." and len(kept.notes) == 1 and kept.jobs == []
    assert other.org == "Moda Global S.A." and len(other.emails) == 2
