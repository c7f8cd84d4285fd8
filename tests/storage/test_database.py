"""Opening the database: migrations, refusals that leave the file untouched, set-aside, backups."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codev_app.storage import (
    DatabaseUnavailable,
    StorageError,
    Store,
    UnavailableReason,
    backup_database,
    database,
    open_database,
    set_aside,
)
from codev_app.storage.migrations import LATEST_VERSION, MIGRATIONS

from .conftest import ReadOnly

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def pragma(connection: sqlite3.Connection, name: str) -> object:
    return connection.execute(f"PRAGMA {name}").fetchone()[0]


def files_in(folder: Path) -> dict[str, bytes]:
    return {item.name: item.read_bytes() for item in folder.iterdir() if item.is_file()}


def make_plain_database(path: Path, *, user_version: int = 0, rows: int = 0) -> None:
    """A database made without Codev (rollback journal, so a single file)."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * rows)
    connection.execute(f"PRAGMA user_version = {user_version}")
    connection.commit()
    connection.close()


def refused(path: Path, **options: float) -> DatabaseUnavailable:
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(path, **options)  # type: ignore[arg-type]
    error = caught.value
    assert error.path == path
    assert str(path) in str(error)
    return error


# --- creation and migrations ------------------------------------------------------------


def test_new_database_reaches_the_latest_version_with_safe_settings(tmp_path: Path) -> None:
    path = tmp_path / "new" / "codev.sqlite3"
    connection = open_database(path)
    try:
        assert pragma(connection, "user_version") == LATEST_VERSION == len(MIGRATIONS)
        assert {"sessions", "participants", "app_state"} <= tables(connection)
        assert pragma(connection, "journal_mode") == "wal"
        assert pragma(connection, "foreign_keys") == 1
        assert pragma(connection, "secure_delete") == 1
        assert pragma(connection, "busy_timeout") == 5000
        assert pragma(connection, "locking_mode") == "exclusive"
        assert not connection.in_transaction
    finally:
        connection.close()


@posix_only
def test_new_database_and_its_log_are_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        path = tmp_path / "codev.sqlite3"
        connection = open_database(path)
        connection.execute("INSERT INTO app_state VALUES ('k', 'v')")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(Path(f"{path}-wal").stat().st_mode) == 0o600
        connection.close()
    finally:
        os.umask(previous)


COUNTING_MIGRATION = "CREATE TABLE runs (n INTEGER); INSERT INTO runs VALUES (1);"


def test_reopening_does_not_rerun_migrations(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    migrations = (*MIGRATIONS, COUNTING_MIGRATION)
    for _ in range(3):
        connection = open_database(path, migrations=migrations)
        assert connection.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
        assert pragma(connection, "user_version") == len(migrations)
        connection.close()


def test_appended_migration_runs_once_on_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path) as store:
        session_id = store.create_session(template_id="classic", template_toml="x", title="kept")
    migrations = (*MIGRATIONS, COUNTING_MIGRATION, "ALTER TABLE sessions ADD COLUMN note TEXT;")
    connection = open_database(path, migrations=migrations)
    try:
        assert pragma(connection, "user_version") == LATEST_VERSION + 2
        row = connection.execute("SELECT title, note FROM sessions WHERE id = ?", (session_id,))
        assert row.fetchone() == ("kept", None)
    finally:
        connection.close()


def test_failing_migration_is_rolled_back_entirely(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    open_database(path).close()
    broken = "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);"
    with pytest.raises(StorageError, match=f"format {LATEST_VERSION + 1}") as caught:
        open_database(path, migrations=(*MIGRATIONS, broken))
    assert not isinstance(caught.value, DatabaseUnavailable)

    connection = open_database(path)
    try:
        assert pragma(connection, "user_version") == LATEST_VERSION
        assert "half_done" not in tables(connection)
    finally:
        connection.close()


# --- refusals: the file stays exactly as it was ---------------------------------------------


def test_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    make_plain_database(path, user_version=LATEST_VERSION + 1, rows=3)
    before = files_in(tmp_path)

    error = refused(path)

    assert error.reason is UnavailableReason.NEWER_VERSION
    assert f"format {LATEST_VERSION + 1}" in str(error)
    assert files_in(tmp_path) == before


def test_random_bytes_are_refused_as_corrupt_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = files_in(tmp_path)

    error = refused(path)

    assert error.reason is UnavailableReason.CORRUPT
    assert "damaged" in str(error)
    assert "has not changed it" in str(error)
    assert files_in(tmp_path) == before


def test_truncated_database_is_refused_as_corrupt_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    make_plain_database(path, rows=200)
    whole = path.read_bytes()
    page_size = int.from_bytes(whole[16:18], "big")
    path.write_bytes(whole[: len(whole) // 2 // page_size * page_size])
    before = files_in(tmp_path)

    assert refused(path).reason is UnavailableReason.CORRUPT
    assert files_in(tmp_path) == before


def test_valid_header_with_garbage_pages_is_refused_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    make_plain_database(path, rows=50)
    whole = path.read_bytes()
    page_size = int.from_bytes(whole[16:18], "big")
    damaged = whole[: page_size * 2] + os.urandom(len(whole) - page_size * 2)
    path.write_bytes(damaged)

    assert refused(path).reason is UnavailableReason.CORRUPT
    assert path.read_bytes() == damaged


def test_short_file_is_refused_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    path.write_bytes(b"SQLite format 3\x00 but nothing else")
    assert refused(path).reason is UnavailableReason.CORRUPT


def test_a_folder_in_place_of_the_file_is_an_io_error(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    path.mkdir()
    assert refused(path).reason is UnavailableReason.IO_ERROR


def test_database_locked_by_another_connection_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    make_plain_database(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        error = refused(path, busy_timeout=0.2)
        elapsed = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert error.reason is UnavailableReason.LOCKED
    assert "another" in str(error)
    assert 0.15 <= elapsed < 3


def test_second_codev_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path) as first:
        first.create_session(template_id="classic", template_toml="x")
        assert refused(path, busy_timeout=0.1).reason is UnavailableReason.LOCKED
        # The first one is unaffected.
        assert len(first.list_sessions()) == 1
    open_database(path).close()  # and once it is closed, the file opens again


def test_read_only_file_is_refused_and_untouched(tmp_path: Path, make_read_only: ReadOnly) -> None:
    path = tmp_path / "codev.sqlite3"
    open_database(path).close()
    before = files_in(tmp_path)
    make_read_only(path)

    error = refused(path)

    assert error.reason is UnavailableReason.READ_ONLY
    assert files_in(tmp_path) == before


def test_existing_database_in_a_read_only_folder_is_refused(
    tmp_path: Path, make_read_only: ReadOnly
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "codev.sqlite3"
    open_database(path).close()
    make_read_only(folder)
    assert refused(path).reason is UnavailableReason.READ_ONLY


def test_new_database_in_a_read_only_folder_is_refused(
    tmp_path: Path, make_read_only: ReadOnly
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    make_read_only(folder)
    path = folder / "codev.sqlite3"
    assert refused(path).reason is UnavailableReason.READ_ONLY
    assert not path.exists()


def test_sqlite_own_read_only_error_is_recognised(
    tmp_path: Path, make_read_only: ReadOnly, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Skip Codev's own permission check, so that SQLite itself meets the read-only file.
    path = tmp_path / "codev.sqlite3"
    make_plain_database(path)
    before = files_in(tmp_path)
    make_read_only(path)
    monkeypatch.setattr("codev_app.storage.database.os.access", lambda *_a, **_k: True)

    error = refused(path)

    assert error.reason is UnavailableReason.READ_ONLY
    assert "SQLITE_READONLY" in error.detail
    assert files_in(tmp_path) == before


def test_classification_of_real_sqlite_errors(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    make_plain_database(path)
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as write_error:
        read_only.execute("INSERT INTO t VALUES ('no')")
    read_only.close()
    assert database.classify_sqlite_error(write_error.value) is UnavailableReason.READ_ONLY

    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.Error) as syntax_error:
        connection.execute("SELEKT 1")
    connection.close()
    assert database.classify_sqlite_error(syntax_error.value) is None


# --- crash safety ---------------------------------------------------------------------------

CRASHING_WRITER = """
import os, sys
from pathlib import Path
from codev_app.storage import Store
store = Store(Path(sys.argv[1]))
session = store.create_session(template_id="classic", template_toml="plan", title="Étude")
store.save_live_state(session, {"phase": 3}, 1700000000.5)
os._exit(0)  # no close, no checkpoint: as if the machine lost power
"""


def test_committed_writes_survive_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(path)], check=True)
    assert Path(f"{path}-wal").exists()

    with Store(path) as store:
        session = store.unfinished_session()
        assert session is not None
        live = store.load_live_state(session.id)
    assert (session.title, live) == ("Étude", {"phase": 3})
    assert session.live_saved_wall == 1700000000.5


# --- set aside ------------------------------------------------------------------------------

SHARED_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("CREATE TABLE t (x TEXT)")
connection.execute("INSERT INTO t VALUES ('only in the log')")
os._exit(0)
"""


def test_set_aside_moves_the_database_and_its_side_files_together(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    subprocess.run([sys.executable, "-c", SHARED_WRITER, str(path)], check=True)
    originals = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}

    moved = set_aside(path)

    assert moved.parent == tmp_path
    assert moved.name.startswith("codev.sqlite3.damaged-")
    for suffix, content in originals.items():
        assert not Path(f"{path}{suffix}").exists()
        assert Path(f"{moved}{suffix}").read_bytes() == content
    # The moved copy still opens with what was only in its log.
    connection = sqlite3.connect(moved)
    assert connection.execute("SELECT x FROM t").fetchall() == [("only in the log",)]
    connection.close()
    # And a fresh database can be made in its place.
    with Store(path) as store:
        assert store.list_sessions() == []


def test_set_aside_twice_in_a_second_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    path.write_bytes(b"first")
    first = set_aside(path)
    path.write_bytes(b"second")
    second = set_aside(path)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


def test_set_aside_of_a_missing_file_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no database file"):
        set_aside(tmp_path / "codev.sqlite3")


def test_corrupt_file_then_set_aside_then_fresh_start(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    garbage = os.urandom(4096)
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnavailable):
        Store(path)
    moved = set_aside(path)
    assert moved.read_bytes() == garbage
    with Store(path) as store:
        assert store.create_session(template_id="classic", template_toml="x") == 1


# --- backups --------------------------------------------------------------------------------


def test_backup_is_a_complete_single_file_copy(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    destination = tmp_path / "backups" / "copy.sqlite3"
    connection = open_database(path)
    connection.execute("INSERT INTO app_state VALUES ('last', 'in the log only')")

    assert backup_database(connection, destination) == destination
    connection.close()

    assert sorted(item.name for item in destination.parent.iterdir()) == ["copy.sqlite3"]
    if os.name != "nt":
        assert stat.S_IMODE(destination.stat().st_mode) == 0o600
    copy = sqlite3.connect(destination)
    try:
        assert pragma(copy, "journal_mode") == "delete"
        assert pragma(copy, "user_version") == LATEST_VERSION
        assert copy.execute("SELECT value FROM app_state").fetchall() == [("in the log only",)]
    finally:
        copy.close()


def test_backup_replaces_an_older_copy(tmp_path: Path) -> None:
    destination = tmp_path / "copy.sqlite3"
    destination.write_bytes(b"old copy")
    with Store(tmp_path / "codev.sqlite3") as store:
        store.set_app_state("k", "v")
        store.backup(destination)
    with Store(destination) as copy:
        assert copy.get_app_state("k") == "v"
