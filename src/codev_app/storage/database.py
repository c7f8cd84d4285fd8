"""Opening Codev's SQLite file safely: checks, settings, migrations, backups.

The rules, because the file holds notes nobody can type twice:

- A file that is damaged, locked, read-only or from a newer Codev is refused with
  :class:`DatabaseUnavailable` and is not changed in any way: no repair, no overwrite. Integrity
  is checked (``PRAGMA quick_check``) before anything is written.
- The connection holds the file exclusively (``locking_mode=EXCLUSIVE``) for as long as it is
  open, so a second Codev started on the same file is refused at once with ``LOCKED`` instead of
  both editing the same session. Use one connection (one :class:`~codev_app.storage.Store`) per
  process.
- Write-ahead logging keeps committed writes safe across a crash; ``secure_delete`` overwrites
  deleted notes; foreign keys are enforced.
- The connection is in autocommit mode: callers run explicit, short transactions.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from codev_app import paths
from codev_app.storage.errors import DatabaseUnavailable, StorageError, UnavailableReason
from codev_app.storage.migrations import MIGRATIONS

DEFAULT_BUSY_TIMEOUT = 5.0
DATABASE_FILE_MODE = 0o600
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
# Files SQLite keeps beside a database; they belong to it and move with it.
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")

_REASON_BY_SQLITE_CODE = {
    sqlite3.SQLITE_BUSY: UnavailableReason.LOCKED,
    sqlite3.SQLITE_LOCKED: UnavailableReason.LOCKED,
    sqlite3.SQLITE_READONLY: UnavailableReason.READ_ONLY,
    sqlite3.SQLITE_PERM: UnavailableReason.READ_ONLY,
    sqlite3.SQLITE_CORRUPT: UnavailableReason.CORRUPT,
    sqlite3.SQLITE_NOTADB: UnavailableReason.CORRUPT,
    sqlite3.SQLITE_IOERR: UnavailableReason.IO_ERROR,
    sqlite3.SQLITE_FULL: UnavailableReason.IO_ERROR,
    sqlite3.SQLITE_CANTOPEN: UnavailableReason.IO_ERROR,
    sqlite3.SQLITE_PROTOCOL: UnavailableReason.IO_ERROR,
}
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def classify_sqlite_error(error: sqlite3.Error) -> UnavailableReason | None:
    """Why ``error`` makes the database unusable, or None for bugs (e.g. bad SQL)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    # Extended codes (e.g. SQLITE_READONLY_DBMOVED) keep the primary code in the low byte.
    return _REASON_BY_SQLITE_CODE.get(code & 0xFF)


def unavailable(path: Path, error: sqlite3.Error) -> DatabaseUnavailable | None:
    """The :class:`DatabaseUnavailable` that ``error`` on ``path`` amounts to, if any."""
    reason = classify_sqlite_error(error)
    if reason is None:
        return None
    return DatabaseUnavailable(path, reason, f"{getattr(error, 'sqlite_errorname', '')}: {error}")


def open_database(
    path: Path,
    *,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    migrations: Sequence[str] = MIGRATIONS,
) -> sqlite3.Connection:
    """Open (or create, readable by the user only) the database at ``path``, up to date.

    Missing migrations are applied in order, each in its own transaction, and the schema version
    is kept in ``PRAGMA user_version``. ``busy_timeout`` is how many seconds to wait for another
    program to release the file before giving up with ``LOCKED``.

    Raises :class:`DatabaseUnavailable` (the file is then unchanged) or :class:`StorageError` if a
    migration fails (it is rolled back).
    """
    path = Path(path)
    _check_or_create_file(path)
    try:
        connection = sqlite3.connect(
            path, timeout=busy_timeout, isolation_level=None, cached_statements=64
        )
    except sqlite3.Error as error:
        raise _unavailable_or_raise(path, error) from error
    try:
        _prepare(connection, path, busy_timeout, migrations)
    except sqlite3.Error as error:
        connection.close()
        raise _unavailable_or_raise(path, error) from error
    except BaseException:
        connection.close()
        raise
    return connection


def _check_or_create_file(path: Path) -> None:
    """Refuse an unusable file before SQLite touches it; create a missing one (mode 0o600).

    SQLite gives the -wal file it creates the database's mode, so that one stays private too.
    """
    try:
        if not path.exists():
            if not path.parent.exists():
                paths.ensure_private_dir(path.parent)
            elif not os.access(path.parent, os.W_OK):
                raise DatabaseUnavailable(path, UnavailableReason.READ_ONLY, "folder not writable")
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, DATABASE_FILE_MODE)
            os.close(descriptor)
            if os.name != "nt":
                path.chmod(DATABASE_FILE_MODE)  # the umask may have removed bits we want kept
            return
        if not path.is_file():
            raise DatabaseUnavailable(path, UnavailableReason.IO_ERROR, "not a regular file")
        with path.open("rb") as stream:
            header = stream.read(SQLITE_HEADER_SIZE)
    except OSError as error:
        reason = (
            UnavailableReason.READ_ONLY
            if error.errno in _READ_ONLY_ERRNOS and not path.exists()
            else UnavailableReason.IO_ERROR
        )
        raise DatabaseUnavailable(path, reason, error.strerror or str(error)) from error
    if header and (len(header) < SQLITE_HEADER_SIZE or not header.startswith(SQLITE_HEADER)):
        raise DatabaseUnavailable(path, UnavailableReason.CORRUPT, "not an SQLite database")
    # WAL needs to create files beside the database, so the folder must be writable too.
    if not os.access(path, os.W_OK):
        raise DatabaseUnavailable(path, UnavailableReason.READ_ONLY, "file not writable")
    if not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(path, UnavailableReason.READ_ONLY, "folder not writable")


def _prepare(
    connection: sqlite3.Connection, path: Path, busy_timeout: float, migrations: Sequence[str]
) -> None:
    # Before the first read: with WAL this also keeps the shared-memory index in process memory.
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute(f"PRAGMA busy_timeout = {max(0, round(busy_timeout * 1000))}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")

    # Read-only checks first: nothing below may write to a file we are going to refuse.
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise DatabaseUnavailable(path, UnavailableReason.CORRUPT, "; ".join(problems))
    version = user_version(connection)
    if version > len(migrations):
        raise DatabaseUnavailable(
            path,
            UnavailableReason.NEWER_VERSION,
            f"format {version}; this version knows formats up to {len(migrations)}",
        )

    connection.execute("PRAGMA journal_mode = WAL")
    # Take the write lock now and keep it: a second Codev is refused at start, not mid-session.
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("COMMIT")
    _migrate(connection, path, version, migrations)


def user_version(connection: sqlite3.Connection) -> int:
    """The schema version recorded in the database (0 for a new, empty file)."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def _migrate(
    connection: sqlite3.Connection, path: Path, current: int, migrations: Sequence[str]
) -> None:
    for version in range(current + 1, len(migrations) + 1):
        script = migrations[version - 1]
        try:
            # executescript commits any open transaction first, so the script carries its own.
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\n;PRAGMA user_version = {version};\nCOMMIT;"
            )
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            problem = unavailable(path, error)
            if problem is not None:
                raise problem from error
            raise StorageError(
                f"Codev could not bring its database {path} up to format {version} ({error}). "
                "The file was not changed by this attempt."
            ) from error


def _unavailable_or_raise(path: Path, error: sqlite3.Error) -> Exception:
    problem = unavailable(path, error)
    return problem if problem is not None else StorageError(f"Database {path}: {error}")


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def set_aside(path: Path) -> Path:
    """Rename a damaged database and its side files to ``<name>.damaged-<time>``; return it.

    The side files keep SQLite's naming (``<new name>-wal``…), so the set-aside copy can still be
    opened with everything it contained. Call it only with the database closed.
    Raises :class:`StorageError` if the file cannot be moved (nothing is moved then).
    """
    path = Path(path)
    if not path.exists():
        raise StorageError(f"There is no database file {path} to set aside.")
    stamp = _timestamp()
    for attempt in range(1, 1000):
        target = path.with_name(
            f"{path.name}.damaged-{stamp}" + ("" if attempt == 1 else f"-{attempt}")
        )
        if not any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILE_SUFFIXES)):
            break
    else:
        raise StorageError(f"Could not find a free name to set {path} aside.")

    moved: list[tuple[Path, Path]] = []
    try:
        # Side files first: a stray -wal next to a fresh database would be replayed into it.
        for suffix in SIDE_FILE_SUFFIXES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.rename(side, f"{target}{suffix}")
                moved.append((side, Path(f"{target}{suffix}")))
        os.rename(path, target)
    except OSError as error:
        for original, renamed in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(renamed, original)
        raise StorageError(
            f"Codev could not rename the damaged database {path} ({error.strerror or error}). "
            "Move it away by hand, then start Codev again."
        ) from error
    return target


def backup_database(connection: sqlite3.Connection, destination: Path) -> Path:
    """Copy the open database to ``destination`` (replaced atomically) and return it.

    Uses SQLite's online backup, so the copy is consistent even with recent writes still in the
    write-ahead log. The copy is a single self-contained file, readable by the user only.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    os.close(descriptor)
    temporary = Path(temporary_name)
    try:
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.backup(target)
            # One file, no -wal beside it: the copy may end up on read-only media.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, destination)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StorageError(f"Codev could not write the backup {destination} ({error}).") from error
    return destination
