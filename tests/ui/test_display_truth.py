"""What the facilitator and the group see, a fraction of a second either side of each boundary,
and what the window to share never shows.

Whole-second clock steps hide a countdown that rounds the wrong way; these step by fractions.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.commands import AddSuggestion, SetText, new_item_id
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.console.console import ConsoleWidget
from tests.ui.windows import session_console

PEOPLE = ("Anna", "Ben", "Chloe", "David")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


def open_console(qtbot: QtBot, clock: FakeClock) -> ConsoleWidget:
    template = load_template(resource_dir("templates", "classic.toml")).template
    _window, console = session_console(qtbot, clock, template, PEOPLE, "Chloe")
    if console.live.state is EngineState.NOT_STARTED:
        QTest.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_Space)
    assert console.live.state is EngineState.RUNNING
    return console


def at(console: ConsoleWidget, clock: FakeClock, elapsed: float) -> tuple[str, str]:
    """The digits and the words a moment ``elapsed`` seconds into the opening."""
    started = console.live.engine.snapshot.segment_started_at
    assert started is not None
    clock.advance(started + elapsed - clock.now())
    console.controller.tick()
    console.refresh()
    return console.timer.digits.text(), console.timer.state.text()


def test_the_countdown_and_its_warning_change_exactly_at_their_boundaries(qtbot: QtBot) -> None:
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock)
    # The opening lasts 15 minutes and warns gently once a fifth (3 minutes) is left.
    assert console.live.engine.plan[0].planned_seconds == 900
    assert at(console, clock, 0.25) == ("15:00", "Plenty of time")
    assert at(console, clock, 0.999) == ("15:00", "Plenty of time")
    assert at(console, clock, 1.0) == ("14:59", "Plenty of time")
    assert at(console, clock, 719.99) == ("3:01", "Plenty of time")
    assert at(console, clock, 720.0) == ("3:00", "Nearly over")
    assert at(console, clock, 720.6) == ("3:00", "Nearly over")
    assert at(console, clock, 721.0) == ("2:59", "Nearly over")
    assert at(console, clock, 899.4) == ("0:01", "Nearly over")
    assert at(console, clock, 900.0) == ("+0:00", "Over time +0:00")
    assert at(console, clock, 900.99) == ("+0:00", "Over time +0:00")
    assert at(console, clock, 901.0) == ("+0:01", "Over time +0:01")
    assert at(console, clock, 965.5) == ("+1:05", "Over time +1:05")


def _everything_shown(window: QWidget) -> str:
    """Every text of the window: labels, buttons, accessible names, descriptions, tooltips."""
    parts: list[str] = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        parts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
    return "\n".join(parts)


def test_the_window_to_share_never_shows_notes_in_any_phase_or_break(qtbot: QtBot) -> None:
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock)
    live = console.live
    live.apply(SetText(RecordText.PRIVATE_NOTES, "PRIVATE-secret about Ben"))
    live.apply(SetText(RecordText.QUESTION, "QUESTION-secret"))
    live.apply(SetText(RecordText.KEY_FACTS, "FACTS-secret"))
    live.apply(AddSuggestion(new_item_id(), "SUGGESTION-secret"))
    QTest.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_B)  # a break comes next
    QTest.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_S)  # the window to share
    share = console.share_window
    assert share is not None and share.isVisible()
    seen_break = False
    while True:
        clock.advance(31.7)
        console.controller.tick()
        shown = _everything_shown(share)
        phase = live.engine.current_phase
        seen_break |= phase.is_break
        assert "secret" not in shown.lower(), (phase.id, shown)
        assert phase.name.get("en") in shown  # it does show where the group is
        if live.engine.current_index + 1 >= len(live.engine.plan):
            break
        QTest.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_PageDown)
    assert seen_break


def test_a_notice_of_one_phase_goes_when_the_next_phase_comes(qtbot: QtBot) -> None:
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock)
    key = QApplication.focusWidget() or console
    QTest.keyClick(key, Qt.Key.Key_PageDown)
    QTest.keyClick(
        QApplication.focusWidget() or console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert console.notice_frame.isVisible()
    assert console.notice.text() == "Undone: next phase (Case exposition)."
    QTest.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_PageDown)
    assert console.live.engine.current_index == 1
    assert not console.notice_frame.isVisible()  # "Undone" spoke of the opening
