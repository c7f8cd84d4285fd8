"""Where the export writes: the folder remembered between uses, and whether it can take files.

Whether the folder can take files is asked of the folder itself before anything is written.
Permission bits do not tell (root ignores them; network shares, system and special folders have
their own rules), so a small temporary file is created and removed: what the system answers is
what the export would meet.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths

FOLDER_KEY = "export.folder"


def folder_problem(folder: Path) -> OSError | None:
    """None when files can be written in ``folder`` (created if missing), else the system's error.

    An existing *file* at ``folder`` gives an error with ``errno.ENOTDIR``.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, probe = tempfile.mkstemp(prefix=".codev-", suffix=".probe", dir=folder)
    except OSError as error:
        return error
    os.close(descriptor)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return None


class Memory(Protocol):
    """Small values remembered between uses (the main window keeps them in the database)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


class DictMemory:
    """A :class:`Memory` that forgets when the application quits."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


def default_folder(memory: Memory) -> Path:
    """The folder used last time, else the Documents folder, else the home folder."""
    remembered = memory.get(FOLDER_KEY)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
