"""A lost "@" read by Tesseract as "(A" / "(d" (seen in bench/scan.py failures) is put back."""

from __future__ import annotations

import pytest

from cardbox.scan.parse import parse_text


@pytest.mark.parametrize(
    "text, email",
    [
        (
            "Rubén González\nruben.gonzalez(Agrupoindustrial.com\nwww.grupoindustrial.com",
            "ruben.gonzalez@grupoindustrial.com",
        ),
        ("Ana Ruiz Gil\nana.ruiz(dcontoso.es", "ana.ruiz@contoso.es"),
    ],
)
def test_lost_at_is_repaired_with_lower_confidence(text: str, email: str) -> None:
    card = parse_text(text)
    assert [e.address for e in card.contact.emails] == [email]
    assert card.contact.emails[0].source.confidence < 0.97


def test_a_word_with_a_parenthesis_is_not_an_email() -> None:
    assert parse_text("Ventas (Andalucía)\nGrupo Sur S.L.").contact.emails == []
