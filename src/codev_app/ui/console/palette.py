"""Calm colours for the timer states, for light and dark palettes.

The timer never relies on colour alone (its state is also written out), and none of these colours
is an alarm red: plenty is a quiet teal, "nearly over" a warm amber, overtime a muted clay. Text
colours keep a contrast of at least 4.5:1 against the window background of Qt's default light and
dark palettes (checked in the tests).

:func:`dark_palette` is a complete calm dark palette, used by the screenshot tool and available to
a future appearance setting (the light look is Qt's default palette).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from codev_app.core.timing import TimerState


@dataclass(frozen=True)
class TimerColors:
    """Colours of one timer state: the disk's fill, the disk's track, and text."""

    fill: QColor
    track: QColor
    text: QColor


_LIGHT = {
    TimerState.PLENTY: ("#2f7f8a", "#1f5f68"),
    TimerState.NEARLY_OVER: ("#d39a2c", "#7f5500"),
    TimerState.OVERTIME: ("#b8695a", "#8f3f31"),
}
_DARK = {
    TimerState.PLENTY: ("#5fb0ba", "#8fd0d8"),
    TimerState.NEARLY_OVER: ("#e0ac4e", "#f2c878"),
    TimerState.OVERTIME: ("#d58a7c", "#f0aa9c"),
}


def is_dark(palette: QPalette) -> bool:
    """Whether the palette shows light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.45


def timer_colors(state: TimerState | None, palette: QPalette) -> TimerColors:
    """The colours for a timer in ``state`` (None: not started or finished) on ``palette``."""
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    track = window.lighter(135) if dark else window.darker(112)
    if state is None:
        neutral = palette.color(QPalette.ColorRole.PlaceholderText)
        return TimerColors(neutral, track, palette.color(QPalette.ColorRole.WindowText))
    fill, text = (_DARK if dark else _LIGHT)[state]
    text_color = QColor(text) if state is not TimerState.PLENTY else QColor()
    if not text_color.isValid():
        text_color = palette.color(QPalette.ColorRole.WindowText)
    return TimerColors(QColor(fill), track, text_color)


def muted_text(palette: QPalette) -> QColor:
    """A quieter text colour that still reads well (for secondary lines)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    # Two thirds of the way from the background to the text: quiet, still above 4.5:1.
    return QColor(
        round(window.red() + (text.red() - window.red()) * 0.72),
        round(window.green() + (text.green() - window.green()) * 0.72),
        round(window.blue() + (text.blue() - window.blue()) * 0.72),
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def dark_palette() -> QPalette:
    """A calm dark palette (not black: easier on the eyes beside a bright video call)."""
    return _palette(
        window="#262a2e",
        text="#e8e6e1",
        base="#30353b",
        alternate="#3a4046",
        button="#3a4046",
        highlight="#4f9aa4",
        placeholder="#a3a7ab",
        dark=True,
    )


def _palette(
    *,
    window: str,
    text: str,
    base: str,
    alternate: str,
    button: str,
    highlight: str,
    placeholder: str,
    dark: bool,
) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    colors = {
        role.Window: window,
        role.WindowText: text,
        role.Base: base,
        role.AlternateBase: alternate,
        role.ToolTipBase: base,
        role.ToolTipText: text,
        role.PlaceholderText: placeholder,
        role.Text: text,
        role.Button: button,
        role.ButtonText: text,
        role.BrightText: "#ffffff",
        role.Highlight: highlight,
        role.HighlightedText: "#ffffff",
        role.Link: "#7cc4cc" if dark else "#1f5f68",
        role.Light: QColor(button).lighter(130).name(),
        role.Midlight: QColor(button).lighter(115).name(),
        role.Mid: QColor(button).darker(130).name(),
        role.Dark: QColor(button).darker(160).name(),
        role.Shadow: "#000000",
    }
    for color_role, value in colors.items():
        palette.setColor(color_role, QColor(value))
    disabled = QColor(placeholder)
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, color_role, disabled)
    return palette
