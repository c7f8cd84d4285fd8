"""Autosave, write errors (injected and on a really full disk), resume, damaged database."""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from codev_app.core.clock import FakeClock
from codev_app.core.commands import (
    AddParticipant,
    AddSuggestion,
    NextPhase,
    Pause,
    Redo,
    RenameParticipant,
    Resume,
    SetText,
    Undo,
    new_item_id,
)
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordMode, RecordText, SessionRecord, TimersOnly
from codev_app.persistence import (
    RECOVERED_MESSAGE,
    SessionKeeper,
    find_resumable,
    resume,
)
from codev_app.storage import DatabaseUnavailable, Store, UnavailableReason
from codev_app.storage.recovery import RecoveryKind, open_store_with_recovery
from codev_app.storage.repository import list_backups

from .storage.sessions import create, live_session

WALL_START = 1_790_000_000.0


class ManualScheduler:
    """Stands in for QTimer.singleShot: callbacks run when the test moves time on."""

    def __init__(self) -> None:
        self.now = 0.0
        self._queue: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self.requested: list[float] = []

    def __call__(self, delay: float, callback: Callable[[], None]) -> None:
        self.requested.append(delay)
        heapq.heappush(self._queue, (self.now + delay, next(self._order), callback))

    def wall(self) -> float:
        return WALL_START + self.now

    def advance(self, seconds: float, clock: FakeClock | None = None) -> None:
        end = self.now + seconds
        while self._queue and self._queue[0][0] <= end:
            due, _, callback = heapq.heappop(self._queue)
            if clock is not None:
                clock.advance(due - self.now)
            self.now = due
            callback()
        if clock is not None:
            clock.advance(end - self.now)
        self.now = end

    @property
    def pending(self) -> int:
        return len(self._queue)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "db" / "codev.sqlite3", backups_dir=tmp_path / "backups")
    yield opened
    opened.close()


def keeper_for(
    store: Store, live: Any, scheduler: ManualScheduler, **options: Any
) -> tuple[int, SessionKeeper]:
    session_id = create(store, title="Séance")
    keeper = SessionKeeper(
        store, session_id, live, scheduler=scheduler, wall_clock=scheduler.wall, **options
    )
    return session_id, keeper


def saved_record(store: Store, session_id: int) -> SessionRecord | None:
    return store.load_record(session_id)


def saved_question(store: Store, session_id: int) -> str | None:
    record = saved_record(store, session_id)
    return None if record is None else record.text(RecordText.QUESTION)


# --- autosave ---------------------------------------------------------------------------------


def test_an_edit_is_saved_within_a_second_and_not_before(store: Store) -> None:
    scheduler = ManualScheduler()
    live = live_session()
    session_id, keeper = keeper_for(store, live, scheduler)
    scheduler.advance(1.0)  # the first save of a new session
    assert saved_question(store, session_id) == live.record.text(RecordText.QUESTION)

    live.apply(SetText(RecordText.QUESTION, "Nouvelle question <b>?</b>"))
    scheduler.advance(0.99)
    assert saved_question(store, session_id) != "Nouvelle question <b>?</b>"
    scheduler.advance(0.01)
    assert saved_question(store, session_id) == "Nouvelle question <b>?</b>"
    assert not keeper.dirty
    assert [found.id for found in store.search_sessions("nouvelle question")] == [session_id]


def test_typing_is_saved_at_most_once_a_second_and_never_later(store: Store) -> None:
    scheduler = ManualScheduler()
    live = live_session()
    session_id, keeper = keeper_for(store, live, scheduler)
    writes: list[float] = []
    keeper.saved.subscribe(writes.append)
    typed = ""
    for letter in range(100):  # ten seconds of typing, a letter every 0.1 s
        typed += "abcdefghij"[letter % 10]
        live.apply(SetText(RecordText.HELP_NOTES, typed))
        scheduler.advance(0.1)
        # Whatever was typed more than a second ago is on disk.
        record = saved_record(store, session_id)
        if scheduler.now >= 1.0:
            assert record is not None
            on_disk = record.text(RecordText.HELP_NOTES)
            expected_at_least = len(typed) - 10
            assert typed.startswith(on_disk) and len(on_disk) >= expected_at_least
    assert 9 <= len(writes) <= 11
    assert all(later - earlier >= 1.0 - 1e-9 for earlier, later in itertools.pairwise(writes))


def test_live_state_and_record_land_in_one_save(store: Store) -> None:
    scheduler = ManualScheduler()
    clock = FakeClock(5_000.0)
    live = live_session(clock)
    session_id, _keeper = keeper_for(store, live, scheduler)
    scheduler.advance(1.0, clock)
    live.apply(NextPhase())  # the engine changes, and with it the record's timings
    live.apply(SetText(RecordText.KEY_FACTS, "faits"))
    scheduler.advance(1.0, clock)
    row = store.get_session(session_id)
    saved_live = store.load_live_state(session_id)
    assert saved_live is not None
    assert saved_live["engine"]["current_index"] == 2
    assert row.live_saved_wall == pytest.approx(scheduler.wall())
    assert saved_live["clock_reading"] == pytest.approx(clock.now())
    record = saved_record(store, session_id)
    assert record is not None and record.text(RecordText.KEY_FACTS) == "faits"
    assert record.timings == live.record_as_of_now().timings


def test_roster_changes_update_the_participants_and_the_client_in_history(store: Store) -> None:
    scheduler = ManualScheduler()
    live = live_session()
    session_id, _keeper = keeper_for(store, live, scheduler)
    scheduler.advance(1.0)
    assert store.participants(session_id)[0] == ("Awa <b>Diallo</b>", "client")
    client = live.roster.client
    assert client is not None
    live.apply(RenameParticipant(client.id, "Awa Diallo-Ndiaye"))
    live.apply(AddParticipant("Chloé"))
    scheduler.advance(1.0)
    assert [name for name, _ in store.participants(session_id)] == [
        "Awa Diallo-Ndiaye",
        "Bruno & Cie",
        "Élise Faÿ",
        "Chloé",
    ]
    assert store.search_sessions("ndiaye")[0].client_name == "Awa Diallo-Ndiaye"


def test_timers_only_sessions_save_timings_but_never_notes(store: Store) -> None:
    scheduler = ManualScheduler()
    clock = FakeClock(5_000.0)
    live = live_session(clock, mode=RecordMode.TIMERS_ONLY)
    session_id = create(store, title="Minutée")
    SessionKeeper(store, session_id, live, scheduler=scheduler, wall_clock=scheduler.wall)
    with pytest.raises(TimersOnly):
        live.apply(SetText(RecordText.QUESTION, "jamais gardé"))
    clock.advance(120)
    live.apply(NextPhase())
    scheduler.advance(1.0, clock)

    record = saved_record(store, session_id)
    assert record is not None
    assert record.mode is RecordMode.TIMERS_ONLY and not record.has_content
    # Saved a second after the move: the contract had run for that second.
    assert [timing.actual_seconds for timing in record.timings[:3]] == [300.0, 420.0, 1.0]
    assert store.load_live_state(session_id) is not None
    assert store.get_session(session_id).mode.value == "timers_only"


def test_a_running_timer_is_saved_every_few_seconds_without_edits(store: Store) -> None:
    scheduler = ManualScheduler()
    clock = FakeClock(5_000.0)
    live = live_session(clock)
    session_id, keeper = keeper_for(store, live, scheduler, heartbeat_seconds=5.0)
    saves: list[float] = []
    keeper.saved.subscribe(saves.append)
    scheduler.advance(21.0, clock)
    assert [round(moment - WALL_START) for moment in saves] == [1, 6, 11, 16, 21]
    assert store.get_session(session_id).live_saved_wall == pytest.approx(WALL_START + 21)

    live.apply(Pause())
    scheduler.advance(30.0, clock)  # paused: the saved state already says so
    assert len(saves) == 6
    assert scheduler.pending == 0


def test_flush_now_and_close_save_at_once_then_stop_listening(store: Store) -> None:
    scheduler = ManualScheduler()
    live = live_session()
    session_id, keeper = keeper_for(store, live, scheduler)
    live.apply(SetText(RecordText.REQUEST, "dernière demande"))
    assert keeper.flush_now()
    assert saved_record(store, session_id) is not None
    assert saved_question(store, session_id) == live.record.text(RecordText.QUESTION)

    live.apply(SetText(RecordText.REQUEST, "avant de quitter"))
    assert keeper.close()
    record = saved_record(store, session_id)
    assert record is not None and record.text(RecordText.REQUEST) == "avant de quitter"
    live.apply(SetText(RecordText.REQUEST, "après la fermeture"))
    scheduler.advance(10.0)
    record = saved_record(store, session_id)
    assert record is not None and record.text(RecordText.REQUEST) == "avant de quitter"


# --- write errors -------------------------------------------------------------------------------


class FailingWrites:
    """Wraps the Store's real connection; while ``failing``, every write statement fails as SQLite
    does on a full disk (an OperationalError carrying SQLITE_FULL)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.failing = False
        self.refused = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.failing and sql.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            self.refused += 1
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            error.sqlite_errorname = "SQLITE_FULL"
            raise error
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


def test_injected_disk_full_error_loses_nothing_and_recovers(store: Store) -> None:
    scheduler = ManualScheduler()
    live = live_session()
    session_id, keeper = keeper_for(store, live, scheduler, retry_seconds=3.0)
    problems: list[str] = []
    recovered: list[str] = []
    keeper.problem.subscribe(problems.append)
    keeper.recovered.subscribe(recovered.append)
    scheduler.advance(1.0)
    before = saved_question(store, session_id)

    wrapper = FailingWrites(store._shared.connection)  # type: ignore[arg-type]
    store._shared.connection = wrapper  # type: ignore[assignment]
    wrapper.failing = True
    live.apply(SetText(RecordText.QUESTION, "écrite pendant la panne"))
    live.apply(AddSuggestion(new_item_id(), "idée pendant la panne"))
    scheduler.advance(1.0)

    assert len(problems) == 1 and "disk is full" in problems[0]
    assert "Nothing is lost" in problems[0]
    assert keeper.failing and keeper.dirty
    assert live.record.text(RecordText.QUESTION) == "écrite pendant la panne"
    wrapper.failing = False
    assert saved_question(store, session_id) == before  # the failed save left nothing half done
    wrapper.failing = True

    refused = wrapper.refused
    scheduler.advance(9.0)  # retried every three seconds, without a new message each time
    assert wrapper.refused > refused
    assert scheduler.requested[-3:] == [3.0, 3.0, 3.0]
    assert len(problems) == 1 and recovered == []

    wrapper.failing = False
    scheduler.advance(3.0)
    assert recovered == [RECOVERED_MESSAGE]
    assert not keeper.failing and not keeper.dirty
    assert saved_question(store, session_id) == "écrite pendant la panne"
    record = saved_record(store, session_id)
    assert record is not None and record.suggestions[-1].text == "idée pendant la panne"


def test_injected_error_on_quit_is_reported_by_flush_now(store: Store) -> None:
    scheduler = ManualScheduler()
    live = live_session()
    session_id, keeper = keeper_for(store, live, scheduler)
    wrapper = FailingWrites(store._shared.connection)  # type: ignore[arg-type]
    store._shared.connection = wrapper  # type: ignore[assignment]
    wrapper.failing = True
    assert keeper.flush_now() is False
    assert keeper.last_problem is not None
    wrapper.failing = False
    assert keeper.flush_now() is True
    assert saved_question(store, session_id) == live.record.text(RecordText.QUESTION)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 6 MB tmpfs (needs root and mount; skipped elsewhere)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on a POSIX system")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_up(folder: Path) -> Path:
    """Write a file until the disk has not one byte left."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(descriptor, b"\xff" * size)
    finally:
        os.close(descriptor)
    return filler


def test_real_full_disk_on_tmpfs_loses_nothing_and_recovers(
    small_disk: Path, tmp_path: Path
) -> None:
    path = small_disk / "codev.sqlite3"
    store = Store(path, backups_dir=tmp_path / "backups")
    scheduler = ManualScheduler()
    live = live_session()
    session_id, keeper = keeper_for(store, live, scheduler)
    problems: list[str] = []
    recovered: list[str] = []
    keeper.problem.subscribe(problems.append)
    keeper.recovered.subscribe(recovered.append)
    scheduler.advance(1.0)
    assert problems == []

    filler = fill_up(small_disk)
    long_notes = "".join(f"Note {n} : la délégation avance. " for n in range(20_000))  # ~700 kB
    live.apply(SetText(RecordText.HELP_NOTES, long_notes))
    scheduler.advance(1.0)
    assert len(problems) == 1 and "disk is full" in problems[0], problems
    assert keeper.dirty and live.record.text(RecordText.HELP_NOTES) == long_notes
    scheduler.advance(6.0)
    assert recovered == []

    filler.unlink()
    scheduler.advance(3.0)
    assert recovered == [RECOVERED_MESSAGE] and not keeper.dirty
    keeper.close()
    store.close()
    with Store(path, backups_dir=tmp_path / "backups") as again:
        record = saved_record(again, session_id)
    assert record is not None and record.text(RecordText.HELP_NOTES) == long_notes


# --- resume after a crash -------------------------------------------------------------------


def crashed_session(store: Store, clock: FakeClock, scheduler: ManualScheduler) -> int:
    live = live_session(clock)
    session_id, keeper = keeper_for(store, live, scheduler)
    clock.advance(42.0)
    scheduler.advance(1.0, clock)
    assert not keeper.dirty
    return session_id  # and then the process dies: no close, no finish


def test_resume_continues_the_timer_as_if_codev_never_stopped(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    clock = FakeClock(5_000.0)
    scheduler = ManualScheduler()
    with Store(path) as store:
        session_id = crashed_session(store, clock, scheduler)
        live_before = store.load_live_state(session_id)
        phase_elapsed = (live_before or {})["engine"]
    saved_wall = WALL_START + 1.0
    elapsed_at_save = 343.0  # 300 s in the exposition + 42 s + the one-second save delay

    with Store(path) as store:
        resumable = find_resumable(store)
        assert resumable is not None and resumable.session_id == session_id
        assert resumable.state is EngineState.RUNNING
        assert resumable.saved_at == datetime.fromtimestamp(saved_wall, UTC)
        new_clock = FakeClock(17.0)  # another process: another monotonic origin
        live = resume(store, resumable, new_clock, paused=False, wall_clock=lambda: saved_wall + 90)
        assert live.state is EngineState.RUNNING
        assert live.engine.phase_status().elapsed == pytest.approx(elapsed_at_save + 90)
        new_clock.advance(10)
        assert live.engine.phase_status().elapsed == pytest.approx(elapsed_at_save + 100)
        assert live.record.text(RecordText.QUESTION).startswith("Comment réussir")
        assert live.roster.client is not None and live.roster.client.name == "Awa <b>Diallo</b>"
        assert phase_elapsed["state"] == "running"


def test_resume_paused_stops_the_timer_where_it_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    clock = FakeClock(5_000.0)
    with Store(path) as store:
        crashed_session(store, clock, ManualScheduler())
    with Store(path) as store:
        resumable = find_resumable(store)
        assert resumable is not None
        new_clock = FakeClock(0.0)
        live = resume(store, resumable, new_clock, paused=True, wall_clock=lambda: WALL_START + 600)
        assert live.state is EngineState.PAUSED
        assert not live.can_undo  # coming back paused is not an action to undo
        assert live.engine.phase_status().elapsed == pytest.approx(343.0)
        new_clock.advance(60)
        assert live.engine.phase_status().elapsed == pytest.approx(343.0)
        live.apply(Resume())
        new_clock.advance(5)
        assert live.engine.phase_status().elapsed == pytest.approx(348.0)


def test_a_resumed_session_is_kept_by_a_new_keeper(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    clock = FakeClock(5_000.0)
    with Store(path) as store:
        session_id = crashed_session(store, clock, ManualScheduler())
    with Store(path) as store:
        resumable = find_resumable(store)
        assert resumable is not None
        scheduler = ManualScheduler()
        scheduler.now = 500.0
        live = resume(store, resumable, FakeClock(0.0), paused=False, wall_clock=scheduler.wall)
        SessionKeeper(store, session_id, live, scheduler=scheduler, wall_clock=scheduler.wall)
        live.apply(SetText(RecordText.FOLLOW_UP, "après la reprise"))
        scheduler.advance(1.0)
        assert saved_record(store, session_id) is not None
        assert store.get_session(session_id).live_saved_wall == pytest.approx(scheduler.wall())


def test_only_unfinished_readable_sessions_with_live_state_are_resumable(store: Store) -> None:
    assert find_resumable(store) is None
    create(store, title="jamais lancée")  # no live state
    assert find_resumable(store) is None

    clock = FakeClock(5_000.0)
    good = crashed_session(store, clock, ManualScheduler())
    damaged = create(store, title="abîmée")
    store.save_live_state(damaged, {"format": "codev-live-session"}, WALL_START)
    resumable = find_resumable(store)  # the damaged one was touched last, and is skipped
    assert resumable is not None and resumable.session_id == good

    store.finish_session(good)
    assert find_resumable(store) is None


# --- a damaged database at start-up ---------------------------------------------------------------


def damage(path: Path) -> bytes:
    garbage = b"SQLite format 3\x00" + os.urandom(8192)
    path.write_bytes(garbage)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return garbage


def test_a_sound_database_opens_without_messages(tmp_path: Path) -> None:
    store, messages = open_store_with_recovery(tmp_path / "codev.sqlite3")
    with store:
        assert messages == []


def empty(path: Path) -> bytes:
    """What a crash during the first write, a sync tool or a failed copy leaves: 0 bytes."""
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return b""


def truncate(path: Path) -> bytes:
    """A copy that stopped half-way: the first pages only."""
    whole = path.read_bytes()
    cut = whole[: len(whole) // 2]
    path.write_bytes(cut)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return cut


def truncate_by_a_byte(path: Path) -> bytes:
    whole = path.read_bytes()
    path.write_bytes(whole[:-1])
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return whole[:-1]


@pytest.mark.parametrize("spoil", [damage, empty, truncate, truncate_by_a_byte])
def test_a_damaged_database_is_set_aside_and_the_newest_backup_restored(
    tmp_path: Path, spoil: Callable[[Path], bytes]
) -> None:
    path = tmp_path / "data" / "codev.sqlite3"
    backups = tmp_path / "backups"
    with Store(path, backups_dir=backups) as store:
        session_id = create(store, title="Version du lundi")
        store.make_daily_backup(folder=backups, now=datetime(2026, 11, 2, 9, tzinfo=UTC))
        store.update_session(session_id, title="Version du mardi")
        store.make_daily_backup(folder=backups, now=datetime(2026, 11, 3, 9, tzinfo=UTC))
        store.update_session(session_id, title="Version du mercredi (perdue)")
        for n in range(40):  # pages enough for a cut to fall inside the tables
            create(store, title=f"Séance {n} " + "notes " * 200)
    garbage = spoil(path)

    store, messages = open_store_with_recovery(path, backups_dir=backups)
    with store:
        assert store.get_session(session_id).title == "Version du mardi"
        assert store.search_sessions("mardi")[0].id == session_id
    [note] = messages
    message = str(note)
    assert note.kind is RecoveryKind.RESTORED
    assert "damaged" in message and "restored" in message
    local = datetime(2026, 11, 3, 9, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert local in message
    [moved] = [item for item in path.parent.iterdir() if ".damaged-" in item.name]
    assert str(moved) in message
    assert moved.read_bytes() == garbage  # set aside untouched
    assert len(list_backups(backups)) == 2  # the backups are copied, not used up


def test_a_damaged_newest_backup_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    backups = tmp_path / "backups"
    with Store(path, backups_dir=backups) as store:
        session_id = create(store, title="Bonne copie")
        store.make_daily_backup(folder=backups, now=datetime(2026, 11, 2, 9, tzinfo=UTC))
        newest = store.make_daily_backup(folder=backups, now=datetime(2026, 11, 3, 9, tzinfo=UTC))
    assert newest is not None
    damage(newest)
    damage(path)

    store, messages = open_store_with_recovery(path, backups_dir=backups)
    with store:
        assert store.get_session(session_id).title == "Bonne copie"
    assert [note.kind for note in messages] == [RecoveryKind.RESTORED, RecoveryKind.BAD_BACKUP]
    assert newest.name in str(messages[1])


def test_no_backup_means_a_fresh_database_and_a_message(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    damage(path)
    store, messages = open_store_with_recovery(path, backups_dir=tmp_path / "none")
    with store:
        assert store.list_history() == []
    assert len(messages) == 1 and "no usable backup" in str(messages[0])
    assert any(".damaged-" in item.name for item in tmp_path.iterdir())


def test_other_reasons_are_raised_for_the_start_up_dialog(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path, busy_timeout=0.1):
        with pytest.raises(DatabaseUnavailable) as caught:
            open_store_with_recovery(path, busy_timeout=0.1)
        assert caught.value.reason is UnavailableReason.LOCKED
    assert not any(".damaged-" in item.name for item in tmp_path.iterdir())


def test_every_applied_command_is_kept_in_the_session_command_log(store: Store) -> None:
    scheduler = ManualScheduler()
    clock = FakeClock(5_000.0)
    live = live_session(clock)
    session_id = create(store, title="Journal")
    keeper = SessionKeeper(store, session_id, live, scheduler=scheduler, wall_clock=scheduler.wall)
    applied = [
        SetText(RecordText.QUESTION, "Comment déléguer ?"),
        AddSuggestion(new_item_id(), "Essayer <b>un binôme</b>"),
        NextPhase(),
        Undo(),
    ]
    for command in applied:
        live.apply(command)
        clock.advance(0.4)
    assert keeper.flush_now()
    logged = store.command_log.read(session_id)
    tail = [command for _seq, _at, _by, command in logged[-4:]]
    assert tail == applied
    seqs = [seq for seq, _at, _by, _text in logged]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert {by for _seq, _at, by, _text in logged} == {"local"}
    live.apply(Redo())
    assert keeper.flush_now()
    assert store.command_log.last_seq(session_id) == seqs[-1] + 1
