"""A group's support requests and its members' availability: :class:`SupportStore`.

Shares the :class:`~codev_app.storage.repository.Store`'s connection and lock; every write is one
short transaction. Rows come back as the core's frozen values (:mod:`codev_app.core.support`).
Requests are never part of a group's file or documents: only this store reads them.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date, time
from typing import Any

from codev_app.core.read_model import UnreadableSession
from codev_app.core.support import (
    WEEKDAYS,
    Availability,
    RequestState,
    SupportKind,
    SupportRequest,
    WeeklySlot,
    checked_availability,
)
from codev_app.storage.errors import StorageError
from codev_app.storage.repository import SessionUnreadable, Store

_REQUEST_COLUMNS = (
    "id, group_id, person_id, kind, urgent, important, asked_on, by_when, note, state,"
    " listener_id, matched_on, held_on, minutes, referred_to, closed_on, session_id"
)


class RequestNotFound(StorageError):
    """No request with this number in this group."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"no such request: {what}")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _request(row: sqlite3.Row | tuple[Any, ...]) -> SupportRequest:
    (rid, group_id, person_id, kind, urgent, important, asked, by_when, note, state) = row[:10]
    (listener, matched_on, held_on, minutes, referred_to, closed_on, session_id) = row[10:]
    return SupportRequest(
        id=int(rid),
        group_id=int(group_id),
        member_id=int(person_id),
        kind=SupportKind(kind),
        urgent=bool(urgent),
        important=bool(important),
        asked_on=date.fromisoformat(asked),
        by_when=_day(by_when),
        note=note,
        state=RequestState(state),
        listener_id=listener,
        matched_on=_day(matched_on),
        held_on=_day(held_on),
        minutes=minutes,
        referred_to=referred_to,
        closed_on=_day(closed_on),
        session_id=session_id,
    )


def _slot(text: str) -> WeeklySlot:
    day, _, hours = text.partition(" ")
    start, _, end = hours.partition("-")
    return WeeklySlot(WEEKDAYS.index(day), time.fromisoformat(start), time.fromisoformat(end))


class SupportStore:
    """The support requests and availability kept in ``store``'s database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- requests --------------------------------------------------------------------------------

    def requests(self, group_id: int) -> list[SupportRequest]:
        """The group's requests, oldest first."""
        with self.store.shared.read() as connection:
            return [
                _request(row)
                for row in connection.execute(
                    f"SELECT {_REQUEST_COLUMNS} FROM support_requests WHERE group_id = ?"
                    " ORDER BY asked_on, id",
                    (group_id,),
                )
            ]

    def get_request(self, group_id: int, request_id: int) -> SupportRequest:
        """The group's request number ``request_id``; raises :class:`RequestNotFound`."""
        with self.store.shared.read() as connection:
            row = connection.execute(
                f"SELECT {_REQUEST_COLUMNS} FROM support_requests WHERE group_id = ? AND id = ?",
                (group_id, request_id),
            ).fetchone()
        if row is None:
            raise RequestNotFound(str(request_id))
        return _request(row)

    def save_request(self, request: SupportRequest) -> SupportRequest:
        """Create (``id`` 0) or rewrite a request; returns it as saved."""
        values = (
            request.group_id,
            request.member_id,
            request.kind.value,
            int(request.urgent),
            int(request.important),
            request.asked_on.isoformat(),
            _iso(request.by_when),
            request.note,
            request.state.value,
            request.listener_id,
            _iso(request.matched_on),
            _iso(request.held_on),
            request.minutes,
            request.referred_to,
            _iso(request.closed_on),
            request.session_id,
        )
        columns = _REQUEST_COLUMNS.removeprefix("id, ")
        with self.store.shared.write() as connection:
            if request.id:
                assignments = ", ".join(f"{name.strip()} = ?" for name in columns.split(","))
                cursor = connection.execute(
                    f"UPDATE support_requests SET {assignments} WHERE id = ?", (*values, request.id)
                )
                if cursor.rowcount == 0:
                    raise RequestNotFound(str(request.id))
                request_id = request.id
            else:
                marks = ", ".join("?" * len(values))
                cursor = connection.execute(
                    f"INSERT INTO support_requests ({columns}) VALUES ({marks})", values
                )
                assert cursor.lastrowid is not None
                request_id = cursor.lastrowid
            row = connection.execute(
                f"SELECT {_REQUEST_COLUMNS} FROM support_requests WHERE id = ?", (request_id,)
            ).fetchone()
        return _request(row)

    # --- availability ----------------------------------------------------------------------------

    def availability(self, group_id: int) -> dict[int, Availability]:
        """Each member's availability (members who never said have none), by member id."""
        with self.store.shared.read() as connection:
            rows = connection.execute(
                "SELECT person_id, slots, ask_me, relaunch_after_weeks, relaunched_on"
                " FROM support_availability WHERE group_id = ?",
                (group_id,),
            ).fetchall()
        return {
            int(person): Availability(
                member_id=int(person),
                slots=tuple(_slot(text) for text in json.loads(slots)),
                ask_me=bool(ask_me),
                relaunch_after_weeks=weeks,
                relaunched_on=tuple(date.fromisoformat(d) for d in json.loads(relaunched)),
            )
            for person, slots, ask_me, weeks, relaunched in rows
        }

    def save_availability(self, group_id: int, availability: Availability) -> Availability:
        """Keep a member's availability; returns it as checked."""
        checked = checked_availability(availability)
        with self.store.shared.write() as connection:
            connection.execute(
                "INSERT INTO support_availability (group_id, person_id, slots, ask_me,"
                " relaunch_after_weeks, relaunched_on) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (group_id, person_id) DO UPDATE SET slots = excluded.slots,"
                " ask_me = excluded.ask_me, relaunch_after_weeks = excluded.relaunch_after_weeks,"
                " relaunched_on = excluded.relaunched_on",
                (
                    group_id,
                    checked.member_id,
                    json.dumps([slot.text() for slot in checked.slots]),
                    int(checked.ask_me),
                    checked.relaunch_after_weeks,
                    json.dumps([d.isoformat() for d in checked.relaunched_on]),
                ),
            )
        return checked

    # --- listening sessions ----------------------------------------------------------------------

    def session_minutes(self, session_id: int) -> int | None:
        """How many minutes the listening session ran (its timer's time), or None when it
        cannot be read."""
        try:
            saved = self.store.load_bundle(session_id).saved_session()
        except (SessionUnreadable, UnreadableSession, StorageError):
            return None
        return math.ceil(saved.elapsed_seconds / 60) if saved.started else None
