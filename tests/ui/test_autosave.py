"""Never losing the record, through the window: crash and resume, full disk, damaged database,
retention and the daily backup, all on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.template import Template, dump_template, load_template
from codev_app.resources_path import resource_dir
from codev_app.settings import Settings, load_settings, save_settings
from codev_app.storage import Store
from codev_app.storage.repository import list_backups
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup
from codev_app.ui.record import keeping as keeping_module
from codev_app.ui.record.banners import interrupted_text
from tests.storage.sessions import saved_record, stored_record_text
from tests.test_persistence import FailingWrites
from tests.ui.test_app import run_gui_then
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import MARKUP, PEOPLE, make_window, notes_of, text_in, type_into

CRASH_WALL = datetime(2025, 3, 14, 15, 7, 0)


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def french(qapp: QApplication, english: None) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "fr")
    assert translators
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def saved_text(path: Path, session_id: int, which: RecordText) -> str:
    with Store(path) as again:
        record = again.load_record(session_id)
    assert record is not None
    return str(record.text(which))


def crashed_session(
    qtbot: QtBot,
    classic: Template,
    *,
    title: str = "Delegation",
    group: str = "Thursday",
    group_id: int | None = None,
) -> tuple[int, float]:
    """A session typed into, saved by autosave, then the process "dies": the window is destroyed
    without closing, and the database is let go without any last write. Returns the session's id
    and the phase time it had when last saved."""
    store = Store(paths.database_path())
    clock = FakeClock(1000.0)
    window = MainWindow(clock=clock, wall_clock=lambda: CRASH_WALL)
    window.show()
    window.complete_startup()
    window.keeping.save_delay = 0.05
    window.attach_store(store)
    window.open_session(
        SessionSetup(
            classic, PEOPLE, client="Chloe", title=title, group_name=group, group_id=group_id
        )
    )
    console = window.console
    assert console is not None
    clock.advance(200)
    console.controller.tick()
    panel = notes_of(console)
    type_into(qtbot, panel.field("check_in"), "Typed before the crash")
    keeper = window.keeping.keeper
    assert keeper is not None
    qtbot.waitUntil(lambda: not keeper.dirty, timeout=3000)
    session_id = window.current_session_id
    assert session_id is not None
    elapsed = console.live.engine.phase_status().elapsed
    # The crash: no closeEvent, no flush, no finish; SQLite's lock goes with the process.
    shiboken6.delete(window)
    connection = store._shared.connection
    assert connection is not None
    connection.close()
    store._shared.connection = None
    return session_id, elapsed


def restart(qtbot: QtBot, *, minutes_later: float, clock: FakeClock) -> tuple[MainWindow, Store]:
    later = CRASH_WALL + timedelta(minutes=minutes_later)
    store = Store(paths.database_path())
    window = make_window(qtbot, clock, store, wall=later)
    return window, store


# --- crash and resume ----------------------------------------------------------------------------


def test_after_a_crash_the_session_is_offered_and_resumed_with_its_timer_and_notes(
    qtbot: QtBot, classic: Template
) -> None:
    session_id, elapsed = crashed_session(qtbot, classic)
    assert elapsed == pytest.approx(200)
    clock = FakeClock(17.0)  # a new process: another monotonic origin
    window, store = restart(qtbot, minutes_later=1.5, clock=clock)
    try:
        banner = window.keeping.resume_banner
        assert banner is not None and banner.isVisible()
        assert banner.text.text() == "A session was interrupted at 15:07."
        assert banner.detail.text() == "Delegation · Thursday · running"
        assert QApplication.activeModalWidget() is None
        # Settings say "resume paused" by default: that button is the default one.
        assert banner.default_button is banner.paused_button
        QTest.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)

        console = window.console
        assert console is not None and not banner.isVisible()
        live = console.live
        assert window.current_session_id == session_id
        assert live.state is EngineState.RUNNING
        # The group went on talking for the minute and a half Codev was away.
        assert live.engine.phase_status().elapsed == pytest.approx(elapsed + 90)
        clock.advance(10)
        console.controller.tick()
        assert live.engine.phase_status().elapsed == pytest.approx(elapsed + 100)
        panel = notes_of(console)
        assert text_in(panel.field("check_in")) == "Typed before the crash"
        # And it goes on being saved, in the same row.
        type_into(qtbot, panel.field("follow_up"), "after the restart")
        keeper = window.keeping.keeper
        assert keeper is not None
        qtbot.waitUntil(lambda: not keeper.dirty, timeout=3000)
        assert len(store.list_history()) == 1
        assert '"follow_up":"after the restart"' in stored_record_text(store, session_id)
    finally:
        window.close()
        store.close()


def test_resume_paused_stops_the_timer_where_it_was_saved(qtbot: QtBot, classic: Template) -> None:
    _session_id, elapsed = crashed_session(qtbot, classic)
    clock = FakeClock(0.0)
    window, store = restart(qtbot, minutes_later=10, clock=clock)
    try:
        banner = window.keeping.resume_banner
        assert banner is not None
        QTest.mouseClick(banner.paused_button, Qt.MouseButton.LeftButton)
        console = window.console
        assert console is not None
        assert console.live.state is EngineState.PAUSED
        clock.advance(60)
        assert console.live.engine.phase_status().elapsed == pytest.approx(elapsed)
        console.controller.toggle_pause()
        clock.advance(5)
        assert console.live.engine.phase_status().elapsed == pytest.approx(elapsed + 5)
    finally:
        window.close()
        store.close()


def test_the_default_answer_follows_the_setting(qtbot: QtBot, classic: Template) -> None:
    crashed_session(qtbot, classic)
    settings, _ = load_settings()
    save_settings(replace(settings, resume_paused_after_crash=False))
    window, store = restart(qtbot, minutes_later=1, clock=FakeClock(0.0))
    try:
        banner = window.keeping.resume_banner
        assert banner is not None and banner.default_button is banner.resume_button
    finally:
        window.close()
        store.close()


def test_not_now_asks_again_next_time_and_discard_keeps_the_notes_in_the_history(
    qtbot: QtBot, classic: Template
) -> None:
    session_id, _elapsed = crashed_session(qtbot, classic)
    window, store = restart(qtbot, minutes_later=1, clock=FakeClock(0.0))
    banner = window.keeping.resume_banner
    assert banner is not None
    QTest.mouseClick(banner.later_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and window.console is None
    window.close()
    store.close()

    window, store = restart(qtbot, minutes_later=2, clock=FakeClock(0.0))
    try:
        banner = window.keeping.resume_banner
        assert banner is not None and banner.isVisible()  # asked again
        QTest.mouseClick(banner.discard_button, Qt.MouseButton.LeftButton)
        assert not banner.isVisible() and window.console is None
        assert "in the history" in window.statusBar().currentMessage()
        row = store.get_session(session_id)
        assert row.finished
        assert '"check_in":"Typed before the crash"' in stored_record_text(store, session_id)
    finally:
        window.close()
        store.close()
    window, store = restart(qtbot, minutes_later=3, clock=FakeClock(0.0))
    try:
        assert window.keeping.resume_banner is None  # nothing to offer any more
    finally:
        window.close()
        store.close()


def test_a_session_closed_properly_is_finished_and_never_offered(
    qtbot: QtBot, classic: Template, store: Store
) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    session_id = window.current_session_id
    assert session_id is not None and window.console is not None
    window.console.finish()
    assert not store.get_session(session_id).finished  # undo may still bring it back
    window.console.undo()
    assert window.console.live.state is EngineState.RUNNING
    window.console.finish()
    window.close_session()
    assert store.get_session(session_id).finished
    window.keeping.offer_resume()
    assert window.keeping.resume_banner is None


def test_quitting_during_a_session_saves_it_for_the_next_start(
    qtbot: QtBot, classic: Template
) -> None:
    store = Store(paths.database_path())
    window = make_window(qtbot, FakeClock(0.0), store, save_delay=1.0)
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    assert window.console is not None
    session_id = window.current_session_id
    assert session_id is not None
    type_into(qtbot, notes_of(window.console).field("question"), "Typed just before quitting")
    window.close()  # at once, before autosave's second: asked inline, paused and saved
    assert window.isVisible() and window.console.quit_frame.isVisible()
    assert window.console.live.state.value == "paused"
    window.close()  # Ctrl+Q again: Codev quits
    assert not window.isVisible()
    store.close()
    assert saved_text(paths.database_path(), session_id, RecordText.QUESTION) == (
        "Typed just before quitting"
    )
    window, store = restart(qtbot, minutes_later=5, clock=FakeClock(0.0))
    try:
        assert window.keeping.resume_banner is not None
        assert window.keeping.resume_banner.isVisible()
    finally:
        window.close()
        store.close()


# --- a full disk ---------------------------------------------------------------------------------


def test_a_full_disk_shows_a_calm_banner_loses_nothing_and_goes_away(
    qtbot: QtBot, classic: Template, store: Store
) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    console = window.console
    assert console is not None
    session_id = window.current_session_id
    assert session_id is not None
    panel = notes_of(console)
    keeper = window.keeping.keeper
    assert keeper is not None
    qtbot.waitUntil(lambda: not keeper.dirty, timeout=3000)
    banner = window.keeping.saving_banner
    assert banner is not None and not banner.isVisible()

    wrapper = FailingWrites(cast(Any, store)._shared.connection)
    cast(Any, store)._shared.connection = wrapper
    wrapper.failing = True
    type_into(qtbot, panel.field("check_in"), "written while the disk is full")
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert banner.text.text() == (
        "Codev cannot save right now: the disk is full (free some space and Codev saves at once)."
    )
    assert banner.detail.text().startswith(
        "Your notes are kept in memory and will be saved as soon as possible."
    )
    assert QApplication.activeModalWidget() is None
    assert banner.parentWidget() is console and console.isVisible()
    QTest.keyClicks(panel.field("check_in"), ", still typing")  # typing goes on

    # Leaving the session now would lose the notes: refused, and said.
    console.finish()
    window.close_session()
    assert window.console is console
    assert "could not save this session" in console.notice.text()

    wrapper.failing = False  # space was freed
    # (the ended session's wrap-up covers the console: the notice says it is saved again)
    qtbot.waitUntil(lambda: "can save again" in console.notice.text(), timeout=6000)
    window.close_session()
    assert window.console is None
    cast(Any, store)._shared.connection = wrapper._connection
    assert store.get_session(session_id).finished
    record = saved_record(store, session_id)
    assert record.text(RecordText.CHECK_IN) == "written while the disk is full, still typing"


def test_closing_codev_while_saving_fails_keeps_the_window_once(
    qtbot: QtBot, classic: Template, store: Store
) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    assert window.console is not None
    wrapper = FailingWrites(cast(Any, store)._shared.connection)
    cast(Any, store)._shared.connection = wrapper
    wrapper.failing = True
    type_into(qtbot, notes_of(window.console).field("check_in"), "unsaved")
    assert not window.close()  # a session under way: "Quit Codev?" asked inline first
    assert window.console.quit_frame.isVisible()
    assert not window.close()  # refused once, with a word
    assert window.isVisible()
    assert "close it again" in window.console.notice.text()
    assert window.close()  # the facilitator insists
    cast(Any, store)._shared.connection = wrapper._connection


def test_a_session_that_cannot_be_created_in_the_database_starts_and_is_saved_later(
    qtbot: QtBot, classic: Template, store: Store
) -> None:
    wrapper = FailingWrites(cast(Any, store)._shared.connection)
    cast(Any, store)._shared.connection = wrapper
    wrapper.failing = True
    window = make_window(qtbot, FakeClock(0.0), store)
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    console = window.console
    assert console is not None and console.live.state is EngineState.RUNNING
    assert window.current_session_id is None
    banner = window.keeping.saving_banner
    assert banner is not None and banner.isVisible()
    type_into(qtbot, notes_of(console).field("check_in"), "kept in memory")
    wrapper.failing = False
    qtbot.waitUntil(lambda: window.current_session_id is not None, timeout=6000)
    session_id = window.current_session_id
    assert session_id is not None
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
    keeper = window.keeping.keeper
    assert keeper is not None
    qtbot.waitUntil(lambda: not keeper.dirty, timeout=3000)
    cast(Any, store)._shared.connection = wrapper._connection
    assert '"check_in":"kept in memory"' in stored_record_text(store, session_id)


# --- a damaged database at start-up --------------------------------------------------------------


def _sound_database_with_a_backup(classic: Template) -> int:
    with Store(paths.database_path()) as store:
        session_id = store.create_session(
            template_id=classic.id, template_toml=dump_template(classic), title="Kept safe"
        )
        store.finish_session(session_id)
        assert store.make_daily_backup() is not None
    return int(session_id)


def _look(window: MainWindow) -> tuple[bool, str, str, list[str]]:
    banner = window.keeping.recovery_banner
    assert banner is not None
    assert window.store is not None
    topics = [summary.topic for summary in window.store.list_history()]
    return banner.isVisible(), banner.text.text(), banner.detail.text(), topics


@pytest.mark.parametrize("how", ["garbage", "empty", "truncated"])
def test_a_damaged_database_is_set_aside_and_the_backup_restored_calmly(
    qapp: QApplication, classic: Template, how: str
) -> None:
    _sound_database_with_a_backup(classic)
    database = paths.database_path()
    whole = database.read_bytes()
    damaged = {
        "garbage": b"These are not the notes you are looking for." * 100,
        "empty": b"",  # a crash during the first write, a sync tool, a failed copy
        "truncated": whole[: len(whole) // 2],
    }[how]
    database.write_bytes(damaged)

    code, results = run_gui_then("en", _look)
    assert code == 0
    visible, text, detail, topics = cast(tuple[bool, str, str, list[str]], results[0])
    assert visible
    assert text.startswith("Codev found a damaged database and set it aside as ")
    assert "restored from a backup" in text and detail == ""
    assert topics == ["Kept safe"]
    aside = [path for path in database.parent.iterdir() if ".damaged-" in path.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # set aside, untouched
    assert str(aside[0]) in text


def test_damage_found_by_the_background_check_is_explained_and_checked_at_the_next_start(
    qtbot: QtBot, classic: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = _sound_database_with_a_backup(classic)
    database = paths.database_path()
    with Store(database) as store:
        for n in range(30):  # pages of notes, beyond what the open checks
            store.create_session(
                template_id=classic.id, template_toml=dump_template(classic), title=f"S{n}"
            )
    page_size = 4096
    data = bytearray(database.read_bytes())
    pages = len(data) // page_size
    # Flip bytes in the b-tree headers of the last pages: the sessions table, not app_state.
    for page in range(pages - 3, pages):
        data[page * page_size : page * page_size + 12] = b"\xff" * 12
    database.write_bytes(bytes(data))
    backups_before = list_backups()

    store = Store(database)  # the bounded check at open does not see it
    monkeypatch.setattr(keeping_module, "HOUSEKEEPING_DELAY_MS", 10)
    window = make_window(qtbot, FakeClock(0.0), store)
    qtbot.waitUntil(lambda: window.keeping.housekeeping_done, timeout=10_000)
    banner = window.keeping.recovery_banner
    assert banner is not None and banner.isVisible()
    assert banner.text.text().startswith("Codev found damage in its database ")
    assert str(database) in banner.text.text()
    assert list_backups() == backups_before  # the damaged file is not a backup
    window.close()
    store.close()

    # The next start checks the whole file before writing, and recovers.
    from codev_app.storage.recovery import RecoveryKind, open_store_with_recovery

    again, notes = open_store_with_recovery(database)
    with again:
        assert [note.kind for note in notes] == [RecoveryKind.RESTORED]
        assert [summary.id for summary in again.list_history()] == [session_id]


def test_the_repair_is_explained_in_french(qapp: QApplication, classic: Template) -> None:
    paths.database_path().write_bytes(b"\x00garbage" * 64)  # and no backup at all
    code, results = run_gui_then("fr", _look)
    assert code == 0
    visible, text, _detail, topics = cast(tuple[bool, str, str, list[str]], results[0])
    assert visible and topics == []
    assert text.startswith("Codev a trouvé une base de données endommagée")
    assert "aucune sauvegarde utilisable" in text


# --- retention and the daily backup --------------------------------------------------------------


def _old_session_with_notes(store: Store, classic: Template, years: int) -> int:
    session_id = store.create_session(
        template_id=classic.id, template_toml=dump_template(classic), title=f"{years} years ago"
    )
    record = SessionRecord()
    record.set_text(RecordText.QUESTION, "an old question")
    store.save_record(session_id, record)
    store.finish_session(session_id)
    connection = store._shared.connection
    assert connection is not None
    moment = datetime.now(UTC) - timedelta(days=365 * years)
    connection.execute(
        "UPDATE sessions SET created_at = ? WHERE id = ?",
        (moment.isoformat(timespec="microseconds"), session_id),
    )
    return int(session_id)


def test_retention_and_the_daily_backup_wait_for_the_window_and_for_the_session_to_end(
    qtbot: QtBot, classic: Template, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(retention_months=12))
    old = _old_session_with_notes(store, classic, years=2)
    recent = _old_session_with_notes(store, classic, years=0)
    monkeypatch.setattr(keeping_module, "HOUSEKEEPING_DELAY_MS", 100)
    window = make_window(qtbot, FakeClock(0.0), store)
    # Not on the start-up path: nothing happened yet.
    assert "an old question" in stored_record_text(store, old)
    assert list_backups() == []
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    qtbot.wait(300)
    assert not window.keeping.housekeeping_done  # never during a session
    assert "an old question" in stored_record_text(store, old)
    assert window.console is not None
    window.console.finish()
    window.close_session()
    qtbot.waitUntil(lambda: window.keeping.housekeeping_done, timeout=3000)
    assert "an old question" not in stored_record_text(store, old)
    assert store.get_session(old).content_purged_at is not None
    assert "an old question" in stored_record_text(store, recent)
    assert [backup.kind for backup in list_backups()] == ["daily"]


def test_the_retention_menu_saves_the_choice_for_the_next_start(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    menu = window.retention.menu
    assert menu.title() == "&Keep session notes for"
    texts = [action.text() for action in menu.actions()]
    assert texts == ["&No limit (until I delete them)", "6 months", "12 months", "24 months"]
    assert window.retention.actions[None].isChecked()
    window.retention.actions[6].trigger()
    assert load_settings()[0].retention_months == 6
    assert window.retention.actions[6].isChecked()
    assert "older than 6 months" in window.statusBar().currentMessage()
    window.retention.actions[None].trigger()
    assert load_settings()[0].retention_months is None


def test_the_interruption_is_dated_when_it_was_another_day(qapp: QApplication) -> None:
    today = datetime(2025, 3, 15, 9, 0)
    assert interrupted_text(datetime(2025, 3, 15, 8, 5), today, "en") == (
        "A session was interrupted at 8:05."
    )
    assert interrupted_text(datetime(2025, 3, 14, 15, 7), today, "en") == (
        "A session was interrupted on 14 March at 15:07."
    )


def test_the_interruption_is_said_in_french(qapp: QApplication, french: None) -> None:
    today = datetime(2025, 3, 15, 9, 0)
    assert interrupted_text(datetime(2025, 3, 15, 15, 7), today, "fr") == (
        "Une séance a été interrompue à 15\u00a0h\u00a007."
    )
    assert interrupted_text(datetime(2025, 3, 14, 15, 7), today, "fr") == (
        "Une séance a été interrompue le 14 mars à 15\u00a0h\u00a007."
    )


def test_a_title_full_of_markup_is_offered_back_literally(qtbot: QtBot, classic: Template) -> None:
    crashed_session(qtbot, classic, title=MARKUP, group="<i>group</i> &amp;")
    window, store = restart(qtbot, minutes_later=1, clock=FakeClock(0.0))
    try:
        banner = window.keeping.resume_banner
        assert banner is not None
        assert banner.detail.text() == f"{MARKUP} · <i>group</i> &amp; · running"
        for label in banner.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText
    finally:
        window.close()
        store.close()
