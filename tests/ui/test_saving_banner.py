"""Every autosave problem the storage layer can report has its own words in the banner."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from codev_app.persistence import SavingProblem
from codev_app.ui.record.banners import saving_problem_text


def test_each_saving_problem_is_said_in_its_own_words(qtbot: QtBot) -> None:
    texts = {problem: saving_problem_text(problem) for problem in SavingProblem}
    assert len(set(texts.values())) == len(SavingProblem)
    assert "disk is full" in texts[SavingProblem.DISK_FULL]
    assert "unexpected" in texts[SavingProblem.UNEXPECTED]


def test_an_unknown_message_is_said_calmly(qtbot: QtBot) -> None:
    assert "unexpected storage error" in saving_problem_text("something else went wrong")
