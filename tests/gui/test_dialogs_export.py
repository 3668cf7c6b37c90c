"""The export dialog writes files that cardbox (and phones) read back."""

from __future__ import annotations

import csv

import pytest

from cardbox.gui.dialogs.export import show_export_dialog
from cardbox.model import Contact, Email, Event, Phone, PhoneType, Warmth
from cardbox.store.search import Filters
from cardbox.vcard import read_file

pytestmark = pytest.mark.gui


@pytest.fixture
def people(store):  # noqa: ANN001, ANN201
    fair = Event(name="Feria Fitur")
    ids = [
        store.save(Contact(full_name="Ana Gómez", org="Acme", emails=[Email("ana@acme.es")],
                           phones=[Phone("+34612345678", PhoneType.CELL)], warmth=Warmth.HOT, events=[fair])),
        store.save(Contact(full_name="Bruno Díaz", org="Beta", warmth=Warmth.COLD, events=[fair])),
        store.save(Contact(full_name="Carla Ruiz", org="Gamma", warmth=Warmth.HOT)),
    ]
    return ids


def test_selection_exports_vcf_that_reimports(qtbot, store, people, tmp_path):
    dialog = show_export_dialog(None, store, [people[0], people[2]], Filters())
    qtbot.addWidget(dialog)
    assert dialog.scope.checkedId() == 0
    n = dialog.export_to(tmp_path / "sel.vcf")
    assert n == 2
    contacts, errors = read_file(tmp_path / "sel.vcf")
    assert errors == []
    assert sorted(c.full_name for c in contacts) == ["Ana Gómez", "Carla Ruiz"]
    ana = next(c for c in contacts if c.full_name == "Ana Gómez")
    assert [e.address for e in ana.emails] == ["ana@acme.es"]
    assert [p.e164 for p in ana.phones] == ["+34612345678"]
    assert ana.warmth is Warmth.HOT


def test_event_and_warmth_scopes_and_vcard4_and_csv(qtbot, store, people, tmp_path):
    dialog = show_export_dialog(None, store, [], Filters(company="Beta"))
    qtbot.addWidget(dialog)
    assert dialog.scope.checkedId() == 1
    assert dialog.chosen_ids() == [people[1]]
    dialog.set_scope(2)
    assert sorted(dialog.chosen_ids()) == sorted(people[:2])
    dialog.format.setCurrentIndex(dialog.format.findData("vcf4"))
    dialog.export_to(tmp_path / "fair.vcf")
    text = (tmp_path / "fair.vcf").read_text(encoding="utf-8")
    assert "VERSION:4.0" in text
    assert sorted(c.full_name for c in read_file(tmp_path / "fair.vcf")[0]) == ["Ana Gómez", "Bruno Díaz"]
    dialog.set_scope(3)
    dialog.warmth.setCurrentIndex(dialog.warmth.findData(int(Warmth.HOT)))
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert not dialog.photos.isEnabled()
    assert dialog.export_to(tmp_path / "hot.csv") == 2
    with (tmp_path / "hot.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r.get("full_name") or r.get("Full name") or next(iter(r.values())) for r in rows) == [
        "Ana Gómez", "Carla Ruiz"]


@pytest.mark.tesseract
def test_card_photo_goes_into_the_vcard_when_asked(qtbot, reviewed_store, tmp_path):
    store, cid = reviewed_store
    dialog = show_export_dialog(None, store, [cid], Filters())
    qtbot.addWidget(dialog)
    dialog.export_to(tmp_path / "plain.vcf")
    assert "PHOTO" not in (tmp_path / "plain.vcf").read_text(encoding="utf-8")
    dialog.photos.setChecked(True)
    dialog.export_to(tmp_path / "photo.vcf")
    text = (tmp_path / "photo.vcf").read_text(encoding="utf-8")
    assert "PHOTO;" in text or "PHOTO:" in text
    assert read_file(tmp_path / "photo.vcf")[0][0].given_names == "Avery"
