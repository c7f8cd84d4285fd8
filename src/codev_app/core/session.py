"""A live session: the timed plan, the people, who speaks, and the record, run as one.

:class:`LiveSession` is what the console talks to. It sends each command to the right part (the
engine for time and phases, the current phase's turn taker for speakers), keeps one undo history
across them — so "undo" always undoes the facilitator's last action, whatever it was — and keeps the
record's timings and speaking times up to date. Every change is announced on :attr:`changed`; the
whole state can be saved with :meth:`to_data` and brought back after a crash with :meth:`from_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from codev_app.core.clock import Clock
from codev_app.core.engine import (
    EngineEvent,
    EngineSnapshot,
    EngineState,
    EventKind,
    PlanChange,
    SessionEngine,
)
from codev_app.core.errors import CodevError, NothingToUndo
from codev_app.core.events import Observable
from codev_app.core.participants import Participant, Role, Roster
from codev_app.core.record import PhaseTiming, SessionRecord
from codev_app.core.template import Template, TurnMode, check_runnable
from codev_app.core.text import excerpt
from codev_app.core.turns import SpeakerTime, SpeakingLog, SpeakingTimes, TurnEvent, TurnTaker

LIVE_SCHEMA_VERSION = 1
_HISTORY_LIMIT = 100


class ChangeKind(StrEnum):
    """Which part of the live session changed."""

    TIMER = "timer"  # started, paused, resumed, finished
    PHASE = "phase"  # another phase is current
    PLAN = "plan"  # planned durations or phases changed
    TURNS = "turns"  # who speaks, the round, the queue
    ROSTER = "roster"  # people, roles, attendance
    RESTORED = "restored"  # the whole state was replaced (undo of several parts, or recovery)


@dataclass(frozen=True)
class SessionChange:
    """One announced change, with a short description (English, for logs and the undo label)."""

    kind: ChangeKind
    description: str


class InvalidLiveData(CodevError):
    """Saved live-session data that cannot be read back."""


class _SpeakingClock:
    """Session time that stands still while the session is paused.

    Turns and attendance are measured on it, so a pause (a break in the call, a technical hitch)
    never counts as someone's speaking time. Undoing a pause makes that time active again, for the
    speaker as for the phase timer.
    """

    def __init__(self, session: LiveSession) -> None:
        self._session = session

    def now(self) -> float:
        reading = self._session.clock.now()
        return reading - self._session.engine.snapshot.pauses_elapsed(reading)


class LiveSession:
    """A co-development session as it runs. See the module docstring."""

    def __init__(
        self,
        template: Template,
        clock: Clock,
        *,
        roster: Roster | None = None,
        record: SessionRecord | None = None,
        engine: SessionEngine | None = None,
        keep_end_time: bool = False,
    ) -> None:
        self.template = template
        self.clock = clock
        self.roster = roster if roster is not None else Roster()
        self.record = record if record is not None else SessionRecord()
        self.engine = engine if engine is not None else SessionEngine(template.phases, clock)
        self.changed: Observable[SessionChange] = Observable("session.changed")
        self.speaking_log = SpeakingLog()
        self.last_plan_changes: list[PlanChange] = []
        self._keep_end_time = keep_end_time
        self._turns: dict[str, TurnTaker] = {}
        # Each undoable action: the parts it changed ("engine" or a phase id for its turns), with
        # how many steps it took there, in the order they happened.
        self._history: list[tuple[tuple[str, int], ...]] = []
        self._closed_during_command: list[str] = []
        self.speaking_clock: Clock = _SpeakingClock(self)
        self.engine.changed.subscribe(self._on_engine_event)
        self.roster.changed.subscribe(self._on_roster_changed)

    # --- queries ---------------------------------------------------------------------------------

    @property
    def state(self) -> EngineState:
        """Not started, running, paused or finished."""
        return self.engine.state

    @property
    def keeps_end_time(self) -> bool:
        """Whether the remaining phases are rescaled to keep the planned end time."""
        return self._keep_end_time

    @property
    def turns(self) -> TurnTaker:
        """The turn taker of the current phase (created when the phase is first reached)."""
        return self.turns_for(self.engine.current_phase.id)

    def turns_for(self, phase_id: str) -> TurnTaker:
        """The turn taker of any phase of the plan."""
        taker = self._turns.get(phase_id)
        if taker is None:
            phase = next(item.phase for item in self.engine.plan if item.id == phase_id)
            speaker_time = (
                SpeakerTime.fixed(phase.speaker_seconds) if phase.speaker_seconds else None
            )
            taker = TurnTaker(
                self.roster,
                phase.speakers,
                phase.turns,
                self.speaking_clock,
                speaker_time=speaker_time,
            )
            self._attach(phase_id, taker)
        return taker

    @property
    def can_undo(self) -> bool:
        """Whether there is an action to undo."""
        return bool(self._history)

    @property
    def undo_description(self) -> str | None:
        """What :meth:`undo` would undo, for a tooltip or a status line."""
        return self.undo_description_of(self._history[-1]) if self._history else None

    # --- commands: time and phases ---------------------------------------------------------------

    def start(self) -> None:
        """Start the session on its first phase (refuses an empty or absurd plan)."""
        check_runnable([item.phase for item in self.engine.plan])
        self._engine_command(self.engine.start)

    def pause(self) -> None:
        """Pause the timers."""
        self._engine_command(self.engine.pause)

    def resume(self) -> None:
        """Resume the timers."""
        self._engine_command(self.engine.resume)

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused (the one key the facilitator presses)."""
        if self.engine.state is EngineState.PAUSED:
            self.resume()
        else:
            self.pause()

    def next_phase(self) -> None:
        """Move on to the next phase."""
        self._engine_command(self.engine.next_phase, rescale=True)

    def previous_phase(self) -> None:
        """Go back to the previous phase (its timer continues where it stopped)."""
        self._engine_command(self.engine.previous_phase, rescale=True)

    def go_to_phase(self, phase_id: str) -> None:
        """Jump to a phase of the plan."""
        self._engine_command(lambda: self.engine.go_to_phase(phase_id), rescale=True)

    def finish(self) -> None:
        """End the session."""
        self._engine_command(self.engine.finish)

    def add_minutes(self, minutes: int) -> None:
        """Give the current phase more (or, with a negative number, less) time."""
        self._engine_command(lambda: self.engine.add_time(minutes * 60), rescale=True)

    def insert_break(self, minutes: int) -> None:
        """Insert a break right after the current phase."""
        self._engine_command(lambda: self.engine.insert_break(minutes), rescale=True)

    def set_keep_end_time(self, keep: bool) -> list[PlanChange]:
        """Switch "keep the end time" on or off; on, the remaining phases are rescaled now.

        Returns (and keeps in :attr:`last_plan_changes`) what the rescaling changed.
        """
        self._keep_end_time = keep
        self.last_plan_changes = []
        if keep and self.engine.state in (EngineState.RUNNING, EngineState.PAUSED):
            self._engine_command(lambda: None, rescale=True)
        self.changed.emit(SessionChange(ChangeKind.PLAN, "Keep end time"))
        return self.last_plan_changes

    # --- commands: turns -------------------------------------------------------------------------

    def turn_command(self, command: Callable[[TurnTaker], object]) -> None:
        """Run a command on the current phase's turn taker, e.g. ``lambda t: t.next_speaker()``.

        Rejected commands raise and change nothing; successful ones can be undone with :meth:`undo`.
        """
        phase_id = self.engine.current_phase.id
        taker = self.turns_for(phase_id)
        before = taker.can_undo, taker.undo_description, taker.state
        command(taker)
        if (taker.can_undo, taker.undo_description, taker.state) != before:
            self._push(((phase_id, 1),))

    def speaker_key(self, key: int) -> None:
        """The facilitator pressed number key ``key``: :meth:`select_speaker` for its participant
        (``UnknownKey`` when nobody has that number)."""
        self.select_speaker(self.turns.participant_for_key(key).id)

    def select_speaker(self, participant_id: str) -> None:
        """What a participant's number key (or a click on their name) does in the current phase.

        Free mode: they have the floor (pressed again: they stop). Queue: their hand goes up, or
        down if it was up. Round: they speak now, ahead of their turn (pressed again: their turn
        ends); someone who already spoke in this round is refused with ``AlreadyHadTurn``.
        Refusals (not here, not allowed to speak in this phase, no round yet) change nothing.
        """
        taker = self.turns
        if taker.mode is TurnMode.QUEUE:
            if participant_id in taker.hands_raised:
                self.turn_command(lambda t: t.lower_hand(participant_id))
            else:
                self.turn_command(lambda t: t.raise_hand(participant_id))
        elif taker.current_speaker == participant_id:
            self.turn_command(lambda t: t.stop_speaking())
        elif taker.mode is TurnMode.ROUND:
            self.turn_command(lambda t: t.speak_now(participant_id))
        else:
            self.turn_command(lambda t: t.mark_speaking(participant_id))

    def speaking_times(self, phase_id: str | None = None) -> SpeakingTimes:
        """Seconds spoken per participant in one phase, or in the whole session (None), the
        running turn included: the figures of the speaking-time chart."""
        if phase_id is not None:
            taker = self._turns.get(phase_id)
            return taker.speaking_times() if taker is not None else SpeakingTimes()
        total = SpeakingTimes()
        for taker in self._turns.values():
            total = total + taker.speaking_times()
        return total

    @property
    def phases_with_turns(self) -> tuple[str, ...]:
        """Ids of the phases reached so far (those with a turn taker), in the plan's order."""
        return tuple(item.id for item in self.engine.plan if item.id in self._turns)

    # --- commands: people ------------------------------------------------------------------------

    def arrive(self, participant_id: str) -> None:
        """Record that someone arrived now (late, or back); a round in progress takes them in."""
        self.roster.arrive(participant_id, self.speaking_clock.now())

    def leave(self, participant_id: str) -> None:
        """Record that someone left now; their turn, hand and place in a round end with it."""
        self.roster.leave(participant_id, self.speaking_clock.now())

    def add_latecomer(self, name: str, role: Role = Role.CONSULTANT) -> Participant:
        """Add someone who was not on the list and arrives now (recorded as arriving late)."""
        participant = self.roster.add(name, role, present=False)
        self.roster.arrive(participant.id, self.speaking_clock.now())
        return participant

    # --- undo ------------------------------------------------------------------------------------

    def undo(self) -> str:
        """Undo the facilitator's last action (a phase change, a pause, a speaker change…)."""
        if not self._history:
            raise NothingToUndo("There is nothing to undo.")
        entry = self._history.pop()
        description = self.undo_description_of(entry)
        for part, steps in reversed(entry):
            for _ in range(steps):
                if part == "engine" and self.engine.can_undo:
                    self.engine.undo()
                elif part != "engine" and self._turns[part].can_undo:
                    self._turns[part].undo()
        return description

    def undo_description_of(self, entry: tuple[tuple[str, int], ...]) -> str:
        """What undoing a history entry does (the description of its first part)."""
        part, _ = entry[0]
        if part == "engine":
            return self.engine.undo_description or ""
        return self._turns[part].undo_description or ""

    # --- persistence -----------------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """JSON-safe state of the running session (timer, people, turns), without the record.

        Save it with the clock reading and the wall time, so :meth:`from_data` can rebase.
        """
        return {
            "format": "codev-live-session",
            "schema_version": LIVE_SCHEMA_VERSION,
            "clock_reading": self.clock.now(),
            "keep_end_time": self._keep_end_time,
            "engine": self.engine.snapshot.to_data(),
            "roster": self.roster.to_data(),
            "turns": {phase_id: taker.to_data() for phase_id, taker in self._turns.items()},
            "speaking_log": self.speaking_log.to_data(),
        }

    @classmethod
    def from_data(
        cls,
        data: Mapping[str, Any],
        template: Template,
        clock: Clock,
        *,
        record: SessionRecord | None = None,
        rebase_seconds: float = 0.0,
    ) -> LiveSession:
        """Bring back a session saved by :meth:`to_data`, shifting clock readings by
        ``rebase_seconds`` (see :func:`codev_app.core.engine.recovery_rebase`)."""
        try:
            if data.get("format") != "codev-live-session":
                raise InvalidLiveData("not a saved Codev session")
            version = data.get("schema_version")
            if version != LIVE_SCHEMA_VERSION:
                raise InvalidLiveData(
                    f"saved by another version of Codev (format {excerpt(version)})"
                )
            roster = Roster.from_data(data["roster"], rebase_seconds=rebase_seconds)
            engine = SessionEngine(template.phases, clock)
            phases_by_id = {phase.id: phase for phase in template.phases}
            snapshot = EngineSnapshot.from_data(data["engine"], phases_by_id)
            engine.restore(snapshot, rebase_seconds=rebase_seconds)
            session = cls(
                template,
                clock,
                roster=roster,
                record=record,
                engine=engine,
                keep_end_time=bool(data.get("keep_end_time", False)),
            )
            for phase_id, turn_data in dict(data.get("turns", {})).items():
                taker = TurnTaker.from_data(
                    turn_data, roster, session.speaking_clock, rebase_seconds=rebase_seconds
                )
                session._attach(phase_id, taker)
            session.speaking_log = SpeakingLog.from_data(data.get("speaking_log", {}))
        except InvalidLiveData:
            raise
        except (CodevError, KeyError, TypeError, ValueError) as error:
            raise InvalidLiveData(f"the saved session cannot be read back ({error})") from None
        return session

    # --- internals -------------------------------------------------------------------------------

    def _attach(self, phase_id: str, taker: TurnTaker) -> None:
        self._turns[phase_id] = taker
        taker.changed.subscribe(lambda event: self._on_turn_event(phase_id, event))

    def _push(self, entry: tuple[tuple[str, int], ...]) -> None:
        self._history.append(entry)
        del self._history[:-_HISTORY_LIMIT]

    def _engine_command(self, command: Callable[[], object], *, rescale: bool = False) -> None:
        before = self.engine.snapshot
        self._closed_during_command = []
        command()
        steps = 1 if self.engine.snapshot != before else 0
        if rescale and self._keep_end_time and self.engine.state is not EngineState.FINISHED:
            rescaled = self.engine.snapshot
            self.last_plan_changes = self.engine.keep_end_time()
            if self.engine.snapshot != rescaled:
                steps += 1
        if steps:
            # Undoing a phase change also gives the floor back to whoever it took it from.
            closed = tuple((phase_id, 1) for phase_id in self._closed_during_command)
            self._push((("engine", steps), *closed))
        self._closed_during_command = []

    def _on_engine_event(self, event: EngineEvent) -> None:
        kind = {
            EventKind.PHASE_CHANGED: ChangeKind.PHASE,
            EventKind.PLAN_CHANGED: ChangeKind.PLAN,
            EventKind.UNDONE: ChangeKind.RESTORED,
            EventKind.RESTORED: ChangeKind.RESTORED,
        }.get(event.kind, ChangeKind.TIMER)
        if event.kind in (EventKind.PHASE_CHANGED, EventKind.FINISHED):
            self._close_other_phases()
        self._update_record_timings()
        self.changed.emit(SessionChange(kind, event.description))

    def _on_turn_event(self, phase_id: str, event: TurnEvent) -> None:
        self.speaking_log.record(phase_id, self._turns[phase_id].speaking_times())
        self.record.set_speaking(phase_id, dict(self._turns[phase_id].speaking_times().seconds))
        self.changed.emit(SessionChange(ChangeKind.TURNS, event.description))

    def _on_roster_changed(self, _roster: Roster) -> None:
        for taker in self._turns.values():
            taker.roster_changed()
        self.changed.emit(SessionChange(ChangeKind.ROSTER, "Participants changed"))

    def _close_other_phases(self) -> None:
        """Whoever was speaking in a phase that is no longer current stops speaking."""
        current = self.engine.current_phase.id if self.state is not EngineState.FINISHED else ""
        for phase_id, taker in self._turns.items():
            if phase_id != current and taker.current_speaker is not None:
                taker.close()
                self._closed_during_command.append(phase_id)

    def _update_record_timings(self) -> None:
        self.record.set_timings(
            PhaseTiming(
                phase_id=item.id,
                name=item.phase.name.get("en"),
                planned_seconds=item.planned_seconds,
                actual_seconds=self.engine.actual_seconds(index),
            )
            for index, item in enumerate(self.engine.plan)
        )
