"""The Store: every field round-trips, every write is committed at once, deletes are real."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from codev_app import paths
from codev_app.storage import (
    Participant,
    SessionMode,
    SessionNotFound,
    SessionRow,
    StorageError,
    Store,
)

HTML_TITLE = "<script>alert('x')</script> Équipe « Rénovation » & co — 🌱"
HTML_GROUP = "Groupe d'Aÿ <b>n°3</b>\nligne deux\t\u00a0fin"
TOML = 'id = "classic"\nname = { fr = "Codéveloppement", en = "Co-development" }\n'
PEOPLE = [
    ("Zoé <i>Lefèvre</i>", "client"),
    ("Jean-François O'Brien", "consultant"),
    ("Ngọc Ánh", "consultant"),
    ("", "facilitator"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "codev.sqlite3")
    yield opened
    opened.close()


def new_session(store: Store, **fields: object) -> int:
    values: dict[str, object] = {"template_id": "classic", "template_toml": TOML}
    values.update(fields)
    return store.create_session(**values)  # type: ignore[arg-type]


def test_every_field_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    before = datetime.now(UTC)
    state = {"phase": "consultation", "notes": HTML_TITLE}
    with Store(path) as store:
        session_id = store.create_session(
            template_id="kollegiale-fallberatung",
            template_toml=TOML,
            title=HTML_TITLE,
            group_name=HTML_GROUP,
            mode=SessionMode.TIMERS_ONLY,
            participants=PEOPLE,
        )
        store.save_live_state(session_id, state, 1_715_000_000.123456)
        store.finish_session(session_id)
    after = datetime.now(UTC)

    with Store(path) as store:  # a fresh connection: nothing is kept only in memory
        row = store.get_session(session_id)
        live = store.load_live_state(session_id)
        people = store.participants(session_id)

    assert row.id == session_id
    assert row.template_id == "kollegiale-fallberatung"
    assert row.template_toml == TOML
    assert row.title == HTML_TITLE
    assert row.group_name == HTML_GROUP
    assert row.mode is SessionMode.TIMERS_ONLY
    assert live == state
    assert row.live_saved_wall == 1_715_000_000.123456
    assert row.finished
    assert row.finished_at is not None
    for moment in (row.created_at, row.updated_at, row.finished_at):
        assert moment.tzinfo is not None
        assert before <= moment <= after
    assert row.created_at <= row.updated_at
    assert people == [Participant(name, role) for name, role in PEOPLE]


def test_new_session_defaults(store: Store) -> None:
    row = store.get_session(new_session(store))
    assert (row.title, row.group_name, row.mode) == ("", "", SessionMode.FULL)
    live = store.load_live_state(row.id)
    assert (live, row.live_saved_wall, row.finished_at) == (None, None, None)
    assert not row.finished
    assert row.created_at == row.updated_at
    assert store.participants(row.id) == []


def test_mode_given_as_text_is_accepted_and_a_wrong_one_refused(store: Store) -> None:
    session_id = new_session(store, mode="timers_only")
    assert store.get_session(session_id).mode is SessionMode.TIMERS_ONLY
    with pytest.raises(ValueError):
        new_session(store, mode="chaos")
    assert len(store.list_sessions()) == 1


def test_rows_are_frozen(store: Store) -> None:
    row = store.get_session(new_session(store))
    assert isinstance(row, SessionRow)
    with pytest.raises(AttributeError):
        row.title = "changed"  # type: ignore[misc]


def test_list_sessions_newest_first_with_limit_and_filter(store: Store) -> None:
    ids = [new_session(store, title=f"s{n}") for n in range(5)]
    store.finish_session(ids[1])
    store.finish_session(ids[3])

    assert [row.id for row in store.list_sessions()] == ids[::-1]
    assert [row.id for row in store.list_sessions(limit=2)] == [ids[4], ids[3]]
    assert [row.id for row in store.list_sessions(limit=None)] == ids[::-1]
    assert store.list_sessions(limit=0) == []
    unfinished = store.list_sessions(unfinished_only=True)
    assert [row.id for row in unfinished] == [ids[4], ids[2], ids[0]]


def test_unfinished_session_is_the_one_touched_last(store: Store) -> None:
    assert store.unfinished_session() is None
    first = new_session(store)
    second = new_session(store)
    unfinished = store.unfinished_session()
    assert unfinished is not None and unfinished.id == second

    store.save_live_state(first, {}, 1.0)  # touched after the second was created
    unfinished = store.unfinished_session()
    assert unfinished is not None and unfinished.id == first

    store.finish_session(first)
    unfinished = store.unfinished_session()
    assert unfinished is not None and unfinished.id == second
    store.finish_session(second)
    assert store.unfinished_session() is None


def test_save_live_state_replaces_the_snapshot_and_touches_the_session(store: Store) -> None:
    session_id = new_session(store)
    created = store.get_session(session_id).updated_at
    store.save_live_state(session_id, {"step": 1}, 100.0)
    store.save_live_state(session_id, {"step": 2}, 200.5)
    row = store.get_session(session_id)
    assert (store.load_live_state(session_id), row.live_saved_wall) == ({"step": 2}, 200.5)
    assert row.updated_at > created


@pytest.mark.parametrize(
    ("state", "wall"),
    [
        ("{not json", 1.0),
        ("", 1.0),
        ({"not json": {1, 2}}, 1.0),
        ({}, float("nan")),
        ({}, float("inf")),
    ],
)
def test_save_live_state_refuses_garbage(store: Store, state: object, wall: float) -> None:
    session_id = new_session(store)
    store.save_live_state(session_id, {"good": True}, 5.0)
    with pytest.raises(ValueError):
        store.save_live_state(session_id, state, wall)  # type: ignore[arg-type]
    row = store.get_session(session_id)
    assert (store.load_live_state(session_id), row.live_saved_wall) == ({"good": True}, 5.0)


def test_finish_keeps_the_first_time(store: Store) -> None:
    session_id = new_session(store)
    store.finish_session(session_id)
    first = store.get_session(session_id).finished_at
    store.finish_session(session_id)
    assert store.get_session(session_id).finished_at == first


def test_update_session_changes_only_what_is_given(store: Store) -> None:
    session_id = new_session(store, title="old title", group_name="old group")
    store.update_session(session_id, title=HTML_TITLE)
    row = store.get_session(session_id)
    assert (row.title, row.group_name) == (HTML_TITLE, "old group")
    store.update_session(session_id, group_name="")
    row = store.get_session(session_id)
    assert (row.title, row.group_name) == (HTML_TITLE, "")


def test_set_participants_replaces_them_in_order(store: Store) -> None:
    session_id = new_session(store, participants=PEOPLE)
    other = new_session(store, participants=[("Autre", "client")])
    store.set_participants(session_id, [("Bob", "consultant"), ("Åsa", "client")])
    assert store.participants(session_id) == [("Bob", "consultant"), ("Åsa", "client")]
    store.set_participants(session_id, [])
    assert store.participants(session_id) == []
    assert store.participants(other) == [("Autre", "client")]


def test_unknown_session_ids_are_refused(store: Store) -> None:
    existing = new_session(store)
    missing = existing + 1
    calls: list[Callable[[], object]] = [
        lambda: store.get_session(missing),
        lambda: store.save_live_state(missing, {}, 1.0),
        lambda: store.load_live_state(missing),
        lambda: store.set_participants(missing, [("A", "client")]),
        lambda: store.participants(missing),
        lambda: store.finish_session(missing),
        lambda: store.update_session(missing, title="x"),
        lambda: store.delete_session(missing),
    ]
    for call in calls:
        with pytest.raises(SessionNotFound) as caught:
            call()
        assert caught.value.session_id == missing
        assert str(missing) in str(caught.value)
    assert [row.id for row in store.list_sessions()] == [existing]


def test_delete_removes_the_session_and_its_participants(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path) as store:
        kept = new_session(store, participants=[("Reste", "client")])
        gone = new_session(store, participants=PEOPLE)
        store.delete_session(gone)
        with pytest.raises(SessionNotFound):
            store.get_session(gone)
        assert [row.id for row in store.list_sessions()] == [kept]

    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT session_id, name FROM participants").fetchall()
    finally:
        connection.close()
    assert rows == [(kept, "Reste")]


def test_deleted_notes_leave_no_trace_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    secret = "CONFIDENTIEL-Zoé-7f3a9c"
    with Store(path) as store:
        kept = new_session(store, title="public")
        gone = new_session(store, title=secret, participants=[(secret, "client")])
        store.save_live_state(gone, {"note": secret}, 1.0)
        store.delete_session(gone)
        # Still open: the write-ahead log must not hold the text either.
        on_disk = b"".join(item.read_bytes() for item in tmp_path.iterdir())
        assert secret.encode() not in on_disk
        assert store.get_session(kept).title == "public"
    on_disk = b"".join(item.read_bytes() for item in tmp_path.iterdir())
    assert secret.encode() not in on_disk
    assert b"public" in on_disk


def test_app_state_set_get_overwrite_forget(store: Store) -> None:
    assert store.get_app_state("window") is None
    store.set_app_state("window", "left")
    store.set_app_state("window", "right « é »")
    store.set_app_state("other", "")
    assert store.get_app_state("window") == "right « é »"
    assert store.get_app_state("other") == ""
    store.set_app_state("window", None)
    assert store.get_app_state("window") is None
    store.set_app_state("never-set", None)  # forgetting an unknown key is harmless


def test_a_failed_write_leaves_nothing_half_done(store: Store) -> None:
    session_id = new_session(store, participants=PEOPLE)
    with pytest.raises(RuntimeError), store._shared.write() as connection:
        connection.execute("DELETE FROM participants WHERE session_id = ?", (session_id,))
        raise RuntimeError("crash between two statements")
    assert store.participants(session_id) == [Participant(n, r) for n, r in PEOPLE]
    # The store is still usable afterwards.
    store.set_app_state("after", "ok")
    assert store.get_app_state("after") == "ok"


def test_constraint_violation_is_a_storage_error_and_rolled_back(store: Store) -> None:
    session_id = new_session(store)
    with pytest.raises(StorageError), store._shared.write() as connection:
        connection.execute("UPDATE sessions SET title = 'half' WHERE id = ?", (session_id,))
        connection.execute("UPDATE sessions SET mode = 'nonsense' WHERE id = ?", (session_id,))
    assert store.get_session(session_id).title == ""


def test_closed_store_refuses_work_and_closing_twice_is_fine(tmp_path: Path) -> None:
    store = Store(tmp_path / "codev.sqlite3")
    store.close()
    store.close()
    with pytest.raises(StorageError, match="closed"):
        store.list_sessions()
    with pytest.raises(StorageError, match="closed"):
        new_session(store)


def test_context_manager_closes_so_the_file_can_be_reopened(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path) as store:
        new_session(store)
    with Store(path, busy_timeout=0.1) as again:
        assert len(again.list_sessions()) == 1


def test_open_uses_the_data_folder_by_default() -> None:
    with Store.open() as store:
        assert store.path == paths.database_path()
        new_session(store)
    assert paths.database_path().exists()


def test_created_at_orders_by_time_even_across_a_second(store: Store) -> None:
    first = store.get_session(new_session(store))
    second = store.get_session(new_session(store))
    assert first.created_at <= second.created_at
    assert second.created_at - first.created_at < timedelta(seconds=5)
