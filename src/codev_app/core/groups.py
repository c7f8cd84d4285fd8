"""Groups of peers who meet over months: members, facilitators, charter, resources, relaunch.

A :class:`Group` is plain frozen data; storage (:mod:`codev_app.storage.groups`) keeps it and
hands it back. A member who leaves keeps their row (``left_on``) so that their sessions, their
turn as client and their acceptance of the charter stay in the group's history. Who needs a word
from the facilitator (:func:`reach_out`) is computed from the group's saved sessions, read through
:mod:`codev_app.core.read_model`. Nothing here knows about Qt or SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Final

from codev_app.core.errors import CodevError
from codev_app.core.read_model import SavedSession
from codev_app.core.text import clip

MAX_FACILITATORS: Final = 2
MAX_NAME_LENGTH: Final = 120
DEFAULT_MEETS_EVERY_DAYS: Final = 28
DEFAULT_RELAUNCH_AFTER_DAYS: Final = 42
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: The charter a new group starts from (the method's agreements), by language; the group edits it.
DEFAULT_CHARTER: Final[Mapping[str, str]] = {
    "fr": (
        "Confidentialité : ce qui se dit dans le groupe reste dans le groupe.\n"
        "Bienveillance : on écoute sans juger, on parle pour aider.\n"
        "Parole vraie : chacun parle en son nom, de ce qu’il vit vraiment.\n"
        "Pas de hiérarchie : entre nous, personne n’est le supérieur d’un autre.\n"
        "Engagement : chacun s’engage à venir à chaque séance et à être client une fois.\n"
        "Assiduité : on prévient le groupe quand on ne peut pas venir.\n"
        "Ce pour quoi nous sommes ensemble : nous aider les uns les autres à avancer sur des "
        "questions réelles de notre pratique."
    ),
    "en": (
        "Confidentiality: what is said in the group stays in the group.\n"
        "Kindness: we listen without judging and speak to help.\n"
        "Speaking truly: each speaks for themselves, of what they really live.\n"
        "No hierarchy: among us, nobody is anyone's boss.\n"
        "Commitment: each of us comes to every session and is the client once.\n"
        "Attendance: we tell the group when we cannot come.\n"
        "What we are here for: helping one another move forward on real questions of our "
        "practice."
    ),
}


class GroupProblem(StrEnum):
    """Why a group's data was refused (the UI and the command line word each one)."""

    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"
    DUPLICATE_GROUP = "duplicate_group"
    DUPLICATE_MEMBER = "duplicate_member"
    UNKNOWN_MEMBER = "unknown_member"
    BAD_EMAIL = "bad_email"
    FACILITATORS = "facilitators"
    BAD_DAYS = "bad_days"
    BAD_FILE = "bad_file"


class GroupError(CodevError):
    """Group data that cannot be kept; ``problem`` says why and ``subject`` quotes what."""

    def __init__(self, problem: GroupProblem, subject: str = "") -> None:
        self.problem = problem
        self.subject = clip(subject, MAX_NAME_LENGTH) if subject else ""
        super().__init__(f"{problem.value}: {self.subject}" if subject else problem.value)


@dataclass(frozen=True)
class Member:
    """One person of a group; ``id`` is the storage's (0 before the member is saved)."""

    name: str
    email: str = ""
    note: str = ""
    """Confidential: stays out of exported files unless asked for."""
    id: int = 0
    joined_on: date | None = None
    left_on: date | None = None
    charter_accepted_on: date | None = None
    last_contact_on: date | None = None
    """The last time the facilitator heard from them outside a session."""

    @property
    def active(self) -> bool:
        """Still a member (has not left)."""
        return self.left_on is None


@dataclass(frozen=True)
class Resource:
    """A place to refer someone to: a helpline, professional support, reading."""

    title: str
    detail: str = ""


@dataclass(frozen=True)
class Group:
    """A group: its members and facilitators, what it agreed, where to refer, how often it meets."""

    name: str
    facilitators: tuple[str, ...] = ()
    charter: str = ""
    members: tuple[Member, ...] = ()
    resources: tuple[Resource, ...] = ()
    print_resources: bool = False
    """Whether the resources are printed on the group's documents."""
    meets_every_days: int = DEFAULT_MEETS_EVERY_DAYS
    relaunch_after_days: int = DEFAULT_RELAUNCH_AFTER_DAYS
    id: int = 0

    @property
    def active_members(self) -> tuple[Member, ...]:
        """Members who have not left, in the group's order."""
        return tuple(member for member in self.members if member.active)

    def member(self, name: str) -> Member | None:
        """The member called ``name`` (spacing and capitals ignored), or None."""
        key = name_key(name)
        return next((m for m in self.members if name_key(m.name) == key), None)

    def member_by_id(self, member_id: int) -> Member | None:
        """The member with this storage id, or None."""
        return next((m for m in self.members if m.id == member_id), None)


@dataclass(frozen=True)
class GroupSheet:
    """What a group's session documents for the participants carry of the group: its charter,
    and its resources when the group wants them printed."""

    charter: str = ""
    resources: tuple[Resource, ...] = ()


def sheet_of(group: Group) -> GroupSheet:
    """The part of ``group`` printed on its sessions' participants' documents."""
    return GroupSheet(group.charter.strip(), group.resources if group.print_resources else ())


def name_key(name: str) -> str:
    """How names are compared: spacing and capitals do not make another person."""
    return " ".join(name.split()).casefold()


def clean_name(name: str) -> str:
    """``name`` with its spacing tidied; raises :class:`GroupError` when empty or too long."""
    text = " ".join(name.split())
    if not text:
        raise GroupError(GroupProblem.NO_NAME)
    if len(text) > MAX_NAME_LENGTH:
        raise GroupError(GroupProblem.NAME_TOO_LONG, text)
    return text


def new_group(name: str, facilitators: Iterable[str], *, language: str = "fr") -> Group:
    """A new group with the method's charter in ``language``; see :func:`checked_group`."""
    charter = DEFAULT_CHARTER.get(language, DEFAULT_CHARTER["en"])
    return checked_group(Group(name=name, facilitators=tuple(facilitators), charter=charter))


def checked_group(group: Group) -> Group:
    """``group`` with names tidied; raises :class:`GroupError` for no name, not one or two
    facilitators, a member twice, a malformed e-mail address or a rhythm below one day."""
    facilitators = tuple(clean_name(name) for name in group.facilitators if name.strip())
    if not 1 <= len(facilitators) <= MAX_FACILITATORS:
        raise GroupError(GroupProblem.FACILITATORS, ", ".join(facilitators))
    if group.meets_every_days < 1 or group.relaunch_after_days < 1:
        raise GroupError(GroupProblem.BAD_DAYS)
    members: list[Member] = []
    seen: set[str] = set()
    for member in group.members:
        checked = _checked_member(member)
        if name_key(checked.name) in seen:
            raise GroupError(GroupProblem.DUPLICATE_MEMBER, checked.name)
        seen.add(name_key(checked.name))
        members.append(checked)
    resources = tuple(
        Resource(" ".join(r.title.split()), r.detail.strip()) for r in group.resources if r.title
    )
    return replace(
        group,
        name=clean_name(group.name),
        facilitators=facilitators,
        members=tuple(members),
        resources=resources,
    )


def _checked_member(member: Member) -> Member:
    email = member.email.strip()
    if email and not _EMAIL.match(email):
        raise GroupError(GroupProblem.BAD_EMAIL, email)
    return replace(member, name=clean_name(member.name), email=email, note=member.note.strip())


def with_member(group: Group, member: Member) -> Group:
    """``group`` with ``member`` added at the end (refused when the name is already there,
    even for someone who left: bring them back with :func:`rejoined`)."""
    return checked_group(replace(group, members=(*group.members, member)))


def _changed(group: Group, name: str, **changes: Any) -> Group:
    found = group.member(name)
    if found is None:
        raise GroupError(GroupProblem.UNKNOWN_MEMBER, name)
    members = tuple(replace(m, **changes) if m is found else m for m in group.members)
    return checked_group(replace(group, members=members))


def left(group: Group, name: str, on: date) -> Group:
    """``group`` where ``name`` left on ``on``; their history stays."""
    return _changed(group, name, left_on=on)


def rejoined(group: Group, name: str) -> Group:
    """``group`` where ``name``, who had left, is a member again."""
    return _changed(group, name, left_on=None)


def accepted_charter(group: Group, name: str, on: date) -> Group:
    """``group`` where ``name`` accepted the charter on ``on``."""
    return _changed(group, name, charter_accepted_on=on)


def heard_from(group: Group, name: str, on: date) -> Group:
    """``group`` where the facilitator heard from ``name`` on ``on``."""
    return _changed(group, name, last_contact_on=on)


# --- who to reach out to -------------------------------------------------------------------------


class Silence(StrEnum):
    """Why a member may need a word from the facilitator."""

    NOT_ATTENDED = "not_attended"
    NOT_CLIENT = "not_client"
    NOT_HEARD = "not_heard"


@dataclass(frozen=True)
class ReachOut:
    """A member the facilitator may relaunch, why, and since when (None: never)."""

    member: Member
    reasons: tuple[Silence, ...]
    last_attended: date | None
    last_client: date | None
    last_heard: date | None


@dataclass(frozen=True)
class MemberHistory:
    """What the group's sessions say of one member: the days they came and were the client."""

    attended: tuple[date, ...] = ()
    client: tuple[date, ...] = ()


def member_histories(group: Group, sessions: Sequence[SavedSession]) -> dict[int, MemberHistory]:
    """Each member's attendance and turns as client in ``sessions`` (people matched by name)."""
    attended: dict[int, list[date]] = {m.id: [] for m in group.members}
    client: dict[int, list[date]] = {m.id: [] for m in group.members}
    for session in sessions:
        if not session.started or session.created_at is None:
            continue
        day = session.created_at.date()
        for person in session.people:
            member = group.member(person.name)
            if member is None:
                continue
            if person.came:
                attended[member.id].append(day)
            if session.client is person:
                client[member.id].append(day)
    return {
        key: MemberHistory(tuple(sorted(attended[key])), tuple(sorted(client[key])))
        for key in attended
    }


def reach_out(group: Group, sessions: Sequence[SavedSession], today: date) -> list[ReachOut]:
    """Active members not seen at a session, not the client, or not heard from for more than the
    group's ``relaunch_after_days`` (counted from when they joined if never), longest first."""
    limit = timedelta(days=group.relaunch_after_days)
    histories = member_histories(group, sessions)
    found: list[ReachOut] = []
    for member in group.active_members:
        history = histories.get(member.id, MemberHistory())
        since = member.joined_on or today
        last_attended = history.attended[-1] if history.attended else None
        last_client = history.client[-1] if history.client else None
        heard = [d for d in (last_attended, member.last_contact_on) if d is not None]
        last_heard = max(heard) if heard else None
        reasons = tuple(
            reason
            for reason, last in (
                (Silence.NOT_ATTENDED, last_attended),
                (Silence.NOT_CLIENT, last_client),
                (Silence.NOT_HEARD, last_heard),
            )
            if today - (last or since) > limit
        )
        if reasons:
            found.append(ReachOut(member, reasons, last_attended, last_client, last_heard))
    found.sort(key=lambda r: (r.last_heard or r.member.joined_on or today, r.member.name))
    return found
