"""Starting again after damage: set the damaged database aside, start from the newest sound backup.

The window and the command line both open the database through :func:`open_store_with_recovery`
and say what it did: the notes are typed (:class:`RecoveryNote`), and each interface words them
in its language; ``str(note)`` is the English sentence, for the log.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from codev_app import paths
from codev_app.storage.database import DEFAULT_BUSY_TIMEOUT, set_aside
from codev_app.storage.errors import DatabaseUnavailable, StorageError, UnavailableReason
from codev_app.storage.repository import Store, list_backups

_log = logging.getLogger(__name__)


class RecoveryKind(StrEnum):
    """What happened to a damaged database."""

    RESTORED = "restored"  # set aside; the newest sound backup took its place
    EMPTY = "empty"  # set aside; no sound backup, a new empty database
    BAD_BACKUP = "bad_backup"  # a backup that was damaged too, skipped


@dataclass(frozen=True)
class RecoveryNote:
    """One thing to tell the facilitator. ``set_aside`` is where the damaged file went;
    ``backup`` the backup concerned; ``backup_time`` when the restored backup was made
    (local time, minutes)."""

    kind: RecoveryKind
    set_aside: Path | None = None
    backup: Path | None = None
    backup_time: str = ""

    def __str__(self) -> str:
        match self.kind:
            case RecoveryKind.RESTORED:
                return (
                    f"Codev found a damaged database; it was set aside as {self.set_aside}. Your "
                    f"sessions up to {self.backup_time} are restored from a backup; anything "
                    "written after that is only in the file set aside."
                )
            case RecoveryKind.EMPTY:
                return (
                    f"Codev found a damaged database; it was set aside as {self.set_aside}. There "
                    "was no usable backup, so Codev starts with an empty database."
                )
            case RecoveryKind.BAD_BACKUP:
                name = self.backup.name if self.backup is not None else "?"
                return f"The backup {name} is damaged too; it was not used."


def open_store_with_recovery(
    path: Path | None = None,
    *,
    backups_dir: Path | None = None,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> tuple[Store, list[RecoveryNote]]:
    """Open the database; if it is damaged, set it aside and start from the newest sound backup.

    Returns the store and notes for the facilitator (empty when all was well; otherwise the first
    says what happened). The damaged file is renamed, never overwritten or changed. Other reasons
    not to open (locked, read-only, newer version, disk error) raise :class:`DatabaseUnavailable`.
    """
    path = paths.database_path() if path is None else Path(path)
    try:
        return Store(path, backups_dir=backups_dir, busy_timeout=busy_timeout), []
    except DatabaseUnavailable as error:
        if error.reason is not UnavailableReason.CORRUPT:
            raise
        _log.warning("Damaged database %s: %s", path, error.detail)  # handled: set aside
    moved = set_aside(path)
    notes: list[RecoveryNote] = []
    for backup in list_backups(backups_dir):
        if not _sound(backup.path):
            notes.append(RecoveryNote(RecoveryKind.BAD_BACKUP, moved, backup.path))
            continue
        _copy_into_place(backup.path, path)
        try:
            store = Store(path, backups_dir=backups_dir, busy_timeout=busy_timeout)
        except DatabaseUnavailable as error:
            if error.reason is not UnavailableReason.CORRUPT:
                raise
            set_aside(path)
            notes.append(RecoveryNote(RecoveryKind.BAD_BACKUP, moved, backup.path))
            continue
        when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        notes.insert(0, RecoveryNote(RecoveryKind.RESTORED, moved, backup.path, when))
        return store, notes
    store = Store(path, backups_dir=backups_dir, busy_timeout=busy_timeout)
    notes.insert(0, RecoveryNote(RecoveryKind.EMPTY, moved))
    return store, notes


def _sound(backup: Path) -> bool:
    try:
        connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except (sqlite3.Error, OSError):
        return False
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check(1)")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _copy_into_place(source: Path, target: Path) -> None:
    """Copy a backup to ``target`` (which must not exist), private and complete, or not at all."""
    if target.exists():
        raise StorageError(f"Codev will not overwrite {target} with a backup.")
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".restoring", dir=target.parent
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "wb") as output, source.open("rb") as stream:
            shutil.copyfileobj(stream, output)
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StorageError(f"Codev could not restore the backup {source} ({error}).") from error
