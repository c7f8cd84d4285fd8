"""The one interface the rest of Codev uses to keep sessions: :class:`Store`.

Every write is its own short transaction, committed before the method returns, so whatever the
facilitator typed survives a crash a second later. Rows come back as frozen dataclasses; nothing
here knows about Qt. A session is a row of ``sessions`` (who, when, the plan as run) with its
live state, record and participants in rows of their own, so that autosave rewrites little.

History search reads text folded by :func:`fold_for_search` (lower case, accents and ligatures
removed), so French is found however it is typed. With an SQLite that has FTS5 the folded text is
indexed (a derived index the Store builds and rebuilds itself); without it the folded text is
scanned. Autosave only marks a session for indexing; the index catches up at the next search,
when the session is finished and when the Store is closed or opened. A timers-only session has no
record text to search, only its title, group, facilitator and client.

Backups are single-file copies in :func:`codev_app.paths.backups_dir`: one before a migration
changes an existing file, and at most one a day (:meth:`Store.make_daily_backup`, rotated).
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import re
import sqlite3
import threading
import time
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Self

from codev_app import paths
from codev_app.core.bundle import BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, SessionBundle
from codev_app.core.clock import FakeClock
from codev_app.core.errors import CodevError
from codev_app.core.record import RecordDataError, RecordMode, RecordState, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import dump_template, parse_template_text
from codev_app.storage.database import (
    DEFAULT_BUSY_TIMEOUT,
    SQLITE_HEADER,
    SQLITE_HEADER_SIZE,
    backup_database,
    open_database,
    unavailable,
)
from codev_app.storage.errors import SessionNotFound, StorageError
from codev_app.storage.migrations import LATEST_VERSION

if TYPE_CHECKING:
    from codev_app.storage.command_log import CommandLog

_log = logging.getLogger(__name__)

_SESSION_COLUMNS = (
    "s.id, s.created_at, s.updated_at, s.template_id, s.template_toml, s.title, s.group_name,"
    " s.mode, CAST(l.state AS BLOB), l.saved_wall, s.finished_at, s.facilitator, s.case_title,"
    " s.content_purged_at"
)
_SESSIONS = "sessions AS s LEFT JOIN session_live AS l ON l.session_id = s.id"
# Every column comes from the sessions_history index: a history list never reads the long rows.
_SUMMARY_COLUMNS = (
    "s.id, s.created_at, s.title, s.case_title, s.group_name, "
    "coalesce((SELECT p.name FROM participants AS p WHERE p.session_id = s.id"
    " AND p.role = 'client' ORDER BY p.position LIMIT 1), ''), "
    "s.facilitator, s.mode, s.finished_at, s.content_purged_at"
)
_HISTORY = "sessions AS s INDEXED BY sessions_history"

#: Version of the folding rules; raise it when :func:`fold_for_search` changes, and the Store
#: refolds every session's search text at the next start.
FOLD_VERSION: Final = 1
DEFAULT_HISTORY_LIMIT: Final = 200
DEFAULT_BACKUPS_KEPT: Final = 7
# Sizes of the steps of the work done in the background: each holds the connection a few
# milliseconds at most (benchmarks/storage.py measures the longest hold).
_PURGE_BATCH: Final = 16
_BACKUP_PAGES_PER_STEP: Final = 256
_MERGE_PAGES_PER_STEP: Final = 64
_PURGE_CHECKPOINT_PAGES: Final = 64

# The full-text index is rebuilt whenever this marker is missing or different: after a change of
# its definition, or after this file was written by an SQLite without FTS5 (the index is stale).
_FTS_MARKER_KEY: Final = "codev.search_index"
_FTS_MARKER: Final = "fts5-1"
_FTS_TABLE: Final = (
    "CREATE VIRTUAL TABLE session_fts USING fts5(heading, body, content = 'session_search',"
    " content_rowid = 'session_id', tokenize = 'unicode61 remove_diacritics 2')"
)
# Letters NFKD does not take apart but a French or Nordic speaker types as two or as a plain letter.
_LIGATURES: Final = {
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "þ": "th",
    "ı": "i",
}
_LIGATURE: Final = re.compile("[" + "".join(_LIGATURES) + "]")
_TERM: Final = re.compile(r"[^\W_]+")
# The combining marks that carry Latin, Greek and Cyrillic accents once NFKD has split them off (a
# character class runs in C: folding a long record this way takes a tenth of a millisecond).
_ACCENTS: Final = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_BACKUP_NAME: Final = re.compile(
    r"^codev-(?P<kind>daily|before-format-\d+)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite3$"
)
_BACKUP_STAMP: Final = "%Y%m%dT%H%M%S%fZ"


class SessionMode(StrEnum):
    """How a session is run: with the record (notes, action plan…) or with the timers alone."""

    FULL = "full"
    TIMERS_ONLY = "timers_only"


class SessionUnreadable(StorageError):
    """A saved session whose data cannot be read back (written by hand, or damaged)."""

    def __init__(self, session_id: int, detail: str, title: str = "") -> None:
        self.session_id = session_id
        self.detail = detail
        self.title = title
        named = f"number {session_id}" + (f" “{title}”" if title else "")
        super().__init__(f"The saved session {named} cannot be read back ({detail}).")


#: Stands for a stored document whose bytes are not UTF-8 (damaged): it never parses.
_NOT_TEXT: Final = "\ufffd"


def _document_text(value: bytes | str | None) -> str | None:
    """A stored JSON document, decoded strictly (read with ``CAST(... AS BLOB)``)."""
    if value is None or isinstance(value, str):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return _NOT_TEXT


def _parse_document(session_id: int, title: str, what: str, text: str) -> Any:
    """A stored JSON document parsed, or SessionUnreadable naming the session and the part."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise SessionUnreadable(session_id, f"its {what} is damaged: {error}", title) from None


@dataclass(frozen=True)
class SessionRow:
    """One saved session, as stored. Times are timezone-aware UTC datetimes.

    ``live_state`` is the JSON of :meth:`LiveSession.to_data` (None until first saved) and
    ``live_saved_wall`` the ``time.time()`` of that save, for crash recovery.
    """

    id: int
    created_at: datetime
    updated_at: datetime
    template_id: str
    template_toml: str
    title: str
    group_name: str
    mode: SessionMode
    live_state: str | None
    live_saved_wall: float | None
    finished_at: datetime | None
    facilitator: str = ""
    case_title: str = ""
    content_purged_at: datetime | None = None

    @property
    def finished(self) -> bool:
        """True once the session was finished (see :meth:`Store.finish_session`)."""
        return self.finished_at is not None

    @property
    def engine_state(self) -> str | None:
        """Former name of :attr:`live_state` (format 1 kept the engine snapshot there)."""
        return self.live_state

    @property
    def engine_saved_wall(self) -> float | None:
        """Former name of :attr:`live_saved_wall`."""
        return self.live_saved_wall


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


@dataclass(frozen=True)
class Backup:
    """A copy of the database in the backups folder; ``made_at`` is UTC."""

    path: Path
    made_at: datetime
    kind: str  # "daily" or "before-format-<n>"


def fold_for_search(text: str) -> str:
    """``text`` as history search compares it: lower case, without accents or ligatures.

    "Délégation ŒUVRE" becomes "delegation oeuvre"; apply it to stored text and queries alike.
    """
    bare = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return _LIGATURE.sub(lambda match: _LIGATURES[match.group()], bare.casefold())


def search_terms(query: str) -> list[str]:
    """The folded words of a search query (punctuation separates words, as in the index)."""
    return _TERM.findall(fold_for_search(query))


def list_backups(folder: Path | None = None) -> list[Backup]:
    """The backups Codev made in ``folder`` (by default the backups folder), newest first."""
    folder = paths.backups_dir() if folder is None else Path(folder)
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _BACKUP_NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        made_at = datetime.strptime(match["stamp"], _BACKUP_STAMP).replace(tzinfo=UTC)
        found.append(Backup(entry, made_at, match["kind"]))
    found.sort(key=lambda backup: backup.made_at, reverse=True)
    return found


def _backup_name(kind: str, moment: datetime) -> str:
    return f"codev-{kind}-{moment.astimezone(UTC).strftime(_BACKUP_STAMP)}.sqlite3"


def _iso(moment: datetime) -> str:
    # Fixed width (microseconds always present) so that text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _now() -> str:
    return _iso(datetime.now(UTC))


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _optional_time(text: str | None) -> datetime | None:
    return None if text is None else _time(text)


def _session_row(row: tuple[Any, ...]) -> SessionRow:
    (id_, created, updated, template_id, toml, title, group, mode, state, wall, finished) = row[:11]
    facilitator, case_title, purged = row[11:]
    return SessionRow(
        id=int(id_),
        created_at=_time(created),
        updated_at=_time(updated),
        template_id=template_id,
        template_toml=toml,
        title=title,
        group_name=group,
        mode=SessionMode(mode),
        live_state=_document_text(state),
        live_saved_wall=None if wall is None else float(wall),
        finished_at=_optional_time(finished),
        facilitator=facilitator,
        case_title=case_title,
        content_purged_at=_optional_time(purged),
    )


def _summary(row: tuple[Any, ...]) -> SessionSummary:
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


def _months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to the month's end)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for day in range(moment.day, 27, -1):
        with contextlib.suppress(ValueError):
            return moment.replace(year=year, month=month, day=day)
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


@dataclass(frozen=True)
class _RecordWrite:
    """A record checked and prepared for writing (see :meth:`Store.save_progress`)."""

    json_text: str
    mode: SessionMode
    case_title: str
    search_text: str | None  # None: indexed later, from the record


def _prepare_record(record_json: str, search_text: str | None) -> _RecordWrite:
    try:
        data = json.loads(record_json)
    except json.JSONDecodeError as error:
        raise ValueError(f"record is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ValueError("record JSON is not a session record")
    try:
        mode = SessionMode(data.get("mode", SessionMode.FULL.value))
    except ValueError:
        raise ValueError(f"record JSON has an unknown mode {data.get('mode')!r}") from None
    texts = data.get("texts")
    case_title = texts.get("case_title", "") if isinstance(texts, dict) else ""
    if not isinstance(case_title, str):
        raise ValueError("record JSON has a case title that is not text")
    if search_text is not None and not isinstance(search_text, str):
        raise ValueError("search text must be text")
    if mode is SessionMode.TIMERS_ONLY:
        # Nothing but timings is kept: a caller's stray text must not become searchable.
        case_title, search_text = "", ""
    return _RecordWrite(record_json, mode, case_title, search_text)


def _check_live(live_json: str, wall_time: float) -> None:
    try:
        json.loads(live_json)
    except json.JSONDecodeError as error:
        raise ValueError(f"live state is not valid JSON: {error}") from None
    if isinstance(wall_time, bool) or not isinstance(wall_time, int | float):
        raise ValueError(f"wall time must be a number, not {wall_time!r}")
    if not math.isfinite(wall_time):
        raise ValueError(f"wall time must be a finite number, not {wall_time!r}")


def _version_on_disk(path: Path) -> int | None:
    """The schema version of an existing database, read from its header; None if unknown.

    Read as bytes, without SQLite: opening a damaged file to ask would create side files beside
    it, and it costs more at start. A version only in the write-ahead log (a crash right after a
    migration) reads as the older one, which at worst makes one backup too many. Any problem is
    left for :func:`open_database` to report properly.
    """
    try:
        with path.open("rb") as stream:
            header = stream.read(SQLITE_HEADER_SIZE)
    except OSError:
        return None
    if len(header) < SQLITE_HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[60:64], "big")


def _fts5_available(connection: sqlite3.Connection) -> bool:
    options = {row[0] for row in connection.execute("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


class Store:
    """Codev's saved sessions, in one SQLite file held open (and locked) while the app runs.

    Use one Store per process, from one thread; a second one on the same file is refused with
    ``LOCKED``. Raises :class:`~codev_app.storage.errors.DatabaseUnavailable` when the file cannot
    be used and :class:`~codev_app.storage.errors.SessionNotFound` for an unknown session id.

    ``backups_dir`` is where the copy made before a migration goes (default: the backups folder).
    ``full_text=False`` makes history search scan the folded text even where FTS5 exists.
    """

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        backups_dir: Path | None = None,
        full_text: bool = True,
    ) -> None:
        self.path = Path(path)
        self._backups_dir = backups_dir
        self._connection: sqlite3.Connection | None = None
        # Guards the connection and its transaction: the GUI thread and housekeeping's worker
        # (storage.housekeeping) take turns, for one statement or one short transaction each.
        self._lock = threading.RLock()
        self._closing: list[Callable[[], None]] = []
        self._full_text = False
        version = _version_on_disk(self.path)
        if version is not None and 0 < version < LATEST_VERSION:
            self._backup_before_migration(version)
        self._connection = open_database(self.path, busy_timeout=busy_timeout)
        try:
            self._full_text = full_text and _fts5_available(self._connection)
            self._prepare_search()
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        full_text: bool = True,
    ) -> Self:
        """Open the store at ``path``, by default Codev's database in the data folder."""
        return cls(
            paths.database_path() if path is None else path,
            busy_timeout=busy_timeout,
            full_text=full_text,
        )

    def close(self) -> None:
        """Close the file (committed data is already on disk). Closing twice is harmless.

        Work running in the background on this store is stopped (between two steps) first.
        """
        while self._closing:
            self._closing.pop()()
        if self._connection is not None:
            try:
                with self._write() as connection:
                    self._refresh_stale(connection)
            except StorageError as error:
                _log.warning("Search index left for the next start: %s", error)
            self._connection.close()
            self._connection = None

    def when_closing(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` at :meth:`close`, before the file is closed (to stop a worker)."""
        self._closing.append(callback)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def command_log(self) -> CommandLog:
        """The sessions' command logs (see :mod:`codev_app.storage.command_log`)."""
        from codev_app.storage.command_log import CommandLog

        return CommandLog(self)

    @property
    def search_backend(self) -> str:
        """``"fts5"`` (indexed) or ``"scan"`` (folded text read in full at each search)."""
        return "fts5" if self._full_text else "scan"

    # --- sessions -------------------------------------------------------------------------

    def create_session(
        self,
        *,
        template_id: str,
        template_toml: str,
        title: str = "",
        group_name: str = "",
        mode: SessionMode = SessionMode.FULL,
        participants: Iterable[tuple[str, str]] = (),
        facilitator: str = "",
    ) -> int:
        """Save a new, unfinished session with its plan and participants; return its id."""
        mode = SessionMode(mode)
        members = [Participant(str(name), str(role)) for name, role in participants]
        now = _now()
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
                " group_name, mode, facilitator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (now, now, template_id, template_toml, title, group_name, str(mode), facilitator),
            )
            session_id = cursor.lastrowid
            assert session_id is not None  # an INSERT always sets it
            self._insert_participants(connection, session_id, members)
            self._index(connection, session_id, body="")
        return session_id

    def get_session(self, session_id: int) -> SessionRow:
        """The session with this id; raises SessionNotFound if there is none."""
        with self._read() as connection:
            row = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSIONS} WHERE s.id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return _session_row(row)

    def list_sessions(
        self, *, limit: int | None = 100, unfinished_only: bool = False
    ) -> list[SessionRow]:
        """Sessions, newest first; at most ``limit`` of them (None: all)."""
        where = "WHERE s.finished_at IS NULL" if unfinished_only else ""
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSIONS} {where}"
                " ORDER BY s.created_at DESC, s.id DESC LIMIT ?",
                (-1 if limit is None else max(0, limit),),
            ).fetchall()
        return [_session_row(row) for row in rows]

    def unfinished_session(self) -> SessionRow | None:
        """The unfinished session touched last (to offer "resume" after a crash), if any."""
        with self._read() as connection:
            row = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSIONS} WHERE s.finished_at IS NULL"
                " ORDER BY s.updated_at DESC, s.id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else _session_row(row)

    def resumable_sessions(self) -> list[SessionRow]:
        """Unfinished sessions with a saved live state, touched last first (crash recovery)."""
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSIONS} WHERE s.finished_at IS NULL"
                " AND l.saved_wall IS NOT NULL ORDER BY s.updated_at DESC, s.id DESC"
            ).fetchall()
        return [_session_row(row) for row in rows]

    def update_session(
        self,
        session_id: int,
        *,
        title: str | None = None,
        group_name: str | None = None,
        facilitator: str | None = None,
    ) -> None:
        """Change the title, group name and/or facilitator (None leaves a field as it is)."""
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET title = coalesce(?, title),"
                " group_name = coalesce(?, group_name), facilitator = coalesce(?, facilitator),"
                " updated_at = ? WHERE id = ?",
                (title, group_name, facilitator, _now(), session_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
            self._index(connection, session_id)

    def save_live_state(self, session_id: int, live_json: str, wall_time: float) -> None:
        """Keep the live session's state (JSON text) and the ``time.time()`` it was taken at.

        The wall time lets a resumed session rebase its monotonic clock after a crash.
        Raises ValueError if ``live_json`` is not JSON or ``wall_time`` is not a finite number.
        """
        self.save_progress(session_id, live_json=live_json, wall_time=wall_time)

    def save_engine_state(self, session_id: int, state_json: str, wall_time: float) -> None:
        """Former name of :meth:`save_live_state`."""
        self.save_live_state(session_id, state_json, wall_time)

    def save_record(self, session_id: int, record_json: str, search_text: str) -> None:
        """Keep the session record (``SessionRecord.to_data()`` as JSON) and index its text.

        ``search_text`` is ``SessionRecord.search_text()``. The record's mode becomes the
        session's mode; in timers-only mode ``search_text`` is ignored. Raises ValueError if
        ``record_json`` is not a record's JSON.
        """
        self.save_progress(session_id, record_json=record_json, search_text=search_text)

    def save_progress(
        self,
        session_id: int,
        *,
        live_json: str | None = None,
        wall_time: float | None = None,
        record_json: str | None = None,
        search_text: str | None = None,
        participants: Iterable[tuple[str, str]] | None = None,
        commands: Sequence[tuple[int, float, str, str]] = (),
    ) -> None:
        """Save any of live state, record, participants and commands in one transaction (autosave).

        ``live_json`` and ``wall_time`` go together. With ``record_json``, ``search_text`` is
        indexed at once; without it (autosave) the session is only marked for indexing, which
        happens at the next search, :meth:`finish_session` or :meth:`close`: a keystroke's save
        then writes the few pages of the live state and the record, nothing else.
        ``participants`` (``(name, role)`` pairs) replaces the participants when given.
        ``commands`` are appended to the session's command log (see
        :meth:`CommandLog.append <codev_app.storage.command_log.CommandLog.append>`).
        Either everything given is saved or nothing is.
        """
        if (live_json is None) != (wall_time is None):
            raise ValueError("live_json and wall_time are saved together")
        if live_json is not None and wall_time is not None:
            _check_live(live_json, wall_time)
        record = None if record_json is None else _prepare_record(record_json, search_text)
        members = (
            None
            if participants is None
            else [Participant(str(name), str(role)) for name, role in participants]
        )
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET updated_at = ? WHERE id = ?", (_now(), session_id)
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
            if live_json is not None:
                connection.execute(
                    "INSERT INTO session_live (session_id, state, saved_wall) VALUES (?, ?, ?)"
                    " ON CONFLICT (session_id) DO UPDATE SET"
                    " state = excluded.state, saved_wall = excluded.saved_wall",
                    (session_id, live_json, wall_time),
                )
            if members is not None:
                connection.execute("DELETE FROM participants WHERE session_id = ?", (session_id,))
                self._insert_participants(connection, session_id, members)
            if commands:
                self.command_log.append(session_id, commands, connection=connection)
            if record is not None:
                self._write_record(connection, session_id, record)
            if members is not None or (record is not None and record.search_text is not None):
                body = None
                if record is not None and record.search_text is not None:
                    body = fold_for_search(record.search_text)
                self._index(connection, session_id, body=body)
            elif record is not None:
                connection.execute(
                    "UPDATE session_search SET folded_with = 0"
                    " WHERE session_id = ? AND folded_with <> 0",
                    (session_id,),
                )

    @staticmethod
    def _write_record(
        connection: sqlite3.Connection, session_id: int, record: _RecordWrite
    ) -> None:
        connection.execute(
            "INSERT INTO session_records (session_id, record_json) VALUES (?, ?)"
            " ON CONFLICT (session_id) DO UPDATE SET record_json = excluded.record_json",
            (session_id, record.json_text),
        )
        # Written only when they change: they are in the history index.
        connection.execute(
            "UPDATE sessions SET mode = ?, case_title = ?"
            " WHERE id = ? AND (mode <> ? OR case_title <> ?)",
            (str(record.mode), record.case_title, session_id, str(record.mode), record.case_title),
        )

    def load_record(self, session_id: int) -> str | None:
        """The saved record's JSON, or None if none was saved yet."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT CAST(r.record_json AS BLOB) FROM sessions AS s"
                " LEFT JOIN session_records AS r ON r.session_id = s.id WHERE s.id = ?",
                (session_id,),
            ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return _document_text(row[0])

    def finish_session(self, session_id: int) -> None:
        """Mark the session finished (now). Finishing it again keeps the first time."""
        now = _now()
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET finished_at = coalesce(finished_at, ?), updated_at = ?"
                " WHERE id = ?",
                (now, now, session_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
            self._refresh_stale(connection)

    def delete_session(self, session_id: int) -> None:
        """Delete the session, its participants and its notes for good.

        The freed space is overwritten, the search index is rewritten without the session and the
        write-ahead log is emptied, so no trace of the text stays in the files.
        """
        with self._write() as connection:
            self._unindex(connection, session_id)
            cursor = connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
        self._scrub()

    # --- sessions as a whole (import, export) ---------------------------------------------

    def save_bundle(self, bundle: SessionBundle) -> int:
        """Save an imported session as a new one and return its id.

        An imported session is history: it is never offered for crash recovery. Times are kept
        as instants (they come back in UTC).
        """
        try:
            roster = bundle.live_session().roster
        except CodevError as error:
            raise ValueError(f"the session cannot be saved ({error})") from None
        members = [Participant(person.name, person.role.value) for person in roster.participants]
        record = _prepare_record(
            json.dumps(bundle.record.to_data(), ensure_ascii=False), bundle.record.search_text()
        )
        live_json = json.dumps(dict(bundle.live), ensure_ascii=False)
        created = _iso(bundle.created_at) if bundle.created_at else _now()
        finished = _iso(bundle.finished_at) if bundle.finished_at else None
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
                " group_name, mode, finished_at, case_title, facilitator)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    _now(),
                    bundle.template.id,
                    dump_template(bundle.template),
                    bundle.title,
                    bundle.group_name,
                    str(record.mode),
                    finished,
                    record.case_title,
                    bundle.facilitator,
                ),
            )
            session_id = cursor.lastrowid
            assert session_id is not None
            connection.execute(
                "INSERT INTO session_live (session_id, state, saved_wall) VALUES (?, ?, NULL)",
                (session_id, live_json),
            )
            self._write_record(connection, session_id, record)
            self._insert_participants(connection, session_id, members)
            self._index(connection, session_id, body=fold_for_search(record.search_text or ""))
        return session_id

    def load_bundle(self, session_id: int) -> SessionBundle:
        """The whole saved session (for export, or to look at it in the history).

        Raises :class:`SessionNotFound`, or :class:`SessionUnreadable` if its data is damaged.
        """
        row = self.get_session(session_id)
        record_json = self.load_record(session_id)
        live = (
            None
            if row.live_state is None
            else _parse_document(session_id, row.title, "live state", row.live_state)
        )
        record = (
            None
            if record_json is None
            else _parse_document(session_id, row.title, "record (notes)", record_json)
        )
        try:
            template_data = tomllib.loads(row.template_toml)
            if live is None:  # created but never saved: a session that has not started
                template = parse_template_text(row.template_toml).template
                live = LiveSession(template, FakeClock()).to_data()
            if record is None:
                record = SessionRecord(RecordState(mode=RecordMode(row.mode.value))).to_data()
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
                "record": record,
            }
            return SessionBundle.from_data(data)
        except (tomllib.TOMLDecodeError, CodevError) as error:
            raise SessionUnreadable(session_id, str(error), row.title) from None

    # --- history --------------------------------------------------------------------------

    def list_history(
        self, *, limit: int = DEFAULT_HISTORY_LIMIT, offset: int = 0
    ) -> list[SessionSummary]:
        """Sessions for the history window, newest first."""
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM {_HISTORY}"
                " ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?",
                (max(0, limit), max(0, offset)),
            ).fetchall()
        return [_summary(row) for row in rows]

    def search_sessions(
        self, query: str, *, limit: int = DEFAULT_HISTORY_LIMIT
    ) -> list[SessionSummary]:
        """Sessions whose title, group, client or record texts hold every word of ``query``.

        Case, accents and ligatures do not matter ("delegation" finds "Délégation"); each word
        matches the start of a word ("déléga" finds "délégation"; the scan backend also matches
        inside words). Newest first. An empty query lists the history.
        """
        terms = search_terms(query)
        if not terms:
            return self.list_history(limit=limit)
        try:
            with self._write() as connection:
                self._refresh_stale(connection)
        except StorageError as error:
            # A full disk must not stop the search: the text of the last few edits may be missed.
            _log.warning("Search index not brought up to date: %s", error)
        if self._full_text:
            match = " ".join(f'"{term}"*' for term in terms)
            where = "s.id IN (SELECT rowid FROM session_fts WHERE session_fts MATCH ?)"
            parameters: list[object] = [match]
        else:
            condition = " AND ".join(["(instr(heading, ?) > 0 OR instr(body, ?) > 0)"] * len(terms))
            where = f"s.id IN (SELECT session_id FROM session_search WHERE {condition})"
            parameters = [value for term in terms for value in (term, term)]
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM {_HISTORY} WHERE {where}"
                " ORDER BY s.created_at DESC, s.id DESC LIMIT ?",
                (*parameters, max(0, limit)),
            ).fetchall()
        return [_summary(row) for row in rows]

    def purge_content_older_than(
        self,
        months: int,
        *,
        now: datetime | None = None,
        between_batches: Callable[[], None] | None = None,
    ) -> int:
        """Retention: remove the notes of sessions started more than ``months`` months ago.

        Timings, speaking times, consent, title, group, participants and the live state stay, so
        the history still shows when and how long; record texts, suggestions, action plans,
        learnings and private notes go, leaving no trace in the files. Returns how many sessions
        lost their notes. The work is done in short transactions; ``between_batches`` runs
        between two of them (housekeeping pauses there, and raises to stop).
        """
        if isinstance(months, bool) or not isinstance(months, int) or months < 0:
            raise ValueError(f"months must be a whole, non-negative number (got {months!r})")
        moment = datetime.now(UTC) if now is None else now
        cutoff = _iso(_months_before(moment.astimezone(UTC), months))
        stamp = _iso(moment)
        with self._lock:
            # Rewriting many pages fills the write-ahead log; the commit that reaches the
            # threshold copies it all back, holding the file meanwhile. A low threshold keeps
            # each of those copies short.
            self._open_connection().execute(
                f"PRAGMA wal_autocheckpoint = {_PURGE_CHECKPOINT_PAGES}"
            )
        try:
            purged = self._purge_batches(cutoff, stamp, between_batches)
        finally:
            with self._lock, contextlib.suppress(sqlite3.Error, StorageError):
                self._open_connection().execute("PRAGMA wal_autocheckpoint = 1000")
        if purged:
            self._scrub(between_batches)
        return purged

    def _purge_batches(
        self, cutoff: str, stamp: str, between_batches: Callable[[], None] | None
    ) -> int:
        purged = last_id = 0
        while True:
            # Small transactions, in id order: another thread waits for one batch at most.
            with self._write() as connection:
                rows = connection.execute(
                    "SELECT s.id, r.record_json FROM sessions AS s"
                    " LEFT JOIN session_records AS r ON r.session_id = s.id"
                    " WHERE s.id > ? AND s.created_at < ? AND s.content_purged_at IS NULL"
                    " ORDER BY s.id LIMIT ?",
                    (last_id, cutoff, _PURGE_BATCH),
                ).fetchall()
                for session_id, record_json in rows:
                    self._purge_one(connection, session_id, record_json, stamp)
            purged += len(rows)
            if len(rows) < _PURGE_BATCH:
                break
            last_id = rows[-1][0]
            if between_batches is not None:
                between_batches()
        return purged

    def _purge_one(
        self, connection: sqlite3.Connection, session_id: int, record_json: str | None, stamp: str
    ) -> None:
        kept = None if record_json is None else _timings_only(record_json)
        if kept is None:
            connection.execute("DELETE FROM session_records WHERE session_id = ?", (session_id,))
        else:
            connection.execute(
                "UPDATE session_records SET record_json = ? WHERE session_id = ?",
                (kept, session_id),
            )
        connection.execute(
            "UPDATE sessions SET case_title = '', content_purged_at = ? WHERE id = ?",
            (stamp, session_id),
        )
        self._index(connection, session_id, body="")

    # --- participants ---------------------------------------------------------------------

    def set_participants(self, session_id: int, participants: Iterable[tuple[str, str]]) -> None:
        """Replace the session's participants with ``(name, role)`` pairs, in speaking order."""
        members = [Participant(str(name), str(role)) for name, role in participants]
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET updated_at = ? WHERE id = ?", (_now(), session_id)
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
            connection.execute("DELETE FROM participants WHERE session_id = ?", (session_id,))
            self._insert_participants(connection, session_id, members)
            self._index(connection, session_id)

    def participants(self, session_id: int) -> list[Participant]:
        """The session's participants in speaking order; raises SessionNotFound if unknown."""
        with self._read() as connection:
            exists = connection.execute(
                "SELECT 1 FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            rows = connection.execute(
                "SELECT name, role FROM participants WHERE session_id = ? ORDER BY position",
                (session_id,),
            ).fetchall()
        if exists is None:
            raise SessionNotFound(session_id)
        return [Participant(str(name), str(role)) for name, role in rows]

    @staticmethod
    def _insert_participants(
        connection: sqlite3.Connection, session_id: int, members: list[Participant]
    ) -> None:
        connection.executemany(
            "INSERT INTO participants (session_id, position, name, role) VALUES (?, ?, ?, ?)",
            [(session_id, position, name, role) for position, (name, role) in enumerate(members)],
        )

    # --- application state ----------------------------------------------------------------

    def get_app_state(self, key: str) -> str | None:
        """A value the app remembered under ``key`` (e.g. the last window layout), or None."""
        with self._read() as connection:
            row = connection.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_app_state(self, key: str, value: str | None) -> None:
        """Remember ``value`` under ``key``; None forgets the key."""
        with self._write() as connection:
            if value is None:
                connection.execute("DELETE FROM app_state WHERE key = ?", (key,))
            else:
                connection.execute(
                    "INSERT INTO app_state (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    # --- copies ---------------------------------------------------------------------------

    def backup(
        self,
        destination: Path,
        *,
        between_steps: Callable[[], None] | None = None,
        verify: bool = False,
    ) -> Path:
        """Write a consistent copy of the whole database to ``destination``; return it.

        The copy is made a few hundred pages at a time; ``between_steps`` runs between two steps,
        while the connection is free for other threads. With ``verify`` the copy is checked in
        full, on its own connection (see :func:`backup_database`).
        """
        return backup_database(
            self._open_connection(),
            destination,
            lock=self._lock,
            pages_per_step=_BACKUP_PAGES_PER_STEP,
            between_steps=between_steps,
            verify=verify,
        )

    def check_integrity(
        self, *, folder: Path | None = None, between_steps: Callable[[], None] | None = None
    ) -> None:
        """Check the whole database, on a copy made in steps (the file is never held long).

        Raises :class:`DatabaseUnavailable` (``CORRUPT``) if the copy shows damage; the copy is
        removed either way.
        """
        folder = paths.backups_dir() if folder is None else paths.ensure_private_dir(Path(folder))
        target = folder / f".codev-check-{threading.get_ident()}-{time.monotonic_ns()}.sqlite3"
        try:
            self.backup(target, between_steps=between_steps, verify=True)
        finally:
            with contextlib.suppress(OSError):
                target.unlink()

    def make_daily_backup(
        self,
        *,
        keep: int = DEFAULT_BACKUPS_KEPT,
        folder: Path | None = None,
        now: datetime | None = None,
        between_steps: Callable[[], None] | None = None,
    ) -> Path | None:
        """Copy the database into the backups folder unless that was done today (local date).

        The copy is checked in full before it is kept: a damaged database raises
        :class:`DatabaseUnavailable` (``CORRUPT``) and never pushes a sound copy out. Then only
        the ``keep`` newest daily copies are kept (copies made before a migration are left
        alone). Returns the new copy, or None when today's exists. ``between_steps``: see
        :meth:`backup`. Raises :class:`StorageError` if the copy cannot be written.
        """
        if keep < 1:
            raise ValueError("keep at least one daily backup")
        folder = paths.backups_dir() if folder is None else paths.ensure_private_dir(Path(folder))
        moment = datetime.now(UTC) if now is None else now.astimezone(UTC)
        today = moment.astimezone().date()
        daily = [backup for backup in list_backups(folder) if backup.kind == "daily"]
        if any(backup.made_at.astimezone().date() == today for backup in daily):
            return None
        made = self.backup(
            folder / _backup_name("daily", moment), between_steps=between_steps, verify=True
        )
        for old in [
            made_backup for made_backup in list_backups(folder) if made_backup.kind == "daily"
        ][keep:]:
            try:
                old.path.unlink()
            except OSError as error:
                _log.warning("Could not remove the old backup %s: %s", old.path, error)
        return made

    def _backup_before_migration(self, version: int) -> None:
        """Copy a database about to be migrated; a failed copy is logged, not fatal.

        The migration itself is one transaction that either happens completely or not at all, so
        refusing to start for want of a backup folder would only keep the facilitator out.
        """
        folder = paths.backups_dir() if self._backups_dir is None else self._backups_dir
        target = folder / _backup_name(f"before-format-{LATEST_VERSION}", datetime.now(UTC))
        try:
            source = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        except sqlite3.Error as error:
            _log.warning("No backup before migrating %s (format %s): %s", self.path, version, error)
            return
        try:
            paths.ensure_private_dir(folder)
            backup_database(source, target)
        except (OSError, StorageError) as error:
            _log.warning("No backup before migrating %s (format %s): %s", self.path, version, error)
        finally:
            source.close()

    # --- search index ---------------------------------------------------------------------

    def _prepare_search(self) -> None:
        """Build the full-text index if missing or stale; refold text folded by older rules."""
        with self._write() as connection:
            if self._full_text:
                marker = connection.execute(
                    "SELECT value FROM app_state WHERE key = ?", (_FTS_MARKER_KEY,)
                ).fetchone()
                exists = connection.execute(
                    "SELECT 1 FROM sqlite_schema WHERE name = 'session_fts'"
                ).fetchone()
                if marker is None or marker[0] != _FTS_MARKER or exists is None:
                    connection.execute("DROP TABLE IF EXISTS session_fts")
                    connection.execute(_FTS_TABLE)
                    connection.execute("INSERT INTO session_fts (session_fts) VALUES ('rebuild')")
                    connection.execute(
                        "INSERT INTO app_state (key, value) VALUES (?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (_FTS_MARKER_KEY, _FTS_MARKER),
                    )
            else:
                # Writes from now on leave any index behind: rebuild it when it is next used.
                connection.execute("DELETE FROM app_state WHERE key = ?", (_FTS_MARKER_KEY,))
            missing = connection.execute(
                "SELECT id FROM sessions WHERE id NOT IN (SELECT session_id FROM session_search)"
            ).fetchall()
            for (session_id,) in missing:
                self._index(connection, session_id)
            self._refresh_stale(connection)

    def _refresh_stale(self, connection: sqlite3.Connection) -> None:
        """Index the sessions saved since the last search, and text folded by older rules."""
        stale = connection.execute(
            "SELECT session_id FROM session_search WHERE folded_with < ?", (FOLD_VERSION,)
        ).fetchall()
        for (session_id,) in stale:
            self._index(connection, session_id)

    def _index(
        self, connection: sqlite3.Connection, session_id: int, *, body: str | None = None
    ) -> None:
        """Bring a session's search row up to date, in the full-text index too.

        The heading comes from the sessions table; the body is ``body`` (folded), or the indexed
        one if it is current, or else it is made from the saved record.
        """
        heading_parts = connection.execute(
            "SELECT s.title, s.group_name, s.facilitator, s.mode,"
            " coalesce((SELECT group_concat(p.name, ' ') FROM participants AS p"
            " WHERE p.session_id = s.id AND p.role = 'client'), '')"
            " FROM sessions AS s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        title, group_name, facilitator, mode, client = heading_parts
        heading = fold_for_search("\n".join((title, group_name, facilitator, client)))
        old = connection.execute(
            "SELECT folded_with, heading, body FROM session_search WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if body is None and old is not None and old[0] == FOLD_VERSION:
            body = str(old[2])
        elif body is None:
            record = connection.execute(
                "SELECT record_json FROM session_records WHERE session_id = ?", (session_id,)
            ).fetchone()
            body = fold_for_search(_record_search_text(None if record is None else record[0]))
        if mode == SessionMode.TIMERS_ONLY:
            body = ""
        if old is not None and tuple(old) == (FOLD_VERSION, heading, body):
            return
        if self._full_text and old is not None:
            # External-content FTS5 needs the indexed values to forget them.
            connection.execute(
                "INSERT INTO session_fts (session_fts, rowid, heading, body)"
                " VALUES ('delete', ?, ?, ?)",
                (session_id, old[1], old[2]),
            )
        connection.execute(
            "INSERT INTO session_search (session_id, folded_with, heading, body)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET"
            " folded_with = excluded.folded_with, heading = excluded.heading, body = excluded.body",
            (session_id, FOLD_VERSION, heading, body),
        )
        if self._full_text:
            connection.execute(
                "INSERT INTO session_fts (rowid, heading, body) VALUES (?, ?, ?)",
                (session_id, heading, body),
            )

    def _unindex(self, connection: sqlite3.Connection, session_id: int) -> None:
        old = connection.execute(
            "SELECT heading, body FROM session_search WHERE session_id = ?", (session_id,)
        ).fetchone()
        if old is not None and self._full_text:
            connection.execute(
                "INSERT INTO session_fts (session_fts, rowid, heading, body)"
                " VALUES ('delete', ?, ?, ?)",
                (session_id, old[0], old[1]),
            )
        connection.execute("DELETE FROM session_search WHERE session_id = ?", (session_id,))

    def _scrub(self, between_steps: Callable[[], None] | None = None) -> None:
        """After removing text: rewrite the index without it and empty the write-ahead log.

        FTS5 (before SQLite 3.42) keeps removed words in older index segments until they are
        merged; "merge" with a negative size merges them all, a bounded amount of work at a time
        (``between_steps`` runs in between), until one segment is left. ``secure_delete`` then
        zeroes the freed pages.
        """
        try:
            while self._full_text:
                with self._write() as writer:
                    before = writer.total_changes
                    writer.execute(
                        "INSERT INTO session_fts (session_fts, rank) VALUES ('merge', ?)",
                        (-_MERGE_PAGES_PER_STEP,),
                    )
                    merged = writer.total_changes - before >= 2  # FTS5's "work was done" sign
                if not merged:
                    break
                if between_steps is not None:
                    between_steps()
            with self._lock:
                self._open_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except (sqlite3.Error, StorageError) as error:
            _log.warning("Could not scrub %s after removing notes: %s", self.path, error)

    # --- plumbing -------------------------------------------------------------------------

    def _open_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StorageError(f"The database {self.path} is closed.")
        return self._connection

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            connection = self._open_connection()
            try:
                yield connection
            except sqlite3.Error as error:
                raise self._storage_error(error) from error

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            connection = self._open_connection()
            if connection.in_transaction:  # nested in a write of this thread: one transaction
                yield connection
                return
            try:
                connection.execute("BEGIN IMMEDIATE")
                yield connection
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._storage_error(error) from error
                raise

    def _storage_error(self, error: sqlite3.Error) -> StorageError:
        problem = unavailable(self.path, error)
        if problem is not None:
            return problem
        return StorageError(f"Codev could not save or read data in {self.path} ({error}).")


def _record_search_text(record_json: str | None) -> str:
    if record_json is None:
        return ""
    try:
        return SessionRecord.from_data(json.loads(record_json)).search_text()
    except (json.JSONDecodeError, RecordDataError) as error:
        _log.warning("A saved record cannot be read for search: %s", error)
        return ""


def _timings_only(record_json: str) -> str | None:
    """The record with its notes removed: mode, consent, timings and speaking times stay."""
    try:
        state = SessionRecord.from_data(json.loads(record_json)).state
    except (json.JSONDecodeError, RecordDataError) as error:
        # Unreadable notes are still notes: retention removes them all the same.
        _log.warning("A saved record cannot be read for retention; it is removed: %s", error)
        return None
    kept = RecordState(
        mode=state.mode, consent=state.consent, timings=state.timings, speaking=state.speaking
    )
    return json.dumps(SessionRecord(kept).to_data(), ensure_ascii=False)


__all__ = [
    "DEFAULT_BACKUPS_KEPT",
    "DEFAULT_HISTORY_LIMIT",
    "FOLD_VERSION",
    "Backup",
    "Participant",
    "SessionMode",
    "SessionRow",
    "SessionSummary",
    "SessionUnreadable",
    "Store",
    "fold_for_search",
    "list_backups",
    "search_terms",
]
