"""The one interface the rest of Codev uses to keep sessions: :class:`Store`.

The Store opens the file and is a facade over repositories that each keep one concern, all on
its one connection and lock (:mod:`codev_app.storage.shared`):

- :attr:`Store.sessions` (:mod:`~codev_app.storage.sessions`): session rows and participants;
- :attr:`Store.progress` (:mod:`~codev_app.storage.progress`): live state and the autosave;
- :attr:`Store.records` (:mod:`~codev_app.storage.records`): the session records;
- :attr:`Store.bundles` (:mod:`~codev_app.storage.bundles`): whole sessions, imported or exported;
- :attr:`Store.search` (:mod:`~codev_app.storage.search`): the history and its search index;
- :attr:`Store.retention` (:mod:`~codev_app.storage.retention`): old notes removed;
- :attr:`Store.backups` (:mod:`~codev_app.storage.backups`): copies of the file;
- :attr:`Store.command_log` (:mod:`~codev_app.storage.command_log`) and :attr:`Store.app_state`;
- :attr:`Store.shared_documents` (:mod:`~codev_app.storage.shared_documents`): a shared session's
  document, to resume the sharing after a restart.

Callers hand over and get back core values (records, live data, commands, bundles); the rows are
mapped to them in one place, :mod:`codev_app.storage.mapping`. Every write is its own short
transaction, committed before the method returns, so whatever the facilitator typed survives a
crash a second later. Nothing here knows about Qt.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from codev_app import paths
from codev_app.storage.app_state import AppState
from codev_app.storage.backups import (
    DEFAULT_BACKUPS_KEPT,
    Backup,
    Backups,
    backup_before_migration,
    list_backups,
    version_on_disk,
)
from codev_app.storage.command_log import CommandLog
from codev_app.storage.database import DEFAULT_BUSY_TIMEOUT, open_database
from codev_app.storage.errors import SessionUnreadable, StorageError
from codev_app.storage.mapping import (
    LogEntry,
    Participant,
    SessionMode,
    SessionRow,
    SessionSummary,
)
from codev_app.storage.migrations import LATEST_VERSION
from codev_app.storage.progress import Progress
from codev_app.storage.records import Records
from codev_app.storage.retention import Retention
from codev_app.storage.search import (
    DEFAULT_HISTORY_LIMIT,
    FOLD_VERSION,
    Search,
    fold_for_search,
    fts5_available,
    search_terms,
)
from codev_app.storage.sessions import Sessions
from codev_app.storage.shared import SharedConnection
from codev_app.storage.shared_documents import SharedDocuments

if TYPE_CHECKING:
    from codev_app.core.bundle import SessionBundle
    from codev_app.core.record import SessionRecord
    from codev_app.storage.bundles import Bundles
    from codev_app.storage.deliveries import Deliveries

_log = logging.getLogger(__name__)


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
        shared = self._shared = SharedConnection(self.path)
        self._closing: list[Callable[[], None]] = []
        self.search = Search(shared)
        self.sessions = Sessions(shared, self.search)
        self.records = Records(shared, self.search)
        self.command_log = CommandLog(shared)
        self.progress = Progress(shared, self.search, self.command_log)
        self.retention = Retention(shared, self.search)
        self.backups = Backups(shared)
        self.app_state = AppState(shared)
        self.shared_documents = SharedDocuments(shared)  # co-facilitation
        version = version_on_disk(self.path)
        if version is not None and 0 < version < LATEST_VERSION:
            backup_before_migration(self.path, version, backups_dir)
        shared.connection = open_database(self.path, busy_timeout=busy_timeout)
        try:
            shared.full_text = full_text and fts5_available(shared.connection)
            self.search.prepare()
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

    # Made when first used: their modules (with the groups' sheets) are not needed on the way to
    # the usable window, which opens the store.
    @functools.cached_property
    def deliveries(self) -> Deliveries:
        """Participants' addresses and the outbox."""
        from codev_app.storage.deliveries import Deliveries

        return Deliveries(self._shared)

    @functools.cached_property
    def bundles(self) -> Bundles:
        """Whole sessions, imported or exported."""
        from codev_app.storage.bundles import Bundles

        return Bundles(self._shared, self.search, self.sessions, self.records, self.progress)

    @property
    def shared(self) -> SharedConnection:
        """The one connection and its lock, for repositories kept outside this module (groups)."""
        return self._shared

    def close(self) -> None:
        """Close the file (committed data is already on disk). Closing twice is harmless.

        Work running in the background on this store is stopped (between two steps) first.
        """
        while self._closing:
            self._closing.pop()()
        shared = self._shared
        if shared.connection is not None:
            try:
                with shared.write() as connection:
                    self.search.refresh_stale(connection)
            except StorageError as error:
                _log.warning("Search index left for the next start: %s", error)
            shared.connection.close()
            shared.connection = None

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
    def search_backend(self) -> str:
        """``"fts5"`` (indexed) or ``"scan"`` (folded text read in full at each search)."""
        return self.search.backend

    # --- sessions (Sessions) ----------------------------------------------------------------

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
        return self.sessions.create(
            template_id=template_id,
            template_toml=template_toml,
            title=title,
            group_name=group_name,
            mode=mode,
            participants=participants,
            facilitator=facilitator,
        )

    def get_session(self, session_id: int) -> SessionRow:
        """The session with this id; raises SessionNotFound if there is none."""
        return self.sessions.get(session_id)

    def list_sessions(
        self, *, limit: int | None = 100, unfinished_only: bool = False
    ) -> list[SessionRow]:
        """Sessions, newest first; at most ``limit`` of them (None: all)."""
        return self.sessions.rows(limit=limit, unfinished_only=unfinished_only)

    def unfinished_session(self) -> SessionRow | None:
        """The unfinished session touched last, if any."""
        return self.sessions.unfinished()

    def resumable_sessions(self) -> list[SessionRow]:
        """Unfinished sessions with a saved live state, touched last first (crash recovery)."""
        return self.sessions.resumable()

    def update_session(
        self,
        session_id: int,
        *,
        title: str | None = None,
        group_name: str | None = None,
        facilitator: str | None = None,
    ) -> None:
        """Change the title, group name and/or facilitator (None leaves a field as it is)."""
        self.sessions.update(
            session_id, title=title, group_name=group_name, facilitator=facilitator
        )

    def finish_session(self, session_id: int) -> None:
        """Mark the session finished (now). Finishing it again keeps the first time."""
        self.sessions.finish(session_id)

    def delete_session(self, session_id: int) -> None:
        """Delete the session and everything about it for good, leaving no trace in the files."""
        self.sessions.delete(session_id)

    def set_participants(self, session_id: int, participants: Iterable[tuple[str, str]]) -> None:
        """Replace the session's participants with ``(name, role)`` pairs, in speaking order."""
        self.sessions.set_participants(session_id, participants)

    def participants(self, session_id: int) -> list[Participant]:
        """The session's participants in speaking order; raises SessionNotFound if unknown."""
        return self.sessions.participants(session_id)

    # --- live state and autosave (Progress), records (Records) -------------------------------

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
        """The autosave: see :meth:`Progress.save_progress`."""
        self.progress.save_progress(
            session_id,
            live=live,
            wall_time=wall_time,
            record=record,
            participants=participants,
            commands=commands,
        )

    def save_live_state(self, session_id: int, live: Mapping[str, Any], wall_time: float) -> None:
        """Keep the live session's data and the ``time.time()`` it was taken at."""
        self.progress.save_live_state(session_id, live, wall_time)

    def load_live_state(self, session_id: int) -> dict[str, Any] | None:
        """The saved live state, None until first saved (see :meth:`Progress.load_live_state`)."""
        return self.progress.load_live_state(session_id)

    def save_record(self, session_id: int, record: SessionRecord) -> None:
        """Keep the session's record and index its text at once (see :meth:`Records.save`)."""
        self.records.save(session_id, record)

    def load_record(self, session_id: int) -> SessionRecord | None:
        """The saved record, None if none was saved yet (see :meth:`Records.load`)."""
        return self.records.load(session_id)

    # --- whole sessions (Bundles) -----------------------------------------------------------

    def save_bundle(self, bundle: SessionBundle) -> int:
        """Save an imported session as a new one and return its id."""
        return self.bundles.save_bundle(bundle)

    def load_bundle(self, session_id: int) -> SessionBundle:
        """The whole saved session; raises SessionNotFound or SessionUnreadable."""
        return self.bundles.load_bundle(session_id)

    # --- history (Search), retention (Retention) ---------------------------------------------

    def list_history(
        self, *, limit: int = DEFAULT_HISTORY_LIMIT, offset: int = 0
    ) -> list[SessionSummary]:
        """Sessions for the history window, newest first."""
        return self.search.list_history(limit=limit, offset=offset)

    def search_sessions(
        self, query: str, *, limit: int = DEFAULT_HISTORY_LIMIT
    ) -> list[SessionSummary]:
        """Sessions holding every word of ``query`` (see :meth:`Search.search_sessions`)."""
        return self.search.search_sessions(query, limit=limit)

    def purge_content_older_than(
        self,
        months: int,
        *,
        now: datetime | None = None,
        between_batches: Callable[[], None] | None = None,
    ) -> int:
        """Retention (see :meth:`Retention.purge_content_older_than`)."""
        return self.retention.purge_content_older_than(
            months, now=now, between_batches=between_batches
        )

    # --- application state (AppState), copies (Backups) ---------------------------------------

    def get_app_state(self, key: str) -> str | None:
        """A value the app remembered under ``key`` (e.g. the last window layout), or None."""
        return self.app_state.get(key)

    def set_app_state(self, key: str, value: str | None) -> None:
        """Remember ``value`` under ``key``; None forgets the key."""
        self.app_state.set(key, value)

    def backup(
        self,
        destination: Path,
        *,
        between_steps: Callable[[], None] | None = None,
        verify: bool = False,
    ) -> Path:
        """A consistent copy of the database at ``destination`` (see :meth:`Backups.backup`)."""
        return self.backups.backup(destination, between_steps=between_steps, verify=verify)

    def check_integrity(
        self, *, folder: Path | None = None, between_steps: Callable[[], None] | None = None
    ) -> None:
        """Check the whole database on a copy (see :meth:`Backups.check_integrity`)."""
        self.backups.check_integrity(folder=folder, between_steps=between_steps)

    def make_daily_backup(
        self,
        *,
        keep: int = DEFAULT_BACKUPS_KEPT,
        folder: Path | None = None,
        now: datetime | None = None,
        between_steps: Callable[[], None] | None = None,
    ) -> Path | None:
        """Today's checked copy, unless made already (see :meth:`Backups.make_daily_backup`)."""
        return self.backups.make_daily_backup(
            keep=keep, folder=folder, now=now, between_steps=between_steps
        )


__all__ = [
    "DEFAULT_BACKUPS_KEPT",
    "DEFAULT_HISTORY_LIMIT",
    "FOLD_VERSION",
    "Backup",
    "LogEntry",
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
