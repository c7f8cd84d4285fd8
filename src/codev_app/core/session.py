"""A live session: the timed plan, the people, who speaks, and the record, run as one.

:class:`LiveSession` is what the console talks to, through one entry point: :meth:`apply` takes a
command value (core/commands.py), checks it, computes the new state from the old one and one clock
reading, records it in the one history (undo and redo) and in the command log, and announces one
typed :class:`~codev_app.core.history.Change` on :attr:`changed` — after the command is fully
carried out, so a listener always reads a consistent session. A refused command raises a
:class:`~codev_app.core.errors.CodevError` and changes nothing. Reading state never changes it.

The whole state can be saved with :meth:`to_data` and brought back after a crash with
:meth:`from_data`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from codev_app.core import commands as c
from codev_app.core.clock import Clock
from codev_app.core.engine import SessionEngine
from codev_app.core.engine_snapshot import EngineSnapshot, EngineState, PlanChange
from codev_app.core.errors import (
    CodevError,
    NothingToRedo,
    NothingToUndo,
    UndoBlocked,
    UnknownPhase,
)
from codev_app.core.events import Observable
from codev_app.core.history import (
    LOCAL,
    Actor,
    Change,
    Entry,
    History,
    Memento,
    Part,
    record_items_changed,
    record_with_items,
    typing_carried,
)
from codev_app.core.participants import Roster
from codev_app.core.record import PhaseTiming, RecordState, RecordText, SessionRecord
from codev_app.core.rules import carry_out
from codev_app.core.speaking_time import SpeakerTime, SpeakingLog, SpeakingTimes
from codev_app.core.template import Template
from codev_app.core.text import excerpt
from codev_app.core.turn_state import RoundOrder
from codev_app.core.turns import TurnTaker

LIVE_SCHEMA_VERSION = 1


class InvalidLiveData(CodevError):
    """Saved live-session data that cannot be read back."""


@dataclass(frozen=True)
class LoggedCommand:
    """One entry of the session's command log: what was applied, by whom, at which clock reading
    (a reading of the session's monotonic clock; storage adds the wall time)."""

    seq: int
    reading: float
    by: Actor
    command: c.Command


@dataclass(frozen=True)
class Checkpoint:
    """The state of a live session before a command, to come back to and apply the commands
    since in another order (a co-facilitator's command that came in late): see
    :meth:`LiveSession.replaying`."""

    memento: Memento
    done: tuple[Entry, ...]
    undone: tuple[Entry, ...]
    stamp: int


class _CommandClock:
    """The session's clock, held still while a command is carried out: one reading per command."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.held: float | None = None

    def now(self) -> float:
        return self.held if self.held is not None else self.clock.now()


class _SpeakingClock:
    """Session time that stands still while the session is paused.

    Turns and attendance are measured on it, so a pause (a break in the call, a technical hitch)
    never counts as someone's speaking time. Undoing a pause makes that time active again, for the
    speaker as for the phase timer.
    """

    def __init__(self, session: LiveSession) -> None:
        self._session = session

    def now(self) -> float:
        reading = self._session._clock.now()
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
        engine_snapshot: EngineSnapshot | None = None,
        keep_end_time: bool = False,
    ) -> None:
        self.template = template
        self._clock = _CommandClock(clock)
        self.roster = roster if roster is not None else Roster()
        self.record = record if record is not None else SessionRecord()
        self.engine = SessionEngine(template.planned_phases(), self._clock)
        if engine_snapshot is not None:
            self.engine.restore(engine_snapshot)
        self._keep_end_time = keep_end_time
        self.changed: Observable[Change] = Observable("session.changed")
        self.speaking_clock: Clock = _SpeakingClock(self)
        self._last_plan_changes: tuple[PlanChange, ...] = ()
        self._round_orders: dict[str, tuple[RoundOrder, int | None]] = {}
        self._turns: dict[str, TurnTaker] = {}
        for item in self.engine.plan:
            self.add_turn_taker(item.id)
        self._history = History()
        self._seq = 0
        self._log: list[LoggedCommand] = []
        self._quiet = False

    # --- queries ---------------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The clock the session was given (inside a command, its parts read it once)."""
        return self._clock.clock

    @property
    def state(self) -> EngineState:
        """Not started, running, paused or finished."""
        return self.engine.state

    @property
    def keeps_end_time(self) -> bool:
        """Whether the remaining phases are rescaled to keep the planned end time."""
        return self._keep_end_time

    @property
    def last_plan_changes(self) -> tuple[PlanChange, ...]:
        """What the last rescaling of the plan changed (shown beside the session clock)."""
        return self._last_plan_changes

    @property
    def turns(self) -> TurnTaker:
        """The turn taker of the current phase."""
        return self.turns_for(self.engine.current_phase.id)

    def turns_for(self, phase_id: str) -> TurnTaker:
        """The turn taker of any phase of the plan."""
        try:
            return self._turns[phase_id]
        except KeyError:
            raise UnknownPhase(f"There is no phase {phase_id!r} in this session.") from None

    def round_order(self, phase_id: str) -> tuple[RoundOrder, int | None]:
        """The order (and shuffling seed) the next round of a phase will have: the one chosen,
        else the order of its last round, else as listed."""
        if phase_id in self._round_orders:
            return self._round_orders[phase_id]
        last = self.turns_for(phase_id).state.round
        return (last.order, last.seed) if last is not None else (RoundOrder.AS_LISTED, None)

    @property
    def can_undo(self) -> bool:
        """Whether this machine's facilitator has an action to undo."""
        return self._history.last_by(LOCAL) is not None

    @property
    def can_redo(self) -> bool:
        """Whether an undone action can be done again."""
        return self._history.next_redo_by(LOCAL) is not None

    def undo_target(self, by: Actor = LOCAL) -> c.Command | None:
        """The command :class:`~codev_app.core.commands.Undo` by ``by`` would undo."""
        entry = self._history.last_by(by)
        return entry.command if entry is not None else None

    def redo_target(self, by: Actor = LOCAL) -> c.Command | None:
        """The command :class:`~codev_app.core.commands.Redo` by ``by`` would do again."""
        entry = self._history.next_redo_by(by)
        return entry.command if entry is not None else None

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
        """Ids of the phases reached so far, in the plan's order."""
        snap = self.engine.snapshot
        if snap.state is EngineState.NOT_STARTED:
            return ()
        now = self._clock.now()
        return tuple(
            item.id
            for index, item in enumerate(snap.plan)
            if index == snap.current_index
            or snap.phase_elapsed(index, now) > 0
            or self._turns[item.id].speaking_times().total > 0
        )

    def timings(self) -> tuple[PhaseTiming, ...]:
        """Planned and actual time of every phase now (a phase left running counts until now)."""
        return tuple(
            PhaseTiming(
                phase_id=item.id,
                name=item.phase.name.get("en"),
                planned_seconds=item.planned_seconds,
                actual_seconds=self.engine.actual_seconds(index),
            )
            for index, item in enumerate(self.engine.plan)
        )

    def record_as_of_now(self) -> RecordState:
        """The record with the timings and speaking times as they are now: what is saved."""
        speaking = {
            phase_id: dict(taker.speaking_times().seconds)
            for phase_id, taker in self._turns.items()
            if taker.speaking_times().total > 0
        }
        holder = SessionRecord(self.record.state)
        holder.set_timings(self.timings())
        # Speaking times come from the turns alone: one taken back by an undo is gone here too.
        holder.set_speaking_times(speaking)
        return holder.state

    # --- the one entry point ---------------------------------------------------------------------

    def apply(
        self,
        command: c.Command,
        by: Actor = LOCAL,
        *,
        at: float | None = None,
        echo: bool = False,
        shared: bool = False,
    ) -> Change:
        """Carry out ``command`` for ``by`` and announce what changed.

        Raises a :class:`CodevError` (nothing changed) when the command is refused. A command that
        changes nothing (the same text typed again) returns a change with no parts, and is neither
        kept in the history nor announced.

        ``at``: the clock reading the command was given at (a co-facilitator's, in this clock;
        never later than now). ``echo``: a step whose undo its author's machine keeps (their
        typing, shown here): kept in the history, but not undoable from here. ``shared``: a
        command of the log shared with a co-facilitator, where an undo or redo takes back the
        actor's last step that is not typing (typing travels letter by letter, outside the log).
        """
        now = self._clock.clock.now()
        self._clock.held = now if at is None else min(at, now)
        try:
            if isinstance(command, c.Undo | c.Redo):
                change = self._undo_or_redo(command, by, typing=not shared)
            else:
                change = self._carry_out(command, by, echo)
        finally:
            self._clock.held = None
        if change.parts and not self._quiet:
            self.changed.emit(change)
        return change

    def _carry_out(self, command: c.Command, by: Actor, echo: bool = False) -> Change:
        before = self._memento()
        try:
            plan_changes = carry_out(self, command)
            self._settle()
        except BaseException:
            self._rollback(before)
            raise
        if plan_changes or command.area in (c.Area.TIMER, c.Area.PHASE):
            self._last_plan_changes = tuple(plan_changes)
        after = self._memento()
        parts = before.parts_changed(after)
        items = record_items_changed(before.record, after.record)
        if not parts:
            return Change(command, by, parts, self._seq)
        entry = Entry(command, by, before, after, parts, items, echo=echo)
        self._history.push(entry, c.merge_key(command))
        return self._logged(
            Change(command, by, parts, self._seq + 1, None, tuple(plan_changes), items)
        )

    def _undo_or_redo(self, command: c.Command, by: Actor, *, typing: bool = True) -> Change:
        undo = isinstance(command, c.Undo)
        history = self._history
        entry = (
            history.last_by(by, typing=typing) if undo else history.next_redo_by(by, typing=typing)
        )
        if entry is None:
            if undo:
                raise NothingToUndo("There is nothing to undo.")
            raise NothingToRedo("There is nothing to redo.")
        if self._history.blocking(entry) is not None:
            raise UndoBlocked(
                "Your co-facilitator has changed this since: it cannot be taken back alone."
            )
        source = entry.before if undo else entry.after
        if entry.typing:
            # Only one's own letters: what a co-facilitator typed since stays (core/text_edits).
            start = entry.after if undo else entry.before
            source = replace(
                source, record=typing_carried(start.record, source.record, self.record.state)
            )
        self._restore(source, entry.parts, entry.record_items)
        self._settle()
        if undo:
            self._history.mark_undone(entry)
        else:
            self._history.mark_redone(entry)
        change = Change(
            command, by, entry.parts, self._seq + 1, entry.command, (), entry.record_items
        )
        return self._logged(change)

    def _logged(self, change: Change) -> Change:
        self._seq = change.seq
        self._log.append(LoggedCommand(change.seq, self._clock.now(), change.by, change.command))
        return change

    def take_logged(self) -> list[LoggedCommand]:
        """The commands applied since the last call, for the command log in the database."""
        taken, self._log = self._log, []
        return taken

    # --- commands applied again in another order (co-facilitation) ----------------------------

    def forget_history(self) -> None:
        """Nothing done so far can be undone or redone any more (sharing begins: both apps must
        hold the same history, and the other's starts empty)."""
        self._history.done.clear()
        self._history.undone.clear()

    def checkpoint(self) -> Checkpoint:
        """The session as it is now, history included (see :meth:`replaying`)."""
        history = self._history
        return Checkpoint(
            self._memento(),
            tuple(replace(entry) for entry in history.done),
            tuple(replace(entry) for entry in history.undone),
            history.next_stamp(),
        )

    @contextmanager
    def replaying(self, checkpoint: Checkpoint, cause: c.Command, by: Actor) -> Iterator[None]:
        """Go back to ``checkpoint``; the caller applies the commands since again, in their
        shared order; then one change (worded as ``cause`` by ``by``) announces what differs.

        The free-text fields stay as they are now (typing is merged letter by letter, outside the
        commands), and so do the typing steps of the history. The command log keeps growing: it
        tells what this machine did, replays included.
        """
        before = self._memento()
        history = self._history
        typed = [e for e in history.done if e.typing and e.stamp > checkpoint.stamp]
        self._rollback(checkpoint.memento)
        texts = {("text", field.value) for field in RecordText}
        kept = record_with_items(self.record.state, before.record, texts)
        if kept != self.record.state:
            self.record.restore(kept)
        history.done = [replace(entry) for entry in checkpoint.done] + typed
        history.undone = [replace(entry) for entry in checkpoint.undone]
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False
            after = self._memento()
            parts = before.parts_changed(after)
            if parts:
                items = record_items_changed(before.record, after.record)
                self.changed.emit(Change(cause, by, parts, self._seq, None, (), items))

    # --- state as data ---------------------------------------------------------------------------

    def _memento(self) -> Memento:
        return Memento(
            engine=self.engine.snapshot,
            keep_end_time=self._keep_end_time,
            plan_changes=self._last_plan_changes,
            turns={phase_id: taker.to_data() for phase_id, taker in self._turns.items()},
            round_orders={
                k: (order.value, seed) for k, (order, seed) in self._round_orders.items()
            },
            roster=self.roster.to_data(),
            record=self.record.state,
        )

    def _restore(
        self,
        source: Memento,
        parts: frozenset[Part],
        record_items: frozenset[tuple[str, str]],
    ) -> None:
        """Put back the parts a command changed as they are in ``source`` (undo and redo)."""
        if parts & {Part.TIMER, Part.PHASE, Part.PLAN}:
            self.engine.restore(source.engine)
            self._keep_end_time = source.keep_end_time
            self._last_plan_changes = source.plan_changes
        if Part.ROSTER in parts:
            self.roster.restore(source.roster)
        if parts & {Part.TURNS, Part.PHASE, Part.ROSTER, Part.PLAN}:
            self._restore_turns(source)
        if record_items:
            restored = record_with_items(self.record.state, source.record, record_items)
            if restored != self.record.state:
                self.record.restore(restored)

    def _rollback(self, before: Memento) -> None:
        """Put everything back as it was before a refused command."""
        self.engine.restore(before.engine)
        self._keep_end_time = before.keep_end_time
        self._last_plan_changes = before.plan_changes
        if self.roster.to_data() != before.roster:
            self.roster.restore(before.roster)
        self._restore_turns(before)
        if self.record.state != before.record:
            self.record.restore(before.record)

    def _restore_turns(self, source: Memento) -> None:
        self._turns = {
            phase_id: TurnTaker.from_data(data, self.roster, self.speaking_clock)
            for phase_id, data in source.turns.items()
        }
        for item in self.engine.plan:
            self.add_turn_taker(item.id)
        self._round_orders = {
            k: (RoundOrder(order), seed) for k, (order, seed) in source.round_orders.items()
        }

    def _settle(self) -> None:
        """What follows from any command: whoever speaks in a phase that is no longer current
        stops, every round and queue follows the roster, and the record's timings are brought
        up to this moment (between commands, :meth:`record_as_of_now` has them to the second)."""
        current = self.engine.current_phase.id if self.state is not EngineState.FINISHED else ""
        for phase_id, taker in self._turns.items():
            taker.roster_changed()
            if phase_id != current and taker.current_speaker is not None:
                taker.close()
        now = self.record_as_of_now()  # the record as it is, timings and speaking brought up
        if (now.timings, now.speaking) != (self.record.timings, self.record.speaking):
            self.record.restore(now)
        self._note_case_client()

    def _note_case_client(self) -> None:
        # In a format with several cases, each case's client is the one chosen while its phases
        # run: the exports name them, though the roster has only one client at a time.
        if self.state is EngineState.FINISHED:
            return
        case = self.engine.current_phase.case
        client = self.roster.client
        if case is None or client is None or self.record.state.case_clients.get(case) == client.id:
            return
        self.record.set_case_client(case, client.id)

    # --- for the rules ---------------------------------------------------------------------------

    def add_turn_taker(self, phase_id: str) -> None:
        """Give a phase of the plan (a new break) its turn taker; existing ones are kept."""
        if phase_id in self._turns:
            return
        phase = next(item.phase for item in self.engine.plan if item.id == phase_id)
        speaker_time = SpeakerTime.fixed(phase.speaker_seconds) if phase.speaker_seconds else None
        self._turns[phase_id] = TurnTaker(
            self.roster, phase.speakers, phase.turns, self.speaking_clock, speaker_time=speaker_time
        )

    def replace_turn_taker(self, phase_id: str) -> None:
        """A fresh turn taker for a phase whose plan changed before it began (a module chosen)."""
        del self._turns[phase_id]
        self.add_turn_taker(phase_id)

    def set_keep_end_time(self, keep: bool) -> None:
        """Keep the planned end time (or stop doing so); the rules rescale the plan."""
        self._keep_end_time = keep

    def set_round_order(self, phase_id: str, order: RoundOrder, seed: int | None) -> None:
        """Choose the order of a phase's next round."""
        self._round_orders[phase_id] = (order, seed)

    # --- persistence -----------------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """JSON-safe state of the running session (timer, people, turns), without the record.

        Save it with the clock reading and the wall time, so :meth:`from_data` can rebase.
        """
        log = SpeakingLog()
        for phase_id, taker in self._turns.items():
            if taker.speaking_times().total > 0:
                log.record(phase_id, taker.speaking_times())
        return {
            "format": "codev-live-session",
            "schema_version": LIVE_SCHEMA_VERSION,
            "clock_reading": self._clock.now(),
            "keep_end_time": self._keep_end_time,
            "engine": self.engine.snapshot.to_data(),
            "roster": self.roster.to_data(),
            "turns": {phase_id: taker.to_data() for phase_id, taker in self._turns.items()},
            "round_orders": {k: [o.value, seed] for k, (o, seed) in self._round_orders.items()},
            "speaking_log": log.to_data(),
            "seq": self._seq,
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
        paused: bool = False,
    ) -> LiveSession:
        """Bring back a session saved by :meth:`to_data`, shifting clock readings by
        ``rebase_seconds`` (see :func:`codev_app.core.engine_snapshot.recovery_rebase`).

        ``paused`` brings a running session back paused: the state it comes back in, not a
        facilitator's action (nothing to undo)."""
        try:
            if data.get("format") != "codev-live-session":
                raise InvalidLiveData("not a saved Codev session")
            version = data.get("schema_version")
            if version != LIVE_SCHEMA_VERSION:
                raise InvalidLiveData(
                    f"saved by another version of Codev (format {excerpt(version)})"
                )
            roster = Roster.from_data(data["roster"], rebase_seconds=rebase_seconds)
            phases_by_id = {phase.id: phase for phase in template.phases}
            snapshot = EngineSnapshot.from_data(data["engine"], phases_by_id)
            if rebase_seconds:
                snapshot = snapshot.rebased(rebase_seconds)
            session = cls(
                template,
                clock,
                roster=roster,
                record=record,
                engine_snapshot=snapshot,
                keep_end_time=bool(data.get("keep_end_time", False)),
            )
            for phase_id, turn_data in dict(data.get("turns", {})).items():
                session.turns_for(str(phase_id))  # a phase of this plan, or refused
                session._turns[str(phase_id)] = TurnTaker.from_data(
                    turn_data, roster, session.speaking_clock, rebase_seconds=rebase_seconds
                )
            for phase_id, (order, seed) in dict(data.get("round_orders", {})).items():
                session.turns_for(str(phase_id))
                session._round_orders[str(phase_id)] = (
                    RoundOrder(order),
                    None if seed is None else int(seed),
                )
            session._seq = int(data.get("seq", 0))
            if paused and session.state is EngineState.RUNNING:
                session.engine.pause()
                session._settle()
        except InvalidLiveData:
            raise
        except (CodevError, KeyError, TypeError, ValueError) as error:
            raise InvalidLiveData(f"the saved session cannot be read back ({error})") from None
        return session
