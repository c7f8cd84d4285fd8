"""Writing a file so that it is either whole or absent, whatever happens part-way.

Templates, settings, drafts and exports are all written this way: to a temporary file in the same
folder (so the final rename is atomic), flushed and fsynced, then renamed over the final name with
:func:`os.replace`. On any failure or interruption the final name keeps its old content and the
temporary file is removed. Files are created readable by the user only (``mkstemp`` uses 0o600):
they may hold confidential notes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

TEMP_SUFFIX = ".part"


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str], *, before_replace: Callable[[], None] | None = None
) -> Iterator[IO[bytes]]:
    """A binary file to write; on a clean exit it replaces ``path`` in one step.

    ``before_replace`` runs just before the rename (e.g. to refuse a file that appeared meanwhile);
    if it raises, nothing is replaced. On an exception (or KeyboardInterrupt) the temporary file is
    deleted and ``path`` is untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see the module docstring)."""
    with atomic_writer(path) as stream:
        stream.write(data)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
