"""Saved sessions as rows: who, when, the plan as run, the participants; finishing and deleting.

Every write is its own short transaction, committed before the method returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from codev_app.storage import mapping
from codev_app.storage.errors import SessionNotFound
from codev_app.storage.mapping import (
    SESSION_COLUMNS,
    SESSIONS,
    Participant,
    SessionMode,
    SessionRow,
)
from codev_app.storage.search import Search
from codev_app.storage.shared import SharedConnection


class Sessions:
    """The sessions and their participants, on the store's connection."""

    def __init__(self, shared: SharedConnection, search: Search) -> None:
        self._shared = shared
        self._search = search

    def create(
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
        members = mapping.participants(participants)
        now = mapping.now()
        with self._shared.write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
                " group_name, mode, facilitator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (now, now, template_id, template_toml, title, group_name, str(mode), facilitator),
            )
            session_id = cursor.lastrowid
            assert session_id is not None  # an INSERT always sets it
            self.insert_participants(connection, session_id, members)
            self._search.index(connection, session_id, body="")
        return session_id

    def get(self, session_id: int) -> SessionRow:
        """The session with this id; raises SessionNotFound if there is none."""
        with self._shared.read() as connection:
            row = connection.execute(
                f"SELECT {SESSION_COLUMNS} FROM {SESSIONS} WHERE s.id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return mapping.session_row(row)

    def rows(self, *, limit: int | None = 100, unfinished_only: bool = False) -> list[SessionRow]:
        """Sessions, newest first; at most ``limit`` of them (None: all)."""
        where = "WHERE s.finished_at IS NULL" if unfinished_only else ""
        with self._shared.read() as connection:
            rows = connection.execute(
                f"SELECT {SESSION_COLUMNS} FROM {SESSIONS} {where}"
                " ORDER BY s.created_at DESC, s.id DESC LIMIT ?",
                (-1 if limit is None else max(0, limit),),
            ).fetchall()
        return [mapping.session_row(row) for row in rows]

    def unfinished(self) -> SessionRow | None:
        """The unfinished session touched last (to offer "resume" after a crash), if any."""
        with self._shared.read() as connection:
            row = connection.execute(
                f"SELECT {SESSION_COLUMNS} FROM {SESSIONS} WHERE s.finished_at IS NULL"
                " ORDER BY s.updated_at DESC, s.id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else mapping.session_row(row)

    def resumable(self) -> list[SessionRow]:
        """Unfinished sessions with a saved live state, touched last first (crash recovery)."""
        with self._shared.read() as connection:
            rows = connection.execute(
                f"SELECT {SESSION_COLUMNS} FROM {SESSIONS} WHERE s.finished_at IS NULL"
                " AND l.saved_wall IS NOT NULL ORDER BY s.updated_at DESC, s.id DESC"
            ).fetchall()
        return [mapping.session_row(row) for row in rows]

    def update(
        self,
        session_id: int,
        *,
        title: str | None = None,
        group_name: str | None = None,
        facilitator: str | None = None,
    ) -> None:
        """Change the title, group name and/or facilitator (None leaves a field as it is)."""
        with self._shared.write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET title = coalesce(?, title),"
                " group_name = coalesce(?, group_name), facilitator = coalesce(?, facilitator),"
                " updated_at = ? WHERE id = ?",
                (title, group_name, facilitator, mapping.now(), session_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
            self._search.index(connection, session_id)

    def finish(self, session_id: int) -> None:
        """Mark the session finished (now). Finishing it again keeps the first time."""
        now = mapping.now()
        with self._shared.write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET finished_at = coalesce(finished_at, ?), updated_at = ?"
                " WHERE id = ?",
                (now, now, session_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
            self._search.refresh_stale(connection)

    def delete(self, session_id: int) -> None:
        """Delete the session, its participants, its notes and its command log for good.

        The freed space is overwritten, the search index is rewritten without the session and the
        write-ahead log is emptied, so no trace of the text stays in the files.
        """
        with self._shared.write() as connection:
            self._search.unindex(connection, session_id)
            cursor = connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)
        self._search.scrub()

    @staticmethod
    def touch(connection: sqlite3.Connection, session_id: int) -> None:
        """Mark the session changed now (inside a write); raises SessionNotFound if unknown."""
        cursor = connection.execute(
            "UPDATE sessions SET updated_at = ? WHERE id = ?", (mapping.now(), session_id)
        )
        if cursor.rowcount == 0:
            raise SessionNotFound(session_id)

    # --- participants ---

    def set_participants(self, session_id: int, participants: Iterable[tuple[str, str]]) -> None:
        """Replace the session's participants with ``(name, role)`` pairs, in speaking order."""
        members = mapping.participants(participants)
        with self._shared.write() as connection:
            self.touch(connection, session_id)
            self.replace_participants(connection, session_id, members)
            self._search.index(connection, session_id)

    def participants(self, session_id: int) -> list[Participant]:
        """The session's participants in speaking order; raises SessionNotFound if unknown."""
        with self._shared.read() as connection:
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

    @classmethod
    def replace_participants(
        cls, connection: sqlite3.Connection, session_id: int, members: list[Participant]
    ) -> None:
        """Replace the participants inside a write (the index is left to the caller)."""
        connection.execute("DELETE FROM participants WHERE session_id = ?", (session_id,))
        cls.insert_participants(connection, session_id, members)

    @staticmethod
    def insert_participants(
        connection: sqlite3.Connection, session_id: int, members: list[Participant]
    ) -> None:
        """Add ``members`` to a session that has none yet, inside a write."""
        connection.executemany(
            "INSERT INTO participants (session_id, position, name, role) VALUES (?, ?, ?, ?)",
            [(session_id, position, name, role) for position, (name, role) in enumerate(members)],
        )
