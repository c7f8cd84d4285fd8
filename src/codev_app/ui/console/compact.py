"""The compact window: a small, always-on-top timer that sits beside the video call.

It shows the phase, the disk and digits, who speaks, and the two buttons a facilitator needs most
(pause and next), plus the way back to the full console. It holds no state: everything comes from
the session each time it repaints, so switching back and forth loses nothing. Every console key
works here too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text
from codev_app.ui.console.shortcuts import ConsoleActions, action_button
from codev_app.ui.console.speaker_clock import SpeakerClock, SpeakerReading
from codev_app.ui.console.texts import TimerReading
from codev_app.ui.console.timer_view import TimerWidgets
from codev_app.ui.fonts import scaled_font
from codev_app.ui.session_controller import SessionController


class CompactWindow(QWidget):
    """A small window on top of the others; closing it brings the full console back."""

    closed = Signal()

    def __init__(
        self, controller: SessionController, actions: ConsoleActions, parent: QWidget | None = None
    ) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.setObjectName("compactWindow")
        self.controller = controller
        self.setWindowTitle(QCoreApplication.translate("CompactWindow", "Codev – compact"))
        self.setAccessibleName(self.windowTitle())

        self.phase_name = LiveText(
            QCoreApplication.translate("CompactWindow", "Current phase"), sample="Consultation"
        )
        self.phase_name.setObjectName("compactPhase")
        self.phase_name.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.timer = TimerWidgets(92, parent=self)
        self.timer.disk.setMinimumSize(80, 80)
        self.timer.digits.setFont(scaled_font(self.font(), 2.4, bold=True))
        # Who has the floor and their own countdown, under the phase timer.
        self.floor = SpeakerClock(34, digits_scale=1.3)
        self.speaker = LiveText(
            QCoreApplication.translate("CompactWindow", "Who speaks next"),
            sample="Next: Marie-Claude Dupont",
        )
        self.speaker.setObjectName("compactSpeaker")
        self.speaker.set_color(muted_text(self.palette()))

        self.pause_button = action_button(actions["start_pause"], name="compactPause")
        self.next_button = action_button(actions["next_phase"], name="compactNext")
        self.full_button = action_button(
            actions["compact"],
            name="compactBack",
            text=QCoreApplication.translate("CompactWindow", "Full console"),
            accessible=QCoreApplication.translate("CompactWindow", "Back to the full console"),
        )
        actions.attach(self)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.timer.disk, 0, 0, 3, 1)
        grid.addWidget(self.timer.digits, 0, 1)
        grid.addWidget(self.timer.state, 1, 1)
        grid.addWidget(self.speaker, 2, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.phase_name)
        layout.addLayout(grid)
        layout.addWidget(self.floor)
        layout.addLayout(buttons)
        self.resize(360, self.sizeHint().height())

    def show_phase(self, name: str, speaking: str | None, upcoming: str | None = None) -> None:
        """The phase's name and who is next (after any change of the session); who speaks now is
        the speaker countdown's."""
        del speaking
        self.phase_name.set_text(name)
        self.speaker.set_text(
            QCoreApplication.translate("CompactWindow", "Next: %1").replace("%1", upcoming)
            if upcoming
            else ""
        )

    def show_reading(self, reading: TimerReading, speaker: SpeakerReading | None = None) -> None:
        """The timers now: the phase's, and the speaker's."""
        self.timer.show(reading)
        if speaker is not None:
            self.floor.show_reading(speaker)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
