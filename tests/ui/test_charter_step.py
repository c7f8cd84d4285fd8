"""The first session of a cycle: its charter step shows the group's charter when the session
belongs to a group (also when it is brought back after a crash), else the method's own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import FakeClock
from codev_app.core.groups import DEFAULT_CHARTER, new_group
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.storage.groups import GroupStore
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.groups.panel import add_group_panel
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup

OURS = "Nous arrivons à l’heure.\nLe téléphone reste dans le sac."
HEADINGS = {
    "en": ("The charter of Dirigeants du jeudi", "The method's charter, to adapt with the group"),
    "fr": ("La charte de Dirigeants du jeudi", "La charte de la méthode, à adapter avec le groupe"),
}


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key)


def to_charter(console: ConsoleWidget) -> None:
    console.rail.setFocus()
    while console.live.engine.current_phase.id != "charter":
        press(Qt.Key.Key_PageDown)


def test_the_charter_step_shows_the_groups_charter_or_the_methods(
    qtbot: QtBot, store: Store, language: str
) -> None:
    template = load_template(resource_dir("templates", "first-session.toml")).template
    clock = FakeClock(100.0)
    main = MainWindow(
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2026, 12, 4, 14, 0),
        language=language,
    )
    qtbot.addWidget(main)
    main.resize(1200, 800)
    with qtbot.waitExposed(main):
        main.show()
    main.complete_startup()
    main.attach_store(store)
    main.open_session(SessionSetup(template, ("Awa", "Bruno", "Chloé"), client=None))
    console = main.console
    assert console is not None
    step = console.charter_step
    assert not step.isVisible()  # the welcome: no charter yet
    to_charter(console)
    assert step.isVisible()
    assert step.heading.text() == HEADINGS[language][1]
    first = DEFAULT_CHARTER[language].splitlines()[0]
    assert step.charter.text().splitlines()[0] == f"• {first}"

    groups = GroupStore(store)
    group = groups.save_group(new_group("Dirigeants du jeudi", ["Dominique"]))
    group = groups.save_group(replace(group, charter=OURS))
    session_id = main.current_session_id
    assert session_id is not None
    groups.link_session(session_id, group.id)
    add_group_panel(console, group)  # as the groups window does when it starts the session
    assert step.heading.text() == HEADINGS[language][0]
    assert step.charter.text().splitlines() == [f"• {line}" for line in OURS.splitlines()]
    press(Qt.Key.Key_PageDown)
    assert not step.isVisible()  # the calendar: the charter step is over


def test_a_session_brought_back_after_a_crash_shows_its_groups_charter(qtbot: QtBot) -> None:
    from tests.ui.test_autosave import crashed_session, restart

    template = load_template(resource_dir("templates", "first-session.toml")).template
    session_id, _elapsed = crashed_session(qtbot, template)
    with Store(paths.database_path()) as store:
        groups = GroupStore(store)
        group = groups.save_group(new_group("Dirigeants du jeudi", ["Dominique"]))
        groups.link_session(session_id, groups.save_group(replace(group, charter=OURS)).id)
    window, store = restart(qtbot, minutes_later=1, clock=FakeClock(5.0))
    try:
        banner = window.keeping.resume_banner
        assert banner is not None and banner.isVisible()
        QTest.mouseClick(banner.paused_button, Qt.MouseButton.LeftButton)
        console = window.console
        assert console is not None
        to_charter(console)
        step = console.charter_step
        assert step.isVisible()
        assert step.heading.text() == HEADINGS["en"][0]
        assert step.charter.text().splitlines() == [f"• {line}" for line in OURS.splitlines()]
    finally:
        window.close()
        window.close()
        store.close()
