"""Configuring a sync account (shared by the CLI and the GUI): discover the server's address
books, choose or create one, keep the password in the keyring, save the account."""

from __future__ import annotations

from pathlib import Path

from cardbox.errors import InvalidInput
from cardbox.store import Store
from cardbox.sync import carddav, credentials
from cardbox.sync.config import SyncSettings
from cardbox.sync.http import Session
from cardbox.sync.state import Account, save_account


def choose_addressbook(
    session: Session, home: str, books: list[carddav.AddressBook], wanted: str
) -> carddav.AddressBook:
    """The address book named `wanted` (created when missing), or the only one, or a new "cardbox"."""
    if wanted:
        for book in books:
            if wanted in (book.name, book.displayname, book.url, book.url.rstrip("/").rsplit("/", 1)[-1]):
                return book
        return carddav.create_addressbook(session, home, wanted)
    if len(books) == 1:
        return books[0]
    if not books:
        return carddav.create_addressbook(session, home, "cardbox")
    names = ", ".join(b.name for b in books)
    raise InvalidInput(f"the server has several address books ({names}); choose one with --addressbook NAME")


def setup_carddav(
    store: Store,
    url: str,
    username: str,
    password: str,
    *,
    addressbook: str = "",
    settings: SyncSettings | None = None,
    name: str = "default",
) -> Account:
    """Check the credentials against the server (nothing is saved when they fail), pick the
    address book, store the password in the OS keyring and save the account."""
    settings = settings or SyncSettings()
    session = Session(url, username, password, settings)
    home, books = carddav.discover(session)
    book = choose_addressbook(session, home, books, addressbook)
    credentials.set_password(url, username, password)
    return save_account(store, Account(name, "carddav", url, username, book.url, settings))


def setup_vdir(store: Store, folder: Path, *, settings: SyncSettings | None = None, name: str = "default") -> Account:
    """An account that syncs with a folder of .vcf files (created when missing)."""
    path = Path(folder).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return save_account(store, Account(name, "vdir", str(path), settings=settings or SyncSettings()))
