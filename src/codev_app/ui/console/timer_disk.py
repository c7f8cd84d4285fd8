"""The phase timer as a disk that empties as time passes (in the manner of a Time Timer).

The coloured sector is the time left, from twelve o'clock clockwise; it shrinks back towards
twelve. At zero the disk is empty and a thin, muted ring grows around it as overtime accumulates
(a full ring is as much overtime as the phase's planned length): quiet, never flashing.

Painting is cheap: the face (track and hour marks) is drawn once per size and palette into a
pixmap; each repaint draws that pixmap and one antialiased pie. :meth:`TimerDisk.set_reading`
repaints only when the drawn angle (in Qt's 1/16 degree) or the state changed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from codev_app.core.timing import TimerState
from codev_app.ui.console.palette import timer_colors

FULL_CIRCLE = 360 * 16  # Qt angles are in 1/16 degree
TOP = 90 * 16


class TimerDisk(QWidget):
    """A square, resizable disk showing the fraction of the phase left."""

    def __init__(self, diameter: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._fraction_left = 1.0
        self._overtime_fraction = 0.0
        self._state: TimerState | None = None
        self._paused = False
        self._key: tuple[int, int, TimerState | None, bool] = (FULL_CIRCLE, 0, None, False)
        self._face: QPixmap | None = None
        self._face_key: tuple[int, int, float, str] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("TimerDisk", "Time left, as a disk"))
        self.setAccessibleDescription("100 %")
        self.setMinimumSize(48, 48)

    # --- state ---------------------------------------------------------------------------------

    @property
    def state(self) -> TimerState | None:
        """The state the disk is painted in (None: not started or finished)."""
        return self._state

    @property
    def fraction_left(self) -> float:
        """The fraction of the phase left, as drawn."""
        return self._fraction_left

    def set_reading(
        self,
        fraction_left: float,
        state: TimerState | None,
        *,
        overtime_fraction: float = 0.0,
        paused: bool = False,
    ) -> bool:
        """Show a new reading; returns whether the disk will be repainted."""
        fraction_left = min(1.0, max(0.0, fraction_left))
        overtime_fraction = min(1.0, max(0.0, overtime_fraction))
        key = (
            round(fraction_left * FULL_CIRCLE),
            round(overtime_fraction * FULL_CIRCLE),
            state,
            paused,
        )
        self._fraction_left = fraction_left
        self._overtime_fraction = overtime_fraction
        if key == self._key:
            return False
        percent_changed = round(fraction_left * 100) != round(self._key[0] / FULL_CIRCLE * 100)
        self._key = key
        self._state = state
        self._paused = paused
        if percent_changed:
            self.setAccessibleDescription(f"{round(fraction_left * 100)}\u00a0%")
        self.update()
        return True

    # --- size ----------------------------------------------------------------------------------

    def set_diameter(self, diameter: int) -> None:
        """The size the disk asks for in layouts."""
        if diameter != self._diameter:
            self._diameter = diameter
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    # --- painting ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._face = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        if side < 8:
            return
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        colors = timer_colors(self._state, self.palette())
        painter = QPainter(self)
        painter.drawPixmap(rect.topLeft(), self._face_pixmap(side, colors.track))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = max(3.0, side * 0.045)
        inner = rect.adjusted(ring * 1.6, ring * 1.6, -ring * 1.6, -ring * 1.6)
        span = self._key[0]
        fill = QColor(colors.fill)
        if self._paused:
            fill.setAlphaF(0.45)
        if span > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            if span >= FULL_CIRCLE:
                painter.drawEllipse(inner)
            else:
                # Negative span: clockwise from twelve o'clock.
                painter.drawPie(inner, TOP, -span)
        overtime_span = self._key[1]
        if overtime_span > 0:
            pen = QPen(fill, ring)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = ring / 2
            painter.drawArc(rect.adjusted(half, half, -half, -half), TOP, -overtime_span)
        # The knob in the middle, as on a kitchen timer: it anchors the eye.
        knob = side * 0.06
        centre = rect.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().window().color())
        painter.drawEllipse(centre, knob, knob)
        painter.end()

    def _face_pixmap(self, side: int, track: QColor) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (side, round(ratio * 100), ratio, track.name())
        if self._face is not None and self._face_key == key:
            return self._face
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = max(3.0, side * 0.045)
        inner = QRectF(0, 0, side, side).adjusted(ring * 1.6, ring * 1.6, -ring * 1.6, -ring * 1.6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawEllipse(inner)
        # Twelve quiet marks, like the five-minute marks of a clock face.
        marks = QColor(self.palette().windowText().color())
        marks.setAlphaF(0.35)
        mark_pen = QPen(marks, max(1.0, side * 0.012))
        mark_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(mark_pen)
        centre = QPointF(side / 2, side / 2)
        outer_radius = side / 2 - ring * 0.4
        inner_radius = side / 2 - ring * 1.3
        for hour in range(12):
            angle = math.radians(hour * 30)
            direction = QPointF(math.sin(angle), -math.cos(angle))
            painter.drawLine(centre + direction * inner_radius, centre + direction * outer_radius)
        painter.end()
        self._face, self._face_key = pixmap, key
        return pixmap
