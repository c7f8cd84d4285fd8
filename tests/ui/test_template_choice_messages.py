"""A refused method choice in a template file is said in the facilitator's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.ui.templates.window import TemplatesWindow

CHOICE = """\
format = "codev-template"
schema_version = 1
id = "choices"
name = {{ fr = "Choix", en = "Choices" }}

[[phases]]
id = "method"
minutes = 5
name = {{ fr = "Choix de la méthode", en = "Choice of method" }}
{extra}
[[phases.modules]]
id = "brainstorming"
name = "Brainstorming"

[[phases]]
id = "advice"
minutes = 10
name = {{ fr = "Conseil", en = "Advice" }}
{advice}
[[phases]]
id = "closing"
minutes = 5
name = {{ fr = "Clôture", en = "Closing" }}
{closing}
"""
MODULE = '[[phases.modules]]\nid = "x"\nname = "X"\n'

CASES = {
    "no modules": ({"closing": 'sets = "advice"'}, "phases[3].modules"),
    "not later": ({"extra": 'sets = "method"'}, "phases[1].sets"),
    "unknown module": ({"extra": 'default_module = "vote"'}, "phases[1].default_module"),
    "last phase": ({"closing": MODULE}, "phases[3].sets"),
    "already set": ({"extra": 'sets = "closing"', "advice": MODULE}, "phases[2].sets"),
}
EXPECTED = {
    "en": {
        "no modules": "sets and default_module only go with a phase that offers modules to "
        "choose from.",
        "not later": "A choice can only set a later phase: this must be the id of a phase that "
        "comes after it (the file says 'method').",
        "unknown module": "The default module must be one of this phase's modules (the file "
        "says 'vote').",
        "last phase": "Phase closing is the last one: it cannot offer modules, as no phase "
        "follows it.",
        "already set": "Phase closing is already set by another choice: one choice per phase.",
    },
    "fr": {
        "no modules": "sets et default_module ne vont qu’avec une phase qui propose des modules "
        "au choix.",
        "not later": "Un choix ne peut régler qu’une phase suivante : ce doit être l’identifiant "
        "d’une phase qui vient après (le fichier indique 'method').",
        "unknown module": "Le module par défaut doit être l’un des modules de cette phase (le "
        "fichier indique 'vote').",
        "last phase": "La phase closing est la dernière : elle ne peut pas proposer de modules, "
        "aucune phase ne la suit.",
        "already set": "La phase closing est déjà réglée par un autre choix : un seul choix par "
        "phase.",
    },
}


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_imported_template_with_a_wrong_choice_is_refused_in_words(
    qtbot: QtBot, tmp_path: Path, language: str, case: str
) -> None:
    parts, field = CASES[case]
    path = tmp_path / "choices.toml"
    text = CHOICE.format(**{"extra": "", "advice": "", "closing": ""} | parts)
    path.write_text(text.replace("\\u00a0", "\u00a0"), encoding="utf-8")
    templates = TemplatesWindow(language=language)
    qtbot.addWidget(templates)
    templates.page.import_files([path])
    shown = templates.page.notice_bar.text().replace("\u00a0", " ")
    assert field in shown
    assert EXPECTED[language][case] in shown
    assert "choices" not in templates.page.library
