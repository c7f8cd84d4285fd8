"""Sessions as a whole (:class:`SessionBundle`): saved when imported, loaded to export or show."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from codev_app.core.errors import CodevError
from codev_app.storage import mapping
from codev_app.storage.deliveries_sql import read_emails, write_emails
from codev_app.storage.progress import Progress
from codev_app.storage.records import Records
from codev_app.storage.search import Search
from codev_app.storage.sessions import Sessions
from codev_app.storage.shared import SharedConnection

if TYPE_CHECKING:
    from codev_app.core.bundle import SessionBundle


class Bundles:
    """Whole sessions in and out of the store, through its sessions, records and live state."""

    def __init__(
        self,
        shared: SharedConnection,
        search: Search,
        sessions: Sessions,
        records: Records,
        progress: Progress,
    ) -> None:
        self._shared = shared
        self._search = search
        self._sessions = sessions
        self._records = records
        self._progress = progress

    def save_bundle(self, bundle: SessionBundle) -> int:
        """Save an imported session as a new one and return its id.

        An imported session is history: it is never offered for crash recovery. Times are kept
        as instants (they come back in UTC). Raises ValueError when the session cannot be read.
        """
        from codev_app.core.template import dump_template  # TOML: not on the way to the window

        try:
            people = bundle.saved_session().people
        except CodevError as error:
            raise ValueError(f"the session cannot be saved ({error})") from None
        members = mapping.participants((person.name, person.role.value) for person in people)
        record = mapping.record_write(bundle.record, index_now=True)
        live = mapping.live_text(bundle.live)
        created = mapping.iso(bundle.created_at) if bundle.created_at else mapping.now()
        finished = mapping.iso(bundle.finished_at) if bundle.finished_at else None
        with self._shared.write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
                " group_name, mode, finished_at, case_title, facilitator)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    mapping.now(),
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
                (session_id, live),
            )
            Records.write(connection, session_id, record)
            Sessions.insert_participants(connection, session_id, members)
            write_emails(connection, session_id, bundle.emails)
            self._search.index(connection, session_id, body=record.search_text or "")
        return session_id

    def load_bundle(self, session_id: int) -> SessionBundle:
        """The whole saved session (for export, or to look at it in the history).

        Raises :class:`SessionNotFound`, or :class:`SessionUnreadable` if its data is damaged.
        """
        with self._shared.lock:  # one consistent reading, even with housekeeping at work
            row = self._sessions.get(session_id)
            live = self._progress.load_live_state(session_id)
            record = self._records.load(session_id)
            # Imported here: the group's sheet brings the core's groups, not needed to start.
            from codev_app.storage.group_sheet import read_group_sheet

            with self._shared.read() as connection:
                emails = read_emails(connection, session_id)
                sheet = read_group_sheet(connection, session_id)
        return dataclasses.replace(
            mapping.bundle(row, live, record), emails=emails, group_sheet=sheet
        )
