"""The command log: appended cheaply, read back in order, kept through a migration."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from codev_app.core.commands import Pause, SetText
from codev_app.core.record import RecordText
from codev_app.core.template import dump_template
from codev_app.storage.database import open_database, user_version
from codev_app.storage.errors import SessionNotFound, StorageError
from codev_app.storage.migrations import LATEST_VERSION, MIGRATIONS
from codev_app.storage.repository import LogEntry, Store, list_backups

from .sessions import TEMPLATE, create, live_session, record_json, saved_record


def _entry(seq: int, kind: str = "next_phase") -> LogEntry:
    return LogEntry(
        seq, 1_790_000_000.0 + seq / 10, "facilitator", SetText(RecordText.CHECK_IN, kind)
    )


def test_entries_are_appended_in_order_and_read_back(tmp_path: Path) -> None:
    with Store(tmp_path / "codev.sqlite3") as store:
        first, second = create(store), create(store)
        log = store.command_log
        assert log.read(first) == [] and log.last_seq(first) == 0
        log.append(first, [_entry(1), _entry(2, "pause")])
        log.append(second, [_entry(1, "start")])
        log.append(first, [_entry(3, "résumé ✓")])
        assert log.read(first) == [_entry(1), _entry(2, "pause"), _entry(3, "résumé ✓")]
        assert log.last_seq(first) == 3 and log.last_seq(second) == 1
    with Store(tmp_path / "codev.sqlite3") as store:  # kept on disk
        assert store.command_log.read(first)[2] == _entry(3, "résumé ✓")


def test_a_repeated_seq_or_a_bad_entry_writes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "codev.sqlite3") as store:
        session_id = create(store)
        store.command_log.append(session_id, [_entry(1)])
        with pytest.raises(StorageError):
            store.command_log.append(session_id, [_entry(2), _entry(1)])
        with pytest.raises(ValueError):
            store.command_log.append(
                session_id, [LogEntry(3, float("nan"), "facilitator", Pause())]
            )
        with pytest.raises(ValueError):
            store.command_log.append(session_id, [(3, 1.0, "facilitator", "{}")])  # type: ignore[list-item]
        with pytest.raises(SessionNotFound):
            store.command_log.append(999, [_entry(1)])
        assert store.command_log.read(session_id) == [_entry(1)]


def test_commands_commit_with_the_autosave_and_go_with_the_session(tmp_path: Path) -> None:
    with Store(tmp_path / "codev.sqlite3") as store:
        session_id = create(store)
        live = live_session()
        store.save_progress(
            session_id,
            live=live.to_data(),
            wall_time=time.time(),
            record=live.record,
            commands=[_entry(1), _entry(2)],
        )
        with pytest.raises(StorageError):  # a repeated seq: the live state is not saved either
            store.save_progress(
                session_id, live={"changed": True}, wall_time=1.0, commands=[_entry(2)]
            )
        assert store.load_live_state(session_id) == live.to_data()
        assert store.command_log.last_seq(session_id) == 2
        store.delete_session(session_id)
        assert store.command_log.read(session_id) == []


def test_a_database_of_the_previous_format_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    previous = MIGRATIONS[: LATEST_VERSION - 1]
    # Built with the migrations as they were, then filled the way that Codev filled it.
    open_database(path, migrations=previous).close()
    live = live_session()
    connection = open_database(path, migrations=previous)
    assert user_version(connection) == LATEST_VERSION - 1
    connection.execute(
        "INSERT INTO sessions (id, created_at, updated_at, template_id, template_toml, title)"
        " VALUES (1, '2026-02-01T10:00:00.000000+00:00', '2026-02-01T10:30:00.000000+00:00',"
        " 'classic', ?, 'Format trois')",
        (dump_template(TEMPLATE),),
    )
    connection.execute(
        "INSERT INTO session_live (session_id, state, saved_wall) VALUES (1, ?, 1769940000.0)",
        (json.dumps(live.to_data()),),
    )
    connection.execute(
        "INSERT INTO session_records (session_id, record_json) VALUES (1, ?)",
        (record_json(live.record),),
    )
    connection.execute("INSERT INTO session_search (session_id) VALUES (1)")
    connection.execute(
        "INSERT INTO participants (session_id, position, name, role) VALUES (1, 0, 'Awa', 'client')"
    )
    connection.close()

    with Store(path, backups_dir=tmp_path / "backups") as store:
        row = store.get_session(1)
        assert row.title == "Format trois" and row.live_saved_wall == 1769940000.0
        assert store.load_live_state(row.id) == live.to_data()
        assert record_json(saved_record(store, 1)) == record_json(live.record)
        assert store.participants(1)[0].name == "Awa"
        assert store.command_log.read(1) == []
        store.command_log.append(1, [_entry(1)])
        assert store.command_log.last_seq(1) == 1
    [backup] = list_backups(tmp_path / "backups")
    assert backup.kind == f"before-format-{LATEST_VERSION}"
