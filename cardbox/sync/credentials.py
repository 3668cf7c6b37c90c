"""Sync passwords live in the OS keyring (Secret Service, macOS Keychain, Windows Credential
Locker) through `keyring`, never in a file, a setting or a log line."""

from __future__ import annotations

from urllib.parse import urlsplit

import keyring
import keyring.errors

from cardbox.errors import SyncError

SERVICE = "cardbox-sync"


def _key(url: str, username: str) -> str:
    parts = urlsplit(url)
    return f"{username}@{parts.scheme}://{parts.netloc}"


def set_password(url: str, username: str, password: str) -> None:
    """Store the password for this user on this server."""
    try:
        keyring.set_password(SERVICE, _key(url, username), password)
    except keyring.errors.NoKeyringError as exc:
        raise SyncError(
            "no system keyring is available to keep the password (start or unlock GNOME Keyring, "
            "KWallet or the macOS/Windows keychain); cardbox never writes it to a file",
            server=url,
        ) from exc
    except keyring.errors.KeyringError as exc:
        raise SyncError(f"the system keyring cannot store the password ({type(exc).__name__})", server=url) from exc


def get_password(url: str, username: str) -> str | None:
    """The stored password (None when none is stored or the user has no name)."""
    if not username:
        return None
    try:
        secret = keyring.get_password(SERVICE, _key(url, username))
    except keyring.errors.KeyringError as exc:
        raise SyncError(f"the system keyring cannot be read ({type(exc).__name__})", server=url) from exc
    if secret is None:
        raise SyncError(f"no password stored for {username}; run `cardbox sync --setup URL --user NAME`", server=url)
    return secret


def delete_password(url: str, username: str) -> None:
    try:
        keyring.delete_password(SERVICE, _key(url, username))
    except keyring.errors.PasswordDeleteError:
        pass
