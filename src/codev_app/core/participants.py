"""The people of a session: who they are, their role, whether they are here, and who may speak.

A :class:`Roster` keeps the participants in the order the facilitator listed them, with stable ids
(``p1``, ``p2``...) that never change when someone is renamed, changes role or leaves. Attendance is
kept as events with clock readings so the record can say "arrived late" or "left early".

Names are plain text: they are shown as typed, never interpreted (a name may contain ``<b>``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from codev_app.core.errors import CodevError, InvalidCommand
from codev_app.core.events import Observable
from codev_app.core.phase import Role as Role
from codev_app.core.template import Speakers

ROSTER_SCHEMA_VERSION = 1
MAX_NAME_LENGTH = 100
KEYS = range(1, 10)
"""The number keys a participant can be given (1–9), e.g. to raise a hand."""


# Scribe (secretary) and timekeeper are peers with an extra job: they consult like the others.
# A moderator guides the steps as a facilitator does; a process observer watches and gives no
# advice (Tietze): neither is in the consultants' rounds.
CONSULTING_ROLES = frozenset({Role.CONSULTANT, Role.SCRIBE, Role.TIMEKEEPER})
FACILITATING_ROLES = frozenset({Role.FACILITATOR, Role.CO_FACILITATOR, Role.MODERATOR})


# --- errors --------------------------------------------------------------------------------------


class ParticipantError(InvalidCommand):
    """A change to the roster that cannot be made; the roster is unchanged."""


class InvalidName(ParticipantError):
    """A name that cannot be used."""


class EmptyName(InvalidName):
    """The name is empty or only spaces."""


class DuplicateName(InvalidName):
    """Another participant already has this name (ignoring case and spaces)."""


class NameTooLong(InvalidName):
    """The name is longer than :data:`MAX_NAME_LENGTH` characters."""


class UnknownParticipant(ParticipantError):
    """No participant has this id."""


class ClientAlreadyChosen(ParticipantError):
    """Someone else is already the client (use :meth:`Roster.set_client` to change the client)."""


class InvalidKey(ParticipantError):
    """A key number outside 1–9."""


class KeyInUse(ParticipantError):
    """Another participant already has this key number."""


class UnknownKey(ParticipantError):
    """No participant has this key number."""


class AlreadyPresent(ParticipantError):
    """An arrival recorded for someone who is already here."""


class NotPresent(ParticipantError):
    """The participant is not here (not arrived yet, or left)."""


class AttendanceTaken(ParticipantError):
    """Their arrival or departure is recorded already: attendance is no longer the opening's."""


class InvalidRosterData(CodevError):
    """Saved roster data that cannot be read back."""


# --- data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    """One person of the session. ``key`` is the number key (1–9) that stands for them, if any."""

    id: str
    name: str
    role: Role
    key: int | None = None


class AttendanceKind(StrEnum):
    """What an attendance event says."""

    ARRIVED = "arrived"
    LEFT = "left"


@dataclass(frozen=True)
class AttendanceEvent:
    """Someone arrived or left at a clock reading ``at`` (seconds)."""

    participant_id: str
    kind: AttendanceKind
    at: float


@dataclass(frozen=True)
class Attendance:
    """A participant's attendance so far, as the record shows it."""

    present_at_start: bool
    present: bool
    arrived_at: float | None = None
    """First arrival after the start (None when present from the start or never came)."""
    left_at: float | None = None
    """Last departure, when they are gone now."""

    @property
    def arrived_late(self) -> bool:
        """Came after the start."""
        return not self.present_at_start and self.arrived_at is not None

    @property
    def left_early(self) -> bool:
        """Left and has not come back."""
        return not self.present and self.left_at is not None


def normalize_name(name: str) -> str:
    """The name as stored: trimmed, inner runs of spaces or newlines made one space."""
    return " ".join(name.split())


def _name_key(name: str) -> str:
    return normalize_name(name).casefold()


# --- roster --------------------------------------------------------------------------------------


class Roster:
    """The session's participants, in the listed order, with their attendance.

    Every change is announced on :attr:`changed` (with the roster itself). Invalid changes raise a
    :class:`ParticipantError` and leave the roster as it was.
    """

    def __init__(self, *, facilitator_consults: bool = False) -> None:
        self.changed: Observable[Roster] = Observable()
        self._participants: dict[str, Participant] = {}
        self._present_at_start: dict[str, bool] = {}
        self._present: dict[str, bool] = {}
        self._events: list[AttendanceEvent] = []
        self._next_number = 1
        self._facilitator_consults = facilitator_consults

    # queries

    @property
    def participants(self) -> tuple[Participant, ...]:
        """Everyone, in the listed order (present or not)."""
        return tuple(self._participants.values())

    def __iter__(self) -> Iterator[Participant]:
        return iter(self.participants)

    def __len__(self) -> int:
        return len(self._participants)

    def __contains__(self, participant_id: object) -> bool:
        return participant_id in self._participants

    def get(self, participant_id: str) -> Participant:
        """The participant with this id; raises :class:`UnknownParticipant`."""
        try:
            return self._participants[participant_id]
        except KeyError:
            raise UnknownParticipant(f"no participant with id {participant_id!r}") from None

    @property
    def client(self) -> Participant | None:
        """The client, once chosen."""
        return next((p for p in self._participants.values() if p.role is Role.CLIENT), None)

    @property
    def facilitator(self) -> Participant | None:
        """The (first listed) facilitator, if any."""
        return next((p for p in self._participants.values() if p.role is Role.FACILITATOR), None)

    @property
    def facilitator_consults(self) -> bool:
        """Whether the facilitator (and co-facilitators) also speak as consultants."""
        return self._facilitator_consults

    def is_present(self, participant_id: str) -> bool:
        """Whether this participant is here now."""
        self.get(participant_id)
        return self._present[participant_id]

    def present(self) -> tuple[Participant, ...]:
        """Everyone here now, in the listed order."""
        return tuple(p for p in self._participants.values() if self._present[p.id])

    def participant_for_key(self, key: int) -> Participant:
        """The participant whose number key is ``key``; raises :class:`UnknownKey` if none."""
        self._check_key_range(key)
        for participant in self._participants.values():
            if participant.key == key:
                return participant
        raise UnknownKey(f"nobody has key {key}")

    @property
    def attendance_events(self) -> tuple[AttendanceEvent, ...]:
        """Every arrival and departure, in the order they were recorded."""
        return tuple(self._events)

    def attendance(self, participant_id: str) -> Attendance:
        """What the record says of this participant's attendance."""
        self.get(participant_id)
        at_start = self._present_at_start[participant_id]
        events = [e for e in self._events if e.participant_id == participant_id]
        arrivals = [e.at for e in events if e.kind is AttendanceKind.ARRIVED]
        departures = [e.at for e in events if e.kind is AttendanceKind.LEFT]
        present = self._present[participant_id]
        return Attendance(
            present_at_start=at_start,
            present=present,
            arrived_at=None if at_start or not arrivals else arrivals[0],
            left_at=None if present or not departures else departures[-1],
        )

    # changes

    def add(
        self,
        name: str,
        role: Role = Role.CONSULTANT,
        *,
        key: int | None = None,
        present: bool = True,
    ) -> Participant:
        """Add someone at the end of the list and return them.

        ``key`` defaults to the lowest free number key (none when 1–9 are all taken). ``present``
        says whether they are here from the start; record a later arrival with :meth:`arrive`.
        """
        clean = self._checked_name(name, None)
        if role is Role.CLIENT:
            self._check_no_other_client(None)
        if key is None:
            key = self._free_key()
        else:
            self._check_key_free(key, None)
        participant = Participant(f"p{self._next_number}", clean, role, key)
        self._next_number += 1
        self._participants[participant.id] = participant
        self._present_at_start[participant.id] = present
        self._present[participant.id] = present
        self._emit()
        return participant

    def remove(self, participant_id: str) -> None:
        """Take someone off the list entirely (e.g. added by mistake), with their attendance."""
        self.get(participant_id)
        del self._participants[participant_id]
        del self._present_at_start[participant_id]
        del self._present[participant_id]
        self._events = [e for e in self._events if e.participant_id != participant_id]
        self._emit()

    def rename(self, participant_id: str, name: str) -> Participant:
        """Change someone's name (the id stays)."""
        participant = self.get(participant_id)
        return self._replace(participant, name=self._checked_name(name, participant_id))

    def set_role(self, participant_id: str, role: Role) -> Participant:
        """Change someone's role. Refuses a second client: use :meth:`set_client` to switch."""
        participant = self.get(participant_id)
        if role is Role.CLIENT:
            self._check_no_other_client(participant_id)
        return self._replace(participant, role=role)

    def set_client(self, participant_id: str) -> Participant:
        """Make this participant the client; a previous client becomes a consultant."""
        participant = self.get(participant_id)
        previous = self.client
        if previous is not None and previous.id != participant_id:
            self._participants[previous.id] = replace(previous, role=Role.CONSULTANT)
        return self._replace(participant, role=Role.CLIENT)

    def set_key(self, participant_id: str, key: int | None) -> Participant:
        """Give someone a number key (1–9), or none."""
        participant = self.get(participant_id)
        if key is not None:
            self._check_key_free(key, participant_id)
        return self._replace(participant, key=key)

    def set_facilitator_consults(self, consults: bool) -> None:
        """Say whether the facilitator also speaks as a consultant."""
        self._facilitator_consults = consults
        self._emit()

    def arrive(self, participant_id: str, at: float) -> None:
        """Record that someone arrived (late, or came back) at clock reading ``at``."""
        participant = self.get(participant_id)
        if self._present[participant_id]:
            raise AlreadyPresent(f"{participant.name} is already here")
        self._events.append(AttendanceEvent(participant_id, AttendanceKind.ARRIVED, at))
        self._present[participant_id] = True
        self._emit()

    def leave(self, participant_id: str, at: float) -> None:
        """Record that someone left at clock reading ``at``."""
        participant = self.get(participant_id)
        if not self._present[participant_id]:
            raise NotPresent(f"{participant.name} is not here")
        self._events.append(AttendanceEvent(participant_id, AttendanceKind.LEFT, at))
        self._present[participant_id] = False
        self._emit()

    def set_came(self, participant_id: str, came: bool) -> None:
        """Attendance taken at the opening: here from the start (``came``) or absent, with no
        arrival or departure recorded; refused once one is (then :meth:`arrive`, :meth:`leave`)."""
        participant = self.get(participant_id)
        if any(e.participant_id == participant_id for e in self._events):
            raise AttendanceTaken(f"{participant.name}'s arrival or departure is recorded")
        self._present_at_start[participant_id] = came
        self._present[participant_id] = came
        self._emit()

    # persistence

    def to_data(self) -> dict[str, Any]:
        """JSON-safe data from which :meth:`from_data` rebuilds the same roster."""
        return {
            "schema_version": ROSTER_SCHEMA_VERSION,
            "facilitator_consults": self._facilitator_consults,
            "next_number": self._next_number,
            "participants": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role.value,
                    "key": p.key,
                    "present_at_start": self._present_at_start[p.id],
                }
                for p in self._participants.values()
            ],
            "events": [
                {"participant_id": e.participant_id, "kind": e.kind.value, "at": e.at}
                for e in self._events
            ],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, rebase_seconds: float = 0.0) -> Roster:
        """Rebuild a roster saved by :meth:`to_data`; raises :class:`InvalidRosterData`.

        ``rebase_seconds`` shifts the saved clock readings onto this process's clock after a crash
        (computed like the session engine's ``recovery_rebase``).
        """
        try:
            if data["schema_version"] != ROSTER_SCHEMA_VERSION:
                raise InvalidRosterData(f"unknown roster format {data['schema_version']!r}")
            roster = cls(facilitator_consults=bool(data["facilitator_consults"]))
            for item in data["participants"]:
                participant = Participant(
                    str(item["id"]), str(item["name"]), Role(item["role"]), item["key"]
                )
                if participant.id in roster._participants:
                    raise InvalidRosterData(f"participant id {participant.id!r} appears twice")
                roster._participants[participant.id] = participant
                roster._present_at_start[participant.id] = bool(item["present_at_start"])
                roster._present[participant.id] = bool(item["present_at_start"])
            for item in data["events"]:
                event = AttendanceEvent(
                    str(item["participant_id"]),
                    AttendanceKind(item["kind"]),
                    float(item["at"]) + rebase_seconds,
                )
                if event.participant_id not in roster._participants:
                    raise InvalidRosterData(f"attendance of unknown id {event.participant_id!r}")
                roster._events.append(event)
                roster._present[event.participant_id] = event.kind is AttendanceKind.ARRIVED
            roster._next_number = int(data["next_number"])
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidRosterData(f"saved roster is damaged ({error!r})") from None
        return roster

    def restore(self, data: Mapping[str, Any]) -> None:
        """Become the roster saved in ``data`` (an undo by the live session), in place, so whoever
        holds this roster sees the restored one."""
        other = Roster.from_data(data)
        self._participants = other._participants
        self._present_at_start = other._present_at_start
        self._present = other._present
        self._events = other._events
        self._next_number = other._next_number
        self._facilitator_consults = other._facilitator_consults
        self._emit()

    # helpers

    def _replace(self, participant: Participant, **changes: Any) -> Participant:
        updated = replace(participant, **changes)
        self._participants[participant.id] = updated
        self._emit()
        return updated

    def _emit(self) -> None:
        self.changed.emit(self)

    def _checked_name(self, name: str, participant_id: str | None) -> str:
        clean = normalize_name(name)
        if not clean:
            raise EmptyName("a participant needs a name")
        if len(clean) > MAX_NAME_LENGTH:
            raise NameTooLong(f"a name can have at most {MAX_NAME_LENGTH} characters")
        for other in self._participants.values():
            if other.id != participant_id and _name_key(other.name) == _name_key(clean):
                raise DuplicateName(f"{other.name!r} is already in the list")
        return clean

    def _check_no_other_client(self, participant_id: str | None) -> None:
        client = self.client
        if client is not None and client.id != participant_id:
            raise ClientAlreadyChosen(f"{client.name} is already the client")

    @staticmethod
    def _check_key_range(key: int) -> None:
        if isinstance(key, bool) or not isinstance(key, int) or key not in KEYS:
            raise InvalidKey(f"keys go from 1 to 9 (got {key!r})")

    def _check_key_free(self, key: int, participant_id: str | None) -> None:
        self._check_key_range(key)
        for other in self._participants.values():
            if other.key == key and other.id != participant_id:
                raise KeyInUse(f"key {key} is already {other.name}'s")

    def _free_key(self) -> int | None:
        used = {p.key for p in self._participants.values()}
        return next((key for key in KEYS if key not in used), None)


# --- who may speak -------------------------------------------------------------------------------


def is_eligible(roster: Roster, participant: Participant, speakers: Speakers) -> bool:
    """Whether this participant may be given the floor when a phase's speakers are ``speakers``.

    Presence is not checked here; see :func:`eligible_speakers`.
    """
    role = participant.role
    if speakers is Speakers.CLIENT:
        return role is Role.CLIENT
    if speakers is Speakers.CONSULTANTS:
        return role in CONSULTING_ROLES or (
            roster.facilitator_consults and role in FACILITATING_ROLES
        )
    if speakers is Speakers.FACILITATOR:
        return role in FACILITATING_ROLES
    return True


def eligible_speakers(roster: Roster, speakers: Speakers) -> tuple[Participant, ...]:
    """The present participants who may speak in a phase whose speakers are ``speakers``.

    CLIENT: the client only. CONSULTANTS: the consultants (scribe and timekeeper included), never
    the client; the facilitator and co-facilitators only when ``roster.facilitator_consults``.
    EVERYONE: everyone here, the client first. FACILITATOR: the facilitator and co-facilitators.
    Otherwise in the listed order.
    """
    chosen = [p for p in roster.present() if is_eligible(roster, p, speakers)]
    if speakers is Speakers.EVERYONE:
        # sorted() is stable: the client moves to the front, the others keep the listed order.
        chosen.sort(key=lambda p: p.role is not Role.CLIENT)
    return tuple(chosen)
