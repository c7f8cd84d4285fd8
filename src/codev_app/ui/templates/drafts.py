"""Autosaved drafts of templates being edited, so that a crash never loses the facilitator's work.

While a template has unsaved changes, the editor writes it to ``<data>/drafts/<id>.toml`` (the
template format plus a small ``[draft]`` table). Saving or discarding the changes deletes the
draft; after a crash the draft is still there and the library offers it back.

A draft may hold what the template format refuses (a phase whose name was just erased), so it is
read back leniently: what is valid is kept as is, and a value that is not is replaced by the
default, never refused. This module imports no Qt.
"""

from __future__ import annotations

import contextlib
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from codev_app import paths
from codev_app.core.errors import TemplateError
from codev_app.core.files import atomic_write
from codev_app.core.template import (
    DEFAULT_WARNING_FRACTION,
    LocalizedText,
    Phase,
    RecordField,
    Speakers,
    Template,
    TurnMode,
    parse_template,
    template_to_data,
)

DRAFT_KEY = "draft"


@dataclass(frozen=True)
class Draft:
    """An autosaved template: ``is_new`` when it was never saved to the library."""

    template: Template
    is_new: bool
    saved_at: datetime
    path: Path


def drafts_dir() -> Path:
    """Folder of the autosaved drafts (private, created on demand; checked at start-up by
    :func:`codev_app.paths.unwritable_folders`)."""
    return paths.drafts_dir()


class DraftStore:
    """Drafts in one folder, one file per template id."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else drafts_dir()

    def path_for(self, template_id: str) -> Path:
        """The draft file of a template."""
        return self.folder / f"{template_id}.toml"

    def save(self, template: Template, *, is_new: bool, now: datetime | None = None) -> Path:
        """Write (atomically) the draft of ``template``; returns its path."""
        data = template_to_data(template)
        saved_at = (now or datetime.now()).replace(microsecond=0)
        data[DRAFT_KEY] = {"is_new": is_new, "saved_at": saved_at.isoformat()}
        path = self.path_for(template.id)
        atomic_write(path, tomli_w.dumps(data, multiline_strings=True).encode("utf-8"))
        return path

    def load(self, template_id: str) -> Draft | None:
        """The draft of a template, or None when there is none or it cannot be read at all."""
        return self._read(self.path_for(template_id))

    def delete(self, template_id: str) -> None:
        """Forget the draft of a template (no error when there is none)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(template_id).unlink()

    def all(self) -> list[Draft]:
        """Every readable draft, oldest first."""
        if not self.folder.is_dir():
            return []
        found = [self._read(path) for path in sorted(self.folder.glob("*.toml"))]
        return sorted((d for d in found if d is not None), key=lambda d: d.saved_at)

    @staticmethod
    def _read(path: Path) -> Draft | None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
            return None
        meta = data.pop(DRAFT_KEY, {})
        meta = meta if isinstance(meta, dict) else {}
        try:
            template = parse_template(data, source=str(path)).template
        except TemplateError:
            lenient = lenient_template(data)
            if lenient is None:
                return None
            template = lenient
        try:
            saved_at = datetime.fromisoformat(str(meta.get("saved_at", "")))
        except ValueError:
            saved_at = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        return Draft(template, bool(meta.get("is_new", False)), saved_at, path)


# --- lenient reading -----------------------------------------------------------------------------


def _text(value: Any) -> LocalizedText:
    if isinstance(value, str):
        return LocalizedText.of(value)
    if isinstance(value, dict):
        return LocalizedText(
            tuple(sorted((k, v) for k, v in value.items() if isinstance(v, str) and v))
        )
    return LocalizedText()


def _choice(kind: Any, value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def _number(value: Any, default: float) -> float:
    return (
        float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default
    )


def _lenient_phase(data: dict[str, Any], index: int, used: set[str]) -> Phase:
    phase_id = data.get("id")
    if not isinstance(phase_id, str) or not phase_id or phase_id in used:
        phase_id = f"phase-{index + 1}"
        while phase_id in used:
            phase_id += "-b"
    used.add(phase_id)
    speaker_seconds = data.get("speaker_seconds")
    fills = data.get("fills", [])
    return Phase(
        id=phase_id,
        name=_text(data.get("name")),
        planned_seconds=max(0, round(_number(data.get("minutes"), 1) * 60)),
        speakers=_choice(Speakers, data.get("speakers"), Speakers.EVERYONE),
        turns=_choice(TurnMode, data.get("turns"), TurnMode.FREE),
        purpose=_text(data.get("purpose")),
        rules=_text(data.get("rules")),
        opening_prompt=_text(data.get("opening_prompt")),
        closing_prompt=_text(data.get("closing_prompt")),
        fills=tuple(
            RecordField(item)
            for item in (fills if isinstance(fills, list) else [])
            if item in set(RecordField)
        ),
        warning_fraction=_number(data.get("warning_fraction"), DEFAULT_WARNING_FRACTION),
        chime=data.get("chime") is not False,
        speaker_seconds=speaker_seconds
        if isinstance(speaker_seconds, int) and not isinstance(speaker_seconds, bool)
        else None,
        is_break=data.get("break") is True,
    )


def lenient_template(data: Any) -> Template | None:
    """A template from draft data, keeping every value it can; None without an id or phases."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    raw_phases = data.get("phases")
    if not isinstance(raw_phases, list):
        return None
    used: set[str] = set()
    phases = tuple(
        _lenient_phase(item, index, used)
        for index, item in enumerate(raw_phases)
        if isinstance(item, dict)
    )
    return Template(
        id=data["id"],
        name=_text(data.get("name")),
        phases=phases,
        description=_text(data.get("description")),
    )
