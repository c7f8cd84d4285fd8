"""Roles on the console: what each role does in the current phase, and giving roles by keys.

:class:`RoleNotes` sits in the phase card: for each role the phase's text names (the moderator,
the secretary, the process observer…), who holds it and what they do now (from the template's
``[phases.roles]``, or the chosen module's). :class:`RoleMenu` gives a role with three keys:
G, the participant's number, the role's number (``SetRole`` through the controller, so undo
takes it back and the roster, the record and the documents follow).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QMenu, QVBoxLayout, QWidget

from codev_app.core.commands import SetRole
from codev_app.core.engine import EngineState
from codev_app.core.participants import Role
from codev_app.core.session import LiveSession
from codev_app.core.text import isolate
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.texts import role_name
from codev_app.ui.session_controller import SessionController

# The order of the role menu (its number keys): the session's roles first, the facilitators last.
MENU_ROLES = (
    Role.CLIENT,
    Role.CONSULTANT,
    Role.MODERATOR,
    Role.SCRIBE,
    Role.TIMEKEEPER,
    Role.PROCESS_OBSERVER,
    Role.CO_FACILITATOR,
    Role.FACILITATOR,
)


def role_lines(live: LiveSession, language: str) -> list[str]:
    """One line per role the current phase describes: "Moderator (Anna): gives the floor…"."""
    if live.state is EngineState.FINISHED:
        return []
    lines = []
    for role, text in live.engine.current_phase.roles:
        holders = [isolate(person.name) for person in live.roster if person.role is role]
        name = role_name(role)
        name = name[:1].upper() + name[1:]
        if holders:
            name = (
                QCoreApplication.translate("RoleNotes", "%1 (%2)")
                .replace("%1", name)
                .replace("%2", ", ".join(holders))
            )
        lines.append(
            QCoreApplication.translate("RoleNotes", "%1: %2")
            .replace("%1", name)
            .replace("%2", text.get(language))
        )
    return lines


class RoleNotes(QFrame):
    """What each role does in the current phase; hidden where the phase says nothing of roles."""

    def __init__(self, live: LiveSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleNotes")
        self._live = live
        self._language = language
        self.heading = plain_label(
            QCoreApplication.translate("RoleNotes", "What each role does now"),
            name="roleNotesHeading",
        )
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        # Plain text: names and template texts are shown as typed, never as markup.
        self.lines = plain_label(name="roleNotesLines")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        self.hide()

    def refresh(self) -> None:
        """Repaint after any change (the phase, a module chosen, a role given)."""
        text = "\n".join(f"• {line}" for line in role_lines(self._live, self._language))
        if self.lines.text() != text:
            self.lines.setText(text)
        self.setVisible(bool(text))


class RoleMenu(QMenu):
    """G: a participant by number, then a role by number; both with their keys underlined."""

    def __init__(
        self, live: LiveSession, controller: SessionController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roleMenu")
        self._live = live
        self._controller = controller
        self.setTitle(QCoreApplication.translate("RoleMenu", "Give a role"))

    def rebuild(self) -> None:
        """The participants with a number key, each with the roles to choose from."""
        self.clear()
        # A calm heading: what the next key chooses.
        self.addAction(QCoreApplication.translate("RoleMenu", "Give a role to… (their number)"))
        self.actions()[0].setEnabled(False)
        people = sorted(
            (person for person in self._live.roster if person.key is not None),
            key=lambda person: person.key or 0,
        )
        for person in people:
            # "&" marks the key; a name's own "&" is doubled so that it shows.
            title = f"&{person.key} {person.name.replace('&', '&&')} · {role_name(person.role)}"
            submenu = self.addMenu(title)
            submenu.setObjectName(f"roleMenu_{person.id}")
            heading = submenu.addAction(
                QCoreApplication.translate("RoleMenu", "Which role? (its number)")
            )
            heading.setEnabled(False)
            for number, role in enumerate(MENU_ROLES, start=1):
                action = QAction(f"&{number} {role_name(role)}", submenu)
                action.setObjectName(f"role_{person.id}_{role.value}")
                action.setCheckable(True)
                action.setChecked(person.role is role)
                action.triggered.connect(
                    lambda _checked=False, pid=person.id, role=role: self.give(pid, role)
                )
                submenu.addAction(action)
        if not people:
            empty = self.addAction(QCoreApplication.translate("RoleMenu", "Nobody has a number"))
            empty.setEnabled(False)

    def give(self, participant_id: str, role: Role) -> bool:
        """Give ``role`` to the participant (choosing "client" makes them today's client)."""
        return self._controller.apply(SetRole(participant_id, role))

    def open_at(self, where: QPoint) -> None:
        """Show the menu (without waiting: the keys that follow choose in it)."""
        self.rebuild()
        self.popup(where)
