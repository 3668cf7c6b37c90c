"""Loading the Spanish/English translations and switching them live.

Qt sends `QEvent.LanguageChange` to every widget when a translator is installed or removed;
each view rebuilds its texts in `retranslate()` when it gets that event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cardbox import paths

LANGUAGES = ("es", "en")
AUTO = "auto"

_installed: list[QTranslator] = []
_current = "en"


def translations_dir():  # type: ignore[no-untyped-def]
    """The folder holding cardbox_es.qm / cardbox_en.qm."""
    return paths.resources_dir() / "translations"


def system_language() -> str:
    """'es' when the system locale is Spanish, else 'en' (the source language)."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def resolve(choice: str | None) -> str:
    """The language to use for a setting value ('auto', 'es', 'en' or None)."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def install(choice: str | None) -> str:
    """Install the translators for `choice`, replacing the previous ones. Returns the language."""
    global _current
    app = QCoreApplication.instance()
    lang = resolve(choice)
    if app is None:
        return lang
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"cardbox_{lang}", str(translations_dir())):
        _installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own words: the buttons of QMessageBox, QFileDialog…
    if lang != "en" and qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_base)
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if lang == "es" else QLocale.Language.English))
    return lang
