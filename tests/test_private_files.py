"""The log file and the cache folder are the user's only, even when they already existed, with a
lax umask, and through the real start of the app."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from codev_app import app, paths
from codev_app.self_check import SELF_CHECK_MARKER

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def lax_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
        app.stop_logging()


@pytest.mark.usefixtures("lax_umask")
@pytest.mark.parametrize("rotate", [False, True])
def test_the_log_file_is_written_user_only(tmp_path: Path, rotate: bool) -> None:
    old = tmp_path / app.LOG_FILE_NAME
    old.write_text("an older Codev wrote this\n", encoding="utf-8")
    old.chmod(0o644)
    log_file = app.configure_logging(tmp_path, rotate=rotate)
    logging.getLogger("codev").warning("Séance de Zoé")
    app.stop_logging()
    assert mode(log_file) == 0o600
    assert log_file.read_text(encoding="utf-8").startswith("an older Codev wrote this\n")
    assert "Séance de Zoé" in log_file.read_text(encoding="utf-8")


@pytest.mark.usefixtures("lax_umask")
def test_files_started_after_a_rotation_are_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "LOG_MAX_BYTES", 200)
    log_file = app.configure_logging(tmp_path, rotate=True)
    for number in range(20):
        logging.getLogger("codev").warning("line %d %s", number, "x" * 50)
    app.stop_logging()
    files = sorted(tmp_path.glob(f"{app.LOG_FILE_NAME}*"))
    assert len(files) == app.LOG_BACKUPS + 1
    assert {mode(path) for path in files} == {0o600}
    assert log_file in files


def test_the_real_start_tightens_an_existing_cache_folder_and_log(tmp_path: Path) -> None:
    cache = Path(os.environ["CODEV_CACHE_DIR"])
    logs = Path(os.environ["CODEV_LOG_DIR"])
    for folder in (cache, logs):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    (logs / app.LOG_FILE_NAME).write_text("", encoding="utf-8")
    (logs / app.LOG_FILE_NAME).chmod(0o644)
    result = subprocess.run(
        [sys.executable, "-m", "codev_app"],
        capture_output=True,
        text=True,
        env={**os.environ, app.SELF_CHECK_ENV: "1", "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert SELF_CHECK_MARKER in result.stdout
    assert mode(cache) == 0o700 and mode(logs) == 0o700
    assert mode(logs / app.LOG_FILE_NAME) == 0o600
    # The self-check starts fully (the deferred start-up included), then quits.
    assert " started, language " in (logs / app.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert paths.cache_dir() == cache
