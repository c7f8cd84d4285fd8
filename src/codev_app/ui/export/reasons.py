"""Why an export failed or a folder was refused, in the export window's words."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from codev_app.core.errors import CodevError
from codev_app.export.errors import ExportNotApproved, FileExists, UnknownRecipient
from codev_app.storage.errors import SessionNotFound, StorageError
from codev_app.storage.repository import SessionUnreadable
from codev_app.ui.export.jobs import FileTask
from codev_app.ui.messages import describe_error

# The texts keep the window's translation context.
translate = QCoreApplication.translate


def quoted(text: str) -> str:
    """``text`` between the language's quotation marks."""
    return translate("ExportWindow", "“%1”").replace("%1", text)


def reason(error: BaseException) -> str:
    """Why ``error`` happened, as the end of a sentence in the window."""
    if isinstance(error, PermissionError):
        return translate("ExportWindow", "Codev is not allowed to write there.")
    if isinstance(error, OSError):
        known = {
            errno.ENOSPC: translate("ExportWindow", "the disk is full."),
            errno.EROFS: translate("ExportWindow", "the disk cannot be written to."),
            errno.ENOENT: translate("ExportWindow", "the folder does not exist any more."),
            errno.ENOTDIR: translate("ExportWindow", "part of the path is a file, not a folder."),
            errno.EEXIST: translate("ExportWindow", "part of the path is a file, not a folder."),
            errno.ENAMETOOLONG: translate("ExportWindow", "the name is too long for this disk."),
            errno.EIO: translate(
                "ExportWindow", "the disk did not answer (is it still connected?)."
            ),
        }
        if error.errno in known:
            return known[error.errno]
        detail = error.strerror or str(error)
        return translate("ExportWindow", "the system says “%1”.").replace("%1", detail)
    if isinstance(error, SessionNotFound):
        return translate("ExportWindow", "this session is no longer in Codev’s database.")
    if isinstance(error, SessionUnreadable):
        return translate("ExportWindow", "the saved session is damaged.")
    if isinstance(error, StorageError):
        return translate("ExportWindow", "Codev’s database cannot be used right now.")
    if isinstance(error, CodevError):
        return describe_error(error)
    return str(error)


def describe(error: BaseException, task: FileTask | None) -> str:
    """What went wrong while writing ``task``'s file, as a sentence in the window."""
    name = task.path.name if task is not None else ""
    if isinstance(error, ExportNotApproved):
        return translate(
            "ExportWindow",
            "The client’s approval is missing: nothing for the participants was written.",
        )
    if isinstance(error, FileExists):
        return translate(
            "ExportWindow",
            "“%1” appeared in the folder meanwhile; it was left as it is and the export "
            "stopped there.",
        ).replace("%1", error.path.name)
    if isinstance(error, UnknownRecipient):
        return translate("ExportWindow", "One of the chosen people is no longer in the session.")
    if isinstance(error, PermissionError):
        return translate(
            "ExportWindow",
            "Codev is not allowed to write “%1” in this folder. Choose another folder.",
        ).replace("%1", name)
    if isinstance(error, OSError):
        return (
            translate("ExportWindow", "“%1” could not be written: %2")
            .replace("%1", name)
            .replace("%2", reason(error))
        )
    return translate(
        "ExportWindow", "Something went wrong while writing “%1”. The details are in Codev’s log."
    ).replace("%1", name)


def folder_reason(folder: Path, error: OSError) -> str:
    """Why ``folder`` cannot take files."""
    if error.errno == errno.ENOENT and folder.is_dir():
        # A folder that exists but refuses new files (a system or special folder) answers
        # "no such file" on some systems: say what is true.
        return translate("ExportWindow", "it exists, but it does not accept new files.")
    return reason(error)
