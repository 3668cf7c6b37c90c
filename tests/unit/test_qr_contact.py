"""QR codes of contacts: written with segno, read back with OpenCV's QR decoder."""

from __future__ import annotations

import base64
from pathlib import Path

import cv2
import pytest

from cardbox.cli.main import main
from cardbox.errors import InvalidInput
from cardbox.export.qr import MAX_VERSION, build, write_qr
from cardbox.model import Contact, Email, Phone, PhoneType, Url
from cardbox.store import Store
from cardbox.vcard import read_vcards


def decode(path: Path) -> str:
    img = cv2.imread(str(path))
    text, points, _ = cv2.QRCodeDetector().detectAndDecode(img)
    assert points is not None and text, "OpenCV could not read the code"
    return text


def maria() -> Contact:
    return Contact(
        full_name="María José Fernández Gómez",
        given_names="María José",
        family_names="Fernández Gómez",
        org="Acme Ibérica",
        title="Directora comercial",
        emails=[Email("mj.fernandez@acme.es")],
        phones=[Phone("+34612345678", PhoneType.CELL)],
        urls=[Url("https://acme.es")],
    )


def test_png_holds_the_contact_as_vcard(tmp_path: Path) -> None:
    res = write_qr(maria(), tmp_path / "mj.png")
    assert res.version <= MAX_VERSION and not res.warnings
    (back,), errors = read_vcards(decode(tmp_path / "mj.png"))
    assert not errors
    assert back.full_name == "María José Fernández Gómez" and back.org == "Acme Ibérica"
    assert [e.address for e in back.emails] == ["mj.fernandez@acme.es"]
    assert "34612345678" in back.phones[0].e164.replace(" ", "")


def test_mecard_and_svg(tmp_path: Path) -> None:
    res = write_qr(maria(), tmp_path / "mj.png", mecard=True)
    text = decode(tmp_path / "mj.png")
    assert text.startswith("MECARD:") and "TEL:+34612345678" in text and res.format == "mecard"
    write_qr(maria(), tmp_path / "mj.svg")
    svg = (tmp_path / "mj.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "path" in svg


def test_photo_and_long_notes_go_first_and_it_still_scans(tmp_path: Path) -> None:
    c = maria()
    photo = base64.b64encode(bytes(range(256)) * 12).decode()
    c.extra_vcard = [f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}", "X-SPOUSE:Juan"]
    c.add_note("Long conversation about the supply chain. " * 60)
    c.add_note("likes paella")
    res = write_qr(c, tmp_path / "big.png")
    assert "photo" in res.dropped and "long notes" in res.dropped and res.version <= MAX_VERSION
    text = decode(tmp_path / "big.png")
    assert "PHOTO" not in text and "likes paella" in text and "X-SPOUSE:Juan" in text


def test_secondary_fields_go_next_with_a_warning() -> None:
    c = maria()
    c.emails += [Email(f"alias{i}@acme-iberica-holding.example.com") for i in range(12)]
    c.phones += [Phone(f"+3461234{i:04d}", PhoneType.WORK) for i in range(12)]
    _, res = build(c)
    assert res.version <= MAX_VERSION
    assert any(w.code == "fields-dropped" for w in res.warnings)
    assert "mj.fernandez@acme.es" in res.content and "+34612345678" in res.content


def test_core_that_does_not_fit_is_a_structured_warning() -> None:
    c = maria()
    c.full_name = "Nombre " * 120
    c.org = "Organización " * 20
    _, res = build(c)
    (warning,) = [w for w in res.warnings if w.code == "core-too-big"]
    assert res.version > MAX_VERSION and "full_name" in warning.fields


def test_wrong_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        write_qr(maria(), tmp_path / "mj.jpg")


def test_cli_qr(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cid = store.save(maria())
    store.close()
    out = tmp_path / "cli.png"
    assert main(["qr", str(cid), "-o", str(out)]) == 0
    assert "Fernández" in decode(out)
    assert main(["qr", "999", "-o", str(out)]) == 3
