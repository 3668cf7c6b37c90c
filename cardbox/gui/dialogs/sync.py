"""CardDAV settings and "Sync now", driven by the sync core through the worker bridge.

The password goes to the system keyring (`cardbox.sync.credentials`), never to a file. Finding
the address books and syncing both run off the GUI thread, so a slow server never freezes
the window; a sync that would delete many contacts asks first.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbox.errors import CardboxError
from cardbox.gui.worker import Worker
from cardbox.progress import CancelFlag, Progress
from cardbox.store import Store

ACCOUNT_NAME = "default"


def sync_available() -> bool:
    """True when the sync core is installed (it is optional while cardbox is being built)."""
    try:
        import cardbox.sync.carddav  # noqa: F401
        import cardbox.sync.credentials  # noqa: F401
        import cardbox.sync.engine  # noqa: F401
        import cardbox.sync.state  # noqa: F401
    except ImportError:
        return False
    return True


def discover_job(url: str, user: str, password: str) -> Iterator[Progress]:
    """Log in and list the address books (creating a "cardbox" one on an empty server)."""
    from cardbox.sync import carddav
    from cardbox.sync.carddav import Session

    yield Progress("discover", 0, 1, url)
    session = Session(url, user, password)
    home, books = carddav.discover(session)
    if not books:
        books = [carddav.create_addressbook(session, home, "cardbox")]
    yield Progress("discover", 1, 1, url, payload=books)


def sync_job(account_name: str, flag: CancelFlag, confirm: bool):  # noqa: ANN201
    """The worker job: one sync of the saved account on the worker's own Store."""

    def job(store: Store) -> Iterator[Progress]:
        from cardbox.sync.engine import sync
        from cardbox.sync.state import get_account

        return sync(store, get_account(store, account_name), cancel=flag, confirm_deletions=confirm)

    return job


class SyncDialog(QDialog):
    """Server, user, password, address book; Save; Sync now with a progress bar."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync with your phone (CardDAV)"))
        self.store = store
        self.worker: Worker | None = None
        self.result: object = None
        self.available = sync_available()
        self._build()
        self._load_account()
        self._update()

    def _build(self) -> None:
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.books = QComboBox()
        self.find_button = QPushButton(self.tr("Find address books"))
        self.find_button.clicked.connect(self.find_books)
        books_row = QHBoxLayout()
        books_row.addWidget(self.books, 1)
        books_row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Server URL"), self.url)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Address book"), books_row)
        self.status = QLabel(self.tr("Your contacts stay on this computer until you sync."))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (self.save_button, self.cancel_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.sync_button)
        row.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.status)
        box.addWidget(self.bar)
        box.addLayout(row)
        for edit in (self.url, self.user, self.password):
            edit.textChanged.connect(self._update)

    def _load_account(self) -> None:
        if not self.available:
            return
        from cardbox.sync.state import list_accounts

        accounts = [a for a in list_accounts(self.store) if a.kind == "carddav"]
        self.account = accounts[0] if accounts else None
        if self.account is None:
            return
        self.url.setText(self.account.url)
        self.user.setText(self.account.username)
        self.password.setPlaceholderText(self.tr("saved in the system keyring"))
        self.books.addItem(self.account.collection, self.account.collection)
        if self.account.last_sync:
            self.status.setText(self.tr("Last sync: {when}").format(when=self.account.last_sync))

    def _update(self) -> None:
        busy = self.worker is not None and self.worker.running
        filled = bool(self.url.text().strip() and self.user.text().strip())
        self.find_button.setEnabled(self.available and filled and bool(self.password.text()) and not busy)
        self.save_button.setEnabled(self.available and filled and self.books.count() > 0 and not busy)
        self.sync_button.setEnabled(self.available and getattr(self, "account", None) is not None and not busy)
        if not self.available:
            self.sync_button.setToolTip(self.tr("Sync is not available in this build of cardbox."))

    # -- discovery and settings -----------------------------------------------------------

    def find_books(self) -> None:
        """Log in and list the address books (in the background)."""
        url, user, password = self.url.text().strip(), self.user.text().strip(), self.password.text()
        self._start(Worker(lambda: discover_job(url, user, password), parent=self), self._on_books)
        self.status.setText(self.tr("Connecting to {url}…").format(url=url))

    def _on_books(self, progress: Progress) -> None:
        if progress.payload is None:
            return
        self.books.clear()
        for book in progress.payload:
            self.books.addItem(book.name, book.url)
        self.status.setText(self.tr("Found {n} address book(s). Choose one and save.")
                            .format(n=len(progress.payload)))

    def save(self) -> bool:
        """Save the account; the password (when typed) goes to the keyring."""
        from cardbox.sync import credentials
        from cardbox.sync.state import Account, save_account

        url, user = self.url.text().strip(), self.user.text().strip()
        try:
            if self.password.text():
                credentials.set_password(url, user, self.password.text())
            name = self.account.name if getattr(self, "account", None) else ACCOUNT_NAME
            self.account = save_account(self.store, Account(name, "carddav", url, user, self.books.currentData()))
        except CardboxError as exc:
            self.status.setText(exc.message)
            return False
        self.password.clear()
        self.password.setPlaceholderText(self.tr("saved in the system keyring"))
        self.status.setText(self.tr("Settings saved."))
        self._update()
        return True

    # -- sync -----------------------------------------------------------------------------

    def sync_now(self, confirm_deletions: bool = False) -> None:
        """Run one two-way sync in the background."""
        flag = CancelFlag()
        worker = Worker(sync_job(self.account.name, flag, confirm_deletions), cancel=flag,
                        store_path=self.store.path, parent=self)
        self.result = None
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Syncing…"))
        self._start(worker, self._on_sync_progress)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _on_sync_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        if progress.payload is not None:
            self.result = progress.payload

    def _start(self, worker: Worker, on_progress) -> None:  # noqa: ANN001
        self.worker = worker
        worker.progress.connect(on_progress)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        worker.start()
        self._update()

    def _on_failed(self, exc: object) -> None:
        self.result = exc
        self.status.setText(exc.message if isinstance(exc, CardboxError) else f"{type(exc).__name__}: {exc}")

    def _on_finished(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self._update()
        r = self.result
        if r is None or isinstance(r, Exception) or not hasattr(r, "created_remote"):
            return
        if r.needs_confirmation:
            if self.confirm_deletions(r.pending_deletions):
                self.sync_now(confirm_deletions=True)
            else:
                self.status.setText(self.tr("Sync stopped: nothing was deleted."))
            return
        self.status.setText(self.tr(
            "Synced. On this computer: {cl} new, {ul} updated, {dl} deleted. On the server: {cr} new, "
            "{ur} updated, {dr} deleted. {errors} problem(s).").format(
            cl=r.created_local, ul=r.updated_local, dl=r.deleted_local, cr=r.created_remote,
            ur=r.updated_remote, dr=r.deleted_remote, errors=len(r.errors)))

    def confirm_deletions(self, n: int) -> bool:
        """Ask before a sync deletes many contacts (the server may have been emptied)."""
        answer = QMessageBox.question(self, self.tr("Confirm deletions"), self.tr(
            "This sync would delete {n} contacts. Delete them?").format(n=n))
        return answer == QMessageBox.StandardButton.Yes


def show_sync_dialog(parent: QWidget | None, store: Store) -> SyncDialog:
    """Open the sync dialog (non-modal) and return it."""
    dialog = SyncDialog(store, parent)
    dialog.show()
    return dialog
