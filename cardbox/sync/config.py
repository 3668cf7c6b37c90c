"""Sync settings of one account (stored as JSON in `sync_accounts.settings`; never a password)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

DEFAULT_DELETION_THRESHOLD = 5


@dataclass
class SyncSettings:
    """How to talk to one server and how careful to be."""

    # More deletions than this in one sync need confirmation (CLI --confirm-deletions).
    deletion_threshold: int = DEFAULT_DELETION_THRESHOLD
    # CA bundle or certificate of a self-signed server, passed to requests' `verify=`.
    # Empty: the system's trusted CAs. Certificate checks are never switched off.
    ca_file: str = ""
    auth: str = "basic"  # basic | digest
    timeout: float = 30.0  # seconds per HTTP request
    batch_size: int = 100  # hrefs per addressbook-multiget

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SyncSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})
