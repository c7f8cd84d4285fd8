"""Errors raised by the storage layer, with messages a facilitator can act on."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from codev_app.core.errors import CodevError


class StorageError(CodevError):
    """Something went wrong while reading or writing Codev's saved data."""


class SessionNotFound(StorageError):
    """No saved session has this id (it was deleted, or never existed)."""

    def __init__(self, session_id: int) -> None:
        self.session_id = session_id
        super().__init__(f"There is no saved session number {session_id}.")


class UnavailableReason(StrEnum):
    """Why the database cannot be used."""

    CORRUPT = "corrupt"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    NEWER_VERSION = "newer_version"
    IO_ERROR = "io_error"


class DatabaseUnavailable(StorageError):
    """The database file cannot be used; Codev has not changed it.

    ``path`` is the file, ``reason`` says why, ``detail`` is the technical cause (for logs). The
    message (``str(error)``) names the file and says what the facilitator can do.
    """

    def __init__(self, path: Path, reason: UnavailableReason, detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        super().__init__(_message(path, reason, detail))


def _message(path: Path, reason: UnavailableReason, detail: str) -> str:
    match reason:
        case UnavailableReason.CORRUPT:
            return (
                f"The Codev database {path} is damaged. Codev has not changed it. "
                "Move it away or restore a backup, then start Codev again."
            )
        case UnavailableReason.LOCKED:
            return (
                f"The Codev database {path} is in use by another program, most likely Codev "
                "already open in another window. Close the other Codev, then try again."
            )
        case UnavailableReason.READ_ONLY:
            return (
                f"Codev cannot write to its database {path}: the file or its folder is "
                "read-only. Allow writing there (or move the folder somewhere writable), "
                "then start Codev again."
            )
        case UnavailableReason.NEWER_VERSION:
            return (
                f"The Codev database {path} was written by a newer version of Codev ({detail}). "
                "This version has not changed it. Install the newer Codev again to open it."
            )
        case UnavailableReason.IO_ERROR:
            return (
                f"Codev could not read or write its database {path} ({detail or 'disk error'}). "
                "Check that the disk is connected and not full and that you may use this file, "
                "then start Codev again."
            )


class SessionUnreadable(StorageError):
    """A saved session whose data cannot be read back (written by hand, or damaged)."""

    def __init__(self, session_id: int, detail: str, title: str = "") -> None:
        self.session_id = session_id
        self.detail = detail
        self.title = title
        named = f"number {session_id}" + (f" “{title}”" if title else "")
        super().__init__(f"The saved session {named} cannot be read back ({detail}).")
