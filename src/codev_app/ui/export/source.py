"""Where the session to export comes from, and where the client's approval is written.

Two sources, one interface:

- :class:`LiveSource`: the session being run. Its record is the live one, so recording the
  approval changes the live record and the autosave stores it like any other edit. Each export
  takes a snapshot (:meth:`ExportSource.bundle`): the facilitator can keep typing while files
  are written.
- :class:`StoredSource`: a saved session (from the history, or a session closed since). The
  bundle is read from the store once; the approval is written back with ``Store.save_record``.

Neither imports widgets: the window calls them and shows what they say.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from codev_app.core.bundle import SessionBundle
from codev_app.core.groups import GroupSheet
from codev_app.core.insights import LogLine
from codev_app.core.participants import Role
from codev_app.core.read_model import PersonAttendance, people_of
from codev_app.core.record import Consent, RecordChange, SessionRecord
from codev_app.storage.group_sheet import read_group_sheet

if TYPE_CHECKING:
    from codev_app.core.session import LiveSession
    from codev_app.storage import Store


class ExportSource(Protocol):
    """A session that can be exported and whose consent can be changed."""

    def bundle(self) -> SessionBundle:
        """A snapshot of the whole session, safe to hand to a worker thread."""
        ...

    def command_log(self) -> list[LogLine]:
        """The session's command log (pauses and undo for the facilitator's record); empty when
        the session is not saved."""
        ...

    @property
    def people(self) -> tuple[PersonAttendance, ...]:
        """The people of the session, in the listed order, with their attendance."""
        ...

    @property
    def consent(self) -> Consent:
        """The client's approval as recorded now."""
        ...

    def approve(self) -> None:
        """Record that the client approved what will be shared (and save it)."""
        ...

    def withdraw(self) -> None:
        """Forget the client's approval (and save it)."""
        ...

    def watch(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` when the record changes elsewhere; returns how to stop."""
        ...

    def refresh(self) -> None:
        """Read the session again where it is kept (nothing to do for a live one)."""
        ...


def _snapshot(bundle: SessionBundle) -> SessionBundle:
    # A record of its own: the window may change the consent while a worker reads the copy.
    return dataclasses.replace(bundle, record=SessionRecord(bundle.record.state))


def _client_id(people: tuple[PersonAttendance, ...]) -> str | None:
    return next((person.id for person in people if person.role is Role.CLIENT), None)


class LiveSource:
    """The session being run (see the module docstring).

    ``details`` gives the title, group, facilitator and start of the session when they are
    known (from the store); otherwise the record's case title and the time the source was made
    are used.
    """

    def __init__(
        self,
        live: LiveSession,
        *,
        title: str = "",
        group_name: str = "",
        facilitator: str = "",
        created_at: datetime | None = None,
        group_sheet: GroupSheet | None = None,
    ) -> None:
        self.live = live
        self._store: Store | None = None
        self._session_id: int | None = None
        self._group_sheet = group_sheet
        self._title = title
        self._group_name = group_name
        self._facilitator = facilitator
        self._created_at = created_at or datetime.now().astimezone()

    @classmethod
    def from_store(
        cls, live: LiveSession, store: Store | None, session_id: int | None
    ) -> LiveSource:
        """The live session, with its title and date read from the store when it is saved there."""
        if store is None or session_id is None:
            return cls(live)
        try:
            row = store.get_session(session_id)
            with store.shared.read() as connection:
                sheet = read_group_sheet(connection, session_id)
        except Exception:  # the details are a nicety: export the session without them
            return cls(live)
        source = cls(
            live,
            title=row.title,
            group_name=row.group_name,
            facilitator=row.facilitator,
            created_at=row.created_at.astimezone(),
            group_sheet=sheet,
        )
        source._store, source._session_id = store, session_id
        return source

    def command_log(self) -> list[LogLine]:
        # What the autosave has written (at most a second behind the session).
        if self._store is None or self._session_id is None:
            return []
        from codev_app.storage.insights import command_lines

        return command_lines(self._store, self._session_id)

    def bundle(self) -> SessionBundle:
        live = self.live
        return SessionBundle(
            template=live.template,
            live=live.to_data(),
            record=SessionRecord(live.record.state),
            title=self._title,
            group_name=self._group_name,
            facilitator=self._facilitator,
            created_at=self._created_at,
            group_sheet=self._group_sheet,
        )

    @property
    def people(self) -> tuple[PersonAttendance, ...]:
        return people_of(self.live.roster)

    @property
    def consent(self) -> Consent:
        return self.live.record.consent

    def approve(self) -> None:
        self.live.record.approve_export(_client_id(self.people))

    def withdraw(self) -> None:
        self.live.record.withdraw_export_approval()

    def watch(self, callback: Callable[[], None]) -> Callable[[], None]:
        def changed(_change: RecordChange) -> None:
            callback()

        return self.live.record.changes.subscribe(changed)

    def refresh(self) -> None:
        pass  # the live record is the session itself


class StoredSource:
    """A saved session in ``store`` (see the module docstring).

    The session is read again before each export and before the approval is changed, so edits
    made meanwhile elsewhere (the history window) are exported and never overwritten. Raises what
    :meth:`Store.load_bundle` raises (``SessionNotFound``, ``SessionUnreadable``).
    """

    def __init__(self, store: Store, session_id: int) -> None:
        self.store = store
        self.session_id = session_id
        self._bundle = self._load()
        self._people = self._bundle.saved_session().people

    def _load(self) -> SessionBundle:
        bundle = self.store.load_bundle(self.session_id)
        # The store gives times back in UTC; documents show the facilitator's local time.
        return dataclasses.replace(
            bundle,
            created_at=bundle.created_at.astimezone() if bundle.created_at else None,
            finished_at=bundle.finished_at.astimezone() if bundle.finished_at else None,
        )

    def refresh(self) -> None:
        """Read the session again from the store."""
        self._bundle = self._load()
        self._people = self._bundle.saved_session().people

    def bundle(self) -> SessionBundle:
        self.refresh()
        return _snapshot(self._bundle)

    def command_log(self) -> list[LogLine]:
        from codev_app.storage.insights import command_lines

        return command_lines(self.store, self.session_id)

    @property
    def people(self) -> tuple[PersonAttendance, ...]:
        return self._people

    @property
    def consent(self) -> Consent:
        return self._bundle.record.consent

    def approve(self) -> None:
        self._change(lambda record: record.approve_export(_client_id(self._people)))

    def withdraw(self) -> None:
        self._change(lambda record: record.withdraw_export_approval())

    def watch(self, callback: Callable[[], None]) -> Callable[[], None]:
        return lambda: None  # the window calls refresh() when it comes to the front instead

    def _change(self, edit: Callable[[SessionRecord], None]) -> None:
        # The latest record, changed and saved; kept only once the store has taken it.
        self.refresh()
        record = SessionRecord(self._bundle.record.state)
        edit(record)
        self.store.save_record(self.session_id, record)
        self._bundle = dataclasses.replace(self._bundle, record=record)
