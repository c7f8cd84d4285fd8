"""The module choice as the facilitator plays it: Alt+digit on the phase with modules, the next
phase follows the module, undo brings the phase back (French and English)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.template import TurnMode, load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.console.action_words import undo_label
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
