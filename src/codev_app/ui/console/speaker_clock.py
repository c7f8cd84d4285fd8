"""The speaker's own countdown, worded like the phase timer, for the console and both windows.

:func:`speaker_reading` computes what every view shows (the same texts everywhere), and
:class:`SpeakerClock` shows it: a disk, the speaker's name, big digits and the state in words.
The console, the compact window and the share window each make one at their own size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from codev_app.core.display_time import current_speaker_status
from codev_app.core.engine import EngineState
from codev_app.core.session import LiveSession
from codev_app.core.text import isolate
from codev_app.core.timing import TimerState
from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text, timer_colors
from codev_app.ui.console.texts import clock_text
from codev_app.ui.console.timer_disk import TimerDisk
from codev_app.ui.fonts import scaled_font


@dataclass(frozen=True)
class SpeakerReading:
    """What the speaker's countdown shows at one moment."""

    name: str | None  # None: nobody has the floor
    time: str  # the digits: "1:23" left, "+0:12" over, or "1:11" spoken (no limit)
    words: str  # after the digits: "left", "left · nearly over", "over time", "· paused"
    state: TimerState | None  # None without a time limit (or nobody)
    fraction_left: float
    overtime_fraction: float
    paused: bool

    @property
    def line(self) -> str:
        """``Alice · 1:23 left`` in one line (screen readers, small windows)."""
        if self.name is None:
            return self.words
        return f"{self.name} · {self.time} {self.words}"


def speaker_reading(live: LiveSession, language: str = "en") -> SpeakerReading:
    """The current speaker's countdown now, in words shared with the phase timer."""
    del language  # names are the participants' own; the words come from the catalogue
    translate = QCoreApplication.translate
    status = current_speaker_status(live)
    if status is None:
        return SpeakerReading(
            None, "", translate("SpeakerClock", "Nobody has the floor"), None, 1.0, 0.0, False
        )
    name = isolate(live.roster.get(status.participant_id).name)
    paused = live.state is EngineState.PAUSED
    state: TimerState | None = None
    fraction, over_fraction = 1.0, 0.0
    if status.allotted is None or status.remaining is None:
        time = clock_text(status.elapsed)
        words = translate("SpeakerClock", "spoken, no time limit")
    else:
        state = status.state
        allotted = status.allotted or 1.0
        fraction = status.remaining / allotted
        over_fraction = min(1.0, status.overtime / allotted)
        if state is TimerState.OVERTIME:
            time = f"+{clock_text(status.overtime)}"
            words = translate("SpeakerClock", "over time")
        elif state is TimerState.NEARLY_OVER:
            time = clock_text(status.remaining, round_up=True)
            words = translate("SpeakerClock", "left · nearly over")
        else:
            time = clock_text(status.remaining, round_up=True)
            words = translate("SpeakerClock", "left")
    if paused:
        words = translate("SpeakerClock", "%1 · paused").replace("%1", words)
    return SpeakerReading(name, time, words, state, fraction, over_fraction, paused)


class SpeakerClock(QWidget):
    """Who has the floor and their countdown, in the phase timer's colours; see the module."""

    def __init__(
        self,
        diameter: int = 56,
        *,
        digits_scale: float = 2.0,
        name_format: str = "%1",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name_format = name_format
        self.setObjectName("speakerClock")
        self.disk = TimerDisk(diameter)
        self.disk.setFixedSize(diameter, diameter)
        self.disk.setAccessibleName(
            QCoreApplication.translate("SpeakerClock", "Speaker's time left, as a disk")
        )
        policy = self.disk.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.disk.setSizePolicy(policy)
        self.speaker = LiveText(
            QCoreApplication.translate("SpeakerClock", "Who has the floor"),
            sample="Marie-Claude Dupont",
        )
        self.speaker.setObjectName("speakerName")
        self.speaker.setFont(scaled_font(self.font(), max(1.1, digits_scale * 0.55), bold=True))
        self.time = LiveText(
            QCoreApplication.translate("SpeakerClock", "Speaker's time"), sample="+88:88"
        )
        self.time.setObjectName("speakerTime")
        self.time.setFont(scaled_font(self.font(), digits_scale, bold=True))
        self.words = LiveText(
            QCoreApplication.translate("SpeakerClock", "Speaker's time in words"),
            sample=QCoreApplication.translate("SpeakerClock", "%1 · paused").replace(
                "%1", QCoreApplication.translate("SpeakerClock", "spoken, no time limit")
            ),
        )
        self.words.setObjectName("speakerWords")
        self.reading: SpeakerReading | None = None
        figures = QHBoxLayout()
        figures.setSpacing(8)
        figures.addWidget(self.time, 0)
        figures.addWidget(self.words, 1)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.speaker)
        texts.addLayout(figures)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.disk, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        self.disk.hide()

    def set_diameter(self, diameter: int) -> None:
        """A bigger or smaller disk (the share window follows its size)."""
        self.disk.set_diameter(diameter)
        self.disk.setFixedSize(diameter, diameter)

    def show_reading(self, reading: SpeakerReading) -> None:
        """Show ``reading``; repaints only what changed."""
        previous = self.reading
        self.reading = reading
        name = self._name_format.replace("%1", reading.name) if reading.name else reading.words
        self.speaker.set_text(name)
        self.time.set_text(reading.time)
        self.words.set_text(reading.words if reading.name is not None else "")
        limited = reading.state is not None
        if limited:
            self.disk.set_reading(
                reading.fraction_left,
                reading.state,
                overtime_fraction=reading.overtime_fraction,
                paused=reading.paused,
            )
        if self.disk.isHidden() == limited:
            self.disk.setVisible(limited)
        self.time.setVisible(reading.name is not None)
        if previous is None or (previous.state, previous.paused) != (reading.state, reading.paused):
            self.recolor()
        self.setAccessibleDescription(reading.line)

    def recolor(self) -> None:
        """The digits in the state's colour, dimmed while paused (also after a palette change)."""
        reading = self.reading
        state = reading.state if reading is not None else None
        colors = timer_colors(state, self.palette())
        quiet = muted_text(self.palette())
        paused = reading is not None and reading.paused
        self.words.set_color(colors.text if state is not None else quiet)
        self.time.set_color(
            quiet if paused else (colors.text if state is TimerState.OVERTIME else None)
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.recolor()
