"""The groups window through the real main window, by keys: create a group, add members, accept
the charter, plan a cycle, start its next session; the console shows the group's charter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.participants import Role
from codev_app.storage import Store
from codev_app.storage.groups import GroupStore
from codev_app.ui.groups.panel import GroupPanel
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import make_window


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def test_a_group_planned_and_its_next_session_started_by_keys(qtbot: QtBot, store: Store) -> None:
    main = make_window(qtbot, FakeClock(100.0), store)
    qtbot.keyClick(main, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    window = main.groups.groups_window
    assert window is not None and window.isVisible()
    assert window.cycle_tab.status.isHidden() or not window.details.isEnabled()

    window.new_name.setFocus()
    qtbot.keyClicks(window.new_name, "Dirigeants du jeudi")
    window.new_facilitators.setText("")
    qtbot.keyClicks(window.new_facilitators, "Dominique, Lou, Sam")
    qtbot.keyClick(window.new_facilitators, Qt.Key.Key_Return)
    assert window.error.isVisible()
    assert window.error.text() == "A group has one or two facilitators."
    window.new_facilitators.clear()
    qtbot.keyClicks(window.new_facilitators, "Dominique, Lou")
    qtbot.keyClick(window.new_facilitators, Qt.Key.Key_Return)
    assert not window.error.isVisible()
    assert window.heading.text() == "Dirigeants du jeudi — facilitated by Dominique, Lou"
    assert "Confidentiality: what is said in the group" in window.charter.toPlainText()
    assert window.focusWidget() is window.member_name

    for name in ("Awa Diallo", "Bruno Martin", "Chloe Fay"):
        qtbot.keyClicks(window.member_name, name)
        qtbot.keyClick(window.member_name, Qt.Key.Key_Return)
    qtbot.keyClicks(window.member_name, "awa diallo")
    qtbot.keyClick(window.member_name, Qt.Key.Key_Return)
    assert "“awa diallo” is already in the group" in window.error.text()
    assert window.members.count() == 3
    assert window.members.item(0).text() == "Awa Diallo (charter not accepted yet)"

    window.members.setFocus()
    window.members.setCurrentRow(0)
    qtbot.keyClick(window.accept_button, Qt.Key.Key_Space)
    assert window.members.item(0).text().startswith("Awa Diallo (charter accepted on ")

    window.tabs.setCurrentWidget(window.cycle_tab)
    tab = window.cycle_tab
    assert tab.status.text() == "No cycle planned yet."
    tab.sessions.setValue(3)
    qtbot.keyClick(tab.plan_button, Qt.Key.Key_Space)
    assert tab.status.text() == "0 of 3 sessions held."
    lines = [tab.slots.item(i).text() for i in range(tab.slots.count())]
    assert [line.split(" — ")[1] for line in lines] == [
        "Awa Diallo (planned)",
        "Bruno Martin (planned)",
        "Chloe Fay (planned)",
    ]
    tab.slots.setCurrentRow(0)
    qtbot.keyClick(tab.swap_button, Qt.Key.Key_Space)  # Awa is away next week: Bruno first
    assert tab.slots.item(0).text().split(" — ")[1] == "Bruno Martin (planned)"

    qtbot.keyClick(tab.start_button, Qt.Key.Key_Space)
    page = main.new_session_page
    assert page is not None
    assert page.participants() == ["Awa Diallo", "Bruno Martin", "Chloe Fay"]
    assert page.client_combo.currentText() == "Bruno Martin"
    assert page.group_field.text() == "Dirigeants du jeudi"
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    console = main.console
    assert console is not None and main.controller is not None
    client = main.controller.live.roster.client
    assert client is not None and client.name == "Bruno Martin" and client.role is Role.CLIENT
    panel = console.findChild(GroupPanel)
    assert panel is not None and console.side_tabs.currentWidget() is not panel  # on demand
    assert "Confidentiality" in panel.charter.toPlainText()

    groups = GroupStore(store)
    group = groups.find_group("Dirigeants du jeudi")
    assert groups.session_ids(group.id) == [main.current_session_id]
    cycle = groups.cycles(group.id)[0]
    assert cycle.slots[0].session_id == main.current_session_id
    assert tab.status.text() == "1 of 3 sessions held."
