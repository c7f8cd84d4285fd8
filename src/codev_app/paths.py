"""Every folder and file location Codev uses, in one place.

Folders follow the platform's conventions (through platformdirs, app name ``codev``, no vendor
folder). Each can be moved with an environment variable, read at call time so tests and portable
installs can point Codev elsewhere:

=================  =====================
``data_dir()``     ``CODEV_DATA_DIR``
``config_dir()``   ``CODEV_CONFIG_DIR``
``log_dir()``      ``CODEV_LOG_DIR``
``cache_dir()``    ``CODEV_CACHE_DIR``
=================  =====================

Folders are created on demand and readable by the user only: session notes are confidential.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_NAME = "codev"
DATABASE_FILE_NAME = "codev.sqlite3"
SETTINGS_FILE_NAME = "settings.json"
PRIVATE_DIR_MODE = 0o700

_log = logging.getLogger(__name__)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) if needed and make it accessible to the user only.

    The mode is set with chmod after creation because mkdir's mode is filtered by the umask. On
    Windows, POSIX modes mean nothing: the folder is created and left as the profile makes it.
    """
    path.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        try:
            if path.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
                path.chmod(PRIVATE_DIR_MODE)
        except OSError as error:
            # A folder owned by someone else (e.g. a shared override) can still be used.
            _log.warning("Could not restrict access to %s: %s", path, error)
    return path


def _dir(variable: str, default: Callable[[], str]) -> Path:
    return ensure_private_dir(_location(variable, default))


def data_dir() -> Path:
    """Folder for the database, user templates and backups (``CODEV_DATA_DIR`` overrides)."""
    return _dir("CODEV_DATA_DIR", lambda: platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Folder for the settings file (``CODEV_CONFIG_DIR`` overrides)."""
    return _dir("CODEV_CONFIG_DIR", lambda: platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Folder for log files (``CODEV_LOG_DIR`` overrides)."""
    return _dir("CODEV_LOG_DIR", lambda: platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Folder for data that can be rebuilt at any time (``CODEV_CACHE_DIR`` overrides)."""
    return _dir("CODEV_CACHE_DIR", lambda: platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    """The facilitator's settings (JSON, see :mod:`codev_app.settings`); its folder is created."""
    return config_dir() / SETTINGS_FILE_NAME


def database_path() -> Path:
    """The SQLite file holding sessions and notes (its folder is created; the file is not)."""
    return data_dir() / DATABASE_FILE_NAME


def user_templates_dir() -> Path:
    """Folder for templates the facilitator made or imported."""
    return ensure_private_dir(data_dir() / "templates")


def backups_dir() -> Path:
    """Folder for copies of the database."""
    return ensure_private_dir(data_dir() / "backups")


def drafts_dir() -> Path:
    """Folder for autosaved drafts of templates being edited."""
    return ensure_private_dir(data_dir() / "drafts")


class FolderRole(StrEnum):
    """What Codev keeps in a folder (the start-up message names it)."""

    DATA = "data"
    TEMPLATES = "templates"
    BACKUPS = "backups"
    DRAFTS = "drafts"
    CONFIG = "config"
    LOG = "log"
    CACHE = "cache"


class FolderProblem(NamedTuple):
    """A folder Codev must write to but cannot; ``detail`` is the system's reason."""

    role: FolderRole
    path: Path
    detail: str


def _location(variable: str, default: Callable[[], str]) -> Path:
    override = os.environ.get(variable, "").strip()
    return Path(override).expanduser() if override else Path(default())


def _folders() -> list[tuple[FolderRole, Path]]:
    data = _location(
        "CODEV_DATA_DIR", lambda: platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )
    return [
        (FolderRole.DATA, data),
        (FolderRole.TEMPLATES, data / "templates"),
        (FolderRole.BACKUPS, data / "backups"),
        (FolderRole.DRAFTS, data / "drafts"),
        (
            FolderRole.CONFIG,
            _location(
                "CODEV_CONFIG_DIR", lambda: platformdirs.user_config_dir(APP_NAME, appauthor=False)
            ),
        ),
        (
            FolderRole.LOG,
            _location(
                "CODEV_LOG_DIR", lambda: platformdirs.user_log_dir(APP_NAME, appauthor=False)
            ),
        ),
        (
            FolderRole.CACHE,
            _location(
                "CODEV_CACHE_DIR", lambda: platformdirs.user_cache_dir(APP_NAME, appauthor=False)
            ),
        ),
    ]


def folder_problem(role: FolderRole, path: Path) -> FolderProblem | None:
    """Create ``path`` if needed and check that a file can be written there; None if all is well.

    The check writes (and removes) an empty temporary file, because permission bits do not tell:
    a read-only mount, a full disk or a locked-down profile refuse what ``os.access`` allows.
    Nothing that is there already is changed.
    """
    try:
        ensure_private_dir(path)
        if not path.is_dir():
            return FolderProblem(role, path, "not a folder")
        # (Not tempfile: its import costs more than this whole check, on the start-up path.)
        probe = path / f".codev-write-check-{os.getpid()}"
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(descriptor)
        probe.unlink()
    except OSError as error:
        return FolderProblem(role, path, error.strerror or str(error))
    return None


def unwritable_folders(roles: Iterable[FolderRole] | None = None) -> list[FolderProblem]:
    """The folders Codev writes to (all of them, or those of ``roles``) that it cannot use.

    Run at start, before anything is written: the window and the command line then say which
    folder and what to do instead of failing half-way.
    """
    wanted = None if roles is None else set(roles)
    problems: list[FolderProblem] = []
    for role, path in _folders():
        if wanted is not None and role not in wanted:
            continue
        if any(path.is_relative_to(problem.path) for problem in problems):
            continue  # inside a folder already reported
        problem = folder_problem(role, path)
        if problem is not None:
            problems.append(problem)
    return problems
