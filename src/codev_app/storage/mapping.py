"""Rows and core types, both ways, in one place: the only module of storage that writes or reads
JSON.

The rest of Codev hands the Store core values (a :class:`SessionRecord`, the live data of
:meth:`LiveSession.to_data`, commands, a :class:`SessionBundle`) and gets core values back; the
repositories hand rows to the functions here. A stored document that cannot be read back raises
:class:`SessionUnreadable`, naming the session and the part.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from codev_app.core.errors import CodevError
from codev_app.storage.errors import SessionUnreadable

if TYPE_CHECKING:
    # Imported where they are used: opening the database at start-up needs none of the session
    # machinery (~50 ms of imports), the first row read does.
    from codev_app.core.bundle import SessionBundle
    from codev_app.core.commands import Command
    from codev_app.core.record import SessionRecord

_log = logging.getLogger(__name__)

#: Columns of :class:`SessionRow`, from ``SESSIONS``.
SESSION_COLUMNS: Final = (
    "s.id, s.created_at, s.updated_at, s.template_id, s.template_toml, s.title, s.group_name,"
    " s.mode, l.saved_wall, s.finished_at, s.facilitator, s.case_title, s.content_purged_at"
)
SESSIONS: Final = "sessions AS s LEFT JOIN session_live AS l ON l.session_id = s.id"
#: Columns of :class:`SessionSummary`, from ``HISTORY``: all in the sessions_history index, so a
#: history list never reads the long rows.
SUMMARY_COLUMNS: Final = (
    "s.id, s.created_at, s.title, s.case_title, s.group_name, "
    "coalesce((SELECT p.name FROM participants AS p WHERE p.session_id = s.id"
    " AND p.role = 'client' ORDER BY p.position LIMIT 1), ''), "
    "s.facilitator, s.mode, s.finished_at, s.content_purged_at"
)
HISTORY: Final = "sessions AS s INDEXED BY sessions_history"

#: Stands for a stored document whose bytes are not UTF-8 (damaged): it never parses.
_NOT_TEXT: Final = "\ufffd"


class SessionMode(StrEnum):
    """How a session is run: with the record (notes, action plan…) or with the timers alone."""

    FULL = "full"
    TIMERS_ONLY = "timers_only"


@dataclass(frozen=True)
class SessionRow:
    """One saved session, as stored. Times are timezone-aware UTC datetimes.

    ``live_saved_wall`` is the ``time.time()`` of the last save of the live state (None until
    first saved, and for an imported session), for crash recovery; the live state itself is
    :meth:`Store.load_live_state`.
    """

    id: int
    created_at: datetime
    updated_at: datetime
    template_id: str
    template_toml: str
    title: str
    group_name: str
    mode: SessionMode
    live_saved_wall: float | None
    finished_at: datetime | None
    facilitator: str = ""
    case_title: str = ""
    content_purged_at: datetime | None = None

    @property
    def finished(self) -> bool:
        """True once the session was finished (see :meth:`Store.finish_session`)."""
        return self.finished_at is not None


@dataclass(frozen=True)
class SessionSummary:
    """One line of the history: when, who, what about, and whether it was finished."""

    id: int
    created_at: datetime
    title: str
    case_title: str
    group_name: str
    client_name: str
    facilitator: str
    mode: SessionMode
    finished_at: datetime | None
    content_purged_at: datetime | None

    @property
    def finished(self) -> bool:
        """True once the session was finished."""
        return self.finished_at is not None

    @property
    def topic(self) -> str:
        """The session's title, or the case title from the record when it has none."""
        return self.title or self.case_title


class Participant(NamedTuple):
    """A member of the session, in speaking order. ``role`` is e.g. "client" or "consultant"."""

    name: str
    role: str


class LogEntry(NamedTuple):
    """One entry of a session's command log: its number, ``time.time()`` when it was applied,
    who applied it (an actor id) and the command."""

    seq: int
    at_wall: float
    actor: str
    command: Command


@dataclass(frozen=True)
class RecordWrite:
    """A record ready to be written: its document, and what the sessions table keeps of it."""

    json_text: str
    mode: SessionMode
    case_title: str
    search_text: str | None  # None: indexed later, from the stored document


# --- times -------------------------------------------------------------------------------------


def iso(moment: datetime) -> str:
    """A stored time: UTC, fixed width (microseconds always present) so text order is time
    order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def now() -> str:
    """The stored form of the current time."""
    return iso(datetime.now(UTC))


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _optional_time(text: str | None) -> datetime | None:
    return None if text is None else _time(text)


# --- rows --------------------------------------------------------------------------------------


def session_row(row: tuple[Any, ...]) -> SessionRow:
    """A row of ``SESSION_COLUMNS``."""
    (id_, created, updated, template_id, toml, title, group, mode, wall, finished) = row[:10]
    facilitator, case_title, purged = row[10:]
    return SessionRow(
        id=int(id_),
        created_at=_time(created),
        updated_at=_time(updated),
        template_id=template_id,
        template_toml=toml,
        title=title,
        group_name=group,
        mode=SessionMode(mode),
        live_saved_wall=None if wall is None else float(wall),
        finished_at=_optional_time(finished),
        facilitator=facilitator,
        case_title=case_title,
        content_purged_at=_optional_time(purged),
    )


def summary(row: tuple[Any, ...]) -> SessionSummary:
    """A row of ``SUMMARY_COLUMNS``."""
    (id_, created, title, case_title, group, client, facilitator, mode, finished, purged) = row
    return SessionSummary(
        id=int(id_),
        created_at=_time(created),
        title=title,
        case_title=case_title,
        group_name=group,
        client_name=client,
        facilitator=facilitator,
        mode=SessionMode(mode),
        finished_at=_optional_time(finished),
        content_purged_at=_optional_time(purged),
    )


def participants(pairs: Iterable[tuple[str, str]]) -> list[Participant]:
    """``(name, role)`` pairs as participants to store, in speaking order."""
    return [Participant(str(name), str(role)) for name, role in pairs]


# --- documents ---------------------------------------------------------------------------------


def _dumps(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def document_text(value: bytes | str | None) -> str | None:
    """A stored JSON document, decoded strictly (read with ``CAST(... AS BLOB)``)."""
    if value is None or isinstance(value, str):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return _NOT_TEXT


def _parse(session_id: int, title: str, what: str, text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise SessionUnreadable(session_id, f"its {what} is damaged: {error}", title) from None


def live_text(live: Mapping[str, Any]) -> str:
    """The live data (of :meth:`LiveSession.to_data`) to store; ValueError when it is not."""
    if not isinstance(live, Mapping):
        raise ValueError(f"live state must be a table of values, not {type(live).__name__}")
    try:
        return _dumps(live)
    except (TypeError, ValueError, RecursionError) as error:
        raise ValueError(f"live state cannot be saved: {error}") from None


def wall_time(value: float) -> float:
    """A ``time.time()`` to store; ValueError when it is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"wall time must be a number, not {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"wall time must be a finite number, not {value!r}")
    return float(value)


def read_live(session_id: int, title: str, stored: bytes | str | None) -> dict[str, Any] | None:
    """The stored live data, or None if none was saved; SessionUnreadable when damaged."""
    text = document_text(stored)
    if text is None:
        return None
    data = _parse(session_id, title, "live state", text)
    if not isinstance(data, dict):
        raise SessionUnreadable(session_id, "its live state is damaged", title)
    return data


def record_write(record: SessionRecord, *, index_now: bool) -> RecordWrite:
    """``record`` ready to be written; with ``index_now`` its search text too.

    A timers-only record keeps no text to search, nor a case title.
    """
    from codev_app.core.record import SessionRecord

    if not isinstance(record, SessionRecord):
        raise ValueError(f"a session record is saved, not {type(record).__name__}")
    state = record.state
    mode = SessionMode(state.mode.value)
    text = _dumps(record.to_data())
    if mode is SessionMode.TIMERS_ONLY:
        return RecordWrite(text, mode, "", "")
    return RecordWrite(text, mode, state.case_title, record.search_text() if index_now else None)


def read_record(session_id: int, title: str, stored: bytes | str | None) -> SessionRecord | None:
    """The stored record, or None if none was saved; SessionUnreadable when damaged."""
    text = document_text(stored)
    if text is None:
        return None
    data = _parse(session_id, title, "record (notes)", text)
    from codev_app.core.record import RecordDataError, SessionRecord

    try:
        return SessionRecord.from_data(data)
    except RecordDataError as error:
        detail = f"its record (notes) is damaged: {error}"
        raise SessionUnreadable(session_id, detail, title) from None


def record_search_text(stored: bytes | str | None) -> str:
    """The searchable text of a stored record ("" when there is none or it is unreadable)."""
    text = document_text(stored)
    if text is None:
        return ""
    from codev_app.core.record import RecordDataError, SessionRecord

    try:
        return SessionRecord.from_data(json.loads(text)).search_text()
    except (json.JSONDecodeError, RecordDataError) as error:
        _log.warning("A saved record cannot be read for search: %s", error)
        return ""


def timings_only(stored: bytes | str | None) -> str | None:
    """The stored record with its notes removed (mode, consent, timings and speaking times stay);
    None when it cannot be read: unreadable notes are still notes, retention removes them."""
    from codev_app.core.record import RecordDataError, RecordState, SessionRecord

    try:
        state = SessionRecord.from_data(json.loads(document_text(stored) or "")).state
    except (json.JSONDecodeError, RecordDataError) as error:
        _log.warning("A saved record cannot be read for retention; it is removed: %s", error)
        return None
    kept = RecordState(
        mode=state.mode, consent=state.consent, timings=state.timings, speaking=state.speaking
    )
    return _dumps(SessionRecord(kept).to_data())


# --- command log -------------------------------------------------------------------------------


def log_row(session_id: int, entry: LogEntry) -> tuple[int, int, float, str, str]:
    """The row of a command-log entry; ValueError for an entry that is not one."""
    from codev_app.core.commands import Command

    seq, wall, actor, command = entry
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValueError(f"seq must be a whole number from 1, not {seq!r}")
    if isinstance(wall, bool) or not isinstance(wall, int | float) or not math.isfinite(wall):
        raise ValueError(f"wall time must be a finite number, not {wall!r}")
    if not isinstance(actor, str):
        raise ValueError("the actor is an id (text)")
    if not isinstance(command, Command):
        raise ValueError(f"a command is logged, not {type(command).__name__}")
    return (session_id, seq, float(wall), actor, _dumps(command.to_data()))


def log_entry(session_id: int, row: tuple[Any, ...]) -> LogEntry:
    """A command-log row read back; SessionUnreadable when its command is damaged."""
    from codev_app.core.commands import InvalidCommandData, command_from_data

    seq, wall, actor, text = row
    try:
        command = command_from_data(json.loads(text))
    except (json.JSONDecodeError, InvalidCommandData) as error:
        raise SessionUnreadable(session_id, f"its command log is damaged: {error}") from None
    return LogEntry(int(seq), float(wall), str(actor), command)


# --- whole sessions ----------------------------------------------------------------------------


def bundle(
    row: SessionRow, live: Mapping[str, Any] | None, record: SessionRecord | None
) -> SessionBundle:
    """The whole session, checked; SessionUnreadable when a part cannot be read back.

    A session created but never saved has not started: the live data is that of its plan.
    """
    import tomllib

    from codev_app.core.bundle import BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, SessionBundle
    from codev_app.core.read_model import unstarted_live_data
    from codev_app.core.record import RecordMode, RecordState, SessionRecord
    from codev_app.core.template import parse_template_text

    try:
        template_data = tomllib.loads(row.template_toml)
        if live is None:
            live = unstarted_live_data(parse_template_text(row.template_toml).template)
        if record is None:
            record = SessionRecord(RecordState(mode=RecordMode(row.mode.value)))
        data = {
            "format": BUNDLE_FORMAT,
            "schema_version": BUNDLE_SCHEMA_VERSION,
            "title": row.title,
            "group_name": row.group_name,
            "facilitator": row.facilitator,
            "created_at": row.created_at.isoformat(),
            "finished_at": row.finished_at.isoformat() if row.finished_at else None,
            "template": template_data,
            "live": live,
            "record": record.to_data(),
        }
        return SessionBundle.from_data(data)
    except (tomllib.TOMLDecodeError, CodevError) as error:
        raise SessionUnreadable(row.id, str(error), row.title) from None
