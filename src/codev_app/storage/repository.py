"""The one interface the rest of Codev uses to keep sessions: :class:`Store`.

Every write is its own short transaction, committed before the method returns, so whatever the
facilitator typed survives a crash a second later. Rows come back as frozen dataclasses; nothing
here knows about Qt.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, Self

from codev_app import paths
from codev_app.storage.database import (
    DEFAULT_BUSY_TIMEOUT,
    backup_database,
    open_database,
    unavailable,
)
from codev_app.storage.errors import SessionNotFound, StorageError

_log = logging.getLogger(__name__)

_SESSION_COLUMNS = (
    "id, created_at, updated_at, template_id, template_toml, title, group_name, mode, "
    "engine_state, engine_saved_wall, finished_at"
)


class SessionMode(StrEnum):
    """How a session is run: with the record (notes, action plan…) or with the timers alone."""

    FULL = "full"
    TIMERS_ONLY = "timers_only"


@dataclass(frozen=True)
class SessionRow:
    """One saved session, as stored. Times are timezone-aware UTC datetimes."""

    id: int
    created_at: datetime
    updated_at: datetime
    template_id: str
    template_toml: str
    title: str
    group_name: str
    mode: SessionMode
    engine_state: str | None
    engine_saved_wall: float | None
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        """True once the session was finished (see :meth:`Store.finish_session`)."""
        return self.finished_at is not None


class Participant(NamedTuple):
    """A member of the session, in speaking order. ``role`` is e.g. "client" or "consultant"."""

    name: str
    role: str


def _now() -> str:
    # Fixed width (microseconds always present) so that text order is time order.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _session_row(row: tuple[Any, ...]) -> SessionRow:
    (id_, created, updated, template_id, toml, title, group, mode, state, wall, finished) = row
    return SessionRow(
        id=int(id_),
        created_at=_time(created),
        updated_at=_time(updated),
        template_id=template_id,
        template_toml=toml,
        title=title,
        group_name=group,
        mode=SessionMode(mode),
        engine_state=state,
        engine_saved_wall=None if wall is None else float(wall),
        finished_at=None if finished is None else _time(finished),
    )


class Store:
    """Codev's saved sessions, in one SQLite file held open (and locked) while the app runs.

    Use one Store per process; a second one on the same file is refused with ``LOCKED``.
    Raises :class:`~codev_app.storage.errors.DatabaseUnavailable` when the file cannot be used
    and :class:`~codev_app.storage.errors.SessionNotFound` for an unknown session id.
    """

    def __init__(self, path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = open_database(
            self.path, busy_timeout=busy_timeout
        )

    @classmethod
    def open(cls, path: Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Self:
        """Open the store at ``path``, by default Codev's database in the data folder."""
        return cls(paths.database_path() if path is None else path, busy_timeout=busy_timeout)

    def close(self) -> None:
        """Close the file (committed data is already on disk). Closing twice is harmless."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

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
    ) -> int:
        """Save a new, unfinished session with its plan and participants; return its id."""
        mode = SessionMode(mode)
        members = [Participant(str(name), str(role)) for name, role in participants]
        now = _now()
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
                " group_name, mode) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, now, template_id, template_toml, title, group_name, str(mode)),
            )
            session_id = cursor.lastrowid
            assert session_id is not None  # an INSERT always sets it
            self._insert_participants(connection, session_id, members)
        return session_id

    def get_session(self, session_id: int) -> SessionRow:
        """The session with this id; raises SessionNotFound if there is none."""
        with self._read() as connection:
            row = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return _session_row(row)

    def list_sessions(
        self, *, limit: int | None = 100, unfinished_only: bool = False
    ) -> list[SessionRow]:
        """Sessions, newest first; at most ``limit`` of them (None: all)."""
        where = "WHERE finished_at IS NULL" if unfinished_only else ""
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions {where}"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                (-1 if limit is None else max(0, limit),),
            ).fetchall()
        return [_session_row(row) for row in rows]

    def unfinished_session(self) -> SessionRow | None:
        """The unfinished session touched last (to offer "resume" after a crash), if any."""
        with self._read() as connection:
            row = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE finished_at IS NULL"
                " ORDER BY updated_at DESC, id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else _session_row(row)

    def update_session(
        self, session_id: int, *, title: str | None = None, group_name: str | None = None
    ) -> None:
        """Change the title and/or group name of a session (None leaves a field as it is)."""
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET title = coalesce(?, title),"
                " group_name = coalesce(?, group_name), updated_at = ? WHERE id = ?",
                (title, group_name, _now(), session_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)

    def save_engine_state(self, session_id: int, state_json: str, wall_time: float) -> None:
        """Keep the engine's snapshot (JSON text) and the ``time.time()`` at which it was taken.

        The wall time lets a resumed session rebase its monotonic clock after a crash.
        Raises ValueError if ``state_json`` is not JSON or ``wall_time`` is not a finite number.
        """
        try:
            json.loads(state_json)
        except json.JSONDecodeError as error:
            raise ValueError(f"engine state is not valid JSON: {error}") from None
        if not math.isfinite(wall_time):
            raise ValueError(f"wall time must be a finite number, not {wall_time!r}")
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET engine_state = ?, engine_saved_wall = ?, updated_at = ?"
                " WHERE id = ?",
                (state_json, float(wall_time), _now(), session_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)

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

    def delete_session(self, session_id: int) -> None:
        """Delete the session and its participants for good (the freed space is overwritten)."""
        with self._write() as connection:
            cursor = connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
        # Deleted notes would otherwise linger in the write-ahead log until the next checkpoint.
        try:
            self._open_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as error:
            _log.warning("Checkpoint after deleting session %s failed: %s", session_id, error)

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

    def backup(self, destination: Path) -> Path:
        """Write a consistent copy of the whole database to ``destination``; return it."""
        return backup_database(self._open_connection(), destination)

    # --- plumbing -------------------------------------------------------------------------

    def _open_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StorageError(f"The database {self.path} is closed.")
        return self._connection

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        connection = self._open_connection()
        try:
            yield connection
        except sqlite3.Error as error:
            raise self._storage_error(error) from error

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        connection = self._open_connection()
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
