"""Whether the export folder can take files, asked of the folder itself before anything is written.

Permission bits do not tell (root ignores them; network shares, system and special folders have
their own rules), so a small temporary file is created and removed: what the system answers is
what the export would meet.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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
