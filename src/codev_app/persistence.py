"""Never losing the session: autosave, resuming after a crash, starting again after damage.

Pure Python (no Qt): the app passes a scheduler built on ``QTimer.singleShot``; tests pass their
own.

- :class:`SessionKeeper` saves a running session at most one second after any change, the live
  state and the record in one transaction. When the disk refuses (full, read-only, unplugged)
  nothing is dropped: the state stays in memory, :attr:`SessionKeeper.problem` says so in words
  a facilitator understands, and the keeper tries again every few seconds until it works.
- :func:`find_resumable` and :func:`resume` bring back the session that was running when Codev
  stopped, its timer going on as if Codev had never stopped, or paused where it stopped.
- Starting again after damage is :mod:`codev_app.storage.recovery`.

Writes happen on the caller's (GUI) thread, on purpose. The Store holds its file locked and must be
used from one thread; an autosave writes only the live state and the record (about ten pages,
the search index catches up at the next search) with ``synchronous=FULL``, and measured on the
development machine (``benchmarks/storage.py``, 26 kB of JSON per save) it costs p50 0.7 ms,
p99 1.2-3.8 ms, at most once a second: less than a frame. A writer thread would need the Store
behind a queue for reads too (history, search), for no visible gain at these figures.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from codev_app.core.clock import Clock, FakeClock
from codev_app.core.engine_snapshot import EngineState, recovery_rebase
from codev_app.core.errors import CodevError
from codev_app.core.events import Observable
from codev_app.core.history import Change, Part
from codev_app.core.record import RecordMode, RecordState, SessionRecord
from codev_app.core.session import LiveSession, LoggedCommand
from codev_app.core.template import Template, parse_template_text
from codev_app.storage.errors import DatabaseUnavailable, StorageError, UnavailableReason
from codev_app.storage.repository import LogEntry, SessionRow, Store

_log = logging.getLogger(__name__)

#: ``scheduler(delay_seconds, callback)`` calls ``callback()`` once, ``delay_seconds`` later, on the
#: thread that owns the Store (in the app: ``QTimer.singleShot``).
Scheduler = Callable[[float, Callable[[], None]], object]

SAVE_DELAY_SECONDS = 1.0
RETRY_SECONDS = 3.0
HEARTBEAT_SECONDS = 5.0


_STILL_SAFE = (
    ". Nothing is lost: everything stays in this window and Codev keeps trying every few seconds. "
    "Keep Codev open."
)


class SavingProblem(StrEnum):
    """Why autosave cannot write right now. The value is the English sentence for the log and the
    tests; the UI words each member in the interface language."""

    DISK_FULL = (
        "Codev cannot save right now: the disk is full; free some space and Codev will save at once"
        + _STILL_SAFE
    )
    READ_ONLY = (
        "Codev cannot save right now: its folder cannot be written to any more" + _STILL_SAFE
    )
    LOCKED = "Codev cannot save right now: another program is holding its database" + _STILL_SAFE
    DAMAGED = "Codev cannot save right now: its database is damaged" + _STILL_SAFE
    DISK_ERROR = (
        "Codev cannot save right now: the disk cannot be written to (is it still connected?)"
        + _STILL_SAFE
    )
    UNEXPECTED = "Codev cannot save right now: an unexpected storage error" + _STILL_SAFE


def problem_message(error: StorageError) -> SavingProblem:
    """What to tell the facilitator when autosave fails (for a non-modal banner)."""
    if not isinstance(error, DatabaseUnavailable):
        return SavingProblem.UNEXPECTED
    if "full" in error.detail.lower():
        return SavingProblem.DISK_FULL
    return {
        UnavailableReason.READ_ONLY: SavingProblem.READ_ONLY,
        UnavailableReason.LOCKED: SavingProblem.LOCKED,
        UnavailableReason.CORRUPT: SavingProblem.DAMAGED,
    }.get(error.reason, SavingProblem.DISK_ERROR)


RECOVERED_MESSAGE = "Codev can save again: everything is saved."


class SessionKeeper:
    """Saves one live session as it changes; see the module docstring.

    Writes at most once per ``delay_seconds`` (edits within that second are saved together),
    retries every ``retry_seconds`` after a failure, and while the timer runs saves the live state
    at least every ``heartbeat_seconds`` so that a resumed session knows when Codev stopped.
    """

    def __init__(
        self,
        store: Store,
        session_id: int,
        live_session: LiveSession,
        *,
        scheduler: Scheduler,
        wall_clock: Callable[[], float] = time.time,
        delay_seconds: float = SAVE_DELAY_SECONDS,
        retry_seconds: float = RETRY_SECONDS,
        heartbeat_seconds: float | None = HEARTBEAT_SECONDS,
    ) -> None:
        if not 0 < delay_seconds <= SAVE_DELAY_SECONDS:
            raise ValueError(f"delay_seconds must be in (0, {SAVE_DELAY_SECONDS}]")
        self.store = store
        self.session_id = session_id
        self.live = live_session
        self.problem: Observable[str] = Observable("keeper.problem")
        self.recovered: Observable[str] = Observable("keeper.recovered")
        self.saved: Observable[float] = Observable("keeper.saved")
        self._scheduler = scheduler
        self._wall_clock = wall_clock
        self._delay = delay_seconds
        self._retry = retry_seconds
        self._heartbeat = heartbeat_seconds
        # Everything is unsaved at first: a new or resumed session is written within a second.
        self._live_dirty = True
        self._record_dirty = True
        self._people_dirty = True
        self._scheduled = False
        self._closed = False
        self._problem: str | None = None
        self._live_saved_at: float | None = None
        self._unlogged: list[LoggedCommand] = []
        self._unsubscribe = (live_session.changed.subscribe(self._on_live_changed),)
        self._schedule(self._delay)

    # --- state ---

    @property
    def dirty(self) -> bool:
        """Whether something changed that is not saved yet."""
        return self._live_dirty or self._record_dirty or self._people_dirty

    @property
    def failing(self) -> bool:
        """Whether the last attempt to save failed (the problem banner should show)."""
        return self._problem is not None

    @property
    def last_problem(self) -> str | None:
        """The message of the current problem, or None while saving works."""
        return self._problem

    # --- saving ---

    def flush(self) -> bool:
        """Save what changed now, in one transaction; True when everything is saved.

        On a storage error nothing is forgotten: the change stays marked unsaved, :attr:`problem`
        is told, and the keeper retries (when called from its timer).
        """
        if not self.dirty:
            return True
        if self.live.state is EngineState.RUNNING:
            # A fresh clock reading with every save: a session resumed paused stops where the
            # last save was, never further back than that.
            self._live_dirty = True
        wall = self._wall_clock()
        live = self.live.to_data() if self._live_dirty else None
        # A timers-only record holds no notes to write (the record refuses them); the Store
        # indexes the text for history search later, so a keystroke costs only this write.
        record = SessionRecord(self.live.record_as_of_now()) if self._record_dirty else None
        people = (
            [(person.name, person.role.value) for person in self.live.roster.participants]
            if self._people_dirty
            else None
        )
        # The commands applied since the last save go to the session's command log in the same
        # transaction; the wall time of each is its clock reading taken back from now.
        self._unlogged.extend(self.live.take_logged())
        reading_now = self.live.clock.now()
        commands = [
            LogEntry(entry.seq, wall - (reading_now - entry.reading), entry.by.id, entry.command)
            for entry in self._unlogged
        ]
        try:
            self.store.save_progress(
                self.session_id,
                live=live,
                wall_time=wall if live is not None else None,
                record=record,
                participants=people,
                commands=commands,
            )
        except StorageError as error:
            self._report(error)
            return False
        self._unlogged.clear()
        # Only what was written is clean: nothing can change in between (one thread).
        self._live_dirty = self._record_dirty = self._people_dirty = False
        if live is not None:
            self._live_saved_at = wall
        if self._problem is not None:
            self._problem = None
            _log.info("Saving works again for session %s", self.session_id)
            self.recovered.emit(RECOVERED_MESSAGE)
        self.saved.emit(wall)
        return True

    def flush_now(self) -> bool:
        """Save at once (before quitting); True when everything is saved.

        The record is written too, with the phase that is running counted until now: leaving in
        the middle of a phase keeps the time it had.
        """
        if self.live.state is not EngineState.NOT_STARTED:
            self._live_dirty = True  # the newest clock reading, so a resume starts from now
            self._record_dirty = True
        return self.flush()

    def close(self) -> bool:
        """Save at once and stop listening; True when everything was saved."""
        saved = self.flush_now()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._closed = True
        return saved

    # --- internals ---

    def _on_live_changed(self, change: Change) -> None:
        # The record holds the phases' timings: a new phase, a pause or the end updates them.
        record = bool(change.parts & {Part.RECORD, Part.PHASE, Part.TIMER, Part.PLAN})
        self._mark(live=True, record=record, people=Part.ROSTER in change.parts)

    def _mark(self, *, live: bool = False, record: bool = False, people: bool = False) -> None:
        self._live_dirty |= live
        self._record_dirty |= record
        self._people_dirty |= people
        self._schedule(self._delay)

    def _schedule(self, delay: float) -> None:
        # One pending call at a time: a burst of keystrokes is one write a second later.
        if self._scheduled or self._closed:
            return
        self._scheduled = True
        self._scheduler(delay, self._on_timer)

    def _on_timer(self) -> None:
        self._scheduled = False
        if self._closed:
            return
        if self._heartbeat_due():
            self._live_dirty = True
        if self.dirty:
            self.flush()
        if self.dirty:
            self._schedule(self._retry)
        elif self._heartbeat is not None and self.live.state is EngineState.RUNNING:
            # A tick no longer than the save delay, so a change never waits behind a heartbeat.
            self._schedule(self._delay)

    def _heartbeat_due(self) -> bool:
        if self._heartbeat is None or self.live.state is not EngineState.RUNNING:
            return False
        last = self._live_saved_at
        return last is None or self._wall_clock() - last >= self._heartbeat

    def _report(self, error: StorageError) -> None:
        message = problem_message(error)
        _log.warning("Autosave of session %s failed: %s", self.session_id, error)
        if message != self._problem:
            self._problem = message
            self.problem.emit(message)


# --- resuming after a crash -----------------------------------------------------------------------


@dataclass(frozen=True)
class ResumableSession:
    """A session that was running when Codev stopped, read back and checked."""

    session: SessionRow
    template: Template
    live_data: Mapping[str, Any]
    record: SessionRecord
    saved_wall_time: float

    @property
    def session_id(self) -> int:
        """The saved session's id."""
        return self.session.id

    @property
    def saved_at(self) -> datetime:
        """When its state was last saved (local time), to show in the "resume?" question."""
        return datetime.fromtimestamp(self.saved_wall_time, UTC).astimezone()

    @property
    def state(self) -> EngineState:
        """Where the timer was: not started, running, paused or finished."""
        engine = self.live_data.get("engine", {})
        try:
            return EngineState(engine.get("state"))
        except (AttributeError, ValueError):
            return EngineState.NOT_STARTED


def _read_resumable(store: Store, row: SessionRow) -> ResumableSession:
    """Raises CodevError, ValueError or KeyError when the saved data cannot be used."""
    live_data = store.load_live_state(row.id)
    if live_data is None or row.live_saved_wall is None:
        raise ValueError("no live state saved")
    template = parse_template_text(row.template_toml, source="saved session").template
    record = store.load_record(row.id)
    if record is None:
        record = SessionRecord(RecordState(mode=RecordMode(row.mode.value)))
    # Rebuilding it once checks every part (plan, people, turns) before the question is asked.
    clock = FakeClock(float(live_data["clock_reading"]))
    LiveSession.from_data(live_data, template, clock, record=SessionRecord(record.state))
    return ResumableSession(row, template, live_data, record, row.live_saved_wall)


def find_resumable(store: Store) -> ResumableSession | None:
    """The unfinished session with a saved live state touched last, if any can be read back.

    A session whose saved data cannot be read back is skipped (logged); it stays in the history.
    """
    for row in store.resumable_sessions():
        try:
            return _read_resumable(store, row)
        except (CodevError, ValueError, KeyError, TypeError) as error:
            _log.warning("Session %s cannot be resumed: %s", row.id, error)
    return None


def resume(
    store: Store,
    resumable: ResumableSession,
    clock: Clock,
    *,
    paused: bool,
    wall_clock: Callable[[], float] = time.time,
) -> LiveSession:
    """Rebuild the session on ``clock``, with its record as saved.

    Without ``paused`` the timer goes on as if Codev had never stopped: the time it was away
    counts (the group went on talking). With ``paused`` it is paused where it was last saved (at
    most a few seconds before Codev stopped), and the time away does not count.
    Attach a new :class:`SessionKeeper` to the result to keep saving it.
    """
    fresh = _read_resumable(store, store.get_session(resumable.session_id))
    rebase = recovery_rebase(
        saved_reading=float(fresh.live_data["clock_reading"]),
        saved_wall_time=fresh.saved_wall_time,
        now_reading=clock.now(),
        now_wall_time=wall_clock(),
        count_downtime=not paused,
    )
    return LiveSession.from_data(
        fresh.live_data,
        fresh.template,
        clock,
        record=fresh.record,
        rebase_seconds=rebase,
        paused=paused,
    )
