"""Test-wide set-up: Qt offscreen, and every Codev folder pointed at the test's own tmp_path."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
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
