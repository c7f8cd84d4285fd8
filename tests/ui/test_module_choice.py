"""The module choice as the facilitator plays it: Alt+digit on the phase with modules, the next
phase follows the module, undo brings the phase back (French and English)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.template import TurnMode, load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.console.action_words import undo_label
from codev_app.ui.console.console import ConsoleWidget
from tests.ui.test_whole_sessions import CTRL, NONE, advance, language, open_console, press

__all__ = ["language"]
ALT = Qt.KeyboardModifier.AltModifier


def test_a_module_chosen_by_key_sets_the_next_phase_and_undo_takes_it_back(
    qtbot: QtBot, language: str
) -> None:
    template = load_template(resource_dir("templates", "kollegiale-fallberatung.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template, language)
    choice = console.module_choice
    while console.live.engine.current_phase.id != "method":  # on to the choice of method
        press(Qt.Key.Key_PageDown, NONE)
        advance(console, clock, 30)
    assert console.live.engine.current_phase.id == "method"
    assert choice.isVisible()
    names = [module.name.get(language) for module in template.phase("method").modules]
    assert [button.text().split(" · ", 1)[1] for button in choice.buttons] == names
    before = console.live.engine.plan[4].phase.rules.lines(language)
    press(Qt.Key.Key_5, ALT)  # the resonance round
    assert choice.buttons[4].isChecked()
    resonance = template.phase("method").module_named("resonance")
    assert resonance.name.get(language) in choice.chosen.text()
    assert resonance.name.get(language) in (undo_label(console.live, language) or "")
    press(Qt.Key.Key_PageDown, NONE)
    assert not choice.isVisible()
    assert resonance.name.get(language) in console.phase_name.text()
    assert console.card.rule_lines() == resonance.rules.lines(language)
    assert console.live.turns.mode is TurnMode.ROUND
    press(Qt.Key.Key_Z, CTRL)  # back on the choice
    press(Qt.Key.Key_Z, CTRL)  # the choice undone
    assert choice.isVisible()
    assert not any(button.isChecked() for button in choice.buttons)
    press(Qt.Key.Key_PageDown, NONE)
    assert console.card.rule_lines() == before


def share_texts(console: ConsoleWidget) -> str:
    window = console.share_window
    assert window is not None and window.isVisible()
    return "\n".join(window.texts())


def test_the_group_sees_the_chosen_module_and_its_rules_on_the_window_to_share(
    qtbot: QtBot, language: str
) -> None:
    template = load_template(resource_dir("templates", "kollegiale-fallberatung.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template, language)
    press(Qt.Key.Key_S, NONE)  # the window to share
    console.activateWindow()
    console.rail.setFocus()
    while console.live.engine.current_phase.id != "method":
        press(Qt.Key.Key_PageDown, NONE)
        advance(console, clock, 30)
    waiting = {"en": "The method is being chosen.", "fr": "La méthode est en train d’être choisie."}
    assert waiting[language] in share_texts(console)
    press(Qt.Key.Key_6, ALT)  # hypotheses
    hypotheses = template.phase("method").module_named("hypotheses")
    shown = share_texts(console)
    prefix = {"en": "Chosen: ", "fr": "Méthode choisie\u00a0: "}[language]
    chosen = prefix + hypotheses.name.get(language)
    assert chosen in shown
    for rule in hypotheses.rules.lines(language)[:2]:
        assert f"• {rule}" in shown
    assert "Undo" not in shown and "Annuler" not in shown
    press(Qt.Key.Key_Z, CTRL)  # undo takes it back on the shared window too
    assert chosen not in share_texts(console)
    assert waiting[language] in share_texts(console)
    press(Qt.Key.Key_PageDown, NONE)
    assert hypotheses.name.get(language) not in share_texts(console)  # the default advice
    advice_rule = template.phase("advice").rules.lines(language)[0]
    assert advice_rule in share_texts(console)  # the phase's own rule is back
    assert waiting[language] not in share_texts(console)


def test_consent_by_default_is_shown_to_the_group_and_a_vote_replaces_it(
    qtbot: QtBot, language: str
) -> None:
    template = load_template(resource_dir("templates", "choosing-the-case.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template, language)
    press(Qt.Key.Key_S, NONE)
    console.activateWindow()
    console.rail.setFocus()
    while console.live.engine.current_phase.id != "pitches":
        press(Qt.Key.Key_PageDown, NONE)
        advance(console, clock, 30)
    pitches = template.phase("pitches")
    consent, vote = (pitches.module_named(name).name.get(language) for name in ("consent", "vote"))
    assert consent in share_texts(console)
    press(Qt.Key.Key_2, ALT)
    assert vote in share_texts(console) and consent not in share_texts(console)
    press(Qt.Key.Key_Z, CTRL)
    assert consent in share_texts(console)


def test_the_modules_fold_to_one_column_beside_the_video_call(qtbot: QtBot) -> None:
    template = load_template(resource_dir("templates", "kollegiale-fallberatung.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template, "en")
    while console.live.engine.current_phase.id != "method":
        press(Qt.Key.Key_PageDown, NONE)
    window = console.window()
    columns = []
    for width, height in ((720, 600), (1920, 1080)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        QApplication.processEvents()
        assert console.centre_area.horizontalScrollBar().maximum() == 0  # nothing cut sideways
        buttons = console.module_choice.buttons
        assert all(b.geometry().right() <= console.module_choice.width() for b in buttons)
        columns.append(len({button.x() for button in buttons}))
    assert columns == [1, 2]
