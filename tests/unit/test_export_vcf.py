"""VCF export: atomic file, stdout, streams, card photos downscaled, introducers by UID and name."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from cardbox.errors import InvalidInput
from cardbox.export.vcf import PHOTO_MAX_BYTES, downscale_jpeg, export_vcf
from cardbox.model import CardImage, Contact, Email
from cardbox.store import Store
from cardbox.vcard import read_file, read_vcards

PHOTO = Path(__file__).resolve().parents[1] / "data" / "cards-real" / "azure-business-card-english.jpg"


def _two(store: Store) -> tuple[int, int]:
    a = store.save(Contact(full_name="Alberto Gil", emails=[Email("alberto@gil.es")]))
    b = Contact(full_name="Beatriz Sanz", org="Acme; S.A.")
    b.introduced_by = a
    return a, store.save(b)


def test_export_to_a_file_reads_back(store: Store, tmp_path: Path) -> None:
    a, b = _two(store)
    target = tmp_path / "sub" / "out.vcf"
    assert export_vcf(store, [a, b], target) == 2
    contacts, errors = read_file(target)
    assert errors == [] and [c.full_name for c in contacts] == ["Alberto Gil", "Beatriz Sanz"]
    assert contacts[1].introduced_by_uid == store.get(a).uid
    assert "X-ABRELATEDNAMES;TYPE=x-introducer:Alberto Gil" in target.read_text(encoding="utf-8")
    assert not list(target.parent.glob(".tmp-*"))  # the temporary file was renamed away


def test_export_keeps_the_old_file_when_it_fails(store: Store, tmp_path: Path) -> None:
    a, _ = _two(store)
    target = tmp_path / "out.vcf"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(InvalidInput):
        export_vcf(store, [a], target, version="9.9")  # refused before anything is written
    assert target.read_text(encoding="utf-8") == "old"


def test_export_to_stdout_and_stream(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _two(store)
    export_vcf(store, [b], "-", version="4.0")
    out = capsys.readouterr().out
    assert out.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and "RELATED;TYPE=x-introducer:" in out
    stream = io.StringIO()
    export_vcf(store, [a], stream)
    assert read_vcards(stream.getvalue())[0][0].full_name == "Alberto Gil"
    binary = io.BytesIO()
    export_vcf(store, [a], binary)
    assert binary.getvalue().startswith(b"BEGIN:VCARD\r\n")


def test_photos_are_the_card_image_under_40_kb(store: Store) -> None:
    sha = store.images.put(PHOTO.read_bytes(), ".jpg")
    cid = store.save(Contact(full_name="Avery Smith", cards=[CardImage(sha)]))
    plain = store.save(Contact(full_name="Sin Foto"))
    out = io.StringIO()
    export_vcf(store, [cid, plain], out, with_photos=True)
    text = out.getvalue()
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    (with_photo, without), _ = read_vcards(text)
    line = next(x for x in with_photo.extra_vcard if x.startswith("PHOTO"))
    jpeg = base64.b64decode(line.split(":", 1)[1])
    assert len(jpeg) <= PHOTO_MAX_BYTES
    with Image.open(io.BytesIO(jpeg)) as img:
        assert img.format == "JPEG" and max(img.size) <= 480
    assert not any(x.startswith("PHOTO") for x in without.extra_vcard)


def test_downscale_keeps_shrinking_until_it_fits() -> None:
    noise = io.BytesIO()
    Image.effect_noise((1200, 1200), 100).convert("RGB").save(noise, "PNG")
    small = downscale_jpeg(noise.getvalue(), max_bytes=8_000)
    assert len(small) <= 8_000
