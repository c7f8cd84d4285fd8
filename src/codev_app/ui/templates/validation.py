"""What is wrong with a template being edited, field by field, as the core's validation says.

The core stops at the first error of a file. The editor wants every problem next to its field, so
each phase is validated on its own (in a one-phase template) and the template's own fields in a
template whose phases are known to be valid; the field paths of the core's
:class:`~codev_app.core.errors.TemplateError` (``phases[1].minutes``) say where each problem is.
This module imports no Qt.
"""

from __future__ import annotations

import re
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
_PLACEHOLDER_PHASE = {"id": "placeholder", "minutes": 1, "name": "placeholder"}


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


def find_issues(template: Template) -> list[Issue]:
    """Every problem the core would refuse, the template's own fields first, then phase by phase."""
    issues: list[Issue] = []
    own = template_to_data(template)
    own["phases"] = [_PLACEHOLDER_PHASE]
    error = _check(own)
    if error is not None:
        issues.append(Issue(None, error.field, error.detail))
    if not template.phases:
        issues.append(Issue(None, "phases", "a template needs at least one phase"))
    for phase in template.phases:
        alone = {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "id": "placeholder",
            "name": "placeholder",
            "phases": [phase_to_data(phase)],
        }
        error = _check(alone)
        if error is not None:
            match = _PHASE_FIELD.match(error.field)
            field = match["field"] if match else error.field
            issues.append(Issue(phase.id, field, error.detail))
    if not issues and template.phases:
        # Whatever only shows with every phase together (two phases with one id).
        error = _check(template_to_data(template))
        if error is not None:
            issues.append(Issue(None, error.field, error.detail))
    return issues
