"""Value-level vCard text rules: escaping, component splitting, folding, QP, parameters, dates."""

from __future__ import annotations

import quopri
import re
from datetime import UTC, date, datetime

CRLF = "\r\n"
FOLD_OCTETS = 75


def escape(text: str) -> str:
    """Escape a text value: backslash, comma, semicolon and every kind of line break."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def unescape(text: str) -> str:
    """Undo `escape` (and the looser escapes other producers write, like `\\:`)."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_escaped(text: str, sep: str) -> list[str]:
    """Split on `sep` where it is not escaped with a backslash; parts stay escaped."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def components(value: str, count: int = 0) -> list[str]:
    """The unescaped `;`-separated components of a structured value, padded to `count`."""
    parts = [unescape(p) for p in split_escaped(value, ";")]
    return parts + [""] * (count - len(parts))


def list_values(value: str) -> list[str]:
    """The unescaped `,`-separated values of a text list (CATEGORIES, N components)."""
    return [unescape(p).strip() for p in split_escaped(value, ",") if p.strip()]


def structured(parts: list[str]) -> str:
    """Join components, escaping each one."""
    return ";".join(escape(p) for p in parts)


def fold(line: str) -> str:
    """Fold a content line at 75 octets without cutting a UTF-8 character; CRLF-terminated."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line + CRLF
    pieces: list[str] = []
    start, limit = 0, FOLD_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a multi-byte character
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, FOLD_OCTETS - 1  # continuation lines start with one space
    return (CRLF + " ").join(pieces) + CRLF


def decode_qp(value: str, charset: str) -> str:
    """Decode a QUOTED-PRINTABLE value (soft breaks already joined) in its CHARSET."""
    raw = quopri.decodestring(value.encode("latin-1", "replace"))
    return decode_bytes_as(raw, charset)


def decode_bytes_as(raw: bytes, charset: str) -> str:
    """Bytes in the declared charset, else UTF-8, else Windows-1252; never raises.

    A declared charset with a few bad bytes keeps its good characters (replacement marks)
    rather than turning the whole value into mojibake.
    """
    for name in (charset, "utf-8"):
        if not name:
            continue
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return raw.decode(charset or "cp1252", errors="replace")
    except LookupError:
        return raw.decode("cp1252", errors="replace")


# -- parameters (RFC 6868 caret encoding for our own free-text parameters) -------------------

_NEEDS_QUOTES = re.compile(r'[;:,"]')


def param_value(text: str) -> str:
    """A free-text parameter value: caret-encoded (RFC 6868) and quoted when needed."""
    text = text.replace("^", "^^").replace("\r\n", "^n").replace("\n", "^n").replace("\r", "^n").replace('"', "^'")
    return f'"{text}"' if _NEEDS_QUOTES.search(text) or text != text.strip() else text


def param_text(value: str) -> str:
    """Undo `param_value` (quotes are already gone)."""
    if "^" not in value:
        return value
    return re.sub(r"\^(\^|n|')", lambda m: {"^": "^", "n": "\n", "'": '"'}[m.group(1)], value)


# -- dates ----------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")


def parse_date(text: str) -> date | None:
    """A full date from `19960415`, `1996-04-15` or `1996-04-15T00:00:00Z`; None otherwise."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_moment(text: str) -> datetime | None:
    """An aware UTC datetime from ISO 8601 (basic or extended); naive values are taken as UTC."""
    text = text.strip()
    m = re.match(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\.\d+)?(Z?)$", text)
    if m:
        text = f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}{m[7] or ''}{'+00:00' if m[8] else ''}"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        day = parse_date(text)
        return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def moment_text(moment: datetime, basic: bool = False) -> str:
    """An aware datetime as ISO 8601 in UTC with a `Z`; `basic` has no `-`/`:` (safe in parameters)."""
    moment = moment.astimezone(UTC)
    if basic:
        frac = f".{moment.microsecond:06d}" if moment.microsecond else ""
        return moment.strftime("%Y%m%dT%H%M%S") + frac + "Z"
    return moment.isoformat().replace("+00:00", "Z")
