"""The Qt side of a live session: commands in, signals out, time from the clock.

Widgets never hold session state. They send command values (core/commands.py) through
:meth:`SessionController.apply` (bound to buttons and shortcuts) and repaint from
:attr:`SessionController.live` when :attr:`changed` (with the core's typed change) or
:attr:`ticked` fire. A refused command never raises into Qt: it becomes :attr:`refused`, which the
console words calmly without a dialog (nothing modal appears while a session runs).

The tick timer only says "look at the clock again": every figure shown is computed from the
monotonic clock at paint time, so a blocked GUI thread or a dropped tick never makes time drift.
It is not a poll: each tick schedules the next one for the moment the first shown figure (phase,
session or speaker) turns its second (core/display_time.py), so digits change on time.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from codev_app.core.commands import (
    Command,
    NextPhase,
    Pause,
    PreviousPhase,
    Redo,
    Resume,
    StartSession,
    Undo,
)
from codev_app.core.display_time import next_display_change, running_counts
from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError
from codev_app.core.history import Change
from codev_app.core.session import LiveSession
from codev_app.core.timing import TimerState
from codev_app.ui.console.texts import phase_announcement, read_timer

_log = logging.getLogger(__name__)

#: The longest wait between two looks at the clock (timer states, a clock that jumped).
TICK_MS = 200
#: Woken this long after a second turns, so the figure read is already the new one.
LATE_MARGIN_MS = 2


class SessionController(QObject):
    """Wraps a :class:`LiveSession` for the widgets of the console, compact and share windows."""

    changed = Signal(object)  # a core Change: repaint what depends on its parts
    ticked = Signal()  # the shown second may have changed: repaint the timers
    refused = Signal(object)  # the CodevError of a refused command, worded calmly by the console
    timer_state_changed = Signal(str)  # the phase timer went PLENTY -> NEARLY_OVER -> OVERTIME
    announcement = Signal(str)  # text for screen readers (phase changes, timer states)

    def __init__(
        self, live: LiveSession, parent: QObject | None = None, *, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._live = live
        self.language = language
        self._last_seconds: tuple[int, ...] | None = None
        self._last_timer_state: tuple[int, TimerState] | None = None
        self._announced = (live.engine.current_index, _stage(live.state))
        self._unsubscribe = live.changed.subscribe(self._on_change)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._timer.start(TICK_MS)

    @property
    def live(self) -> LiveSession:
        """The session being run."""
        return self._live

    def close(self) -> None:
        """Stop ticking and stop listening to the session (the window is going away)."""
        if shiboken6.isValid(self._timer):
            self._timer.stop()
        self._unsubscribe()

    # --- commands ----------------------------------------------------------------------------

    def apply(self, command: Command) -> bool:
        """Apply a command; a refusal becomes :attr:`refused`. Returns whether it was carried
        out."""
        try:
            self._live.apply(command)
        except CodevError as error:
            _log.info("Refused %s: %s", command.kind, error)
            self.refused.emit(error)
            return False
        return True

    def toggle_pause(self) -> bool:
        """Space: start if not started, else pause or resume."""
        state = self._live.state
        if state is EngineState.NOT_STARTED:
            return self.apply(StartSession())
        return self.apply(Resume() if state is EngineState.PAUSED else Pause())

    def next_phase(self) -> bool:
        """Page Down: the next phase of the one shown (the first one starts the session)."""
        return self.apply(NextPhase(from_phase=self._shown_phase()))

    def previous_phase(self) -> bool:
        """Page Up: back one phase."""
        return self.apply(PreviousPhase(from_phase=self._shown_phase()))

    def undo(self) -> bool:
        """Undo the facilitator's last action."""
        return self.apply(Undo())

    def redo(self) -> bool:
        """Do again what was undone."""
        return self.apply(Redo())

    def _shown_phase(self) -> str | None:
        live = self._live
        if live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
            return None
        return live.engine.current_phase.id

    # --- time --------------------------------------------------------------------------------

    def tick(self) -> None:
        """Look at the clock: repaint when a shown second changes, report timer-state changes,
        and wake again when the next shown second turns."""
        try:
            self._look()
        finally:
            self._schedule()

    def _look(self) -> None:
        live = self._live
        if live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
            return
        status = live.engine.phase_status()
        key = (status.index, status.timer_state)
        if self._last_timer_state is not None and key != self._last_timer_state:
            same_phase = self._last_timer_state[0] == status.index
            if same_phase and status.timer_state is not TimerState.PLENTY:
                self.timer_state_changed.emit(status.timer_state.value)
                self.announcement.emit(read_timer(live, self.language).state_text)
        self._last_timer_state = key
        seconds = tuple(int(count + 1e-6) for count in running_counts(live))
        if seconds != self._last_seconds:
            self._last_seconds = seconds
            self.ticked.emit()

    def _schedule(self) -> None:
        if not shiboken6.isValid(self._timer):
            return
        wait = next_display_change(self._live)
        delay = TICK_MS if wait is None else min(TICK_MS, round(wait * 1000) + LATE_MARGIN_MS)
        self._timer.start(max(1, delay))

    def _on_change(self, change: Change) -> None:
        live = self._live
        status = live.engine.phase_status()
        self._last_timer_state = (status.index, status.timer_state)
        self._last_seconds = None  # a new phase or speaker: its figures start now
        self.changed.emit(change)
        self._schedule()
        # Screen readers hear of a new phase, the start and the end; not of pauses.
        where = (live.engine.current_index, _stage(live.state))
        if where != self._announced and live.state is not EngineState.NOT_STARTED:
            self.announcement.emit(phase_announcement(live, self.language))
        self._announced = where


def _stage(state: EngineState) -> str:
    """Running and paused are one stage for announcements."""
    return "underway" if state in (EngineState.RUNNING, EngineState.PAUSED) else state.value
