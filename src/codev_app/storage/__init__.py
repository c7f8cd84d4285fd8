"""Codev's saved data: one SQLite file, opened safely and migrated in order.

The rest of the app uses :class:`Store`; the lower-level functions are for start-up recovery
(set a damaged file aside, make backups).
"""

from codev_app.storage.database import backup_database, open_database, set_aside
from codev_app.storage.errors import (
    DatabaseUnavailable,
    SessionNotFound,
    StorageError,
    UnavailableReason,
)
from codev_app.storage.repository import Participant, SessionMode, SessionRow, Store

__all__ = [
    "DatabaseUnavailable",
    "Participant",
    "SessionMode",
    "SessionNotFound",
    "SessionRow",
    "StorageError",
    "Store",
    "UnavailableReason",
    "backup_database",
    "open_database",
    "set_aside",
]
