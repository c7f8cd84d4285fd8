"""Undo commands of the template editor: one small class per kind of edit.

Each command keeps the value before and after its change and gives it to the
:class:`~codev_app.ui.templates.document.TemplateDocument`. Typing in one field makes one command
per keystroke that merges into the previous one, so "undo" takes back a whole word-run, not a
letter, and a run of changes to one duration is one step too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from codev_app.core.template import Phase, Template
from codev_app.ui.templates.document import TemplateDocument, text_in

# Merge ids (QUndoCommand.id): only commands of the same kind may merge.
_TEMPLATE_TEXT, _PHASE_TEXT, _PHASE_VALUE = 1, 2, 3


translate = QCoreApplication.translate


class SetTemplateText(QUndoCommand):
    """Change the template's name or description in one language (and in ``also``, the
    languages whose text simply follows it, e.g. a copy's automatic "(copy)" name)."""

    def __init__(
        self,
        document: TemplateDocument,
        key: str,
        language: str,
        value: str,
        also: tuple[str, ...] = (),
    ) -> None:
        label = (
            translate("TemplateCommands", "Change the template name")
            if key == "name"
            else translate("TemplateCommands", "Change the description")
        )
        super().__init__(label)
        self.document, self.key, self.language, self.also = document, key, language, also
        self.before = text_in(getattr(document.template, key), language)
        self.before_also = [text_in(getattr(document.template, key), other) for other in also]
        self.after = value

    def redo(self) -> None:
        for language in (self.language, *self.also):
            self.document.set_template_text(self.key, language, self.after)

    def undo(self) -> None:
        self.document.set_template_text(self.key, self.language, self.before)
        for language, before in zip(self.also, self.before_also, strict=True):
            self.document.set_template_text(self.key, language, before)

    def id(self) -> int:
        return _TEMPLATE_TEXT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetTemplateText) or (other.key, other.language, other.also) != (
            self.key,
            self.language,
            self.also,
        ):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class SetPhaseText(QUndoCommand):
    """Change one text of one phase (name, purpose, rules, prompts) in one language."""

    def __init__(
        self, document: TemplateDocument, phase_id: str, key: str, language: str, value: str
    ) -> None:
        super().__init__(translate("TemplateCommands", "Change a phase text"))
        self.document, self.phase_id, self.key, self.language = document, phase_id, key, language
        self.before = text_in(getattr(document.phase(phase_id), key), language)
        self.after = value

    def redo(self) -> None:
        self.document.set_phase_text(self.phase_id, self.key, self.language, self.after)

    def undo(self) -> None:
        self.document.set_phase_text(self.phase_id, self.key, self.language, self.before)

    def id(self) -> int:
        return _PHASE_TEXT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetPhaseText) or (other.phase_id, other.key, other.language) != (
            self.phase_id,
            self.key,
            self.language,
        ):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class SetPhaseValue(QUndoCommand):
    """Change one setting of one phase: duration, speakers, turns, speaker time, warning, chime."""

    def __init__(self, document: TemplateDocument, phase_id: str, key: str, value: Any) -> None:
        super().__init__(translate("TemplateCommands", "Change a phase setting"))
        self.document, self.phase_id, self.key = document, phase_id, key
        self.before = getattr(document.phase(phase_id), key)
        self.after = value

    def redo(self) -> None:
        self.document.set_phase_fields(self.phase_id, **{self.key: self.after})

    def undo(self) -> None:
        self.document.set_phase_fields(self.phase_id, **{self.key: self.before})

    def id(self) -> int:
        return _PHASE_VALUE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetPhaseValue) or (other.phase_id, other.key) != (
            self.phase_id,
            self.key,
        ):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class AddPhase(QUndoCommand):
    """Insert a new phase at a position."""

    def __init__(self, document: TemplateDocument, index: int, phase: Phase) -> None:
        super().__init__(translate("TemplateCommands", "Add a phase"))
        self.document, self.index, self.phase = document, index, phase

    def redo(self) -> None:
        phases = list(self.document.template.phases)
        phases.insert(self.index, self.phase)
        self.document.set_phases(tuple(phases))

    def undo(self) -> None:
        phases = tuple(p for p in self.document.template.phases if p.id != self.phase.id)
        self.document.set_phases(phases)


class RemovePhase(QUndoCommand):
    """Remove a phase (undo puts it back where it was, with everything it held)."""

    def __init__(self, document: TemplateDocument, phase_id: str) -> None:
        super().__init__(translate("TemplateCommands", "Remove a phase"))
        self.document = document
        self.index = document.index_of(phase_id)
        self.phase = document.phase(phase_id)

    def redo(self) -> None:
        phases = tuple(p for p in self.document.template.phases if p.id != self.phase.id)
        self.document.set_phases(phases)

    def undo(self) -> None:
        phases = list(self.document.template.phases)
        phases.insert(self.index, self.phase)
        self.document.set_phases(tuple(phases))


class MovePhase(QUndoCommand):
    """Move a phase to another position."""

    def __init__(self, document: TemplateDocument, phase_id: str, to_index: int) -> None:
        super().__init__(translate("TemplateCommands", "Move a phase"))
        self.document, self.phase_id = document, phase_id
        self.from_index = document.index_of(phase_id)
        self.to_index = to_index

    def _move_to(self, index: int) -> None:
        phases = list(self.document.template.phases)
        phase = phases.pop(self.document.index_of(self.phase_id))
        phases.insert(index, phase)
        self.document.set_phases(tuple(phases))

    def redo(self) -> None:
        self._move_to(self.to_index)

    def undo(self) -> None:
        self._move_to(self.from_index)


class ReplaceDurations(QUndoCommand):
    """Give several phases new durations at once (fit to total time)."""

    def __init__(self, document: TemplateDocument, seconds_by_phase: dict[str, int]) -> None:
        super().__init__(translate("TemplateCommands", "Fit to total time"))
        self.document = document
        self.after = dict(seconds_by_phase)
        self.before = {phase.id: phase.planned_seconds for phase in document.template.phases}

    def _apply(self, seconds: dict[str, int]) -> None:
        phases = tuple(
            replace(phase, planned_seconds=seconds.get(phase.id, phase.planned_seconds))
            for phase in self.document.template.phases
        )
        self.document.set_phases(phases)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ReplaceTemplate(QUndoCommand):
    """Replace everything at once (bringing back an autosaved draft)."""

    def __init__(self, document: TemplateDocument, template: Template) -> None:
        super().__init__(translate("TemplateCommands", "Restore unsaved changes"))
        self.document = document
        self.before = document.template
        self.after = replace(template, id=self.before.id, source="", read_only=False)

    def redo(self) -> None:
        self.document.set_template(self.after, "phases")

    def undo(self) -> None:
        self.document.set_template(self.before, "phases")
