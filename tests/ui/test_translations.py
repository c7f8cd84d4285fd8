"""The translation files: complete, typographically French, compiled, and in step with the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from codev_app import i18n

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


def _messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of every message of codev_<language>.ts."""
    path = i18n.translations_dir() / f"codev_{language}.ts"
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            found.append((name, message.findtext("source", ""), forms, unfinished))
    return found


FRENCH = _messages("fr")


def test_the_french_catalog_is_not_empty() -> None:
    contexts = {context for context, *_ in FRENCH}
    assert {"MainWindow", "WelcomePage", "ErrorMessages", "cli"} <= contexts
    assert len(FRENCH) >= 40


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_is_translated(language: str) -> None:
    for context, source, forms, unfinished in _messages(language):
        assert not unfinished, f"[{context}] {source!r} is unfinished"
        assert forms and all(form.strip() for form in forms), f"[{context}] {source!r} is empty"


def test_english_catalog_holds_the_plural_forms() -> None:
    english = _messages("en")
    assert english, "codev_en.ts should hold the plural forms"
    for _context, source, forms, _ in english:
        assert "%n" in source and len(forms) == 2
        assert forms[0] != forms[1]


@pytest.mark.parametrize(("context", "source", "forms"), [(c, s, f) for c, s, f, _ in FRENCH])
def test_french_keeps_placeholders_and_keyboard_letters(
    context: str, source: str, forms: list[str]
) -> None:
    for form in forms:
        assert sorted(re.findall(r"%\d|%n", source)) == sorted(re.findall(r"%\d|%n", form)) or (
            "%n" in source and "%n" in form
        ), f"[{context}] {form!r}"
        assert source.count("&") == form.count("&"), f"[{context}] {form!r}"


@pytest.mark.parametrize(("context", "source", "forms"), [(c, s, f) for c, s, f, _ in FRENCH])
def test_french_typography(context: str, source: str, forms: list[str]) -> None:
    for form in forms:
        # A non-breaking space before : ; ? ! (the double punctuation of French typography).
        for match in re.finditer(r"[:;?!]", form):
            before = form[: match.start()]
            assert before.endswith((NBSP, NNBSP)), (
                f"[{context}] {form!r}: space before {match[0]!r}"
            )
        assert not re.search(r"[ \t][:;?!]", form), f"[{context}] {form!r}"
        assert "'" not in form, f"[{context}] {form!r}: use the typographic apostrophe ’"
        assert '"' not in form, f"[{context}] {form!r}: use « » with non-breaking spaces"
        for match in re.finditer("«", form):
            assert form[match.end()] == NBSP, f"[{context}] {form!r}"
        for match in re.finditer("»", form):
            assert form[match.start() - 1] == NBSP, f"[{context}] {form!r}"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_compiled_catalog_says_what_the_source_says(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.translations_dir() / f"codev_{language}.qm"))
    catalog = i18n.Catalog.load(language)
    for context, source, forms, _ in _messages(language):
        if "%n" in source:
            for n in (1, 2):
                form = forms[0 if n == 1 else 1]
                # QTranslator gives the raw form; QCoreApplication.translate then replaces %n.
                assert translator.translate(context, source, None, n) == form
                assert catalog.translate(context, source, None, n) == form.replace("%n", str(n))
        else:
            assert translator.translate(context, source) == forms[0]
            assert catalog.translate(context, source) == forms[0]


def _stale() -> list[str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return [line for line in result.stdout.splitlines() if line.startswith("codev_")]


def test_the_compiled_catalogs_match_their_sources() -> None:
    # The committed .qm files are exactly what pyside6-lrelease makes of the committed .ts files.
    assert [line for line in _stale() if re.match(r"codev_\w+\.qm", line)] == []


def test_every_text_in_the_code_is_in_the_catalogs() -> None:
    # A text added with tr()/translate() but not collected and translated would show in English
    # to French users. Fix: python tools/update_translations.py, then translate the new entries.
    assert [line for line in _stale() if re.match(r"codev_\w+\.ts", line)] == []


def test_qt_own_dialogs_speak_french_with_the_french_interface(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install_translators(app, "fr")
    try:
        assert len(translators) == 2  # Qt's own catalogue and Codev's
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
        assert (
            QCoreApplication.translate("QFileDialog", "Files of type:") == "Fichiers de type\u00a0:"
        )
    finally:
        i18n.remove_translators(app, translators)
