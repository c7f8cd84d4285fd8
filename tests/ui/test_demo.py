"""The demo session in the real main window and console: it plays every phase on an accelerated
clock, by itself or stepped through, and writes nothing to the real database unless kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import AcceleratedClock, FakeClock
from codev_app.core.demo import DEMO, DEMO_SECONDS, say
from codev_app.core.engine import EngineState
from codev_app.storage import Store
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.demo import POLL_MS, DemoRun, start_demo
from codev_app.ui.main_window import LAST_PARTICIPANTS_KEY, MainWindow

PHASES = (
    "opening",
    "exposition",
    "clarification",
    "contract",
    "consultation",
    "action_plan",
    "learnings",
)
PHASE_NAMES = {
    "en": [
        "Opening",
        "Case exposition",
        "Clarification",
        "Contract",
        "Consultation",
        "Action plan",
        "Learnings",
    ],
    "fr": [
        "Ouverture",
        "Exposé",
        "Clarification",
        "Contrat",
        "Consultation",
        "Plan d’action",
        "Apprentissages",
    ],
}


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def _window(qtbot: QtBot, clock: FakeClock, language: str, store: Store) -> MainWindow:
    window = MainWindow(
        language=language,
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2026, 3, 5, 18, 0),
    )
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.complete_startup()
    window.attach_store(store)
    return window


def _text(run: DemoRun, name: str) -> str:
    label = run.bar.findChild(QLabel, name)
    assert label is not None
    return label.text()


def _saved(store: Store) -> tuple[int, str | None]:
    """Sessions in the real database file, and the participants it remembers for next time."""
    return len(store.list_sessions(limit=None)), store.get_app_state(LAST_PARTICIPANTS_KEY)


def test_the_demo_plays_every_phase_by_itself_and_saves_nothing(
    qtbot: QtBot, language: str, store: Store
) -> None:
    clock = FakeClock(100)
    window = _window(qtbot, clock, language, store)
    run = start_demo(window)
    assert run is not None and window.console is not None
    console = window.console
    assert isinstance(console.live.clock, AcceleratedClock)
    assert console.live.state is EngineState.RUNNING
    names = DEMO.names(language)
    seen: list[tuple[str, str, str]] = []
    start = clock.now()
    while console.live.state is not EngineState.FINISHED and clock.now() - start < 600:
        shown = (console.phase_name.text(), _text(run, "demoHeading"), _text(run, "demoAbout"))
        if not seen or seen[-1][0] != shown[0]:
            seen.append(shown)
        clock.advance(1)
        run.poll()  # what the demo's timer does (it is tested below)
        QApplication.processEvents()
    assert console.live.state is EngineState.FINISHED
    assert DEMO_SECONDS - 5 <= clock.now() - start <= DEMO_SECONDS + 10
    assert [phase for phase, _heading, _about in seen] == PHASE_NAMES[language]
    for number, (phase, heading, about) in enumerate(seen, start=1):
        assert heading.endswith(f" {number} {'sur' if language == 'fr' else 'of'} 7 · {phase}")
        assert about == say(DEMO.phases[number - 1].about, language)
    assert _text(run, "demoAbout") == say(DEMO.ending, language)
    keep = run.bar.keep_button
    assert keep.isVisible() and keep.isEnabled()
    # The record is the demo's, with the invented group, in the console's notes.
    record = console.live.record_as_of_now()
    assert record.case_title == say(DEMO.title, language)
    assert {p.name for p in console.live.roster.participants} == set(names)
    assert _saved(store) == (0, None)
    run.bar.end_button.click()
    assert window.console is None
    assert window.welcome.isVisible()
    assert _saved(store) == (0, None)
    database = paths.database_path()
    files = [database, database.with_name(database.name + "-wal")]
    written = b"".join(path.read_bytes() for path in files if path.exists())
    assert paths.database_path().exists()
    for name in (*names, say(DEMO.title, language)):
        assert name.encode() not in written  # not a trace of the demo in the file


def test_stepping_through_the_demo_and_keeping_it(qtbot: QtBot, store: Store) -> None:
    clock = FakeClock(100)
    window = _window(qtbot, clock, "en", store)
    run = start_demo(window)
    assert run is not None and window.console is not None
    console = window.console
    qtbot.mouseClick(run.bar.mode_button, Qt.MouseButton.LeftButton)
    assert run.bar.mode_button.text() == "Let it play"
    clock.advance(120)  # far past the opening's time: the demo waits for the facilitator
    qtbot.waitUntil(lambda: bool(console.live.record_as_of_now().follow_up), timeout=2000)
    qtbot.wait(3 * POLL_MS)  # its timer has played the opening's notes, and stays there
    assert console.live.engine.current_phase.id == "opening"
    for phase_id, name in zip(PHASES[1:], PHASE_NAMES["en"][1:], strict=True):
        qtbot.mouseClick(run.bar.next_button, Qt.MouseButton.LeftButton)
        assert console.live.engine.current_phase.id == phase_id
        assert console.phase_name.text() == name
        assert _text(run, "demoHeading").endswith(f" · {name}")
    qtbot.mouseClick(run.bar.next_button, Qt.MouseButton.LeftButton)
    assert console.live.state is EngineState.FINISHED
    assert _saved(store) == (0, None)
    qtbot.mouseClick(run.bar.keep_button, Qt.MouseButton.LeftButton)
    assert run.kept_id is not None
    assert _text(run, "demoAbout") == "Kept in your history, like any session."
    assert not run.bar.keep_button.isEnabled()
    qtbot.mouseClick(run.bar.end_button, Qt.MouseButton.LeftButton)
    assert window.console is None
    sessions = store.list_sessions()
    assert [(s.id, s.title) for s in sessions] == [(run.kept_id, say(DEMO.title, "en"))]
    assert sessions[0].finished
    record = store.load_record(run.kept_id)
    assert record is not None
    steps = [step.what for step in record.state.action_items]
    assert steps == ["Show the load board to my manager", "Suggest a monthly priorities talk"]


def test_no_demo_while_a_session_is_open(qtbot: QtBot, store: Store) -> None:
    window = _window(qtbot, FakeClock(), "en", store)
    assert start_demo(window) is not None
    console = window.console
    assert start_demo(window) is None
    assert window.console is console
    assert "before trying the demo" in console.notice.text()  # type: ignore[union-attr]
