"""Codev's folders: platform defaults, environment overrides, private permissions."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from codev_app import paths

FOLDERS: list[tuple[str, Callable[[], Path]]] = [
    ("CODEV_DATA_DIR", paths.data_dir),
    ("CODEV_CONFIG_DIR", paths.config_dir),
    ("CODEV_LOG_DIR", paths.log_dir),
    ("CODEV_CACHE_DIR", paths.cache_dir),
]
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def lax_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.parametrize(("variable", "folder"), FOLDERS)
def test_override_is_read_at_call_time_and_created(
    variable: str, folder: Callable[[], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first" / "nested"
    monkeypatch.setenv(variable, str(first))
    assert folder() == first
    assert first.is_dir()

    second = tmp_path / "second"
    monkeypatch.setenv(variable, str(second))
    assert folder() == second
    assert second.is_dir()


@posix_only
@pytest.mark.usefixtures("lax_umask")
@pytest.mark.parametrize(("variable", "folder"), FOLDERS)
def test_folders_are_private_even_with_a_lax_umask(
    variable: str, folder: Callable[[], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / variable.lower()
    monkeypatch.setenv(variable, str(target))
    assert mode(folder()) == 0o700


@posix_only
def test_an_existing_open_folder_is_tightened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "shared"
    target.mkdir()
    target.chmod(0o755)
    monkeypatch.setenv("CODEV_DATA_DIR", str(target))
    paths.data_dir()
    assert mode(target) == 0o700


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_files_and_subfolders_live_in_the_data_folder(tmp_path: Path) -> None:
    data = paths.data_dir()
    assert paths.database_path() == data / "codev.sqlite3"
    assert not paths.database_path().exists()  # the folder is made, the file is the store's job
    for sub, name in ((paths.user_templates_dir(), "templates"), (paths.backups_dir(), "backups")):
        assert sub == data / name
        assert sub.is_dir()
        assert mode(sub) == 0o700


def test_override_with_tilde_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    monkeypatch.setenv("CODEV_CACHE_DIR", "~/codev-cache")
    assert paths.cache_dir() == tmp_path / "codev-cache"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
@pytest.mark.parametrize(
    ("variable", "xdg", "folder"),
    [
        ("CODEV_DATA_DIR", "XDG_DATA_HOME", paths.data_dir),
        ("CODEV_CONFIG_DIR", "XDG_CONFIG_HOME", paths.config_dir),
        ("CODEV_CACHE_DIR", "XDG_CACHE_HOME", paths.cache_dir),
    ],
)
def test_without_override_the_platform_folder_named_codev_is_used(
    variable: str,
    xdg: str,
    folder: Callable[[], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(variable)
    monkeypatch.setenv(xdg, str(tmp_path / "xdg"))
    assert folder() == tmp_path / "xdg" / "codev"
    assert folder().is_dir()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_empty_override_means_no_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEV_DATA_DIR", "")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "codev"
