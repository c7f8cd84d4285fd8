"""Test-wide set-up: Qt offscreen, and every Codev folder pointed at the test's own tmp_path."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display here, and qasync must pick PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

CODEV_DIR_VARIABLES = ("CODEV_DATA_DIR", "CODEV_CONFIG_DIR", "CODEV_LOG_DIR", "CODEV_CACHE_DIR")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config, log and cache dirs at tmp_path so no test touches the user's folders."""
    root = tmp_path / "codev-home"
    for variable in CODEV_DIR_VARIABLES:
        monkeypatch.setenv(variable, str(root / variable.removeprefix("CODEV_").lower()))
    monkeypatch.setenv("LANGUAGE", "en")
    return root


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], Path]]:
    """Make a folder really read-only, for this test: ``make_read_only(folder)``.

    Tests run as root here, and root writes through permission bits, so a chmod proves nothing.
    As root the folder is bind-mounted onto itself read-only (what a read-only or locked-down
    mount does: every write fails with EROFS, for root too); as another user, chmod 0o500 does
    it. The test is skipped where neither works (root without the right to mount).
    """
    undo: list[Callable[[], None]] = []

    def make(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "nt":
            pytest.skip("read-only folders are tested on POSIX systems")
        if os.geteuid() != 0:
            mode = folder.stat().st_mode & 0o777
            folder.chmod(0o500)
            undo.append(lambda: folder.chmod(mode))
            return folder
        for command in (
            ["mount", "--bind", str(folder), str(folder)],
            ["mount", "-o", "remount,bind,ro", str(folder)],
        ):
            result = subprocess.run(command, capture_output=True, check=False)
            if result.returncode != 0:
                subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
                pytest.skip(f"cannot mount read-only here: {result.stderr.decode().strip()}")

        def unmount() -> None:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)

        undo.append(unmount)
        with contextlib.suppress(OSError):  # proof that it is read-only, for root too
            (folder / ".probe").touch()
            pytest.fail(f"{folder} is still writable")
        return folder

    yield make
    for step in reversed(undo):
        step()


class _ErrorCatcher(logging.Handler):
    """Keeps every record logged at ERROR or above, or carrying a traceback."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.exc_info:
            self.records.append(record)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "logs_errors: the test expects errors in the log (it checks them itself)"
    )


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """A logged exception fails the test: an observer that logs and swallows an error must never
    let a broken session pass (the first release's lesson)."""
    catcher = _ErrorCatcher()
    root = logging.getLogger()
    root.addHandler(catcher)
    try:
        yield
    finally:
        root.removeHandler(catcher)
    if catcher.records and request.node.get_closest_marker("logs_errors") is None:
        formatter = logging.Formatter("%(name)s: %(message)s")
        lines = [formatter.format(record) for record in catcher.records]
        pytest.fail("errors were logged during the test:\n" + "\n".join(lines), pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def one_qapplication_for_all() -> None:
    """The widgets' QApplication before any test: a command-line test that draws a PDF would
    otherwise make a bare QGuiApplication, which later window tests cannot use."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([])
