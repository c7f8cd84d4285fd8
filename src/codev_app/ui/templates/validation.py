"""What is wrong with a template being edited, field by field, as the core's validation says.

The core stops at the first error of a file. The editor wants every problem next to its field, so
each phase is validated on its own (in a one-phase template) and the template's own fields in a
template whose phases are known to be valid; the field paths of the core's
:class:`~codev_app.core.errors.TemplateError` (``phases[1].minutes``) say where each problem is.
This module imports no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codev_app.core.errors import TemplateError
from codev_app.core.template import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    Template,
    parse_template,
    phase_to_data,
    template_to_data,
)

_PHASE_FIELD = re.compile(r"^phases\[\d+\]\.?(?P<field>[a-z_]*)")
_PLACEHOLDER_PHASE: dict[str, Any] = {"id": "placeholder", "minutes": 1, "name": "placeholder"}
_OWN_PLACEHOLDERS: dict[str, Any] = {"id": "placeholder", "name": "placeholder"}
_MAX_ROUNDS = 20
#: The phase fields in the order the editor shows them.
FORM_ORDER = (
    "name",
    "purpose",
    "rules",
    "opening_prompt",
    "closing_prompt",
    "speakers",
    "turns",
    "minutes",
    "speaker_seconds",
    "warning_fraction",
)


@dataclass(frozen=True)
class Issue:
    """One problem: in a phase (``phase_id``) or in the template itself (``phase_id`` None).

    ``field`` is the key as in the template format (``name``, ``minutes``, ``speaker_seconds``…);
    ``detail`` is the core's English message.
    """

    phase_id: str | None
    field: str
    detail: str


def _check(data: dict[str, Any]) -> TemplateError | None:
    try:
        parse_template(data, source="editor")
    except TemplateError as error:
        return error
    return None


def _all_errors(data: dict[str, Any], fix: Callable[[str], bool]) -> list[TemplateError]:
    """Every error of ``data``: after each one, ``fix`` makes that field valid and we look again."""
    errors: list[TemplateError] = []
    for _ in range(_MAX_ROUNDS):
        error = _check(data)
        if error is None or not fix(error.field):
            if error is not None:
                errors.append(error)
            break
        errors.append(error)
    return errors


def _field_of(path: str) -> str:
    match = _PHASE_FIELD.match(path)
    field = match["field"] if match else path
    return field.split(".")[0]


def find_issues(template: Template) -> list[Issue]:
    """Every problem the core would refuse: the template's own fields, then phase by phase.

    Within a phase, problems come in the order of the editor's form (name first).
    """
    issues: list[Issue] = []
    own = template_to_data(template)
    own["phases"] = [_PLACEHOLDER_PHASE]

    def fix_own(path: str) -> bool:
        field = path.split(".")[0]
        if field not in _OWN_PLACEHOLDERS or own.get(field) == _OWN_PLACEHOLDERS[field]:
            return False
        own[field] = _OWN_PLACEHOLDERS[field]
        return True

    for error in _all_errors(own, fix_own):
        issues.append(Issue(None, error.field.split(".")[0], error.detail))
    if not template.phases:
        issues.append(Issue(None, "phases", "a template needs at least one phase"))
    for phase in template.phases:
        phase_data = phase_to_data(phase)
        alone = {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "id": "placeholder",
            "name": "placeholder",
            "phases": [phase_data],
        }

        def fix_phase(path: str, phase_data: dict[str, Any] = phase_data) -> bool:
            field = _field_of(path)
            if field not in phase_data or phase_data[field] == _PLACEHOLDER_PHASE.get(field):
                return False
            if field in _PLACEHOLDER_PHASE:
                phase_data[field] = _PLACEHOLDER_PHASE[field]
            else:
                del phase_data[field]  # every other key has a valid default
            return True

        found = [
            Issue(phase.id, _field_of(error.field), error.detail)
            for error in _all_errors(alone, fix_phase)
        ]
        order = {field: index for index, field in enumerate(FORM_ORDER)}
        issues.extend(sorted(found, key=lambda issue: order.get(issue.field, len(order))))
    if not issues and template.phases:
        # Whatever only shows with every phase together (two phases with one id).
        whole = _check(template_to_data(template))
        if whole is not None:
            issues.append(Issue(None, whole.field, whole.detail))
    return issues
