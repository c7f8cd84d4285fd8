"""The Qt side of a live session: commands in, signals out, time from the clock.

Widgets never hold session state. They call the controller's commands (bound to buttons and
shortcuts) and repaint from :attr:`SessionController.live` when :attr:`changed` or :attr:`ticked`
fire. A refused command never raises into Qt: it becomes a calm :attr:`notice` the console shows
without a dialog (nothing modal appears while a session runs).

The tick timer only says "look at the clock again": every figure shown is computed from the
monotonic clock at paint time, so a blocked GUI thread or a dropped tick never makes time drift.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError
from codev_app.core.session import LiveSession, SessionChange
from codev_app.core.timing import TimerState
from codev_app.ui.console.texts import phase_announcement, read_timer
from codev_app.ui.messages import describe_error

_log = logging.getLogger(__name__)

TICK_MS = 200


class SessionController(QObject):
    """Wraps a :class:`LiveSession` for the widgets of the console, compact and share windows."""

    changed = Signal(str)  # a ChangeKind value: repaint what depends on it
    ticked = Signal()  # the shown second may have changed: repaint the timers
    notice = Signal(str)  # a refused command or a hint, shown calmly in the status area
    timer_state_changed = Signal(str)  # the phase timer went PLENTY -> NEARLY_OVER -> OVERTIME
    announcement = Signal(str)  # text for screen readers (phase changes, timer states)

    def __init__(
        self, live: LiveSession, parent: QObject | None = None, *, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._live = live
        self.language = language
        self._last_second: int | None = None
        self._last_timer_state: tuple[int, TimerState] | None = None
        self._announced = (live.engine.current_index, _stage(live.state))
        self._unsubscribe = live.changed.subscribe(self._on_change)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

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

    def run(self, command: Callable[[], object]) -> bool:
        """Run a command; a refusal becomes a :attr:`notice`. Returns whether it was carried out."""
        try:
            command()
        except CodevError as error:
            _log.info("Refused: %s", error)
            self.notice.emit(describe_error(error))
            return False
        return True

    def start(self) -> bool:
        """Start the session."""
        return self.run(self._live.start)

    def toggle_pause(self) -> bool:
        """Start if not started, else pause or resume."""
        if self._live.state is EngineState.NOT_STARTED:
            return self.start()
        return self.run(self._live.toggle_pause)

    def next_phase(self) -> bool:
        """Move on to the next phase (starting the session if needed)."""
        if self._live.state is EngineState.NOT_STARTED:
            return self.start()
        return self.run(self._live.next_phase)

    def previous_phase(self) -> bool:
        """Go back one phase."""
        return self.run(self._live.previous_phase)

    def go_to_phase(self, phase_id: str) -> bool:
        """Jump to a phase."""
        return self.run(lambda: self._live.go_to_phase(phase_id))

    def add_minutes(self, minutes: int) -> bool:
        """Add (or remove) minutes to the current phase."""
        return self.run(lambda: self._live.add_minutes(minutes))

    def insert_break(self, minutes: int = 10) -> bool:
        """Insert a break after the current phase."""
        return self.run(lambda: self._live.insert_break(minutes))

    def set_keep_end_time(self, keep: bool) -> bool:
        """Keep the planned end time by rescaling the remaining phases (or stop doing so)."""
        return self.run(lambda: self._live.set_keep_end_time(keep))

    def finish(self) -> bool:
        """End the session."""
        return self.run(self._live.finish)

    def undo(self) -> bool:
        """Undo the facilitator's last action."""
        return self.run(self._live.undo)

    def turn(self, command: Callable[..., object]) -> bool:
        """A turn-taking command on the current phase, e.g. ``lambda t: t.next_speaker()``."""
        return self.run(lambda: self._live.turn_command(command))

    def speaker_key(self, key: int) -> bool:
        """Number key ``key`` pressed: that participant speaks or raises a hand."""
        return self.run(lambda: self._live.speaker_key(key))

    # --- time --------------------------------------------------------------------------------

    def tick(self) -> None:
        """Look at the clock: repaint when the shown second changes, report timer-state changes."""
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
        second = int(live.engine.session_status().elapsed)
        if second != self._last_second:
            self._last_second = second
            self.ticked.emit()

    def _on_change(self, change: SessionChange) -> None:
        live = self._live
        status = live.engine.phase_status()
        self._last_timer_state = (status.index, status.timer_state)
        self.changed.emit(change.kind.value)
        # Screen readers hear of a new phase, the start and the end; not of pauses.
        where = (live.engine.current_index, _stage(live.state))
        if where != self._announced and live.state is not EngineState.NOT_STARTED:
            self.announcement.emit(phase_announcement(live, self.language))
        self._announced = where


def _stage(state: EngineState) -> str:
    """Running and paused are one stage for announcements."""
    return "underway" if state in (EngineState.RUNNING, EngineState.PAUSED) else state.value
