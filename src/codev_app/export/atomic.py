"""Writing an export so that it is either whole or absent.

Every export goes to a temporary file in the target folder (same file system, so the final rename
is atomic), is flushed to disk, then renamed over the final name with :func:`os.replace`. If
anything fails or the process is interrupted before the rename, the final name still holds the old
file (or nothing) and the temporary file is removed. An existing file is only replaced when the
caller says so (``overwrite=True``); otherwise :class:`~codev_app.export.errors.FileExists` is
raised before anything is written, so the UI can ask.

Temporary files are named ``.<final name>.<random>.part`` and are readable by the user only, like
the exported documents themselves (they hold confidential notes).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from codev_app.core import files
from codev_app.export.errors import FileExists

TEMP_SUFFIX = files.TEMP_SUFFIX


def check_target(path: Path, *, overwrite: bool) -> None:
    """Raise :class:`FileExists` when ``path`` exists and may not be replaced."""
    if not overwrite and (path.exists() or path.is_symlink()):
        raise FileExists(path)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[IO[bytes]]:
    """A binary file to write; on a clean exit it replaces ``path`` in one step.

    On an exception (or KeyboardInterrupt) nothing is renamed and the temporary file is deleted.
    """
    target = Path(path)
    check_target(target, overwrite=overwrite)
    # Checked again at the end: the file may have appeared while we were writing.
    with files.atomic_writer(
        target, before_replace=lambda: check_target(target, overwrite=overwrite)
    ) as handle:
        yield handle


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False
) -> Path:
    """Write ``data`` to ``path`` atomically; returns the final path."""
    with atomic_writer(path, overwrite=overwrite) as handle:
        handle.write(data)
    return Path(path)


def atomic_write_text(
    path: str | os.PathLike[str], text: str, *, overwrite: bool = False, bom: bool = False
) -> Path:
    """Write ``text`` as UTF-8 (with a byte-order mark if ``bom``) atomically; returns the path.

    Line ends are written as given (``\\n`` unless the text says otherwise).
    """
    data = text.encode("utf-8")
    return atomic_write_bytes(path, b"\xef\xbb\xbf" + data if bom else data, overwrite=overwrite)
