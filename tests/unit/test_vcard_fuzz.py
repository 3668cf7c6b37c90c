"""Damaged vCards never crash the reader, and whatever it reads can be written and read again."""

from __future__ import annotations

import random
from pathlib import Path

from cardbox.vcard import read_vcards, to_vcard

DATA = Path(__file__).resolve().parents[1] / "data"
SPICE = [
    b"\r\nBEGIN:VCARD\r\n",
    b"\r\nEND:VCARD\r\n",
    b";ENCODING=QUOTED-PRINTABLE",
    b";CHARSET=foo",
    b"=\r\n",
    b"X-CARDBOX-NOTE;X-AT=zz:",
    b"\r\nX-CARDBOX-EVENT;X-START=2026-13-40:",
    b"N:;;;;;;;;",
    b"ADR:",
    b"\r\nTEL:",
    b"item1.",
    b';TYPE="',
    b"\r\nBDAY:2020-02-30\r\n",
    b"\xff\xfe",
    b"\r\n \r\n",
]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randrange(len(out) + 1)
        roll = rng.random()
        if roll < 0.4 and out:
            del out[pos : pos + rng.randint(1, 20)]
        elif roll < 0.7:
            out[pos:pos] = bytes(rng.choice(b';:=,\\"\r\n \tABCDEFQ\xc3\xa9\xff') for _ in range(rng.randint(1, 5)))
        else:
            out[pos:pos] = rng.choice(SPICE)
    return bytes(out)


def test_mutated_real_files_never_crash_and_rewrite_cleanly() -> None:
    rng = random.Random(20261123)
    files = [
        p.read_bytes() for p in sorted((DATA / "vcards").rglob("*.vcf")) + sorted((DATA / "vcards-es").glob("*.vcf"))
    ]
    for _ in range(400):
        data = _mutate(rng, rng.choice(files))
        contacts, errors = read_vcards(data, "damaged.vcf")
        assert len(contacts) + len(errors) >= 1
        assert all(e.source == "damaged.vcf" and e.reason for e in errors)
        for c in contacts:
            for version in ("3.0", "4.0"):
                back, back_errors = read_vcards(to_vcard(c, version))
                assert back_errors == [] and len(back) == 1
