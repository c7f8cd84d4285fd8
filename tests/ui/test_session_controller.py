"""The controller turns refusals into notices and reports timer states from the clock."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.commands import StartSession
from codev_app.core.engine import EngineState
from codev_app.core.errors import NotStarted
from codev_app.core.session import LiveSession
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.messages import describe_error
from codev_app.ui.session_controller import SessionController


def _controller(clock: FakeClock) -> SessionController:
    template = load_template(resource_dir("templates", "classic.toml")).template
    return SessionController(LiveSession(template, clock))


def test_a_refused_command_is_reported_with_its_type(qtbot: QtBot) -> None:
    controller = _controller(FakeClock())
    with qtbot.waitSignal(controller.refused) as refused:
        assert not controller.previous_phase()
    assert isinstance(refused.args[0], NotStarted)
    assert describe_error(refused.args[0]) == "The session has not started yet."
    controller.close()


def test_timer_states_are_reported_once_each_from_the_clock(qtbot: QtBot) -> None:
    clock = FakeClock()
    controller = _controller(clock)
    states: list[str] = []
    controller.timer_state_changed.connect(states.append)
    assert controller.next_phase()  # starts the session
    assert controller.live.state is EngineState.RUNNING
    controller.tick()
    clock.advance(12 * 60 + 1)  # 15-minute opening: under 20 % left
    controller.tick()
    controller.tick()
    clock.advance(3 * 60)
    controller.tick()
    assert states == ["nearly_over", "overtime"]
    controller.next_phase()  # a new phase starts calm: no chime for the change itself
    controller.tick()
    assert states == ["nearly_over", "overtime"]
    controller.close()


def test_ticks_are_emitted_when_the_shown_second_changes(qtbot: QtBot) -> None:
    clock = FakeClock()
    controller = _controller(clock)
    controller.apply(StartSession())
    ticks: list[None] = []
    controller.ticked.connect(lambda: ticks.append(None))
    controller.tick()
    controller.tick()
    clock.advance(0.4)
    controller.tick()
    clock.advance(0.7)
    controller.tick()
    assert len(ticks) == 2
    controller.close()
