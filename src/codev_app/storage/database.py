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
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

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
# Checked at every open (see _prepare): the schema and the tables whose size does not grow with
# the number of sessions.
_CHECKED_AT_OPEN = ("app_state",)


class Lock(Protocol):
    """What :func:`backup_database` needs of the lock that guards a connection."""

    def acquire(self) -> bool: ...

    def release(self) -> None: ...


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
        # One connection for the whole process; the Store serialises its use with a lock, so
        # that housekeeping may run on a worker thread (see storage.housekeeping).
        connection = sqlite3.connect(
            path,
            timeout=busy_timeout,
            isolation_level=None,
            cached_statements=64,
            check_same_thread=False,
        )
    except sqlite3.Error as error:
        raise _unavailable_or_raise(path, error) from error
    # A damaged byte in a title must not stop the history from listing the others; stored
    # documents (JSON, TOML) are read as bytes and checked strictly where they are read.
    connection.text_factory = lenient_text
    try:
        _prepare(connection, path, busy_timeout, migrations)
    except sqlite3.Error as error:
        connection.close()
        raise _unavailable_or_raise(path, error) from error
    except BaseException:
        connection.close()
        raise
    return connection


def lenient_text(value: bytes) -> str:
    """Text from the database; bytes that are not UTF-8 show as U+FFFD instead of failing."""
    return value.decode("utf-8", "replace")


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
    damage = _damage_seen_from_outside(path, header)
    if damage:
        raise DatabaseUnavailable(path, UnavailableReason.CORRUPT, damage)
    # WAL needs to create files beside the database, so the folder must be writable too.
    if not os.access(path, os.W_OK):
        raise DatabaseUnavailable(path, UnavailableReason.READ_ONLY, "file not writable")
    if not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(path, UnavailableReason.READ_ONLY, "folder not writable")


def _damage_seen_from_outside(path: Path, header: bytes) -> str:
    """Why the file is clearly not a whole database (without opening it), or "".

    An empty file is what a crash during the very first write, a sync tool or a failed copy
    leaves: SQLite would take it for a new database and write a fresh schema over it. A file cut
    short (a failed copy) shows as a size that is not whole pages, or fewer pages than its header
    counts. Only without a write-ahead log beside it: SQLite replays that log at open, and the
    main file may be short of pages until it has.
    """
    wal = Path(f"{path}-wal")
    try:
        has_log = wal.is_file() and wal.stat().st_size > 0
        size = path.stat().st_size
    except OSError:
        return ""
    if not header:
        return "" if has_log else "empty file (0 bytes)"
    if len(header) < SQLITE_HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return "not an SQLite database"
    if has_log:
        return ""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"impossible page size {page_size}"
    if size % page_size:
        return f"truncated ({size} bytes is not a whole number of {page_size}-byte pages)"
    counted = int.from_bytes(header[28:32], "big")
    # The count in the header is valid only when it was written with the current change counter.
    if header[92:96] == header[24:28] and counted > size // page_size:
        return f"truncated ({size // page_size} pages of the {counted} its header counts)"
    return ""


def _prepare(
    connection: sqlite3.Connection, path: Path, busy_timeout: float, migrations: Sequence[str]
) -> None:
    # Before the first read: with WAL this also keeps the shared-memory index in process memory.
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute(f"PRAGMA busy_timeout = {max(0, round(busy_timeout * 1000))}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")

    # Read-only checks first: nothing below may write to a file we are going to refuse.
    version = user_version(connection)
    if version < len(migrations) or check_requested(path):
        # A migration rewrites tables: it needs the whole file sound. So does a file that the
        # background check found damaged (see request_check).
        _check_integrity(connection, path, "PRAGMA quick_check(5)")
    else:
        # Bounded, whatever the number of sessions: the schema and the small tables the first
        # window reads. The whole file is checked in the background, on the copy made by the
        # housekeeping (storage.housekeeping), after the window is usable.
        _check_integrity(connection, path, "PRAGMA quick_check(sqlite_schema)")
        for (table,) in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN"
            f" ({', '.join('?' * len(_CHECKED_AT_OPEN))})",
            _CHECKED_AT_OPEN,
        ).fetchall():
            _check_integrity(connection, path, f'PRAGMA quick_check("{table}")')
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
    clear_check_request(path)


def _check_integrity(connection: sqlite3.Connection, path: Path, pragma: str) -> None:
    problems = [row[0] for row in connection.execute(pragma)]
    if problems != ["ok"]:
        raise DatabaseUnavailable(path, UnavailableReason.CORRUPT, "; ".join(problems))


def _check_marker(path: Path) -> Path:
    return Path(f"{path}.check-at-open")


def check_requested(path: Path) -> bool:
    """Whether the next open of ``path`` checks the whole file (see :func:`request_check`)."""
    return _check_marker(path).exists()


def request_check(path: Path, detail: str) -> None:
    """Make the next open of ``path`` check the whole file: damage was found in a copy of it.

    The next start then finds the damage before anything is written and recovers from the
    newest sound backup (:func:`codev_app.persistence.open_store_with_recovery`).
    """
    try:
        _check_marker(path).write_text(detail + "\n", encoding="utf-8")
    except OSError as error:
        raise StorageError(f"Codev could not mark {path} for checking ({error}).") from error


def clear_check_request(path: Path) -> None:
    """The whole file was checked and found sound (or was set aside): forget the request."""
    with contextlib.suppress(OSError):
        _check_marker(path).unlink()


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


def backup_database(
    connection: sqlite3.Connection,
    destination: Path,
    *,
    lock: Lock | None = None,
    pages_per_step: int = -1,
    between_steps: Callable[[], None] | None = None,
    verify: bool = False,
) -> Path:
    """Copy the open database to ``destination`` (replaced atomically) and return it.

    Uses SQLite's online backup, so the copy is consistent even with recent writes still in the
    write-ahead log. The copy is a single self-contained file, readable by the user only.

    With ``pages_per_step`` > 0 the copy is made that many pages at a time, and ``lock`` (the
    lock that guards ``connection``) is held only during each step: other threads use the
    connection in between, and their writes reach the copy too. ``between_steps`` runs between
    steps (it may raise to stop the copy). With ``verify`` the copy is checked in full (on its
    own connection, so ``connection`` is not held) before it takes ``destination``'s place;
    damage raises :class:`DatabaseUnavailable` with reason ``CORRUPT`` naming the source file.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    os.close(descriptor)
    temporary = Path(temporary_name)
    source = destination  # named in a report of damage until the source's name is read
    try:
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            # The copy's last step would otherwise sync the whole new file while the source is
            # held; it is synced below instead, with the source free (a failed copy is removed).
            target.execute("PRAGMA synchronous = OFF")
            target.execute("PRAGMA journal_mode = OFF")
            progress = None
            if pages_per_step > 0 and lock is not None:

                def progress(_status: int, _remaining: int, _total: int) -> None:
                    # Called between two steps, with ``lock`` held: let the others in.
                    lock.release()
                    try:
                        if between_steps is not None:
                            between_steps()
                    finally:
                        lock.acquire()

            if lock is not None:
                lock.acquire()
            try:
                source = Path(connection.execute("PRAGMA database_list").fetchone()[2])
                connection.backup(target, pages=pages_per_step, progress=progress)
            finally:
                if lock is not None:
                    lock.release()
            # One file, no -wal beside it: the copy may end up on read-only media.
            target.execute("PRAGMA journal_mode = DELETE")
            if verify:
                problems = [row[0] for row in target.execute("PRAGMA quick_check(5)")]
                if problems != ["ok"]:
                    raise DatabaseUnavailable(
                        source, UnavailableReason.CORRUPT, "; ".join(problems)
                    )
        finally:
            target.close()
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, destination)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, sqlite3.Error) and classify_sqlite_error(error) is (
            UnavailableReason.CORRUPT
        ):
            # Pages that cannot be read are damage in the source, found while copying it.
            raise DatabaseUnavailable(source, UnavailableReason.CORRUPT, str(error)) from error
        if isinstance(error, OSError | sqlite3.Error):
            raise StorageError(
                f"Codev could not write the backup {destination} ({error})."
            ) from error
        raise
    return destination
