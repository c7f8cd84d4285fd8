"""The session record (notes, suggestions, action plan, learnings, timings) of each session.

Stored as one document per session (:mod:`codev_app.storage.mapping` writes and reads it); the
sessions table keeps the record's mode and case title, which the history lists.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from codev_app.storage import mapping
from codev_app.storage.errors import SessionNotFound
from codev_app.storage.mapping import RecordWrite
from codev_app.storage.search import Search
from codev_app.storage.sessions import Sessions
from codev_app.storage.shared import SharedConnection

if TYPE_CHECKING:
    from codev_app.core.record import SessionRecord


class Records:
    """The sessions' records, on the store's connection."""

    def __init__(self, shared: SharedConnection, search: Search) -> None:
        self._shared = shared
        self._search = search

    def save(self, session_id: int, record: SessionRecord) -> None:
        """Keep the session's record and index its text for history search at once.

        The record's mode becomes the session's mode; a timers-only record has no text to
        search. Raises ValueError if ``record`` is not a :class:`SessionRecord`.
        """
        written = mapping.record_write(record, index_now=True)
        with self._shared.write() as connection:
            Sessions.touch(connection, session_id)
            self.write(connection, session_id, written)
            self._search.index(connection, session_id, body=written.search_text)

    def load(self, session_id: int) -> SessionRecord | None:
        """The saved record, or None if none was saved yet.

        Raises :class:`SessionNotFound`, or :class:`SessionUnreadable` if it is damaged.
        """
        with self._shared.read() as connection:
            row = connection.execute(
                "SELECT s.title, CAST(r.record_json AS BLOB) FROM sessions AS s"
                " LEFT JOIN session_records AS r ON r.session_id = s.id WHERE s.id = ?",
                (session_id,),
            ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return mapping.read_record(session_id, row[0], row[1])

    @staticmethod
    def write(connection: sqlite3.Connection, session_id: int, record: RecordWrite) -> None:
        """Write a prepared record inside a write (the index is left to the caller)."""
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
