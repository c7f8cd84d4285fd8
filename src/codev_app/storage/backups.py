"""Copies of the database: single files in :func:`codev_app.paths.backups_dir`.

One copy is made before a migration changes an existing file, and at most one a day
(:meth:`Backups.make_daily_backup`, rotated, checked in full before it is kept).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from codev_app import paths
from codev_app.storage.database import SQLITE_HEADER, SQLITE_HEADER_SIZE, backup_database
from codev_app.storage.errors import StorageError
from codev_app.storage.migrations import LATEST_VERSION
from codev_app.storage.shared import SharedConnection

_log = logging.getLogger(__name__)

DEFAULT_BACKUPS_KEPT: Final = 7
# Pages one step of a copy takes (256 KiB): the connection is held ~4 ms at most (256 pages
# held it up to 18 ms, more than a frame).
_BACKUP_PAGES_PER_STEP: Final = 64
_BACKUP_NAME: Final = re.compile(
    r"^codev-(?P<kind>daily|before-format-\d+)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite3$"
)
_BACKUP_STAMP: Final = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    """A copy of the database in the backups folder; ``made_at`` is UTC."""

    path: Path
    made_at: datetime
    kind: str  # "daily" or "before-format-<n>"


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


def version_on_disk(path: Path) -> int | None:
    """The schema version of an existing database; None if unknown.

    Read from the file's header as bytes, without SQLite: opening a damaged file to ask would
    create side files beside it, and it costs more at start. Only when a write-ahead log lies
    beside it (Codev stopped without closing, maybe right after a migration, whose version is
    then in the log alone) SQLite is asked, read-only: otherwise every start would copy the
    database again "before migrating". Any problem is left for :func:`open_database` to report.
    """
    try:
        with path.open("rb") as stream:
            header = stream.read(SQLITE_HEADER_SIZE)
    except OSError:
        return None
    if len(header) < SQLITE_HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return None
    version = int.from_bytes(header[60:64], "big")
    log = path.with_name(path.name + "-wal")
    try:
        in_log = log.stat().st_size > 0
    except OSError:
        in_log = False
    return _version_through_log(path, version) if in_log else version


def _version_through_log(path: Path, header_version: int) -> int:
    try:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(reader.execute("PRAGMA user_version").fetchone()[0])
        finally:
            reader.close()
    except (sqlite3.Error, OSError, ValueError):
        return header_version


def backup_before_migration(path: Path, version: int, folder: Path | None) -> None:
    """Copy the database at ``path`` (format ``version``) before it is migrated.

    A failed copy is logged, not fatal: the migration itself is one transaction that either
    happens completely or not at all, so refusing to start for want of a backup folder would
    only keep the facilitator out.
    """
    folder = paths.backups_dir() if folder is None else folder
    target = folder / _backup_name(f"before-format-{LATEST_VERSION}", datetime.now(UTC))
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error as error:
        _log.warning("No backup before migrating %s (format %s): %s", path, version, error)
        return
    try:
        paths.ensure_private_dir(folder)
        backup_database(source, target)
    except (OSError, StorageError) as error:
        _log.warning("No backup before migrating %s (format %s): %s", path, version, error)
    finally:
        source.close()


class Backups:
    """Copies of the open database, made a few hundred pages at a time on its connection."""

    def __init__(self, shared: SharedConnection) -> None:
        self._shared = shared

    def backup(
        self,
        destination: Path,
        *,
        between_steps: Callable[[], None] | None = None,
        verify: bool = False,
    ) -> Path:
        """Write a consistent copy of the whole database to ``destination``; return it.

        ``between_steps`` runs between two steps, while the connection is free for other
        threads. With ``verify`` the copy is checked in full, on its own connection (see
        :func:`backup_database`).
        """
        return backup_database(
            self._shared.open_connection(),
            destination,
            lock=self._shared.lock,
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
