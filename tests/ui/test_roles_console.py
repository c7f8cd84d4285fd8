"""Roles as the facilitator gives them: G, the participant's number, the role's number; the
phase card says what each role does now (from the template), and undo takes a role back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.participants import Role
from codev_app.core.template import load_template
from codev_app.core.text import isolate
from codev_app.resources_path import resource_dir
from codev_app.ui.console.roles import MENU_ROLES
from tests.ui.test_whole_sessions import CTRL, NONE, advance, language, open_console, press

__all__ = ["language"]
ROLE_WORDS = {
    "en": {"moderator": "Moderator", "scribe": "Secretary", "observer": "Process observer"},
    "fr": {
        "moderator": "Modérateur",
        "scribe": "Secrétaire",
        "observer": "Observateur du processus",
    },
}


def digit(number: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0.value + number)


def give_role(qtbot: QtBot, person_key: int, role: Role) -> None:
    press(Qt.Key.Key_G, NONE)
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.objectName() == "roleMenu"
    QTest.keyClick(menu, digit(person_key))
    submenu = QApplication.activePopupWidget()
    assert submenu is not None and submenu is not menu
    QTest.keyClick(submenu, digit(MENU_ROLES.index(role) + 1))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_roles_given_by_keys_show_what_each_does_now_and_undo_takes_one_back(
    qtbot: QtBot, language: str
) -> None:
    template = load_template(resource_dir("templates", "kollegiale-fallberatung.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template, language)
    live = console.live
    press(Qt.Key.Key_Space, NONE)
    by_key = {person.key: person for person in live.roster}
    give_role(qtbot, 1, Role.MODERATOR)
    give_role(qtbot, 2, Role.SCRIBE)
    give_role(qtbot, 4, Role.PROCESS_OBSERVER)
    assert live.roster.get(by_key[1].id).role is Role.MODERATOR
    assert live.roster.get(by_key[4].id).role is Role.PROCESS_OBSERVER
    notes = console.role_notes
    assert notes.isVisible()
    words = ROLE_WORDS[language]
    casting = dict(template.phase("casting").roles)
    lines = notes.lines.text().splitlines()
    assert lines[0].startswith(f"• {words['moderator']} ({isolate(by_key[1].name)})")
    assert casting[Role.MODERATOR].get(language) in lines[0]
    assert lines[1].startswith(f"• {words['scribe']} ({isolate(by_key[2].name)})")
    assert casting[Role.PROCESS_OBSERVER].get(language) in lines[2]
    press(Qt.Key.Key_Z, CTRL)  # undo: the last role given, the process observer
    assert live.roster.get(by_key[4].id).role is Role.CONSULTANT
    assert live.roster.get(by_key[1].id).role is Role.MODERATOR
    assert by_key[4].name not in notes.lines.text().splitlines()[2]
    give_role(qtbot, 4, Role.PROCESS_OBSERVER)
    # On to the advice, after the head-stand module: the moderator's words are the module's.
    while live.engine.current_phase.id != "method":
        press(Qt.Key.Key_PageDown, NONE)
        advance(console, clock, 30)
    press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # head-stand brainstorming
    press(Qt.Key.Key_PageDown, NONE)
    headstand = template.phase("method").module_named("headstand")
    assert dict(headstand.roles)[Role.MODERATOR].get(language) in notes.lines.text()
    # Neither the moderator nor the process observer is among the advisers.
    advisers = {person.id for person in live.turns.eligible()}
    assert advisers and not advisers & {by_key[1].id, by_key[4].id}
