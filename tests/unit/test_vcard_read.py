"""Reading real vCard exports (tests/data/vcards) and the hand-written Spanish fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cardbox.model import PhoneType, SourceKind
from cardbox.vcard import read_file, read_vcards

DATA = Path(__file__).resolve().parents[1] / "data"
REAL = sorted((DATA / "vcards").rglob("*.vcf"))
EZ = DATA / "vcards/ez-vcard/src/test/resources/ezvcard/io/text"
AOSP = DATA / "vcards/aosp-vcard-cyanogenmod/tests/res/raw"
KDE = DATA / "vcards/kcontacts/autotests/data"
ES = DATA / "vcards-es"


def _one(path: Path):  # type: ignore[no-untyped-def]
    contacts, errors = read_file(path)
    assert errors == []
    assert len(contacts) == 1
    return contacts[0]


@pytest.mark.parametrize("path", REAL, ids=lambda p: str(p.relative_to(DATA / "vcards")))
def test_every_real_file_imports_or_reports_each_card(path: Path) -> None:
    contacts, errors = read_file(path)
    cards = path.read_bytes().upper().count(b"BEGIN:VCARD")
    assert len(contacts) + len(errors) == cards
    for error in errors:
        assert error.source == path.name and error.index is not None and error.reason
    for c in contacts:
        assert c.uid and (c.display_name or c.phones or c.addresses or c.extra_vcard or c.socials or c.notes)


def test_the_real_files_are_mostly_readable() -> None:
    failed = [(p.name, e.reason) for p in REAL for e in read_file(p)[1]]
    assert failed == []  # every card of the shared real-world set maps to a contact


def test_iphone_export_maps_fields_and_keeps_unknown_lines() -> None:
    c = _one(EZ / "John_Doe_IPHONE.vcf")
    assert (c.given_names, c.family_names, c.prefix, c.suffix) == ("John Richter James", "Doe", "Mr.", "Sr.")
    assert (c.org, c.department, c.title) == ("IBM", "Accounting", "Money Counter")
    assert [p.type for p in c.phones][:4] == [PhoneType.CELL, PhoneType.HOME, PhoneType.WORK, PhoneType.FAX]
    assert c.birthday == date(2012, 6, 6)
    assert {a.country for a in c.addresses} == {"US"}
    assert "item2.X-ABLabel:_$!<AssistantPhone>!$_" in c.extra_vcard
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=JPEG:/9j/") for line in c.extra_vcard)
    assert c.sources["family_names"].kind is SourceKind.IMPORT
    assert c.sources["family_names"].ref == "John_Doe_IPHONE.vcf"
    assert all(p.source.kind is SourceKind.IMPORT for p in c.phones)


def test_outlook_quoted_printable_label_and_base64_photo() -> None:
    c = _one(EZ / "John_Doe_MS_OUTLOOK.vcf")
    assert c.emails[0].address == "john.doe@ibm.cm"
    assert c.addresses[0].street == "Cresent moon drive" and c.addresses[0].type == "work"
    assert c.birthday == date(1980, 3, 22)
    photo = next(line for line in c.extra_vcard if line.startswith("PHOTO"))
    assert " " not in photo and photo.endswith("=")  # 2.1 base64 lines were joined
    assert "X-MS-MANAGER:Big Blue" in c.extra_vcard


def test_android_21_bare_params_and_utf8_qp() -> None:
    contacts, errors = read_file(EZ / "John_Doe_ANDROID.vcf")
    assert errors == []
    bob = next(c for c in contacts if c.emails and c.emails[0].address == "bob@company.com")
    assert [p.type for p in bob.phones] == [PhoneType.CELL, PhoneType.WORK, PhoneType.FAX]
    assert bob.org == "Ñ" * 12
    assert "ORG:" + "Ñ" * 12 in bob.extra_vcard  # the second ORG is kept, not lost
    assert contacts[2].full_name == "Ñ Ñ Ñ Ñ Ñ"


def test_kcontacts_utf8_folded_in_the_middle_of_characters() -> None:
    c = _one(KDE / "vcard9.vcf")
    assert c.full_name == "βγδεαβγδ1" * 11
    assert c.family_names == "123ㄓㄕㄖbcde" + "αβγδ" * 6 + "αβㄤㄓㄕㄖ"
    assert (
        c.notes[0].text
        == "Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов."
    )


def test_aosp_japanese_shift_jis_charset() -> None:
    c = _one(AOSP / "v21_japanese_1.vcf")
    assert c.family_names == "安藤ロイド"
    assert c.phones[0].e164 == "0300000000"  # not a valid Spanish number: kept as typed


def test_aosp_nested_cards_come_out_one_by_one() -> None:
    contacts, errors = read_file(AOSP / "v21_nest.vcf")
    assert errors == []
    assert sorted(c.family_names for c in contacts) == ["nest1", "nest2", "parent"]
    assert next(c for c in contacts if c.family_names == "parent").phones[0].e164 == "1"


def test_ios_multiline_and_double_cr() -> None:
    c = _one(AOSP / "v30_ios_613_multiline.vcf")
    assert c.full_name == "Bob Smith" and c.emails[0].address == "bob@smithauto.com"
    assert c.urls[0].url == "www.smithauto.com"


def test_spanish_outlook_latin1_qp() -> None:
    c = _one(ES / "outlook-21-qp-latin1.vcf")
    assert c.full_name == "María José Fernández Gómez"
    assert (c.given_names, c.family_names, c.prefix) == ("María José", "Fernández Gómez", "Dra.")
    assert (c.org, c.department, c.title) == ("Innovación Textil S.L.", "Dirección Comercial", "Directora Comercial")
    assert [(p.e164, p.type) for p in c.phones] == [
        ("+34911234567", PhoneType.WORK),
        ("+34612345678", PhoneType.CELL),
        ("+34911234568", PhoneType.FAX),
        ("ext. 2345", PhoneType.HOME),
    ]
    a = c.addresses[0]
    assert (a.street, a.city, a.postal_code, a.country) == (
        "Calle de Alcalá, 123\n3º izquierda",
        "Madrid",
        "28009",
        "ES",
    )
    assert c.notes[0].text == "Conocida en la feria de España.\nLe interesa la colección de otoño."
    assert c.notes[0].at.isoformat() == "2026-03-04T10:15:00+00:00"  # REV dates a plain NOTE
    assert "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2" in c.extra_vcard
    assert c.uid.startswith("urn:uuid:")


def test_missing_uid_is_stable_across_reads() -> None:
    first = [c.uid for c in read_file(ES / "google-export.vcf")[0]]
    again = [c.uid for c in read_file(ES / "google-export.vcf")[0]]
    assert first == again and len(set(first)) == 3


def test_spanish_android_utf8_qp_soft_break_inside_a_character() -> None:
    c = _one(ES / "android-21-qp-utf8.vcf")
    assert c.title == "Directora Comercial de España y Portugal"
    assert c.uid == "android-7f3e2a"
    assert c.extra_vcard == ["X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Majo;1;;;;;;;;;;;;;"]


def test_google_export_multi_card() -> None:
    contacts, errors = read_file(ES / "google-export.vcf")
    assert errors == []
    inigo, lucia, jorge = contacts
    assert inigo.org == "Bodegas Ñandú, S.A." and inigo.title == "Enólogo jefe"
    assert inigo.addresses[0].country == "ES" and inigo.urls[0].url == "https://bodegasnandu.es"
    assert inigo.notes[0].text == "Vino del año: reserva 2019\nPedir muestras"
    assert inigo.tags == ["myContacts", "Vinos"]
    assert lucia.addresses[0].country == "GB" and lucia.phones[0].e164 == "+442079460958"
    assert lucia.birthday == date(1985, 7, 14)
    assert jorge.socials[0].service == "linkedin"
    assert jorge.phones[0].e164 == "+34655443322"


def test_malformed_card_in_the_middle_is_reported_and_the_rest_imports() -> None:
    contacts, errors = read_file(ES / "malformed-middle.vcf")
    assert [c.full_name for c in contacts] == ["Ana López", "Núria Puig"]  # the last one lacks END:VCARD
    assert len(errors) == 1
    assert errors[0].source == "malformed-middle.vcf" and errors[0].index == 1
    assert "not a vCard property" in errors[0].reason


def test_windows_1252_file_without_charset() -> None:
    c = _one(ES / "windows-cp1252.vcf")
    assert c.full_name == "Begoña Sánchez Ruiz" and c.org == "Construcciones Añón"
    assert c.addresses[0].street == "Passeig de Gràcia 21" and c.addresses[0].country == "ES"


def test_utf8_bom_and_str_input() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José\r\nEND:VCARD\r\n"
    assert read_vcards(b"\xef\xbb\xbf" + text.encode())[0][0].full_name == "José"
    assert read_vcards("\ufeff" + text)[0][0].full_name == "José"


def test_not_a_vcard_and_empty_card() -> None:
    contacts, errors = read_vcards("hello world", "x.txt")
    assert contacts == [] and errors[0].index is None
    contacts, errors = read_vcards("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n", "e.vcf")
    assert contacts == [] and errors[0].index == 0 and "empty card" in errors[0].reason


def test_vcard4_tel_uri_related_and_cardbox_properties() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nTEL;VALUE=uri;TYPE=cell:tel:+34612345678\r\n"
        "RELATED;TYPE=x-introducer:urn:uuid:1234\r\nCATEGORIES:cliente,Feria X\r\n"
        'X-CARDBOX-EVENT;X-START=2026-03-04;X-END=2026-03-06;X-PLACE="IFEMA; Madrid":Feria X\r\n'
        "X-CARDBOX-WARMTH:caliente\r\nX-CARDBOX-NOTE;X-AT=2026-03-04T10:00:00Z;X-CONTACTED=1:Llamada\r\n"
        "NOTE:[2026-03-04] Llamada\r\nX-CARDBOX-FOLLOW-UP:2026-04-01\r\nX-CARDBOX-JOB;X-UNTIL=2025-12-31:Acme;CEO\r\n"
        "END:VCARD\r\n"
    )
    (c,), errors = read_vcards(text)
    assert errors == []
    assert c.phones[0].e164 == "+34612345678" and c.introduced_by_uid == "urn:uuid:1234"
    assert c.tags == ["cliente"] and c.events[0].place == "IFEMA; Madrid" and c.events[0].end == date(2026, 3, 6)
    assert c.warmth.key == "hot" and c.follow_up == date(2026, 4, 1)
    assert [(n.text, n.contacted) for n in c.notes] == [("Llamada", True)]  # NOTE not duplicated
    assert (c.jobs[0].org, c.jobs[0].title, c.jobs[0].until) == ("Acme", "CEO", date(2025, 12, 31))


def test_note_edited_on_a_phone_is_kept_as_a_new_note() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nX-CARDBOX-NOTE;X-AT=2026-03-04T10:00:00Z;X-CONTACTED=0:Llamada\r\n"
        "NOTE:[2026-03-04] Llamada\\n\\nMe debe un presupuesto\r\nEND:VCARD\r\n"
    )
    (c,), _ = read_vcards(text)
    assert [n.text for n in c.notes] == ["Llamada", "[2026-03-04] Llamada\n\nMe debe un presupuesto"]


def test_provenance_kind_can_be_sync() -> None:
    (c,), _ = read_vcards(
        "BEGIN:VCARD\r\nFN:Ana\r\nTEL:+34612345678\r\nEND:VCARD\r\n", "https://dav/x.vcf", kind=SourceKind.SYNC
    )
    assert c.sources["full_name"].kind is SourceKind.SYNC and c.phones[0].source.ref == "https://dav/x.vcf"


def test_phone_extensions_are_kept() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon\r\nTEL;VALUE=uri:tel:+1-418-656-9254;ext=102\r\n"
        "TEL:+34 911 234 567 ext. 12\r\nEND:VCARD\r\n"
    )
    (c,), _ = read_vcards(text)
    assert [p.e164 for p in c.phones] == ["+1-418-656-9254 ext. 102", "+34 911 234 567 ext. 12"]
