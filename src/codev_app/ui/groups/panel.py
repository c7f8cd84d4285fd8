"""The console's "Group" panel: the group's charter (restated at the opening) and its resources,
there to be shown during any phase."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from codev_app.core.errors import CodevError
from codev_app.core.groups import Group
from codev_app.storage.errors import StorageError
from codev_app.ui.console.console import ConsoleWidget

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup

_log = logging.getLogger(__name__)


class GroupPanel(QWidget):
    """Read-only charter and resources of the session's group."""

    def __init__(self, group: Group, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPanel")
        heading = QLabel(
            QCoreApplication.translate("GroupPanel", "Charter of %1").replace("%1", group.name)
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.charter = QPlainTextEdit(group.charter)
        self.charter.setObjectName("groupCharter")
        self.charter.setReadOnly(True)
        self.charter.setAccessibleName(
            QCoreApplication.translate("GroupPanel", "The group's charter")
        )
        resources_heading = QLabel(
            QCoreApplication.translate("GroupPanel", "Resources to refer to")
        )
        lines = [f"{r.title} — {r.detail}" if r.detail else r.title for r in group.resources]
        self.resources = QPlainTextEdit(
            "\n".join(lines) or QCoreApplication.translate("GroupPanel", "No resources listed yet.")
        )
        self.resources.setObjectName("groupResources")
        self.resources.setReadOnly(True)
        self.resources.setAccessibleName(
            QCoreApplication.translate("GroupPanel", "Resources to refer to")
        )
        self.facts_heading = QLabel(QCoreApplication.translate("GroupPanel", "The cycle so far"))
        self.facts = QPlainTextEdit()
        self.facts.setObjectName("cycleFacts")
        self.facts.setReadOnly(True)
        self.facts.setAccessibleName(QCoreApplication.translate("GroupPanel", "The cycle so far"))
        # A few lines are enough for the resources: the room goes to the charter and the facts.
        shown = min(max(2, len(lines)), 4) * 2  # each may wrap once in the narrow column
        self.resources.setMaximumHeight(self.resources.fontMetrics().lineSpacing() * shown + 12)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.charter, 2)
        layout.addWidget(resources_heading)
        layout.addWidget(self.resources, 1)
        layout.addWidget(self.facts_heading)
        layout.addWidget(self.facts, 3)
        self.facts_heading.hide()
        self.facts.hide()

    def show_cycle_facts(self, text: str) -> None:
        """The cycle's facts, for its review session (see ui/groups/cycle_facts)."""
        self.facts.setPlainText(text)
        self.facts_heading.show()
        self.facts.show()


def add_group_panel(console: ConsoleWidget, group: Group) -> GroupPanel:
    """Add the group's panel to the console, behind the panel shown (there on demand)."""
    panel = GroupPanel(group)
    console.add_side_panel(panel, QCoreApplication.translate("GroupPanel", "Group"), shown=False)
    console.charter_step.set_group(group)  # a first session's charter step reads the group's
    return panel


def attach_group(
    window: MainWindow, console: ConsoleWidget, setup: SessionSetup, session_id: int | None
) -> GroupPanel | None:
    """For a session of a group (``setup.group_id``, or linked before a crash): link it, add
    the Group panel, and take the members' addresses for those with none typed (the wrap-up's).
    None for a session of no group."""
    from codev_app.storage.groups import GroupStore

    store = window.store
    if store is None or session_id is None or window.controller is None:
        return None
    groups = GroupStore(store)
    try:
        if setup.group_id is not None:
            groups.link_session(session_id, setup.group_id)
        group = groups.group_of_session(session_id)
        if group is None:
            return None
        emails = store.deliveries.emails(session_id)
        for person in window.controller.live.roster.participants:
            member = group.member(person.name)
            if member is not None and member.email and not emails.get(person.id):
                emails[person.id] = member.email
        store.deliveries.set_emails(session_id, emails)
    except (StorageError, CodevError) as error:
        _log.warning("The session's group could not be read: %s", error)
        return None
    panel = add_group_panel(console, group)
    from codev_app.ui.groups.cycle_facts import (
        REVIEW_TEMPLATE_ID,
        cycle_facts_text,
        cycle_review_of,
    )

    if window.controller.live.template.id == REVIEW_TEMPLATE_ID:
        try:
            found = cycle_review_of(groups, group.id, session_id)
        except (StorageError, CodevError) as error:
            _log.warning("The cycle's facts could not be read: %s", error)
            found = None
        if found is not None:
            panel.show_cycle_facts(cycle_facts_text(*found))
    return panel
