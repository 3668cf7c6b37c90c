"""From .vcf bytes or text to cards made of parsed content lines, repairing what real files break.

Real exports fold inside UTF-8 characters, mix charsets, use 2.1 bare parameters and
quoted-printable soft breaks, nest cards, forget END:VCARD or spill a multi-line note over raw
lines. Each card is lexed on its own so one broken card never hides the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cardbox.errors import VCardError
from cardbox.vcard.values import decode_bytes_as, decode_qp

_UNFOLD_BYTES = re.compile(rb"(?:\r*\n|\r)[ \t]")
_NEWLINES = re.compile(r"\r*\n|\r")
_UNFOLD = re.compile(r"\n[ \t]")
_PROPERTY_START = re.compile(r"^(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+[;:]")
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
# An unquoted time in a parameter (`X-AT=2026-03-04T10:00:00Z`) must not end the parameters.
_TIME_SO_FAR = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}(?::\d{2})?$")
_NOT_CONTINUED = {"BEGIN", "END", "VERSION"}


@dataclass
class Prop:
    """One content line: `group.NAME;PARAM=v,w;BARE:value` with the value decoded but still escaped."""

    name: str
    value: str
    group: str = ""
    params: list[tuple[str, str]] = field(default_factory=list)  # (UPPER name, value); bare -> TYPE
    line: str = ""  # the unfolded line as found, for keeping unknown properties verbatim
    changed: bool = False  # decoded from QP/8-bit or bare params: `line` must be rebuilt

    def param(self, name: str) -> str:
        return next((v for k, v in self.params if k == name), "")

    @property
    def types(self) -> set[str]:
        """Lower-case TYPE values, however they were written (`TYPE=a,b`, `TYPE=a;TYPE=b`, bare)."""
        out: set[str] = set()
        for key, value in self.params:
            if key == "TYPE":
                out.update(v.strip().strip('"').lower() for v in value.split(",") if v.strip())
        return out


@dataclass
class RawCard:
    index: int
    lines: list[str]
    closed: bool = True


def decode_file_bytes(data: bytes) -> tuple[str, bool]:
    """Text of a .vcf and whether it was 8-bit non-UTF-8 (then values are latin-1-mapped bytes).

    Unfolding happens on bytes first because some writers fold in the middle of a UTF-8
    character, which only decodes once the halves are joined again.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), False
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = _UNFOLD_BYTES.sub(b"", data)
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


def split_cards(text: str) -> list[RawCard]:
    """Cards in order of their BEGIN line; nested cards come out as cards of their own."""
    text = _UNFOLD.sub("", _NEWLINES.sub("\n", text))
    cards: list[RawCard] = []
    stack: list[RawCard] = []
    for line in text.split("\n"):
        key = line.strip().upper().replace(" ", "")
        if key == "BEGIN:VCARD":
            card = RawCard(len(cards), [])
            cards.append(card)
            stack.append(card)
        elif key == "END:VCARD":
            if stack:
                stack.pop()
        elif stack:
            stack[-1].lines.append(line)
    for card in stack:  # END:VCARD missing: the card ends with the file (repaired)
        card.closed = False
    return cards


def lex_card(card: RawCard, eight_bit: bool = False, source: str = "") -> list[Prop]:
    """The properties of one card, with QP soft breaks joined and stray lines repaired."""
    logical: list[str] = []
    # Fast path: most cards have no quoted-printable at all, so skip the per-line soft-break checks.
    qp = any("QUOTED-PRINTABLE" in line.upper() for line in card.lines if "=" in line)
    for number, line in enumerate(card.lines, start=1):
        if not line.strip():
            if qp and logical and _is_qp(logical[-1]) and logical[-1].endswith("="):
                logical[-1] = logical[-1][:-1]  # a blank line ends a dangling soft break
            continue
        if qp and logical and logical[-1].endswith("=") and _is_qp(logical[-1]):
            logical[-1] = logical[-1][:-1] + line
        elif _PROPERTY_START.match(line):
            logical.append(line)
        elif logical and _name_of(logical[-1]) not in _NOT_CONTINUED:
            logical[-1] = _continue(logical[-1], line)
        else:
            raise VCardError(f"line {number} is not a vCard property: {line.strip()[:40]!r}", source, card.index)
    return [parse_line(line, eight_bit, source, card.index) for line in logical]


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _name_of(line: str) -> str:
    head = re.split(r"[;:]", line, maxsplit=1)[0]
    return head.rsplit(".", 1)[-1].upper()


def _continue(line: str, extra: str) -> str:
    """A raw line that is not a property: base64 goes on, text gains an escaped line break."""
    head = line.split(":", 1)[0].upper()
    if "BASE64" in head or "ENCODING=B" in head:
        return line + extra.strip()
    return line + "\\n" + extra


def parse_line(line: str, eight_bit: bool = False, source: str = "", index: int = 0) -> Prop:
    """Parse `group.NAME;params:value`, decoding QP and charsets into text."""
    name_end = re.match(r"^[A-Za-z0-9_.-]+", line)
    if not name_end:
        raise VCardError(f"unreadable line {line[:40]!r}", source, index)
    group, _, name = name_end.group(0).rpartition(".")
    params, value, changed = _parse_params(line, name_end.end(), source, index)
    prop = Prop(name.upper(), value, group, params, line, changed)
    if not params and not eight_bit:
        return prop
    encoding = prop.param("ENCODING").upper()
    charset = prop.param("CHARSET")
    if encoding == "QUOTED-PRINTABLE":
        prop.value = decode_qp(value, charset).replace("\r\n", "\n").replace("\r", "\n")
        prop.changed = True
    elif eight_bit:
        prop.value = decode_bytes_as(value.encode("latin-1"), charset)
        prop.changed = True
    return prop


def _parse_params(line: str, pos: int, source: str, index: int) -> tuple[list[tuple[str, str]], str, bool]:
    params: list[tuple[str, str]] = []
    changed = False
    n = len(line)
    while pos < n and line[pos] == ";":
        pos += 1
        start = pos
        while pos < n and line[pos] not in "=;:":
            pos += 1
        key = line[start:pos].strip().upper()
        if pos < n and line[pos] == "=":
            pos += 1
            value, pos = _param_value(line, pos)
        else:  # vCard 2.1 bare parameter: `TEL;CELL;PREF:` or `;QUOTED-PRINTABLE`
            key, value, changed = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key, True
        if key:
            params.append((key, value))
    if pos >= n or line[pos] != ":":
        raise VCardError(f"no ':' in line {line[:40]!r}", source, index)
    return params, line[pos + 1 :], changed


def _param_value(line: str, pos: int) -> tuple[str, int]:
    """A parameter value (possibly a comma list with quoted parts) up to the next `;` or `:`."""
    out: list[str] = []
    n = len(line)
    while pos < n and line[pos] not in ";:" or (pos < n and line[pos] == ":" and _TIME_SO_FAR.search("".join(out))):
        if line[pos] == '"':
            end = line.find('"', pos + 1)
            if end < 0:  # an unclosed quote: take it as a stray character, not as quoting
                pos += 1
                continue
            out.append(line[pos + 1 : end])
            pos = end + 1
        else:
            out.append(line[pos])
            pos += 1
    return "".join(out), pos
