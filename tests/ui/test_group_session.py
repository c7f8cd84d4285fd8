"""A group's session played by keys through the real main window: create the group, accept the
charter, plan a cycle, start its next session (members pre-filled, attendance ticked), untick
one absent member at the opening, run to the end; the review and the wrap-up show what happened.
And the Group panel comes back after a crash, behind the panel that was shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.groups import Member, new_group, with_member
from codev_app.core.review import ReviewAudience, build_review
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.storage.groups import GroupStore
from codev_app.ui.groups.panel import GroupPanel
from codev_app.ui.new_session import SessionSetup
from codev_app.ui.record.panel import NotesPanel
from tests.ui.test_autosave import crashed_session, restart
from tests.ui.test_console import CTRL_SHIFT, advance, press
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import make_window, notes_of, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def key(widget: object, which: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, which, modifiers)  # type: ignore[call-overload]


def test_a_group_session_played_by_keys_from_the_group_to_the_review(
    qtbot: QtBot, store: Store
) -> None:
    clock = FakeClock(100.0)
    main = make_window(qtbot, clock, store)
    key(main, Qt.Key.Key_G, CTRL)
    window = main.groups.groups_window
    assert window is not None
    window.new_name.setFocus()
    qtbot.keyClicks(window.new_name, "Cercle des soignants")
    window.new_facilitators.setText("Dominique")
    key(window.new_facilitators, Qt.Key.Key_Return)
    for name, email in (("Awa", "awa@example.org"), ("Bruno", ""), ("Chloe", "chloe@example.org")):
        qtbot.keyClicks(window.member_name, name)
        qtbot.keyClicks(window.member_email, email)
        key(window.member_email if email else window.member_name, Qt.Key.Key_Return)
    assert window.members.count() == 3
    for row in range(3):
        window.members.setCurrentRow(row)
        key(window.accept_button, Qt.Key.Key_Space)
    assert all("charter accepted on" in window.members.item(r).text() for r in range(3))

    window.tabs.setCurrentWidget(window.cycle_tab)
    tab = window.cycle_tab
    tab.sessions.setValue(3)
    key(tab.plan_button, Qt.Key.Key_Space)
    key(tab.start_button, Qt.Key.Key_Space)
    page = main.new_session_page
    assert page is not None
    assert page.participants() == ["Awa", "Bruno", "Chloe"]
    assert page.client_combo.currentText() == "Awa"
    key(page, Qt.Key.Key_Return, CTRL)

    console = main.console
    assert console is not None and main.controller is not None
    live = main.controller.live
    # Everyone is ticked at the opening; the Group panel is there, behind the Notes.
    assert [live.roster.is_present(p.id) for p in live.roster] == [True, True, True]
    group_panel = console.findChild(GroupPanel)
    assert group_panel is not None
    assert console.side_tabs.currentWidget() is console.findChild(NotesPanel)
    tabs = [console.side_tabs.tabText(i) for i in range(console.side_tabs.count())]
    assert "Group" in tabs

    # Bruno did not come: in the opening, the facilitator unticks him, by keys.
    from codev_app.ui.console.speakers import SpeakerPanel

    speakers = console.findChild(SpeakerPanel)
    assert speakers is not None
    console.side_tabs.setCurrentWidget(speakers)
    speakers.edit_button.setFocus()
    key(speakers.edit_button, Qt.Key.Key_Space)
    bruno = next(p for p in live.roster if p.name == "Bruno")
    row = speakers.rows[bruno.id]
    assert row.here_box.isVisible() and row.here_box.isChecked()
    row.here_box.setFocus()
    key(row.here_box, Qt.Key.Key_Space)
    assert not live.roster.is_present(bruno.id)
    assert not live.roster.attendance(bruno.id).present_at_start  # absent, not "left"
    assert row.status.text() == "not here"
    key(speakers.edit_button, Qt.Key.Key_Space)
    notes = notes_of(console)
    type_into(qtbot, notes.field("question"), "Comment deleguer sans tout reprendre ?")
    console.take_keyboard()

    for item in live.engine.plan:
        advance(console, clock, item.planned_seconds)
        press(main, Qt.Key.Key_PageDown)
    press(main, Qt.Key.Key_E, CTRL_SHIFT)
    press(main, Qt.Key.Key_E, CTRL_SHIFT)
    assert live.state is EngineState.FINISHED
    session_id = main.current_session_id
    assert session_id is not None

    groups = GroupStore(store)
    group = groups.find_group("Cercle des soignants")
    cycle = groups.cycles(group.id)[0]
    assert cycle.slots[0].session_id == session_id
    saved = groups.saved_sessions(groups.session_ids(group.id))
    review = build_review(group, cycle, saved, ReviewAudience.FACILITATOR)
    first = review.sessions[0]
    assert first.held and first.client == "Awa"
    assert first.present == ("Awa", "Chloe") and first.absent == ("Bruno",)
    assert {m.name: m.attended for m in review.members} == {"Awa": 1, "Bruno": 0, "Chloe": 1}
    # The wrap-up's addresses come from the group's members.
    emails = store.deliveries.emails(session_id)
    by_name = {p.name: emails.get(p.id, "") for p in live.roster}
    assert by_name == {"Awa": "awa@example.org", "Bruno": "", "Chloe": "chloe@example.org"}
    from codev_app.ui.wrapup.view import WrapUpView

    wrapup = main.findChild(WrapUpView)
    assert wrapup is not None and shiboken6.isValid(wrapup) and wrapup.isVisible()
    chloe = next(p for p in live.roster if p.name == "Chloe")
    assert wrapup.people.address_fields[chloe.id].text() == "chloe@example.org"

    key(wrapup.close_button, Qt.Key.Key_Space)
    assert main.console is None

    # The cycle's last session is its review: the built-in template, with the facts at hand.
    key(window.cycle_tab.start_button, Qt.Key.Key_Space)
    page = main.new_session_page
    assert page is not None
    page.template_combo.setCurrentIndex(page.template_combo.findData("cycle-review"))
    key(page, Qt.Key.Key_Return, CTRL)
    review_console = main.console
    assert review_console is not None and review_console is not console
    facts_panel = review_console.findChild(GroupPanel)
    assert facts_panel is not None and facts_panel.facts.isVisibleTo(facts_panel)
    facts = facts_panel.facts.toPlainText()
    assert "1 of 3 sessions held." in facts
    assert "client: Awa" in facts
    assert "Question: Comment deleguer sans tout reprendre ?" in facts
    assert "Present: Awa, Chloe" in facts and "Absent: Bruno" in facts
    assert "Bruno: 0 of 1" in facts and "Chloe: 1 of 1" in facts
    assert "Session 2 (" in facts and "): this session." in facts
    assert "Session 3 (" in facts and "): not held." in facts


def test_the_group_panel_comes_back_after_a_crash_behind_the_shown_panel(qtbot: QtBot) -> None:
    group = new_group("Thursday", ["Dominique"], language="en")
    for name in ("Anna", "Ben", "Chloe"):
        group = with_member(group, Member(name, email=f"{name.lower()}@example.org"))
    with Store(paths.database_path()) as first:
        group = GroupStore(first).save_group(group)
    classic = load_template(resource_dir("templates", "classic.toml")).template
    session_id, _elapsed = crashed_session(qtbot, classic, group_id=group.id)
    window, again = restart(qtbot, minutes_later=1, clock=FakeClock(5.0))
    try:
        assert GroupStore(again).group_of_session(session_id) == group
        banner = window.keeping.resume_banner
        assert banner is not None
        key(banner.paused_button, Qt.Key.Key_Space)
        console = window.console
        assert console is not None and window.current_session_id == session_id
        panel = console.findChild(GroupPanel)
        assert panel is not None and "Confidentiality" in panel.charter.toPlainText()
        assert console.side_tabs.currentWidget() is console.findChild(NotesPanel)
        assert QApplication.activeModalWidget() is None
    finally:
        window.close()
        again.close()


def test_a_session_setup_of_a_group_links_the_session(qtbot: QtBot, store: Store) -> None:
    groups = GroupStore(store)
    group = groups.save_group(with_member(new_group("Solo", ["Dominique"]), Member("Anna")))
    main = make_window(qtbot, FakeClock(1.0), store)
    classic = load_template(resource_dir("templates", "classic.toml")).template
    main.open_session(SessionSetup(classic, ("Anna", "Ben"), group_id=group.id))
    assert main.current_session_id is not None
    assert groups.session_ids(group.id) == [main.current_session_id]
    # Nobody in the group has an address: none is made up.
    assert store.deliveries.emails(main.current_session_id) == {}
