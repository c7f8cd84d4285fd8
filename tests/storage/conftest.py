"""Helpers for storage tests: real files, and a way to make them read-only even as root."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ReadOnly = Callable[[Path], None]


def _writable(path: Path) -> bool:
    """Really try to write (os.access can be fooled by capabilities)."""
    try:
        if path.is_dir():
            probe = path / ".write-probe"
            probe.touch()
            probe.unlink()
        else:
            with path.open("r+b"):
                pass
    except OSError:
        return False
    return True


@contextmanager
def _read_only_paths() -> Iterator[ReadOnly]:
    undo: list[Callable[[], None]] = []

    def make_read_only(path: Path) -> None:
        if os.name == "nt":
            pytest.skip("read-only folders are not simulated on Windows")
        if os.geteuid() != 0:
            previous = stat.S_IMODE(path.stat().st_mode)
            path.chmod(0o555 if path.is_dir() else 0o444)
            undo.append(lambda: path.chmod(previous))
        else:
            # chmod means nothing to root; the immutable attribute stops root too (ext4, xfs…).
            chattr = shutil.which("chattr")
            if chattr is None:
                pytest.skip("running as root without chattr: cannot make a path read-only")
            result = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
            if result.returncode != 0:
                pytest.skip(f"chattr +i unsupported here: {result.stderr.decode().strip()}")

            def restore() -> None:
                subprocess.run([chattr, "-i", str(path)], check=True)

            undo.append(restore)
        if _writable(path):
            pytest.skip(f"could not make {path} read-only on this system")

    try:
        yield make_read_only
    finally:
        for step in reversed(undo):
            step()


@pytest.fixture
def make_read_only() -> Iterator[ReadOnly]:
    """Call it with a file or folder to make it truly read-only until the test ends."""
    with _read_only_paths() as function:
        yield function
