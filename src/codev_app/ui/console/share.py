"""The window to share in the video call: the phase, the time, the rule, who speaks.

Made to be read by the group on a small video tile: a large phase name, the disk and digits, the
phase's first rule, who speaks now and next. Nothing else: never notes, private fields or the
facilitator's prompts (this window is built only from the plan, the timer and the turn taker, and
is given nothing else). Fonts follow the window's size, so it stays readable at 640×360.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.shortcuts import ConsoleActions
from codev_app.ui.console.speaker_clock import SpeakerClock, SpeakerReading
from codev_app.ui.console.texts import TimerReading
from codev_app.ui.console.timer_view import TimerWidgets

BASE_SIZE = QSize(640, 360)


class ShareWindow(QWidget):
    """A clean, resizable window for screen sharing."""

    def __init__(
        self, actions: ConsoleActions | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("shareWindow")
        self.setWindowTitle(QCoreApplication.translate("ShareWindow", "Codev – shared view"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(320, 180)
        self.setAutoFillBackground(True)

        self.phase_name = plain_label(wrap=True, name="sharePhase")
        self.phase_name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.timer = TimerWidgets(200, parent=self)
        self.timer.disk.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rule = plain_label(wrap=True, name="shareRule")
        # The method chosen in a choice phase (a module, consent or vote) and its rules.
        self.choice = plain_label(wrap=True, name="shareChoice")
        self.choice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.choice.hide()
        self.rule.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Who speaks now, with their own countdown, large enough for a video tile.
        self.speaker = SpeakerClock(
            60,
            digits_scale=2.0,
            name_format=QCoreApplication.translate("ShareWindow", "Speaking now: %1"),
        )
        self.upcoming = LiveText(
            QCoreApplication.translate("ShareWindow", "Who speaks next"), sample="Next: Ma"
        )
        self.upcoming.setObjectName("shareNext")
        # The rest of the order, so that everyone sees when their turn comes.
        self.later = LiveText(
            QCoreApplication.translate("ShareWindow", "Who speaks after"), sample="Then: Ma"
        )
        self.later.setObjectName("shareLater")
        for label in (self.phase_name, self.rule, self.choice):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for line in (
            self.timer.digits,
            self.timer.state,
            self.speaker.speaker,
            self.speaker.words,
            self.upcoming,
            self.later,
        ):
            line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addStretch(1)
        texts.addWidget(self.timer.digits)
        texts.addWidget(self.timer.state)
        texts.addSpacing(8)
        texts.addWidget(self.speaker)
        texts.addWidget(self.upcoming)
        texts.addWidget(self.later)
        texts.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(24)
        middle.addWidget(self.timer.disk, 5)
        middle.addLayout(texts, 6)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.phase_name)
        self._layout.addLayout(middle, 1)
        self._layout.addWidget(self.rule)
        self._layout.addWidget(self.choice)
        if actions is not None:
            actions.attach(self)
        self.resize(960, 540)
        self._scale(self.size())

    # --- content -------------------------------------------------------------------------------

    def show_phase(
        self,
        name: str,
        first_rule: str,
        speaking: str | None,
        upcoming: str | None,
        later: Sequence[str] = (),
    ) -> None:
        """What the group should see of the phase (after any change of the session)."""
        self.phase_name.setText(name)
        self.phase_name.setAccessibleDescription(name)
        self.rule.setText(first_rule)
        self.rule.setAccessibleDescription(first_rule)
        self.rule.setVisible(bool(first_rule) and self.choice.isHidden())
        del speaking  # the speaker countdown shows who speaks
        self.upcoming.set_text(
            QCoreApplication.translate("ShareWindow", "Next: %1").replace("%1", upcoming)
            if upcoming
            else ""
        )
        self.later.set_text(
            QCoreApplication.translate("ShareWindow", "Then: %1").replace("%1", " · ".join(later))
            if later
            else ""
        )

    def show_choice(self, text: str) -> None:
        """The method chosen and its rules ("" where the phase offers no choice). They take the
        place of the phase's first rule (about choosing), and the disk makes room for them."""
        self.choice.setText(text)
        self.choice.setAccessibleDescription(text)
        self.choice.setVisible(bool(text))
        self.rule.setVisible(bool(self.rule.text()) and not text)
        self._scale(self.size())

    def show_reading(self, reading: TimerReading, speaker: SpeakerReading | None = None) -> None:
        """The timers now: the phase's, and the speaker's."""
        self.timer.show(reading)
        if speaker is not None:
            self.speaker.show_reading(speaker)
            self.speaker.setVisible(speaker.name is not None)

    def texts(self) -> list[str]:
        """Every text the window shows (what the group sees)."""
        return [
            self.phase_name.text(),
            self.timer.digits.text(),
            self.timer.state.text(),
            self.rule.text() if self.rule.isVisibleTo(self) else "",
            self.choice.text() if self.choice.isVisibleTo(self) else "",
            self.speaker.speaker.text() if self.speaker.isVisibleTo(self) else "",
            self.speaker.time.text() if self.speaker.isVisibleTo(self) else "",
            self.upcoming.text(),
            self.later.text(),
        ]

    # --- scaling -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale(event.size())

    def _scale(self, size: QSize) -> None:
        unit = min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height())
        unit = max(0.5, unit)
        margin = round(20 * unit)
        self._layout.setContentsMargins(margin, round(14 * unit), margin, round(14 * unit))
        self._layout.setSpacing(round(8 * unit))

        def font(pixels: float, *, bold: bool = False) -> QFont:
            result = QFont(self.font())
            result.setPixelSize(max(9, round(pixels * unit)))
            if bold:
                result.setWeight(QFont.Weight.DemiBold)
            return result

        self.phase_name.setFont(font(34, bold=True))
        self.timer.digits.setFont(font(72, bold=True))
        self.timer.state.setFont(font(22))
        self.speaker.speaker.setFont(font(24, bold=True))
        self.speaker.time.setFont(font(40, bold=True))
        self.speaker.words.setFont(font(20))
        self.speaker.set_diameter(round(56 * unit))
        self.upcoming.setFont(font(20))
        self.later.setFont(font(17))
        self.rule.setFont(font(22))
        self.choice.setFont(font(17))
        self.timer.disk.set_diameter(round((130 if self.choice.text() else 190) * unit))
        self.upcoming.set_color(muted_text(self.palette()))
        self.later.set_color(muted_text(self.palette()))

    def heading(self) -> QLabel:
        """The phase name's label."""
        return self.phase_name
