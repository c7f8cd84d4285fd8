"""The one connection every repository of a :class:`~codev_app.storage.Store` uses, and its lock.

The file is held exclusively, so there is one connection per process. The GUI thread and
housekeeping's worker (:mod:`codev_app.storage.housekeeping`) take turns on it, for one statement
or one short transaction each: :meth:`SharedConnection.read` and :meth:`SharedConnection.write`
take the lock, and a write nested in a write of the same thread joins its transaction (that is
how the autosave writes live state, record, participants and commands all or nothing).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from codev_app.storage.database import unavailable
from codev_app.storage.errors import StorageError


class SharedConnection:
    """The open connection to ``path`` (None once closed) and the lock that guards it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection: sqlite3.Connection | None = None
        self.lock = threading.RLock()
        self.full_text = False
        """Whether the FTS5 index is used (see :mod:`codev_app.storage.search`)."""

    def open_connection(self) -> sqlite3.Connection:
        """The connection; raises StorageError once the store is closed."""
        if self.connection is None:
            raise StorageError(f"The database {self.path} is closed.")
        return self.connection

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, locked, for reading; SQLite errors become StorageError."""
        with self.lock:
            connection = self.open_connection()
            try:
                yield connection
            except sqlite3.Error as error:
                raise self.storage_error(error) from error

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """The connection, locked, in a transaction committed on leaving (rolled back on error)."""
        with self.lock:
            connection = self.open_connection()
            if connection.in_transaction:  # nested in a write of this thread: one transaction
                yield connection
                return
            try:
                connection.execute("BEGIN IMMEDIATE")
                yield connection
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self.storage_error(error) from error
                raise

    def storage_error(self, error: sqlite3.Error) -> StorageError:
        """The StorageError to raise for ``error`` (DatabaseUnavailable when the file is)."""
        problem = unavailable(self.path, error)
        if problem is not None:
            return problem
        return StorageError(f"Codev could not save or read data in {self.path} ({error}).")
