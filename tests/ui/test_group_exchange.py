"""The groups window's files and gatherings, on a real database: the earlier sessions bearing the
group's name are proposed (never gathered unasked), a member who left re-joins, the group goes to
a JSON file that follows docs/group.schema.json (notes only when asked) and comes back from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.cycles import plan_cycle, zone
from codev_app.core.groups import Member, left, new_group, with_member
from codev_app.export.sample import sample_bundle
from codev_app.storage import Store
from codev_app.storage.groups import GroupStore
from codev_app.ui.groups.window import GroupsWindow
from tests.export.test_session_file import _Validator
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import make_window

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "group.schema.json"
SPACE = Qt.Key.Key_Space


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


@pytest.fixture
def validator() -> _Validator:
    return _Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def opened(qtbot: QtBot, store: Store) -> GroupsWindow:
    groups = GroupStore(store)
    group = new_group("Mardi soir", ["Dominique", "Lou"], language="fr")
    group = with_member(group, Member("Awa", email="awa@example.org", note="fragile en ce moment"))
    group = with_member(group, Member("Bruno"))
    group = left(with_member(group, Member("Chloe")), "Chloe", date(2026, 5, 2))
    group = groups.save_group(group)
    first = datetime(2026, 9, 1, 18, 0, tzinfo=zone("Europe/Paris"))
    groups.save_cycle(
        plan_cycle(group, sessions=2, first=first, every=timedelta(weeks=4), template_id="classic")
    )
    for _ in range(2):  # two sessions from before the group existed, typed with its name
        store.save_bundle(replace(sample_bundle("fr", people=3), group_name="mardi soir"))
    main = make_window(qtbot, FakeClock(1.0), store)
    QTest.keyClick(main, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    window = main.groups.groups_window
    assert window is not None and window.group is not None
    return window


def test_earlier_sessions_are_proposed_and_gathered_only_when_accepted(
    qtbot: QtBot, store: Store
) -> None:
    window = opened(qtbot, store)
    exchange, groups = window.exchange, window.groups
    assert exchange.gather_button.isVisible()
    assert exchange.gather_text.text() == (
        "2 earlier sessions bear the name “Mardi soir” but are in no group. "
        "Bring them into this group?"
    )
    assert window.group is not None
    assert groups.session_ids(window.group.id) == []  # nothing happens unasked
    QTest.keyClick(exchange.gather_button, SPACE)
    assert len(groups.session_ids(window.group.id)) == 2
    assert exchange.done.text() == "2 sessions brought into Mardi soir."
    assert not exchange.gather_button.isVisible() and not exchange.gather_text.isVisible()


def test_a_member_who_left_rejoins(qtbot: QtBot, store: Store) -> None:
    window = opened(qtbot, store)
    rejoin = window.exchange.rejoin_button
    window.members.setCurrentRow(0)
    assert not rejoin.isEnabled()  # Awa never left
    window.members.setCurrentRow(2)
    assert "left on 2026-05-02" in window.members.item(2).text()
    assert rejoin.isEnabled()
    QTest.keyClick(rejoin, SPACE)
    assert window.members.item(2).text() == "Chloe (charter not accepted yet)"
    assert window.group is not None and window.group.members[2].active
    assert not rejoin.isEnabled()


def test_a_group_goes_to_its_file_and_comes_back(
    qtbot: QtBot, store: Store, tmp_path: Path, validator: _Validator
) -> None:
    window = opened(qtbot, store)
    exchange = window.exchange
    plain = tmp_path / "mardi.json"
    assert exchange.export_to(plain)
    assert exchange.done.text() == f"Group written: {plain}"
    data = json.loads(plain.read_text(encoding="utf-8"))
    assert validator.errors(data, validator.root) == []
    assert "fragile" not in plain.read_text(encoding="utf-8")  # confidential: out by default
    assert [m["name"] for m in data["members"]] == ["Awa", "Bruno", "Chloe"]

    exchange.with_notes.setFocus()
    QTest.keyClick(exchange.with_notes, SPACE)
    noted = tmp_path / "mardi-notes.json"
    assert exchange.export_to(noted)
    with_notes = json.loads(noted.read_text(encoding="utf-8"))
    assert validator.errors(with_notes, validator.root) == []
    assert with_notes["members"][0]["note"] == "fragile en ce moment"
    # A damaged file is refused by the schema as by Codev.
    assert validator.errors({**data, "facilitators": ["A", "B", "C"]}, validator.root)

    # Importing it here again: the name is taken, said calmly, nothing changed.
    assert not exchange.import_from(plain)
    assert window.error.text() == "There is already a group called “Mardi soir”."
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "codev-group"', encoding="utf-8")
    assert not exchange.import_from(broken)
    assert window.error.text().startswith("This is not a readable Codev group file (")
    assert window.error.text().endswith("Nothing was changed.")
    assert len(window.groups.list_groups()) == 1

    assert window.group is not None
    uids = [slot.uid for slot in window.groups.cycles(window.group.id)[0].slots]
    window.groups.delete_group(window.group.id)
    assert exchange.import_from(noted)
    assert not window.error.isVisible()
    assert exchange.done.text() == "Group added: Mardi soir"
    assert window.heading.text() == "Mardi soir — facilitated by Dominique, Lou"
    back = window.groups.find_group("Mardi soir")
    assert [(m.name, m.email, m.active) for m in back.members] == [
        ("Awa", "awa@example.org", True),
        ("Bruno", "", True),
        ("Chloe", "", False),
    ]
    assert back.members[0].note == "fragile en ce moment"
    assert [slot.uid for slot in window.groups.cycles(back.id)[0].slots] == uids
