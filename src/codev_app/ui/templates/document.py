"""The template being edited: one immutable :class:`Template` value, replaced on every change.

The editor never changes a template in place. Each edit is an undo command
(:mod:`codev_app.ui.templates.commands`) that computes the next value with the helpers below and
hands it to :meth:`TemplateDocument.set_template`; the document announces the change and the
widgets repaint from it. Phases are addressed by their id, which never changes while editing, so
an undo command stays right whatever happened to the order of the phases since.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from codev_app.core.template import LANGUAGES, LocalizedText, Phase, Template

#: Texts of a phase the editor shows per language.
PHASE_TEXT_KEYS = ("name", "purpose", "rules", "opening_prompt", "closing_prompt")
#: Texts of the template itself.
TEMPLATE_TEXT_KEYS = ("name", "description")
#: Other phase values the editor changes (all but texts and the id).
PHASE_VALUE_KEYS = (
    "planned_seconds",
    "speakers",
    "turns",
    "speaker_seconds",
    "warning_fraction",
    "chime",
    "is_break",
)
_NEUTRAL = "*"
_PHASE_NUMBER = re.compile(r"^phase-(\d+)$")


def text_in(text: LocalizedText, language: str) -> str:
    """What the field for ``language`` shows: that language's text, or the text for every language.

    Unlike :meth:`LocalizedText.get` there is no fallback to another language: an empty field means
    "not written in this language yet" (the editor shows the other language as a hint).
    """
    values = dict(text.translations)
    return values.get(language) or values.get(_NEUTRAL, "")


def with_text(text: LocalizedText, language: str, value: str) -> LocalizedText:
    """``text`` with its ``language`` version replaced by ``value`` (removed when empty).

    A text written once for every language is split first, so that writing the French never
    changes what an English reader sees.
    """
    values = dict(text.translations)
    neutral = values.pop(_NEUTRAL, "")
    if neutral:
        for other in LANGUAGES:
            values.setdefault(other, neutral)
    if value:
        values[language] = value
    else:
        values.pop(language, None)
    return LocalizedText(tuple(sorted((lang, v) for lang, v in values.items() if v)))


def new_phase_id(phases: tuple[Phase, ...]) -> str:
    """A phase id not used by ``phases``: ``phase-1``, ``phase-2``…"""
    used = {phase.id for phase in phases}
    number = len(phases) + 1
    while f"phase-{number}" in used:
        number += 1
    return f"phase-{number}"


class TemplateDocument(QObject):
    """Holds the template being edited and announces each new value.

    ``changed`` carries what changed: ``"template"`` (name, description), ``"phases"`` (phases
    added, removed, moved or refitted) or ``"phase:<id>"`` (one phase's fields).
    """

    changed = Signal(str)

    def __init__(self, template: Template, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._template = template

    @property
    def template(self) -> Template:
        """The current value."""
        return self._template

    def set_template(self, template: Template, what: str) -> None:
        """Replace the value and announce ``what`` changed."""
        self._template = template
        self.changed.emit(what)

    # --- reading -----------------------------------------------------------------------------

    def index_of(self, phase_id: str) -> int:
        """Position of a phase; raises :class:`KeyError` when absent."""
        for index, phase in enumerate(self._template.phases):
            if phase.id == phase_id:
                return index
        raise KeyError(phase_id)

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id."""
        return self._template.phase(phase_id)

    # --- changes (called by the undo commands) -----------------------------------------------

    def set_template_text(self, key: str, language: str, value: str) -> None:
        """Set the template's name or description in one language."""
        current: LocalizedText = getattr(self._template, key)
        fields: dict[str, Any] = {key: with_text(current, language, value)}
        updated = replace(self._template, **fields)
        self.set_template(updated, "template")

    def set_phase_fields(self, phase_id: str, **fields: Any) -> None:
        """Replace some fields of one phase."""
        phases = tuple(
            replace(phase, **fields) if phase.id == phase_id else phase
            for phase in self._template.phases
        )
        self.set_template(self._template.with_phases(phases), f"phase:{phase_id}")

    def set_phase_text(self, phase_id: str, key: str, language: str, value: str) -> None:
        """Set one text of one phase in one language."""
        current: LocalizedText = getattr(self.phase(phase_id), key)
        self.set_phase_fields(phase_id, **{key: with_text(current, language, value)})

    def set_phases(self, phases: tuple[Phase, ...]) -> None:
        """Replace the whole list of phases."""
        self.set_template(self._template.with_phases(phases), "phases")
