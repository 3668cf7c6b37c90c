"""Field-by-field three-way merge of a contact changed on both sides of a sync.

`base` is the contact as both sides last agreed (parsed from the server text saved in the sync
state), `local` the tarjetero's contact, `remote` the server's. Each side's changes against the
base are applied; when both changed the same field differently, the user's own value wins over
OCR, the tarjetero wins otherwise, and the losing value is kept in a dated note. Lists are
merged by key; notes are never removed by a sync. Nothing known to either side is lost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from cardbox.model import SCALAR_FIELDS, Contact, Provenance, SourceKind
from cardbox.phones import normalize
from cardbox.text import fold

SYNC = Provenance(SourceKind.SYNC)
SCALARS = (*SCALAR_FIELDS, "birthday", "warmth", "follow_up")

LIST_KEYS: dict[str, Callable[[Any], object]] = {
    "emails": lambda e: e.address.strip().lower(),
    "phones": lambda p: normalize(p.e164),
    "urls": lambda u: u.url.strip().rstrip("/").lower(),
    "addresses": lambda a: tuple(fold(x) for x in (a.street, a.postal_code, a.city, a.region, a.country)),
    "socials": lambda s: (s.service.lower(), s.handle.strip().lower()),
    "tags": lambda t: fold(t),
    "events": lambda e: fold(e.name),
    "extra_vcard": lambda line: line,
}
APPEND_ONLY = {"notes": lambda n: n.text.strip()}


def merge3(base: Contact | None, local: Contact, remote: Contact) -> tuple[Contact, list[str]]:
    """The merged contact (a copy of `local` with `remote`'s changes) and the conflicts seen."""
    out = copy.deepcopy(local)
    conflicts: list[str] = []
    for name in SCALARS:
        _merge_scalar(name, base, out, remote, conflicts)
    for name, key in LIST_KEYS.items():
        setattr(
            out,
            name,
            _merge_list(getattr(base, name) if base else None, getattr(out, name), getattr(remote, name), key),
        )
    for name, key in APPEND_ONLY.items():
        setattr(out, name, _merge_list(None, getattr(out, name), getattr(remote, name), key))
    return out, conflicts


def _merge_scalar(name: str, base: Contact | None, out: Contact, remote: Contact, conflicts: list[str]) -> None:
    b = getattr(base, name) if base else None
    l_val, r_val = getattr(out, name), getattr(remote, name)
    if r_val == l_val or (base is not None and r_val == b) or not r_val and base is None:
        return
    if not l_val or (base is not None and l_val == b):
        _take(out, name, r_val)
        return
    # Both sides hold a different value: one wins, the other goes to a note.
    remote_wins = out.source_of(name).kind is SourceKind.SCAN if name in SCALAR_FIELDS else False
    loser = l_val if remote_wins else r_val
    if remote_wins:
        _take(out, name, r_val)
    where = "tarjetero" if remote_wins else "server"
    conflicts.append(name)
    out.add_note(f"Sync conflict: {name} was {loser!s} on the {where} / conflicto de sincronización")


def _take(out: Contact, name: str, value: object) -> None:
    if name in SCALAR_FIELDS:
        out.set_field(name, value or "", SYNC)  # type: ignore[arg-type]
    else:
        setattr(out, name, value)


def _merge_list(base: list | None, local: list, remote: list, key: Callable[[Any], object]) -> list:
    """Local items minus those the remote removed since the base, plus the remote's additions."""
    base_keys = {key(x) for x in base} if base is not None else set()
    remote_keys = {key(x) for x in remote}
    removed = base_keys - remote_keys
    result = [x for x in local if key(x) not in removed]
    seen = {key(x) for x in result}
    for item in remote:
        k = key(item)
        if k not in seen and (k not in base_keys or base is None):
            result.append(copy.deepcopy(item))
            seen.add(k)
    return result
