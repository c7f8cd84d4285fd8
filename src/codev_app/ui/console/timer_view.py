"""The three widgets that show a phase timer: the disk, the digits and the state in words.

The console, the compact window and the share window each lay them out their own way, and feed
them the same :class:`~codev_app.ui.console.texts.TimerReading`, so they always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from codev_app.core.timing import TimerState
from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text, timer_colors
from codev_app.ui.console.texts import TimerReading
from codev_app.ui.console.timer_disk import TimerDisk


class TimerWidgets:
    """A disk, digits and a state line, updated together from one reading."""

    def __init__(
        self,
        diameter: int,
        *,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        parent: QWidget | None = None,
    ) -> None:
        self.disk = TimerDisk(diameter, parent)
        self.digits = LiveText(
            QCoreApplication.translate("TimerWidgets", "Phase time"),
            sample="+88:88",
            alignment=alignment,
            parent=parent,
        )
        self.digits.setObjectName("timerDigits")
        self.state = LiveText(
            QCoreApplication.translate("TimerWidgets", "Timer state"),
            sample=QCoreApplication.translate("ConsoleTexts", "Paused · %1").replace(
                "%1",
                QCoreApplication.translate("ConsoleTexts", "Over time +%1").replace("%1", "88:88"),
            ),
            alignment=alignment,
            parent=parent,
        )
        self.state.setObjectName("timerState")
        self.reading: TimerReading | None = None

    def show(self, reading: TimerReading) -> None:
        """Show ``reading``; only what changed is repainted."""
        previous = self.reading
        self.reading = reading
        self.disk.set_reading(
            reading.fraction_left,
            reading.state,
            overtime_fraction=reading.overtime_fraction,
            paused=reading.paused,
        )
        self.digits.set_text(reading.digits)
        self.state.set_text(reading.state_text)
        if previous is None or (previous.state, previous.paused) != (reading.state, reading.paused):
            self.recolor()

    def recolor(self) -> None:
        """Apply the colours of the current state (also after a palette change)."""
        state = self.reading.state if self.reading is not None else None
        colors = timer_colors(state, self.digits.palette())
        self.state.set_color(colors.text)
        if self.reading is not None and self.reading.paused:
            # Paused: dimmed digits, "Paused" in words, readable from a metre away.
            self.digits.set_color(muted_text(self.digits.palette()))
        else:
            self.digits.set_color(colors.text if state is TimerState.OVERTIME else None)
