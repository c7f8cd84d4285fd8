"""The support window through the real main window, by keys: availability given, a request
recorded, matched with a proposed member, its listening session run in the console (timers only)
and closed with the session's length; a referral keeps nothing of the request's words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.groups import Member, Resource, new_group, with_member
from codev_app.core.participants import Role
from codev_app.core.record import RecordMode
from codev_app.core.support import RequestState
from codev_app.storage import Store
from codev_app.storage.groups import GroupStore
from codev_app.storage.support import SupportStore
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import make_window


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def test_a_request_recorded_matched_and_listened_to_by_keys(qtbot: QtBot, store: Store) -> None:
    group = new_group("Soutien CNV", ["Perrine"], language="en")
    for name in ("Bruno Lefort", "Awa Diallo", "Chloe Fay"):
        group = with_member(group, Member(name))
    group = replace(group, resources=(Resource("Social worker", "01 23 45 67 89"),))
    group = GroupStore(store).save_group(group)
    clock = FakeClock(100.0)
    main = make_window(qtbot, clock, store)
    qtbot.keyClick(main, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    groups = main.groups.groups_window
    assert groups is not None
    qtbot.keyClick(groups.support_button, Qt.Key.Key_Space)
    window = groups.support_window
    assert window is not None and window.isVisible()
    assert "Confidentiality: what is said in the group" in window.modalities.toPlainText()
    assert window.detail.text() == "No requests yet."

    # Awa can listen on any weekday evening; Chloe says "ask me".
    tab = window.availability_tab
    window.tabs.setCurrentWidget(tab)
    tab.members.setCurrentRow(1)
    qtbot.keyClicks(tab.slots, "mon 18:00-20:00, tue 18:00-20:00, wed 18:00-20:00, thu 25:00")
    qtbot.keyClick(tab.slots, Qt.Key.Key_Return)
    assert window.error.text() == (
        "“thu 25:00” is not a weekly slot: write for example mon 18:00-20:00."
    )
    tab.slots.clear()
    slots = "mon 18:00-20:00, tue 18:00-20:00, wed 18:00-20:00, thu 18:00-20:00, fri 18:00-20:00"
    qtbot.keyClicks(tab.slots, slots + ", sat 10:00-12:00, sun 10:00-12:00")
    qtbot.keyClick(tab.slots, Qt.Key.Key_Return)
    assert not window.error.isVisible()
    assert tab.members.item(1).text().startswith("Awa Diallo — mon 18:00-20:00, tue")
    tab.members.setCurrentRow(2)
    qtbot.keyClick(tab.ask_me, Qt.Key.Key_Space)
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    assert tab.members.item(2).text() == "Chloe Fay — ask me"
    assert tab.members.item(0).text() == "Bruno Lefort — has not said when they are available"

    # Bruno asks for listening, important, not urgent.
    window.tabs.setCurrentIndex(0)
    assert window.who.currentText() == "Bruno Lefort"
    qtbot.keyClick(window.important, Qt.Key.Key_Space)
    window.note.setFocus()
    qtbot.keyClicks(window.note, "Two listening times this week")
    qtbot.keyClick(window.note, Qt.Key.Key_Return)
    today = date.today().isoformat()
    assert window.list.count() == 1
    assert window.list.item(0).text() == (
        f"{today} · Bruno Lefort · listening · not urgent, important · open"
    )
    assert window.detail.text() == "Two listening times this week"
    proposals = [window.proposals.itemText(i) for i in range(window.proposals.count())]
    assert proposals == [
        f"Awa Diallo ({today}; 0 this month)",
        "Chloe Fay (ask them; 0 this month)",
    ]
    assert not window.listen_button.isEnabled()
    qtbot.keyClick(window.match_button, Qt.Key.Key_Space)
    assert window.list.item(0).text().endswith("· matched — Awa Diallo")

    # The listening session: New session filled, timers only; run by keys in the console.
    qtbot.keyClick(window.listen_button, Qt.Key.Key_Space)
    page = main.new_session_page
    assert page is not None
    assert page.participants() == ["Bruno Lefort", "Awa Diallo"]
    assert page.client_combo.currentText() == "Bruno Lefort"
    assert page.template_combo.currentData() == "peer-listening"
    assert page.timers_only.isChecked() and page.group_field.text() == ""
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    console, controller = main.console, main.controller
    assert console is not None and controller is not None
    live = controller.live
    assert live.record.mode is RecordMode.TIMERS_ONLY
    client = live.roster.client
    assert client is not None and client.name == "Bruno Lefort" and client.role is Role.CLIENT
    assert console.phase_name.text() == "Agree the moment"
    session_id = main.current_session_id
    assert window.list.item(0).text().endswith("· held — Awa Diallo")
    assert GroupStore(store).session_ids(group.id) == []  # not a group session
    for _ in range(5):
        clock.advance(7 * 60)
        qtbot.keyClick(console, Qt.Key.Key_PageDown)
    clock.advance(7 * 60)
    assert console.finish()

    # Closed: the length comes from the session; the note is gone.
    qtbot.keyClick(window.close_button, Qt.Key.Key_Space)
    kept = SupportStore(store).requests(window.group.id)[0]
    assert kept.state is RequestState.CLOSED and kept.session_id == session_id
    assert kept.minutes == 42 and kept.note == ""
    assert window.list.item(0).text().endswith("· closed — Awa Diallo — 42 min")
    assert window.detail.text().startswith("Finished on ")

    # Chloe's urgent request is referred: only the resource's title stays.
    window.who.setCurrentIndex(2)
    qtbot.keyClick(window.urgent, Qt.Key.Key_Space)
    window.kind.setCurrentIndex(2)
    qtbot.keyClicks(window.note, "I cannot sleep")
    qtbot.keyClick(window.add_button, Qt.Key.Key_Space)
    window.list.setCurrentRow(1)
    assert window.detail.text() == "I cannot sleep"
    qtbot.keyClick(window.refer_button, Qt.Key.Key_Space)
    assert (
        window.list.item(1)
        .text()
        .endswith("· resources · urgent, not important · referred — Social worker")
    )
    assert "I cannot sleep" not in window.detail.text()
    assert all(r.note == "" for r in SupportStore(store).requests(window.group.id))
