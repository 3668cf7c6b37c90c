"""An imported card for someone already in the tarjetero merges through the dedup plan: the
merge is logged, keeps job history, can be undone, and re-importing the file changes nothing."""

from __future__ import annotations

from pathlib import Path

from cardbox.dedup import merge_log, undo_merge
from cardbox.dedup.find import import_resolver
from cardbox.importer import import_files
from cardbox.model import Contact, Email, Phone, PhoneType
from cardbox.store import Store

CARD = """BEGIN:VCARD\r
VERSION:3.0\r
UID:phone-export-1\r
N:Fernández;M. José;;;\r
FN:M. José Fernández\r
ORG:Moda Global S.A.\r
TITLE:Directora General\r
EMAIL;TYPE=HOME:mjfernandez@gmail.com\r
TEL;TYPE=CELL:+34 612 345 678\r
END:VCARD\r
"""


def test_import_merges_through_the_plan_and_can_be_undone(store: Store, tmp_path: Path) -> None:
    mj = Contact(
        full_name="María José Fernández Gómez",
        given_names="María José",
        family_names="Fernández Gómez",
        org="Innovación Textil S.L.",
        title="Directora Comercial",
        emails=[Email("mjfernandez@gmail.com", "home")],
        phones=[Phone("+34612345678", PhoneType.CELL)],
    )
    mj_id = store.save(mj)
    vcf = tmp_path / "phone.vcf"
    vcf.write_text(CARD, encoding="utf-8")
    list(import_files(store, [vcf], resolver=import_resolver))
    assert store.count() == 1
    merged = store.get(mj_id)
    assert merged.full_name == "María José Fernández Gómez"  # the fuller name is kept
    assert merged.org == "Moda Global S.A."  # the newer card is the current job…
    assert any(
        j.org == "Innovación Textil S.L." and j.title == "Directora Comercial" for j in merged.jobs
    )  # …the old one history
    assert len(merge_log(store)) == 1
    list(import_files(store, [vcf], resolver=import_resolver))  # idempotent: no second merge
    assert store.count() == 1 and len(merge_log(store)) == 1
    undo_merge(store)
    assert store.count() == 2
    assert store.get(mj_id).org == "Innovación Textil S.L."
