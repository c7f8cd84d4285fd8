"""The charter step of a first session of a cycle: the charter to read, adapt and accept.

Shown above the phase card during a phase whose id is ``charter`` (the first-session format's):
the group's own charter when the session belongs to a group (:meth:`CharterStep.set_group`,
called when the Group panel is added, after a crash too), else the method's default charter in
the console's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from codev_app.core.engine import EngineState
from codev_app.core.groups import DEFAULT_CHARTER, Group
from codev_app.core.session import LiveSession
from codev_app.ui.console.phase_card import plain_label

CHARTER_PHASE = "charter"


def charter_text(group: Group | None, language: str) -> tuple[str, str]:
    """(heading, charter) for the step: the group's charter, or the method's default."""
    if group is not None and group.charter.strip():
        heading = QCoreApplication.translate("CharterStep", "The charter of %1").replace(
            "%1", group.name
        )
        return heading, group.charter.strip()
    heading = QCoreApplication.translate(
        "CharterStep", "The method's charter, to adapt with the group"
    )
    return heading, DEFAULT_CHARTER.get(language, DEFAULT_CHARTER["en"])


class CharterStep(QFrame):
    """The charter, point by point, while the charter step runs; hidden otherwise."""

    def __init__(self, live: LiveSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charterStep")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._live = live
        self._language = language
        self._group: Group | None = None
        self.heading = plain_label(name="charterHeading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        # Plain text: a group's charter is shown as its coordinator typed it.
        self.charter = plain_label(name="charterText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.charter)
        self.hide()

    def set_group(self, group: Group | None) -> None:
        """The session's group (None: no group, the method's charter)."""
        self._group = group
        self.refresh()

    def refresh(self) -> None:
        """Show the charter during the charter step (after any change)."""
        live = self._live
        shown = live.state is not EngineState.FINISHED and (
            live.engine.current_phase.id == CHARTER_PHASE
        )
        if shown:
            heading, text = charter_text(self._group, self._language)
            points = "\n".join(f"• {line.strip()}" for line in text.splitlines() if line.strip())
            if self.heading.text() != heading:
                self.heading.setText(heading)
            if self.charter.text() != points:
                self.charter.setText(points)
        self.setVisible(shown)
