"""The "fit to total time" panel: before/after per phase, kept phases, unreachable totals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.template import LocalizedText, Phase
from codev_app.ui.templates.fit import AFTER, BEFORE, CHANGE, KEEP, NAME, FitPanel

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


def _phases(*minutes: int) -> list[Phase]:
    base = Phase(id="p", name=LocalizedText.of("x"), planned_seconds=60)
    return [
        replace(base, id=f"p{i}", name=LocalizedText.of(f"Phase {i}"), planned_seconds=m * 60)
        for i, m in enumerate(minutes)
    ]


@pytest.fixture
def panel(qtbot: QtBot) -> FitPanel:
    fit = FitPanel()
    qtbot.addWidget(fit)
    phases = _phases(10, 20, 30, 60)
    fit.start(phases, [p.name.get("en") for p in phases])
    fit.show()
    return fit


def _cell(panel: FitPanel, row: int, column: int) -> QTableWidgetItem:
    item = panel.table.item(row, column)
    assert item is not None
    return item


def _column(panel: FitPanel, column: int) -> list[str]:
    return [_cell(panel, row, column).text() for row in range(panel.table.rowCount())]


def test_it_opens_on_the_current_total_with_nothing_to_apply(panel: FitPanel) -> None:
    assert panel.target.value() == 120
    assert _column(panel, NAME) == ["Phase 0", "Phase 1", "Phase 2", "Phase 3"]
    assert _column(panel, BEFORE) == [f"10{NBSP}min", f"20{NBSP}min", f"30{NBSP}min", f"1{NBSP}h"]
    assert _column(panel, CHANGE) == ["="] * 4
    assert not panel.apply_button.isEnabled()


def test_before_and_after_per_phase(panel: FitPanel) -> None:
    panel.target.setValue(60)
    assert _column(panel, AFTER) == [f"5{NBSP}min", f"10{NBSP}min", f"15{NBSP}min", f"30{NBSP}min"]
    assert _column(panel, CHANGE) == [
        f"−5{NBSP}min",
        f"−10{NBSP}min",
        f"−15{NBSP}min",
        f"−30{NBSP}min",
    ]
    assert panel.summary.text() == f"Now 2{NBSP}h, after 1{NBSP}h."
    assert panel.apply_button.isEnabled() and not panel.message.isVisibleTo(panel)


def test_kept_phases_do_not_change(panel: FitPanel, qtbot: QtBot) -> None:
    _cell(panel, 3, KEEP).setCheckState(Qt.CheckState.Checked)
    assert panel.pinned == {"p3"}
    panel.target.setValue(90)
    assert _column(panel, AFTER) == [f"5{NBSP}min", f"10{NBSP}min", f"15{NBSP}min", f"1{NBSP}h"]
    with qtbot.waitSignal(panel.apply_requested) as applied:
        panel.apply_button.click()
    assert applied.args == [{"p0": 300, "p1": 600, "p2": 900}]  # only what changes


def test_kept_phases_survive_a_refresh_by_id(panel: FitPanel) -> None:
    panel.set_pinned("p1", True)
    phases = _phases(10, 20, 30, 60)
    reordered = [phases[1], phases[0], phases[2], phases[3]]
    panel.set_phases(reordered, [p.name.get("en") for p in reordered])
    assert _cell(panel, 0, KEEP).checkState() == Qt.CheckState.Checked
    assert panel.pinned == {"p1"}
    label = _cell(panel, 0, KEEP).data(Qt.ItemDataRole.AccessibleTextRole)
    assert label == "Keep the time of Phase 1"


def test_a_total_too_short_is_explained_with_the_shortest_possible(panel: FitPanel) -> None:
    panel.set_pinned("p3", True)
    panel.minimum.setValue(5)
    panel.target.setValue(70)
    assert panel.result is None and not panel.apply_button.isEnabled()
    assert panel.message.isVisibleTo(panel)
    assert panel.message.text() == (
        f"1{NBSP}h{NBSP}10 is too short: the phases you keep and the shortest time per phase "
        f"need at least 1{NBSP}h{NBSP}15."
    )
    assert panel.suggestion.text() == f"Use 1{NBSP}h{NBSP}15"
    panel.suggestion.click()
    assert panel.target.value() == 75
    assert panel.result is not None and panel.result.total_after_seconds == 75 * 60


def test_a_total_too_long_is_explained_with_the_longest_possible(panel: FitPanel) -> None:
    panel.target.setValue(1000)
    assert "is too long" in panel.message.text()
    assert panel.suggestion.text() == f"Use 16{NBSP}h"
    panel.suggestion.click()
    assert panel.target.value() == 960 and panel.result is not None


def test_every_phase_kept_says_how_to_change_the_total(panel: FitPanel) -> None:
    for phase_id in ("p0", "p1", "p2", "p3"):
        panel.set_pinned(phase_id, True)
    panel.target.setValue(100)
    assert panel.message.text() == (
        f"Every phase keeps its time, so the plan lasts 2{NBSP}h. "
        "Untick a phase to change the total."
    )
    assert not panel.suggestion.isVisibleTo(panel)
