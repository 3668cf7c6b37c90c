"""Writing vCards: escaping, folding at 75 octets, PHOTO, 4.0 rules, kept lines, vobject as a check."""

from __future__ import annotations

import base64
import io
import re
from datetime import date

import pytest
import vobject  # an independent parser, used only to check what cardbox writes
from PIL import Image

from cardbox.errors import InvalidInput
from cardbox.model import Address, Contact, Email, Event, Phone, PhoneType, Social
from cardbox.vcard import derive_name, read_vcards, to_vcard
from cardbox.vcard.values import fold


def _jpeg(size: int = 200) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((size, size), 80).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def _lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[:-2].split("\r\n")


def _unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").rstrip("\r\n").split("\r\n")


def maria() -> Contact:
    c = Contact(full_name="María José Fernández Gómez", org="Innovación Textil S.L.", title="Directora Comercial")
    c.emails.append(Email("mj@innovaciontextil.es", "work"))
    c.phones.append(Phone("+34612345678", PhoneType.CELL))
    c.addresses.append(Address("Calle de Alcalá, 123\n3º izq.", "28009", "Madrid", "Madrid", "ES", "work"))
    c.events.append(Event("Feria X", date(2026, 3, 4), date(2026, 3, 6), "IFEMA Madrid"))
    c.tags.append("textil")
    return c


def test_fold_never_exceeds_75_octets_nor_cuts_a_character() -> None:
    line = "NOTE:" + "ñá€中" * 60
    folded = fold(line)
    physical = folded[:-2].split("\r\n")
    assert len(physical) > 1
    for part in physical:
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # each physical line is whole characters
    assert all(p.startswith(" ") for p in physical[1:])
    assert folded.replace("\r\n ", "")[:-2] == line


def test_short_lines_are_not_folded() -> None:
    assert fold("FN:Ana") == "FN:Ana\r\n"
    assert fold("X:" + "a" * 73) == "X:" + "a" * 73 + "\r\n"  # exactly 75 octets


def test_newlines_and_separators_are_escaped_everywhere() -> None:
    c = Contact(full_name="Ana\nEND:VCARD", org="Acme; S.A., Madrid", title="Jefa\\de\r\nventas")
    c.addresses.append(Address("Línea 1\nLínea 2", city="Madrid"))
    text = to_vcard(c)
    assert [line for line in _lines(text) if line in ("BEGIN:VCARD", "END:VCARD")] == ["BEGIN:VCARD", "END:VCARD"]
    assert "FN:Ana\\nEND:VCARD" in _unfolded(text)
    assert "ORG:Acme\\; S.A.\\, Madrid" in _unfolded(text)
    assert "TITLE:Jefa\\\\de\\nventas" in _unfolded(text)
    (back,), _ = read_vcards(text)
    assert (back.full_name, back.org, back.title) == ("Ana\nEND:VCARD", "Acme; S.A., Madrid", "Jefa\\de\nventas")


def test_version_3_layout_and_types() -> None:
    lines = _unfolded(to_vcard(maria()))
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"] and lines[-1] == "END:VCARD"
    assert "N:Fernández Gómez;María José;;;" in lines
    assert "EMAIL;TYPE=INTERNET,WORK:mj@innovaciontextil.es" in lines
    assert "TEL;TYPE=CELL:+34612345678" in lines
    assert "ADR;TYPE=WORK:;;Calle de Alcalá\\, 123\\n3º izq.;Madrid;Madrid;28009;España" in lines
    assert "CATEGORIES:textil,Feria X" in lines
    assert "X-CARDBOX-EVENT;X-START=2026-03-04;X-END=2026-03-06;X-PLACE=IFEMA Madrid:Feria X" in lines


def test_version_4_rules() -> None:
    c = maria()
    c.introduced_by_uid = "urn:uuid:11111111-2222-3333-4444-555555555555"
    c.extra_vcard.append("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(b"\xff\xd8\xff").decode())
    c.extra_vcard.append("X-FOO;CHARSET=UTF-8:bar")
    text = to_vcard(c, "4.0")
    lines = _unfolded(text)
    assert lines[:3] == ["BEGIN:VCARD", "VERSION:4.0", "KIND:individual"]
    assert not re.search(r"CHARSET=|ENCODING=", text)
    for line in lines:
        for types in re.findall(r";TYPE=([^;:]+)", line):
            assert types == types.lower()
    assert "TEL;VALUE=uri;TYPE=cell:tel:+34612345678" in lines
    assert "RELATED;TYPE=x-introducer:urn:uuid:11111111-2222-3333-4444-555555555555" in lines
    assert "PHOTO:data:image/jpeg;base64,/9j/" in lines
    assert "X-FOO:bar" in lines
    assert any(line.startswith("N:") for line in lines) and any(line.startswith("FN:") for line in lines)
    assert next(line for line in lines if line.startswith("REV:")).endswith("Z")


def test_version_3_introducer_and_related_name() -> None:
    c = maria()
    lines = _unfolded(to_vcard(c, related_uid="urn:uuid:abc", related_name="Pedro Ruiz"))
    assert "X-CARDBOX-INTRODUCED-BY:urn:uuid:abc" in lines
    assert "X-ABRELATEDNAMES;TYPE=x-introducer:Pedro Ruiz" in lines
    (back,), _ = read_vcards("\r\n".join(lines) + "\r\n")
    assert back.introduced_by_uid == "urn:uuid:abc"
    assert not any("ABRELATEDNAMES" in x for x in back.extra_vcard)


def test_photo_base64_is_folded_in_both_versions() -> None:
    photo = _jpeg()
    for version in ("3.0", "4.0"):
        text = to_vcard(maria(), version, photo=photo)
        assert all(len(p.encode()) <= 75 for p in text[:-2].split("\r\n"))
        line = next(x for x in _unfolded(text) if x.startswith("PHOTO"))
        data = line.split(",", 1)[1] if version == "4.0" else line.split(":", 1)[1]
        assert base64.b64decode(data) == photo
    assert "PHOTO;ENCODING=b;TYPE=JPEG:" in to_vcard(maria(), photo=photo)


def test_card_photo_replaces_a_kept_phone_photo() -> None:
    c = maria()
    c.extra_vcard.append("PHOTO;ENCODING=b;TYPE=JPEG:AAAA")
    text = to_vcard(c, photo=_jpeg(20))
    assert text.count("PHOTO") == 1


def test_n_is_derived_from_fn_when_empty() -> None:
    assert derive_name(Contact(full_name="María José Fernández Gómez")) == ("Fernández Gómez", "María José")
    assert derive_name(Contact(full_name="Ana López")) == ("López", "Ana")
    assert derive_name(Contact(full_name="Madonna")) == ("", "Madonna")
    text = to_vcard(Contact(org="Solo Empresa S.A."))
    assert "N:;;;;" in _unfolded(text) and "FN:Solo Empresa S.A." in _unfolded(text)
    (back,), _ = read_vcards(text)
    assert back.full_name == "" and back.org == "Solo Empresa S.A."  # FN was only the company


def test_unknown_lines_survive_a_phone_round_trip() -> None:
    phone_card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nitem1.TEL:+34612345678\r\nitem1.X-ABLabel:Oficina\r\n"
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Anita;1;;;;;;;;;;;;;\r\nGEO:40.4;-3.7\r\nEND:VCARD\r\n"
    )
    (c,), _ = read_vcards(phone_card)
    lines = _unfolded(to_vcard(c))
    for kept in (
        "item1.X-ABLabel:Oficina",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Anita;1;;;;;;;;;;;;;",
        "GEO:40.4;-3.7",
    ):
        assert kept in lines


def test_vobject_reads_what_we_write() -> None:
    c = maria()
    c.socials.append(Social("linkedin", "https://www.linkedin.com/in/mj"))
    card = vobject.readOne(to_vcard(c, photo=_jpeg(40)))
    assert card.fn.value == "María José Fernández Gómez"
    assert card.n.value.family == "Fernández Gómez"
    assert card.org.value == ["Innovación Textil S.L."]
    assert card.adr.value.street == "Calle de Alcalá, 123\n3º izq."
    assert card.tel.value == "+34612345678"


def test_unknown_version_is_refused() -> None:
    with pytest.raises(InvalidInput):
        to_vcard(maria(), "2.1")


def test_kind_org_from_another_app_is_not_doubled() -> None:
    (c,), _ = read_vcards("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Acme\r\nORG:Acme\r\nEND:VCARD\r\n")
    assert c.extra_vcard == ["KIND:org"]
    lines = _unfolded(to_vcard(c, "4.0"))
    assert [x for x in lines if x.startswith("KIND")] == ["KIND:org"]
