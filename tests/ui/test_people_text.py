"""Names with direction controls and emoji in the windows: shown isolated, drawn with glyphs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.text import FSI, PDI
from codev_app.fonts import BUNDLED_FAMILY, EMOJI_FAMILY, register_bundled_fonts
from tests.ui.test_console import CTRL, FakeChime, make_window, press
from tests.ui.test_console import english as english  # the autouse fixture: English texts

OVERRIDDEN = "abc\u202edcba\u202c"


def test_new_session_shows_names_isolated_and_keeps_them_as_typed(qtbot: QtBot) -> None:
    window = make_window(qtbot, FakeClock(), FakeChime())
    page = window.show_new_session()
    assert page is not None
    for name in (OVERRIDDEN, "سارة"):
        assert page.add_name(name)
    shown = [page.people.item(row).text() for row in range(page.people.count())]
    assert shown == ["abcdcba", f"{FSI}سارة{PDI}"]
    assert page.client_combo.itemText(1) == "abcdcba"
    assert page.participants() == [OVERRIDDEN, "سارة"]  # nothing typed is lost
    page.people.setCurrentRow(0)
    page.remove_selected()
    assert page.participants() == ["سارة"] and page.client_combo.count() == 2
    QTest.keyClicks(page.name_field, "Zoe")
    press(window, Qt.Key.Key_Return, CTRL)
    assert window.console is not None
    assert [p.name for p in window.console.live.roster] == ["سارة", "Zoe"]


def _families_drawing(text: str, font: QFont) -> dict[str, list[int]]:
    """Which font draws which glyphs of ``text``, as Qt lays it out for painting."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs: dict[str, list[int]] = {}
    for run in layout.glyphRuns():
        runs.setdefault(run.rawFont().familyName(), []).extend(run.glyphIndexes())
    return runs


def test_an_emoji_in_a_name_is_drawn_with_the_bundled_emoji_font(qtbot: QtBot) -> None:
    register_bundled_fonts()
    label = QLabel("Lou 🙂 Ré")
    qtbot.addWidget(label)
    font = QFont(label.font())
    font.setFamilies([BUNDLED_FAMILY])
    label.setFont(font)
    runs = _families_drawing(label.text(), label.font())
    assert EMOJI_FAMILY in runs, runs
    assert all(glyph != 0 for glyph in runs[EMOJI_FAMILY])  # 0 is the empty box
    assert set(runs) <= {BUNDLED_FAMILY, EMOJI_FAMILY}
