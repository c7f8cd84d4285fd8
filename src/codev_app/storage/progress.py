"""What autosave keeps of a running session: its live state, record, participants and commands.

:meth:`Progress.save_progress` writes whatever changed in one transaction, so a session is saved
all or nothing; the live state comes with the ``time.time()`` it was taken at, so that a session
resumed after a crash can rebase its monotonic clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from codev_app.storage import mapping
from codev_app.storage.command_log import CommandLog
from codev_app.storage.errors import SessionNotFound
from codev_app.storage.mapping import LogEntry
from codev_app.storage.records import Records
from codev_app.storage.search import Search
from codev_app.storage.sessions import Sessions
from codev_app.storage.shared import SharedConnection

if TYPE_CHECKING:
    from codev_app.core.record import SessionRecord


class Progress:
    """The live state of the sessions, and the autosave that writes it with the rest."""

    def __init__(self, shared: SharedConnection, search: Search, command_log: CommandLog) -> None:
        self._shared = shared
        self._search = search
        self._command_log = command_log

    def save_progress(
        self,
        session_id: int,
        *,
        live: Mapping[str, Any] | None = None,
        wall_time: float | None = None,
        record: SessionRecord | None = None,
        participants: Iterable[tuple[str, str]] | None = None,
        commands: Sequence[LogEntry] = (),
    ) -> None:
        """Save any of live state, record, participants and commands in one transaction.

        ``live`` (the data of ``LiveSession.to_data``) and ``wall_time`` go together. The
        record's text is not indexed at once: the session is only marked for indexing, which
        happens at the next search, when it is finished or when the store is closed, so a
        keystroke's save writes the few pages of the live state and the record, nothing else.
        ``participants`` (``(name, role)`` pairs) replaces the participants when given.
        ``commands`` are appended to the session's command log. Either everything given is
        saved or nothing is. Raises ValueError for a value that cannot be saved.
        """
        if (live is None) != (wall_time is None):
            raise ValueError("the live state and its wall time are saved together")
        live_text = saved_wall = None
        if live is not None and wall_time is not None:
            live_text, saved_wall = mapping.live_text(live), mapping.wall_time(wall_time)
        written = None if record is None else mapping.record_write(record, index_now=False)
        members = None if participants is None else mapping.participants(participants)
        with self._shared.write() as connection:
            Sessions.touch(connection, session_id)
            if live_text is not None:
                connection.execute(
                    "INSERT INTO session_live (session_id, state, saved_wall) VALUES (?, ?, ?)"
                    " ON CONFLICT (session_id) DO UPDATE SET"
                    " state = excluded.state, saved_wall = excluded.saved_wall",
                    (session_id, live_text, saved_wall),
                )
            if members is not None:
                Sessions.replace_participants(connection, session_id, members)
            if commands:
                self._command_log.append(session_id, commands, connection=connection)
            if written is not None:
                Records.write(connection, session_id, written)
            if written is not None:
                self._search.mark_stale(connection, session_id)
            if members is not None:  # the client's name is searched: index the heading now
                self._search.index(connection, session_id)

    def save_live_state(self, session_id: int, live: Mapping[str, Any], wall_time: float) -> None:
        """Keep the live session's state and the ``time.time()`` it was taken at.

        Raises ValueError if ``live`` cannot be saved or ``wall_time`` is not a finite number.
        """
        self.save_progress(session_id, live=live, wall_time=wall_time)

    def load_live_state(self, session_id: int) -> dict[str, Any] | None:
        """The saved live state (the data of ``LiveSession.to_data``), None until first saved.

        Raises :class:`SessionNotFound`, or :class:`SessionUnreadable` if it is damaged.
        """
        with self._shared.read() as connection:
            row = connection.execute(
                "SELECT s.title, CAST(l.state AS BLOB) FROM sessions AS s"
                " LEFT JOIN session_live AS l ON l.session_id = s.id WHERE s.id = ?",
                (session_id,),
            ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return mapping.read_live(session_id, row[0], row[1])
