"""The insights window from the history: the PDF's charts on screen, each with its table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from codev_app.core.groups import new_group
from codev_app.storage.groups import GroupStore
from codev_app.storage.repository import LogEntry, Store
from codev_app.ui.insights.window import ChartView, InsightsWindow
from codev_app.ui.record.history_window import HistoryWindow
from tests.insight_sessions import EVEN, ONE_VOICE, play


def _keep(store: Store) -> int:
    groups = GroupStore(store)
    group = groups.save_group(new_group("Les Tilleuls", ["Fanny"], language="fr"))
    last = 0
    for day in range(3):
        bundle, log = play(
            ONE_VOICE if day == 2 else EVEN,
            day=day,
            contract_seconds=480.0,
            extra=day == 2,
            suggestions=(("Bruno", True), ("Chloé", False)),
        )
        last = store.save_bundle(bundle)
        entries = [LogEntry(n, at, "facilitator", cmd) for n, (at, cmd) in enumerate(log, 1)]
        store.command_log.append(last, entries)
        groups.link_session(last, group.id)
    return last


def _texts(window: InsightsWindow, tab: int) -> list[str]:
    page = window.tabs.widget(tab)
    assert page is not None
    return [label.text() for label in page.findChildren(QLabel)]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_insights_open_from_the_history_with_their_tables(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    with Store.open(tmp_path / "codev.db") as store:
        session_id = _keep(store)
        history = HistoryWindow(store, language=language)
        qtbot.addWidget(history)
        history.show()
        assert history.select(session_id)
        QTest.mouseClick(history.insights_button, Qt.MouseButton.LeftButton)
        window = history.insights_window
        assert isinstance(window, InsightsWindow)
        qtbot.addWidget(window)
        texts = _texts(window, 0)
        if language == "en":
            assert (
                "1. In “Consultation”, Bruno spoke 60% of the time, against an even share of 25%."
                in texts
            )
            assert window.tabs.tabText(1) == "This group's sessions"
        else:
            assert any("Bruno a parlé 60\u202f% du temps" in text for text in texts)
        session_tab, group_tab = (window.tabs.widget(0), window.tabs.widget(1))
        assert isinstance(session_tab, QWidget) and isinstance(group_tab, QWidget)
        charts = session_tab.findChildren(ChartView)
        assert {chart.objectName() for chart in charts} >= {
            "chart:time",
            "chart:timeline",
            "chart:balance:consultation",
        }
        # Each chart's numbers, for a screen reader.
        table = session_tab.findChild(QTableWidget, "table:balance:consultation")
        assert table is not None and table.accessibleName() == charts[2].accessibleName()
        cells = [table.item(0, column) for column in range(2)]
        assert [cell.text() if cell else "" for cell in cells] == ["Bruno", "6:00"]
        over = group_tab.findChild(QTableWidget, "table:overruns")
        assert over is not None and over.rowCount() == 4  # all sessions, then each of the three
        window.tabs.setCurrentIndex(0)
        shots = os.environ.get("CODEV_INSIGHT_SHOTS")
        if shots:
            for tab in (0, 1):
                window.tabs.setCurrentIndex(tab)
                window.grab().save(f"{shots}/insights_{language}_{tab}.png")
        window.close()
