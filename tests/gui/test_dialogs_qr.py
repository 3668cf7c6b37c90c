"""The QR dialog: a PNG that OpenCV decodes back to the contact; a warning when fields drop."""

from __future__ import annotations

import cv2
import pytest

from cardbox.gui.dialogs.qr import show_qr_dialog
from cardbox.model import Address, Contact, Email, Phone, PhoneType, Url
from cardbox.vcard import read_vcards

pytestmark = pytest.mark.gui


def _decode(path) -> str:  # noqa: ANN001
    image = cv2.imread(str(path))
    text, points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert points is not None, "no QR code found in the image"
    return text


def test_qr_png_decodes_back_to_the_contact(qtbot, store, tmp_path):
    cid = store.save(Contact(
        full_name="María José Fernández", given_names="María José", family_names="Fernández",
        org="Ñandú Consultores", title="Directora",
        emails=[Email("mj@nandu.es", "work")], phones=[Phone("+34612345678", PhoneType.CELL)],
    ))
    dialog = show_qr_dialog(None, store, cid)
    qtbot.addWidget(dialog)
    assert not dialog.image.pixmap().isNull()
    assert dialog.warning.isHidden()
    png = dialog.save_to(tmp_path / "mj.png")
    contacts, errors = read_vcards(_decode(png))
    assert errors == []
    got = contacts[0]
    assert got.full_name == "María José Fernández"
    assert got.org == "Ñandú Consultores"
    assert [e.address for e in got.emails] == ["mj@nandu.es"]
    assert [p.e164 for p in got.phones] == ["+34612345678"]
    svg = dialog.save_to(tmp_path / "mj.svg")
    assert svg.read_text().lstrip().startswith("<?xml") or "<svg" in svg.read_text()


def test_big_contact_drops_fields_and_says_so(qtbot, store, tmp_path):
    contact = Contact(full_name="Ana Larga", org="Org")
    contact.extra_vcard = [f"X-NOTE-{i}:{'x' * 70}" for i in range(30)]
    contact.add_note("y" * 900)
    contact.addresses = [Address("Calle Mayor 1", "28001", "Madrid", "", "ES")]
    contact.urls = [Url(f"https://example.org/{i}") for i in range(3)]
    cid = store.save(contact)
    dialog = show_qr_dialog(None, store, cid)
    qtbot.addWidget(dialog)
    assert dialog.dropped  # something had to go
    assert not dialog.warning.isHidden()
    assert "address" in dialog.warning.text()
    text = _decode(dialog.save_to(tmp_path / "ana.png"))
    assert read_vcards(text)[0][0].full_name == "Ana Larga"
