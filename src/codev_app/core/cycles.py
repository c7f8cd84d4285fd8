"""A cycle: N planned sessions of a group, each member the client once, and what happened.

A :class:`Cycle` is plain frozen data: its slots (when, who is the client, which saved session
held it) and a ``revision`` raised by every change, so that a calendar exported again updates the
same events (each slot keeps its ``uid``). Every function returns a new cycle; storage keeps it.
Nothing here knows about Qt or SQLite.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from codev_app.core.errors import CodevError
from codev_app.core.groups import Group, name_key

MAX_SESSIONS: Final = 52
DEFAULT_MINUTES: Final = 120
_EVERY: Final = re.compile(r"^\s*(\d+)\s*([dw])\s*$", re.IGNORECASE)
_FIRST: Final = "%Y-%m-%d %H:%M"


class CycleProblem(StrEnum):
    """Why a cycle plan was refused (the UI and the command line word each one)."""

    BAD_COUNT = "bad_count"
    BAD_EVERY = "bad_every"
    BAD_FIRST = "bad_first"
    BAD_ZONE = "bad_zone"
    HELD = "held"
    NO_SLOT = "no_slot"


class CycleError(CodevError):
    """A cycle plan or change that cannot be made; ``problem`` says why."""

    def __init__(self, problem: CycleProblem, subject: str = "") -> None:
        self.problem = problem
        self.subject = subject
        super().__init__(f"{problem.value}: {subject}" if subject else problem.value)


@dataclass(frozen=True)
class Slot:
    """One planned session: when (an aware datetime), its client, and the session that held it."""

    uid: str
    starts_at: datetime
    client_id: int | None = None
    session_id: int | None = None

    @property
    def held(self) -> bool:
        """A session was started for this slot."""
        return self.session_id is not None


@dataclass(frozen=True)
class Cycle:
    """A group's planned sessions, in order; ``minutes`` is each session's planned length."""

    group_id: int
    template_id: str
    slots: tuple[Slot, ...]
    time_zone: str
    minutes: int = DEFAULT_MINUTES
    revision: int = 0
    id: int = 0

    @property
    def next_index(self) -> int | None:
        """The first slot no session has held yet, or None when the cycle is complete."""
        return next((i for i, slot in enumerate(self.slots) if not slot.held), None)

    @property
    def held_count(self) -> int:
        """How many planned sessions took place."""
        return sum(slot.held for slot in self.slots)


def parse_every(text: str) -> timedelta:
    """``"4w"`` or ``"28d"`` as a time between sessions; raises :class:`CycleError`."""
    match = _EVERY.match(text)
    if match is None or int(match.group(1)) < 1:
        raise CycleError(CycleProblem.BAD_EVERY, text)
    count = int(match.group(1))
    return timedelta(weeks=count) if match.group(2).lower() == "w" else timedelta(days=count)


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (e.g. ``Europe/Paris``); raises :class:`CycleError`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CycleError(CycleProblem.BAD_ZONE, name) from None


def local_zone_name(environ: Mapping[str, str] | None = None) -> str:
    """This computer's IANA time zone name (``TZ``, then ``/etc/localtime``), else ``UTC``."""
    name = (os.environ if environ is None else environ).get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").resolve())
        except OSError:
            target = ""
        name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
    try:
        zone(name)
    except CycleError:
        return "UTC"
    return name or "UTC"


def parse_first(text: str, time_zone: str) -> datetime:
    """``"YYYY-MM-DD HH:MM"`` as a moment in ``time_zone``; raises :class:`CycleError`."""
    try:
        naive = datetime.strptime(" ".join(text.split()), _FIRST)
    except ValueError:
        raise CycleError(CycleProblem.BAD_FIRST, text) from None
    return naive.replace(tzinfo=zone(time_zone))


def plan_cycle(
    group: Group,
    *,
    sessions: int,
    first: datetime,
    every: timedelta,
    template_id: str,
    minutes: int = DEFAULT_MINUTES,
    make_uid: Callable[[], str] = lambda: f"{uuid.uuid4()}@codev",
) -> Cycle:
    """``sessions`` sessions from ``first`` (aware), one every ``every`` at the same local time,
    with the active members as clients in the group's order (each once; slots beyond the members
    have no client yet). Raises :class:`CycleError` for a count outside 1–52."""
    if not 1 <= sessions <= MAX_SESSIONS:
        raise CycleError(CycleProblem.BAD_COUNT, str(sessions))
    if first.tzinfo is None:
        raise CycleError(CycleProblem.BAD_ZONE, "")
    clients = [member.id for member in group.active_members]
    naive = first.replace(tzinfo=None)
    slots = tuple(
        Slot(
            uid=make_uid(),
            # Same wall-clock time across a change of daylight saving time.
            starts_at=(naive + index * every).replace(tzinfo=first.tzinfo),
            client_id=clients[index] if index < len(clients) else None,
        )
        for index in range(sessions)
    )
    return Cycle(
        group_id=group.id,
        template_id=template_id,
        slots=slots,
        time_zone=str(first.tzinfo),
        minutes=minutes,
    )


def _open_slot(cycle: Cycle, index: int) -> Slot:
    if not 0 <= index < len(cycle.slots):
        raise CycleError(CycleProblem.NO_SLOT, str(index + 1))
    slot = cycle.slots[index]
    if slot.held:
        raise CycleError(CycleProblem.HELD, str(index + 1))
    return slot


def _with_slots(cycle: Cycle, changes: dict[int, Slot]) -> Cycle:
    slots = tuple(changes.get(i, slot) for i, slot in enumerate(cycle.slots))
    return replace(cycle, slots=slots, revision=cycle.revision + 1)


def swap_clients(cycle: Cycle, first: int, second: int) -> Cycle:
    """The clients of two sessions not held yet exchanged (reordering, or someone absent)."""
    a, b = _open_slot(cycle, first), _open_slot(cycle, second)
    return _with_slots(
        cycle,
        {first: replace(a, client_id=b.client_id), second: replace(b, client_id=a.client_id)},
    )


def set_client(cycle: Cycle, index: int, client_id: int | None) -> Cycle:
    """A session not held yet given another client (or none yet)."""
    return _with_slots(cycle, {index: replace(_open_slot(cycle, index), client_id=client_id)})


def reschedule(cycle: Cycle, index: int, starts_at: datetime) -> Cycle:
    """A session not held yet moved to ``starts_at`` (aware)."""
    if starts_at.tzinfo is None:
        raise CycleError(CycleProblem.BAD_ZONE, "")
    return _with_slots(cycle, {index: replace(_open_slot(cycle, index), starts_at=starts_at)})


def record_held(cycle: Cycle, index: int, session_id: int, client_id: int | None) -> Cycle:
    """The slot ``index`` was held by the saved session ``session_id`` with this client."""
    slot = _open_slot(cycle, index)
    return _with_slots(cycle, {index: replace(slot, session_id=session_id, client_id=client_id)})


def clients_so_far(cycle: Cycle) -> set[int]:
    """Members who were the client in a session of the cycle that took place."""
    return {slot.client_id for slot in cycle.slots if slot.held and slot.client_id is not None}


def adapt(cycle: Cycle, group: Group) -> Cycle:
    """The plan after drop-outs: sessions not held yet whose client left (or has none) go to
    active members who have not been the client yet, in the group's order; held sessions keep
    their client. Unchanged (same revision) when nothing moves."""
    active = [m.id for m in group.active_members]
    planned = {
        s.client_id for s in cycle.slots if not s.held and s.client_id in active
    } | clients_so_far(cycle)
    waiting = [member for member in active if member not in planned]
    changes: dict[int, Slot] = {}
    for index, slot in enumerate(cycle.slots):
        if slot.held or slot.client_id in active:
            continue
        client = waiting.pop(0) if waiting else None
        if client != slot.client_id:
            changes[index] = replace(slot, client_id=client)
    return _with_slots(cycle, changes) if changes else cycle


def proposed_client(cycle: Cycle, group: Group, present: Sequence[str] = ()) -> int | None:
    """Who should be the client of the next session: its planned client when active (and among
    ``present`` names, when given), otherwise the first active member not yet the client."""
    index = cycle.next_index
    if index is None:
        return None
    present_keys = {name_key(name) for name in present}

    def here(member_id: int | None) -> bool:
        member = group.member_by_id(member_id) if member_id is not None else None
        if member is None or not member.active:
            return False
        return not present_keys or name_key(member.name) in present_keys

    planned = cycle.slots[index].client_id
    if here(planned):
        return planned
    done = clients_so_far(cycle)
    return next((m.id for m in group.active_members if m.id not in done and here(m.id)), None)
