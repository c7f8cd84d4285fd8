"""What a saved or finished session was, as plain typed data: :class:`SavedSession`.

Exports, the history and the command line read a session through this description instead of
bringing a :class:`~codev_app.core.session.LiveSession` back to life. It is built by one pure
function, :func:`read_saved_session`, from what storage keeps: the template, the live state that
``LiveSession.to_data`` wrote (its ``engine``, ``roster`` and ``clock_reading``) and the record.

Times are read at the saved ``clock_reading``: a phase that was still running when the session was
saved or left keeps the seconds it had then (the record's own timings are only refreshed when the
phase changes). Nothing here moves, and nothing here knows about Qt or SQLite.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from codev_app.core.engine_snapshot import EngineSnapshot, EngineState
from codev_app.core.errors import CodevError
from codev_app.core.participants import Attendance, Participant, Role, Roster
from codev_app.core.record import Consent, RecordState
from codev_app.core.session import LIVE_SCHEMA_VERSION
from codev_app.core.speaking_time import SpeakingLog
from codev_app.core.template import LocalizedText, Template

LIVE_FORMAT = "codev-live-session"


class UnreadableSession(CodevError):
    """Saved live-session data that cannot be read (damaged, or from a newer Codev)."""


@dataclass(frozen=True)
class PhaseRun:
    """One phase of the plan as run: breaks inserted during the session included.

    ``actual_seconds`` is the active time spent in it (pauses excluded), None for a phase the
    session never reached.
    """

    id: str
    name: LocalizedText
    planned_seconds: int
    actual_seconds: float | None
    is_break: bool
    inserted: bool
    """A break added during the session (not in the template)."""


@dataclass(frozen=True)
class PersonAttendance:
    """One person of the session and their attendance (readings of the session's clock)."""

    participant: Participant
    attendance: Attendance

    @property
    def id(self) -> str:
        """The participant's id."""
        return self.participant.id

    @property
    def name(self) -> str:
        """The participant's name."""
        return self.participant.name

    @property
    def role(self) -> Role:
        """Client, consultant or facilitator."""
        return self.participant.role

    @property
    def came(self) -> bool:
        """Present at the start, or arrived later."""
        attendance = self.attendance
        return attendance.present_at_start or attendance.arrived_at is not None


@dataclass(frozen=True)
class SavedSession:
    """Everything known about one saved session, read once, in plain values.

    ``speaking`` maps a phase id to the seconds each participant id spoke in it (phases in the
    order they were recorded); ``record`` is the record as saved, private notes included.
    """

    template_id: str
    template_name: LocalizedText
    title: str
    group_name: str
    facilitator: str
    created_at: datetime | None
    finished_at: datetime | None
    state: EngineState
    phases: tuple[PhaseRun, ...]
    people: tuple[PersonAttendance, ...]
    speaking: Mapping[str, Mapping[str, float]]
    record: RecordState
    elapsed_seconds: float
    """The session clock: from the start to the finish (or the save), pauses included."""
    paused_seconds: float

    @property
    def started(self) -> bool:
        """Whether the session was started."""
        return self.state is not EngineState.NOT_STARTED

    @property
    def finished(self) -> bool:
        """Whether the session was ended (the store's finish time or the timer's own state)."""
        return self.finished_at is not None or self.state is EngineState.FINISHED

    @property
    def consent(self) -> Consent:
        """The client's approval of what leaves the facilitator's machine."""
        return self.record.consent

    @property
    def client(self) -> PersonAttendance | None:
        """The client, when one was chosen."""
        return next((person for person in self.people if person.role is Role.CLIENT), None)

    def person(self, participant_id: str) -> PersonAttendance | None:
        """The person with this id, or None (someone removed since, or unknown)."""
        return next((person for person in self.people if person.id == participant_id), None)

    @property
    def planned_total(self) -> int:
        """Planned seconds of the plan as run."""
        return sum(phase.planned_seconds for phase in self.phases)

    @property
    def actual_total(self) -> float:
        """Active seconds spent in all phases (pauses excluded)."""
        return sum(phase.actual_seconds or 0.0 for phase in self.phases)


def read_saved_session(
    template: Template,
    live: Mapping[str, Any],
    record: RecordState,
    *,
    title: str = "",
    group_name: str = "",
    facilitator: str = "",
    created_at: datetime | None = None,
    finished_at: datetime | None = None,
) -> SavedSession:
    """The :class:`SavedSession` for what storage holds of one session.

    ``live`` is the data of ``LiveSession.to_data``; its engine is read with
    :meth:`EngineSnapshot.from_data` and its roster with :meth:`Roster.from_data`. Raises
    :class:`UnreadableSession` when that data is damaged or comes from a newer Codev.
    """
    if live.get("format") != LIVE_FORMAT:
        raise UnreadableSession("not a saved Codev session")
    if live.get("schema_version") != LIVE_SCHEMA_VERSION:
        version = live.get("schema_version")
        raise UnreadableSession(f"saved by another version of Codev (format {version!r})")
    template_phases = {phase.id: phase for phase in template.phases}
    try:
        now = _reading(live.get("clock_reading", 0.0))
        snapshot = EngineSnapshot.from_data(live["engine"], template_phases)
        roster = Roster.from_data(live["roster"])
    except UnreadableSession:
        raise
    except (CodevError, KeyError, TypeError, ValueError) as error:
        raise UnreadableSession(f"the saved session cannot be read ({error})") from None
    return SavedSession(
        template_id=template.id,
        template_name=template.name,
        title=title,
        group_name=group_name,
        facilitator=facilitator,
        created_at=created_at,
        finished_at=finished_at,
        state=snapshot.state,
        phases=phase_runs(snapshot, now, template_ids=frozenset(template_phases)),
        people=people_of(roster),
        speaking=MappingProxyType(
            {phase: MappingProxyType(dict(times)) for phase, times in record.speaking.items()}
        ),
        record=record,
        elapsed_seconds=snapshot.session_elapsed(now),
        paused_seconds=snapshot.pauses_elapsed(now),
    )


def unstarted_live_data(template: Template) -> dict[str, Any]:
    """The live data of a session created from ``template`` and never started or saved.

    It is what :meth:`LiveSession.to_data` holds before anything happened (the plan, nobody in
    the roster, clock at 0), made without bringing a session to life; turn takers and round
    orders are left out: :meth:`LiveSession.from_data` makes the fresh ones itself.
    """
    return {
        "format": LIVE_FORMAT,
        "schema_version": LIVE_SCHEMA_VERSION,
        "clock_reading": 0.0,
        "keep_end_time": False,
        "engine": EngineSnapshot.initial(template.phases).to_data(),
        "roster": Roster().to_data(),
        "turns": {},
        "round_orders": {},
        "speaking_log": SpeakingLog().to_data(),
        "seq": 0,
    }


def people_of(roster: Roster) -> tuple[PersonAttendance, ...]:
    """Everyone in ``roster``, in the listed order, with their attendance so far."""
    return tuple(PersonAttendance(person, roster.attendance(person.id)) for person in roster)


def phase_runs(
    snapshot: EngineSnapshot, now: float, *, template_ids: frozenset[str] = frozenset()
) -> tuple[PhaseRun, ...]:
    """The plan as run at clock reading ``now``, from the engine's snapshot.

    A phase up to the current one has its active time, the one still open included; a later
    phase with no time was not reached (None). Breaks whose id is not in ``template_ids`` are
    marked as inserted.
    """
    reached = snapshot.current_index if snapshot.started_at is not None else -1
    runs = []
    for index, item in enumerate(snapshot.plan):
        actual = snapshot.phase_elapsed(index, now)
        runs.append(
            PhaseRun(
                id=item.id,
                name=item.phase.name,
                planned_seconds=item.planned_seconds,
                actual_seconds=actual if index <= reached or actual > 0 else None,
                is_break=item.phase.is_break,
                inserted=item.phase.is_break and item.id not in template_ids,
            )
        )
    return tuple(runs)


def _reading(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UnreadableSession("the saved clock reading is not a number")
    return float(value)
