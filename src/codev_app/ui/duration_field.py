"""A spin box for a short duration that shows ``3 min`` or ``1:30`` and reads what it shows.

A plain QSpinBox with a " s" suffix read "2 min" as 2 seconds and "2:00" as 200: this one parses
with :func:`codev_app.core.durations.parse_duration` (a bare number is minutes, as shown) and
steps by 15 seconds. Its value is in seconds; 0 shows the special text (e.g. "No limit").
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from codev_app.core.durations import parse_duration, short_duration_text


class DurationSpinBox(QSpinBox):
    """Seconds, shown and typed as minutes or m:ss (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSingleStep(15)
        # The value is taken when typing ends (Enter, Tab): "1" on the way to "1:30" is not 1 min.
        self.setKeyboardTracking(False)

    def textFromValue(self, value: int) -> str:
        return short_duration_text(value)

    def valueFromText(self, text: str) -> int:
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, position
        seconds = parse_duration(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Acceptable, text, position
        # Half-typed ("2 m", "1:3", "") may still become a duration: let the typing go on.
        return QValidator.State.Intermediate, text, position

    def fixup(self, text: str) -> str:
        seconds = parse_duration(text)
        if seconds is None:
            return self.textFromValue(self.value())
        return self.textFromValue(min(max(seconds, self.minimum()), self.maximum()))
