"""Which language Codev speaks, and the translations that make it speak it.

Source strings are English and go through Qt's translation system: ``self.tr(...)`` in QObject
subclasses, ``QCoreApplication.translate("Context", ...)`` (or ``translate("Context", ...)``)
elsewhere, with literal strings. ``pyside6-lupdate`` collects them into
``resources/translations/codev_<lang>.ts`` and ``pyside6-lrelease`` compiles the ``.qm`` files the
GUI loads (``tools/update_translations.py`` runs both). lupdate reads the source, it does not run
it: a wrapper such as ``_tr(text)`` hides the texts from it, so call ``translate`` directly.
Plurals use ``%n`` with the count as last argument (``self.tr("%n phase(s)", "", n)``); the English
catalog holds their English forms.

The command line must not import Qt (it has to be quick and work without a display), so it reads
the same ``.ts`` files through :class:`Catalog`, a small stdlib reader. Its calls are spelled
``translate("cli", ...)`` so lupdate finds them too.

This module imports no Qt at import time: :func:`install_translators` imports it when called.
It is on the start-up path of the window, so its other imports are light or deferred too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"
SYSTEM = "system"
APP_CATALOG = "codev"
SETTINGS_FORMAT = "codev-settings"  # codev_app.settings.FORMAT_NAME


def translations_dir() -> Path:
    """Folder of the ``.ts`` sources and compiled ``.qm`` files."""
    from codev_app.resources_path import resource_dir

    return resource_dir("translations")


def language_of_locale(name: str) -> str:
    """``"fr"`` for a French locale name (``fr``, ``fr_CA.UTF-8``, ``French_France``), else "en"."""
    return "fr" if name.strip().lower().startswith("fr") else "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the system asks for, without Qt: ``"fr"`` or ``"en"``.

    Reads the POSIX variables in their order of precedence (``LANGUAGE`` lists preferences, then
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), then the C library's locale (Windows, macOS apps).
    """
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").split(":")[0].strip()
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_of_locale(value)
    import locale

    try:
        name = locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else 0)[0]
    except (ValueError, TypeError):
        name = None
    return language_of_locale(name or "")


def qt_system_language() -> str:
    """The system's preferred interface language as Qt sees it (right on every platform)."""
    from PySide6.QtCore import QLocale

    preferred = QLocale.system().uiLanguages()
    return language_of_locale(preferred[0] if preferred else QLocale.system().name())


def choose_language(requested: str | None, configured: str | None, system: str) -> str:
    """The language to use: the command line's, else the settings' (unless "system"), else the
    system's."""
    for candidate in (requested, configured):
        if candidate in LANGUAGES:
            return str(candidate)
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def configured_language(settings_file: Path) -> str:
    """The interface language a settings file asks for: "system", "fr" or "en", read quickly.

    The same as ``codev_app.settings.load_settings(settings_file)[0].language`` ("system" for a
    missing, damaged or foreign file and for a wrong value), without importing that module
    (dataclasses, datetime: ~5 ms): start-up needs only this before Qt, and calls
    ``load_settings`` with the window, which reports the problems and sets a damaged file aside.
    """
    import json

    try:
        document = json.loads(settings_file.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):  # JSONDecodeError is a ValueError
        return SYSTEM
    if not isinstance(document, dict) or document.get("format") != SETTINGS_FORMAT:
        return SYSTEM
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return SYSTEM
    language = document.get("language")
    return language if isinstance(language, str) and language in LANGUAGES else SYSTEM


# --- Qt translators ------------------------------------------------------------------------------


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for Qt's own texts (``qtbase``) and for Codev.

    Returns the installed translators: keep them alive as long as the application runs. A missing
    catalog is not an error (English needs none for Qt's texts); the texts simply stay English.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed: list[QTranslator] = []
    # Qt's own texts (file dialogs: "Look in:", "Files of type:"): where Qt says they are, else in
    # PySide6's folder (a packaged program may report a path that is not there).
    qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), *_pyside_dirs()]
    catalogs = [("qtbase", qt_dirs), (APP_CATALOG, [str(translations_dir())])]
    for name, directories in catalogs:
        for directory in directories:
            translator = QTranslator(app)
            if translator.load(QLocale(language), name, "_", directory):
                app.installTranslator(translator)
                installed.append(translator)
                break
            translator.deleteLater()
    return installed


def _pyside_dirs() -> list[str]:
    import PySide6

    package = Path(PySide6.__file__).parent
    return [str(package / "Qt" / "translations"), str(package / "translations")]


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (used when the GUI stops, and by tests)."""
    for translator in translators:
        app.removeTranslator(translator)


# --- the .ts reader for code that runs without Qt ------------------------------------------------


def _plural_form(language: str, n: int) -> int:
    # Qt's rules for our languages: French treats 0 and 1 as singular, English only 1.
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


class Catalog:
    """Translations of one language read from a ``.ts`` file, for code that must not import Qt."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.messages: dict[tuple[str, str, str], list[str]] = {}

    @classmethod
    def load(cls, language: str, path: Path | None = None) -> Catalog:
        """Read ``codev_<language>.ts``; a missing or unreadable file gives an empty catalog."""
        import xml.etree.ElementTree as ElementTree

        path = translations_dir() / f"{APP_CATALOG}_{language}.ts" if path is None else path
        catalog = cls(language)
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            return catalog
        for context in root.iter("context"):
            context_name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("obsolete", "vanished"):
                    continue
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
                if any(forms):
                    key = (
                        context_name,
                        message.findtext("source", ""),
                        message.findtext("comment", ""),
                    )
                    catalog.messages[key] = forms
        return catalog

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like ``QCoreApplication.translate``: the translation, or ``text`` when there is none."""
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms:
            index = min(_plural_form(self.language, n), len(forms) - 1) if n >= 0 else 0
            result = forms[index] or text
        else:
            result = text
        return result.replace("%n", str(n)) if n >= 0 else result


@cache
def catalog(language: str) -> Catalog:
    """The (cached) :class:`Catalog` of ``language``."""
    return Catalog.load(language)


_plain_language = SOURCE_LANGUAGE


def set_plain_language(language: str) -> None:
    """The language :func:`translate` uses (the command line sets it once it knows it)."""
    global _plain_language
    _plain_language = language if language in LANGUAGES else SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for code without Qt, in the :func:`set_plain_language`."""
    return catalog(_plain_language).translate(context, text, disambiguation, n)


# --- formats shared by the GUI and the command line ----------------------------------------------


def format_duration(seconds: int, *, space: str = " ", elapsed: bool = False) -> str:
    """A planned duration as facilitators write it: ``45 min``, ``2 h``, ``1 h 50``, ``1 h 05``.

    ``space`` separates number and unit; the GUI passes a non-breaking space so that "1 h 50" never
    breaks across lines. An ``elapsed`` time under a minute is said in seconds (``40 s``).
    """
    minutes = max(0, round(seconds / 60))
    hours, rest = divmod(minutes, 60)
    if elapsed and 0 <= seconds < 60:
        return f"{seconds}{space}s"  # a 40-second session did not last "1 min"
    if not hours:
        return f"{minutes}{space}min"
    if not rest:
        return f"{hours}{space}h"
    return f"{hours}{space}h{space}{rest:02d}"
