"""The console's "Group" panel: the group's charter (restated at the opening) and its resources,
there to be shown during any phase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from codev_app.core.groups import Group
from codev_app.ui.console.console import ConsoleWidget


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
        layout = QVBoxLayout(self)
        for widget in (heading, self.charter, resources_heading, self.resources):
            layout.addWidget(widget)


def add_group_panel(console: ConsoleWidget, group: Group) -> GroupPanel:
    """Add the group's panel to the console; shown first, as the opening restates the charter."""
    panel = GroupPanel(group)
    console.add_side_panel(panel, QCoreApplication.translate("GroupPanel", "Group"))
    return panel
