"""`cardbox-gui`: the desktop app's entry point (QApplication, language, settings, first run)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cardbox import __version__, paths
from cardbox.errors import CardboxError
from cardbox.gui import i18n
from cardbox.gui.controllers import features
from cardbox.gui.errors import describe, install_excepthook
from cardbox.gui.main_window import MainWindow
from cardbox.gui.settings import Settings
from cardbox.store import Store

DEMO_FOLDER = "demo"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cardbox-gui", description="cardbox, the desktop tarjetero")
    parser.add_argument(
        "--data-dir", type=Path, help="tarjetero folder (default: $CARDBOX_DATA_DIR or the user data dir)"
    )
    parser.add_argument("--demo", action="store_true", help="open the demo tarjetero (created on first use)")
    parser.add_argument("--lang", choices=("auto", "es", "en"), help="interface language for this run")
    parser.add_argument("files", nargs="*", type=Path, help=".vcf files to import, photos or folders to scan")
    return parser.parse_known_args(argv)[0]


def app_icon() -> QIcon:
    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for png in sorted(folder.glob("cardbox-*.png")):
        icon.addFile(str(png))
    return icon


def demo_available() -> bool:
    return features.function("cardbox.demo", "create_demo") is not None


def open_demo() -> Store:
    """The demo tarjetero in `<data dir>/demo`, created the first time."""
    folder = paths.data_dir() / DEMO_FOLDER
    db = folder / paths.DB_FILENAME
    if db.exists():
        return Store.open(db)
    create_demo = features.function("cardbox.demo", "create_demo")
    if create_demo is None:
        return Store.open(db)
    return create_demo(folder)  # type: ignore[operator, no-any-return]


def first_run(store: Store, settings: Settings) -> Store:
    """On the very first run with an empty tarjetero, offer the demo. Returns the store to show."""
    if settings.first_run_done or store.count() > 0:
        return store
    from cardbox.gui.dialogs.first_run import DEMO, FirstRunDialog

    dialog = FirstRunDialog(demo_available())
    dialog.exec()
    settings.first_run_done = True
    settings.sync()
    if dialog.choice == DEMO:
        store.close()
        return open_demo()
    return store


def build_window(store: Store, settings: Settings | None = None) -> MainWindow:
    """The main window on an opened store (tests and the screenshot script use this too)."""
    window = MainWindow(store, settings or Settings())
    window.setWindowIcon(app_icon())
    return window


def start(argv: Sequence[str]) -> tuple[MainWindow, Store] | int:
    """Everything `main` does before the event loop: returns the shown window, or an exit code."""
    args = parse_args(list(argv))
    if args.data_dir:
        os.environ["CARDBOX_DATA_DIR"] = str(args.data_dir.expanduser().resolve())
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("cardbox")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.cardbox.Cardbox")  # matches the .desktop file
    app.setWindowIcon(app_icon())  # type: ignore[attr-defined]
    settings = Settings()
    i18n.install(args.lang or settings.language)
    try:
        if args.demo:
            store = open_demo()
        elif args.files:  # the user opened a file with cardbox: no first-run question in between
            store = Store.open()
        else:
            store = first_run(Store.open(), settings)
    except CardboxError as exc:
        QMessageBox.critical(None, "cardbox", describe(exc))
        return exc.exit_code
    window = build_window(store, settings)
    install_excepthook(lambda: window, window.save_pending)
    window.show()
    if args.files:
        window.open_paths([p.expanduser() for p in args.files])
    return window, store


def main(argv: Sequence[str] | None = None) -> int:
    """The `cardbox-gui` command (`make run`)."""
    started = start(sys.argv[1:] if argv is None else argv)
    if isinstance(started, int):
        return started
    _window, store = started
    try:
        return int(QApplication.instance().exec())  # type: ignore[union-attr]
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
