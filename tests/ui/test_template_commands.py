"""The editor's undo commands and its field-by-field validation, without widgets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from codev_app.core.template import LocalizedText, Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.templates import commands
from codev_app.ui.templates.document import TemplateDocument, new_phase_id
from codev_app.ui.templates.validation import find_issues


def _express() -> Template:
    return load_template(resource_dir("templates", "codev-express.toml")).template


def test_typing_in_one_field_is_one_step_and_typing_back_is_none(qapp: QApplication) -> None:
    document = TemplateDocument(_express())
    stack = QUndoStack()
    for text in ("O", "Op", "Ope"):
        stack.push(commands.SetPhaseText(document, "opening", "name", "en", text))
    assert stack.count() == 1
    assert document.phase("opening").name.get("en") == "Ope"
    assert document.phase("opening").name.get("fr") == "Ouverture"
    stack.push(commands.SetPhaseText(document, "opening", "name", "fr", "Accueil"))
    assert stack.count() == 2  # another language: another step
    stack.undo()
    stack.undo()
    assert document.template == _express()
    stack.redo()
    stack.push(commands.SetPhaseText(document, "opening", "name", "en", "Opening"))
    assert stack.count() == 0  # back to where it was: nothing to undo


def test_phase_commands_address_phases_by_id_whatever_the_order(qapp: QApplication) -> None:
    document = TemplateDocument(_express())
    stack = QUndoStack()
    original = [p.id for p in document.template.phases]
    stack.push(commands.SetPhaseValue(document, "contract", "planned_seconds", 420))
    stack.push(commands.MovePhase(document, "contract", 0))
    stack.push(commands.RemovePhase(document, "opening"))
    new = replace(document.phase("learnings"), id=new_phase_id(document.template.phases))
    stack.push(commands.AddPhase(document, 2, new))
    stack.push(commands.ReplaceDurations(document, {"contract": 600, new.id: 120}))
    ids = [p.id for p in document.template.phases]
    assert ids[:3] == ["contract", "exposition", new.id]
    assert document.phase("contract").planned_seconds == 600
    while stack.canUndo():
        stack.undo()
    assert [p.id for p in document.template.phases] == original
    assert document.template == _express()


def test_find_issues_reports_every_problem_in_the_order_of_the_form() -> None:
    template = _express()
    broken = template.with_phases(
        [
            replace(
                template.phases[0],
                name=LocalizedText(),
                planned_seconds=0,
                speaker_seconds=5,
                warning_fraction=1.5,
            ),
            *template.phases[1:],
        ]
    )
    broken = replace(broken, name=LocalizedText())
    issues = find_issues(broken)
    assert [(i.phase_id, i.field) for i in issues] == [
        (None, "name"),
        ("opening", "name"),
        ("opening", "minutes"),
        ("opening", "speaker_seconds"),
        ("opening", "warning_fraction"),
    ]
    assert "between 1 and 240" in issues[2].detail
    assert find_issues(template) == []
    assert [i.field for i in find_issues(template.with_phases([]))] == ["phases"]
    twice = template.with_phases([template.phases[0], template.phases[0]])
    assert [(i.phase_id, i.field) for i in find_issues(twice)] == [(None, "phases[2].id")]
