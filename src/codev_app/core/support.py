"""Peer support between sessions: a group's requests, members' availability, matching, relaunch.

A member asks the group for support (listening, information, resources, other), urgent or not,
important or not, by a given day. The coordinator matches the request with an available member
(:func:`proposals` suggests who: available, not overloaded this month, no reciprocity asked), the
two hold a one-to-one listening time, and the request is closed, or referred to one of the
group's resources. Confidentiality first: the request's own words (``note``) are for the
coordinator only; they are emptied when the request is referred or closed, and nothing but
counts (:func:`counts`) ever reaches a group document. Nothing here knows about Qt or SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Final

from codev_app.core.errors import CodevError
from codev_app.core.groups import Group, Member
from codev_app.core.text import clip

MAX_NOTE_LENGTH: Final = 500
DEFAULT_MONTHLY_LIMIT: Final = 4
"""Matches a month beyond which a member is not proposed any more (they are overloaded)."""
DAYS_WITHOUT_BY_WHEN: Final = 7
"""How far ahead availability is looked for when a request gives no "by when"."""
MAX_RELAUNCH_WEEKS: Final = 52
MAX_MINUTES: Final = 240
WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SLOT: Final = re.compile(
    r"^\s*([a-z]{3})\w*\s+(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})\s*$"
)


class SupportKind(StrEnum):
    """What a member asks for."""

    LISTENING = "listening"
    INFORMATION = "information"
    RESOURCES = "resources"
    OTHER = "other"


class RequestState(StrEnum):
    """Where a request is: open → matched → held → closed, or referred (from any but closed)."""

    OPEN = "open"
    MATCHED = "matched"
    HELD = "held"
    CLOSED = "closed"
    REFERRED = "referred"

    @property
    def finished(self) -> bool:
        """Closed or referred: nothing more happens to it."""
        return self in (RequestState.CLOSED, RequestState.REFERRED)


class SupportProblem(StrEnum):
    """Why support data was refused (the UI and the command line word each one)."""

    UNKNOWN_MEMBER = "unknown_member"
    SAME_PERSON = "same_person"
    BAD_STATE = "bad_state"
    UNKNOWN_RESOURCE = "unknown_resource"
    BAD_SLOT = "bad_slot"
    BAD_WEEKS = "bad_weeks"
    BAD_MINUTES = "bad_minutes"
    BAD_BY_WHEN = "bad_by_when"
    NOTE_TOO_LONG = "note_too_long"


class SupportError(CodevError):
    """Support data that cannot be kept; ``problem`` says why and ``subject`` quotes what."""

    def __init__(self, problem: SupportProblem, subject: str = "") -> None:
        self.problem = problem
        self.subject = clip(subject, 120) if subject else ""
        super().__init__(f"{problem.value}: {self.subject}" if subject else problem.value)


# --- availability --------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeeklySlot:
    """A time of the week a member can listen: ``weekday`` 0 is Monday."""

    weekday: int
    start: time
    end: time

    def text(self) -> str:
        """The slot as typed: ``mon 18:00-20:00``."""
        return f"{WEEKDAYS[self.weekday]} {self.start:%H:%M}-{self.end:%H:%M}"


def parse_slots(text: str) -> tuple[WeeklySlot, ...]:
    """Slots typed as ``mon 18:00-20:00, thu 12:00-13:00`` (days by their first three English
    or French letters); raises :class:`SupportError` naming the slot it cannot read."""
    french = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
    found: list[WeeklySlot] = []
    for part in (p for p in re.split(r"[,;\n]", text.casefold()) if p.strip()):
        match = _SLOT.match(part)
        day = match.group(1) if match else ""
        weekday = (
            WEEKDAYS.index(day) if day in WEEKDAYS else french.index(day) if day in french else -1
        )
        try:
            if match is None or weekday < 0:
                raise ValueError(part)
            hours = [int(match.group(i)) for i in (2, 3, 4, 5)]
            start, end = time(hours[0], hours[1]), time(hours[2], hours[3])
        except ValueError:
            raise SupportError(SupportProblem.BAD_SLOT, part.strip()) from None
        if end <= start:
            raise SupportError(SupportProblem.BAD_SLOT, part.strip())
        found.append(WeeklySlot(weekday, start, end))
    return tuple(found)


@dataclass(frozen=True)
class Availability:
    """When a member can listen, and whether they asked to be relaunched.

    ``ask_me``: no fixed slots, ask them each time. ``relaunch_after_weeks``: they asked the
    coordinator to relaunch them after that many weeks without a request (None: they did not).
    """

    member_id: int
    slots: tuple[WeeklySlot, ...] = ()
    ask_me: bool = False
    relaunch_after_weeks: int | None = None
    relaunched_on: tuple[date, ...] = ()

    def first_day(self, start: date, end: date) -> date | None:
        """The first day from ``start`` to ``end`` (included) with one of their slots."""
        days = {slot.weekday for slot in self.slots}
        day = start
        while day <= end and days:
            if day.weekday() in days:
                return day
            day += timedelta(days=1)
        return None


def checked_availability(availability: Availability) -> Availability:
    """``availability`` with its slots sorted; raises for a relaunch outside 1–52 weeks."""
    weeks = availability.relaunch_after_weeks
    if weeks is not None and not 1 <= weeks <= MAX_RELAUNCH_WEEKS:
        raise SupportError(SupportProblem.BAD_WEEKS, str(weeks))
    slots = tuple(sorted(set(availability.slots), key=lambda s: (s.weekday, s.start)))
    return replace(
        availability, slots=slots, relaunched_on=tuple(sorted(availability.relaunched_on))
    )


# --- requests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SupportRequest:
    """A member's request for support; ``note`` (their words) is confidential."""

    group_id: int
    member_id: int
    kind: SupportKind
    asked_on: date
    urgent: bool = False
    important: bool = False
    by_when: date | None = None
    note: str = ""
    state: RequestState = RequestState.OPEN
    listener_id: int | None = None
    matched_on: date | None = None
    held_on: date | None = None
    minutes: int | None = None
    """How long the listening time lasted (the minimal record: held, duration, referral)."""
    referred_to: str = ""
    """The title of the group's resource it was referred to (nothing of the content)."""
    closed_on: date | None = None
    session_id: int | None = None
    id: int = 0

    @property
    def referred(self) -> bool:
        """Whether it was referred to a resource."""
        return self.state is RequestState.REFERRED


def new_request(
    group: Group,
    member_name: str,
    kind: SupportKind,
    asked_on: date,
    *,
    urgent: bool = False,
    important: bool = False,
    by_when: date | None = None,
    note: str = "",
) -> SupportRequest:
    """A request of ``member_name`` (an active member of ``group``); raises
    :class:`SupportError` for someone not a member, a "by when" before the day it is asked or
    a note longer than 500 characters."""
    member = _active(group, member_name)
    if by_when is not None and by_when < asked_on:
        raise SupportError(SupportProblem.BAD_BY_WHEN, by_when.isoformat())
    text = note.strip()
    if len(text) > MAX_NOTE_LENGTH:
        raise SupportError(SupportProblem.NOTE_TOO_LONG, str(MAX_NOTE_LENGTH))
    return SupportRequest(
        group_id=group.id,
        member_id=member.id,
        kind=kind,
        asked_on=asked_on,
        urgent=urgent,
        important=important,
        by_when=by_when,
        note=text,
    )


def _active(group: Group, name: str) -> Member:
    member = group.member(name)
    if member is None or not member.active:
        raise SupportError(SupportProblem.UNKNOWN_MEMBER, name)
    return member


def _expect(request: SupportRequest, *states: RequestState) -> None:
    if request.state not in states:
        raise SupportError(SupportProblem.BAD_STATE, request.state.value)


def matched(group: Group, request: SupportRequest, listener_name: str, on: date) -> SupportRequest:
    """``request`` matched with ``listener_name`` (an open or matched request: the coordinator may
    change their mind); the one who asks cannot listen to themselves."""
    _expect(request, RequestState.OPEN, RequestState.MATCHED)
    listener = _active(group, listener_name)
    if listener.id == request.member_id:
        raise SupportError(SupportProblem.SAME_PERSON, listener.name)
    return replace(request, state=RequestState.MATCHED, listener_id=listener.id, matched_on=on)


def held(
    request: SupportRequest, on: date, minutes: int | None = None, session_id: int | None = None
) -> SupportRequest:
    """``request`` (matched) held on ``on``, for ``minutes`` if known, in ``session_id`` if run
    in the console."""
    _expect(request, RequestState.MATCHED, RequestState.HELD)
    if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
        raise SupportError(SupportProblem.BAD_MINUTES, str(minutes))
    return replace(
        request,
        state=RequestState.HELD,
        held_on=on,
        minutes=minutes if minutes is not None else request.minutes,
        session_id=session_id if session_id is not None else request.session_id,
    )


def closed(request: SupportRequest, on: date) -> SupportRequest:
    """``request`` closed on ``on`` (an open one is withdrawn); its note is emptied."""
    _expect(request, RequestState.OPEN, RequestState.MATCHED, RequestState.HELD)
    return replace(request, state=RequestState.CLOSED, closed_on=on, note="")


def referred(group: Group, request: SupportRequest, resource: str, on: date) -> SupportRequest:
    """``request`` referred to the group's resource titled ``resource`` (capitals and spacing
    ignored); only that title is kept: the note is emptied."""
    _expect(request, RequestState.OPEN, RequestState.MATCHED, RequestState.HELD)
    key = " ".join(resource.split()).casefold()
    found = next((r for r in group.resources if r.title.casefold() == key), None)
    if found is None:
        raise SupportError(SupportProblem.UNKNOWN_RESOURCE, resource)
    return replace(
        request, state=RequestState.REFERRED, referred_to=found.title, closed_on=on, note=""
    )


def is_overdue(request: SupportRequest, today: date) -> bool:
    """Nobody took it within its "by when": still open after that day."""
    return (
        request.state is RequestState.OPEN
        and request.by_when is not None
        and request.by_when < today
    )


# --- matching ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A member who could answer a request: their first slot in time (None: "ask me") and how
    many requests they were matched with this month."""

    member: Member
    first_day: date | None
    this_month: int


def month_load(requests: Iterable[SupportRequest], member_id: int, today: date) -> int:
    """How many requests ``member_id`` was matched with in ``today``'s month."""
    return sum(
        1
        for r in requests
        if r.listener_id == member_id
        and r.matched_on is not None
        and (r.matched_on.year, r.matched_on.month) == (today.year, today.month)
    )


def proposals(
    group: Group,
    request: SupportRequest,
    availability: Mapping[int, Availability],
    requests: Sequence[SupportRequest],
    today: date,
    *,
    monthly_limit: int = DEFAULT_MONTHLY_LIMIT,
) -> list[Proposal]:
    """Who could answer ``request``: active members other than the one who asks, with a slot
    between today and its "by when" (a week when it has none; today only when urgent without
    one) or who said "ask me", matched fewer than ``monthly_limit`` times this month. Whether
    they asked for support themselves does not count (no reciprocity is required). Members with
    a slot come first, the least loaded and soonest first; the coordinator decides."""
    start = max(today, request.asked_on)
    default = 0 if request.urgent else DAYS_WITHOUT_BY_WHEN
    end = request.by_when if request.by_when is not None else start + timedelta(days=default)
    found: list[Proposal] = []
    for member in group.active_members:
        if member.id == request.member_id or member.id not in availability:
            continue
        load = month_load(requests, member.id, today)
        if load >= monthly_limit:
            continue
        offered = availability[member.id]
        first = offered.first_day(start, max(start, end))
        if first is None and not offered.ask_me:
            continue
        found.append(Proposal(member, first, load))
    found.sort(key=lambda p: (p.first_day is None, p.this_month, p.first_day or end, p.member.name))
    return found


# --- relaunch ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Relaunch:
    """A member who asked to be relaunched and has not asked for support for long enough."""

    member: Member
    weeks: int
    last_request: date | None
    last_relaunched: date | None


def relaunch_due(
    group: Group,
    availability: Mapping[int, Availability],
    requests: Sequence[SupportRequest],
    today: date,
) -> list[Relaunch]:
    """Active members who asked to be relaunched after N weeks and made no request (nor were
    relaunched) for more than N weeks, counted from when they joined if never; longest first."""
    found: list[Relaunch] = []
    for member in group.active_members:
        offered = availability.get(member.id)
        if offered is None or offered.relaunch_after_weeks is None:
            continue
        asked = [r.asked_on for r in requests if r.member_id == member.id]
        last_request = max(asked) if asked else None
        last_relaunched = offered.relaunched_on[-1] if offered.relaunched_on else None
        marks = [d for d in (last_request, last_relaunched, member.joined_on) if d is not None]
        since = max(marks) if marks else today
        if today - since > timedelta(weeks=offered.relaunch_after_weeks):
            found.append(
                Relaunch(member, offered.relaunch_after_weeks, last_request, last_relaunched)
            )
    found.sort(key=lambda r: (r.last_relaunched or r.last_request or date.min, r.member.name))
    return found


def relaunched(availability: Availability, on: date) -> Availability:
    """``availability`` with "relaunched on ``on``" recorded."""
    return replace(availability, relaunched_on=tuple(sorted({*availability.relaunched_on, on})))


# --- what group documents may say ----------------------------------------------------------------


@dataclass(frozen=True)
class SupportCounts:
    """The only thing of requests a group document may show: how many, by state."""

    asked: int = 0
    by_state: Mapping[RequestState, int] = field(default_factory=dict)
    overdue: int = 0


def counts(requests: Iterable[SupportRequest], today: date) -> SupportCounts:
    """How many requests there were, by state, and how many are overdue."""
    listed = list(requests)
    by_state = {state: sum(1 for r in listed if r.state is state) for state in RequestState}
    return SupportCounts(len(listed), by_state, sum(1 for r in listed if is_overdue(r, today)))
