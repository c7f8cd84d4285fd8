"""The command log: every command applied to a live session, appended as it happens.

Rows are ``(seq, at_wall, actor, command)``: the session's command number, ``time.time()`` when
it was applied, who applied it, and the command (stored as the JSON of ``Command.to_data``, see
``codev_app.core.commands``). The autosave tick appends the commands applied since the last one,
at most once a second: one ``executemany`` into a table keyed by ``(session_id, seq)``, a few
pages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from codev_app.storage import mapping
from codev_app.storage.errors import SessionNotFound
from codev_app.storage.mapping import LogEntry
from codev_app.storage.shared import SharedConnection


class CommandLog:
    """The command log of the sessions in a store; shares its connection and its lock."""

    def __init__(self, shared: SharedConnection) -> None:
        self._shared = shared

    def append(
        self,
        session_id: int,
        entries: Sequence[LogEntry],
        *,
        connection: sqlite3.Connection | None = None,
    ) -> None:
        """Append ``entries`` to the session's log, in one transaction.

        With ``connection`` (inside the caller's own write transaction, e.g. the autosave's)
        they are written there and commit with it. Raises ValueError for an entry that is not
        ``(int, finite float, str, Command)``, :class:`SessionNotFound` for an unknown session
        and :class:`StorageError` when a ``seq`` is already in the log (nothing is written then).
        """
        rows = [mapping.log_row(session_id, entry) for entry in entries]
        if not rows:
            return
        if connection is not None:
            self._insert(connection, session_id, rows)
            return
        with self._shared.write() as writer:
            self._insert(writer, session_id, rows)

    def read(self, session_id: int) -> list[LogEntry]:
        """The session's log in ``seq`` order (empty when nothing was logged).

        Raises :class:`SessionUnreadable` when an entry is damaged.
        """
        with self._shared.read() as connection:
            rows = connection.execute(
                "SELECT seq, at_wall, actor, command FROM command_log"
                " WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
        return [mapping.log_entry(session_id, row) for row in rows]

    def last_seq(self, session_id: int) -> int:
        """The highest ``seq`` logged for the session, 0 when none."""
        with self._shared.read() as connection:
            row = connection.execute(
                "SELECT max(seq) FROM command_log WHERE session_id = ?", (session_id,)
            ).fetchone()
        return 0 if row[0] is None else int(row[0])

    @staticmethod
    def _insert(
        connection: sqlite3.Connection,
        session_id: int,
        rows: list[tuple[int, int, float, str, str]],
    ) -> None:
        if (
            connection.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            is None
        ):
            raise SessionNotFound(session_id)
        connection.executemany(
            "INSERT INTO command_log (session_id, seq, at_wall, actor, command)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
