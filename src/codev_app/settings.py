"""The facilitator's preferences, kept as a small JSON file in the config folder.

The file looks like this (every key is optional; missing ones take their default)::

    {
      "format": "codev-settings",
      "schema_version": 1,
      "language": "fr",
      "chime_volume": 60,
      ...
    }

Reading never fails and never loses anything: a damaged or foreign file gives the default settings
plus a message for the UI, and the file is renamed ``settings.json.broken-<time>`` so nothing can
overwrite it. Unknown keys are ignored; a wrong value is replaced by its default, with a message.
Writing is atomic: a crash while saving leaves either the old file or the new one, never half of it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from codev_app import paths
from codev_app.core.files import atomic_write
from codev_app.core.timing import DEFAULT_WARNING_FRACTION

FORMAT_NAME = "codev-settings"
SCHEMA_VERSION = 1
SETTINGS_FILE_NAME = paths.SETTINGS_FILE_NAME
MAX_RETENTION_MONTHS = 120
MAX_NAME_LENGTH = 200
# The same bounds as a template's speaker_seconds (docs/template-format.md).
MIN_SPEAKER_SECONDS = 10
MAX_SPEAKER_SECONDS = 3600


class Language(StrEnum):
    """Language of the interface and of the documents Codev writes."""

    SYSTEM = "system"
    FR = "fr"
    EN = "en"


@dataclass(frozen=True)
class Settings:
    """Every preference a facilitator can set; change one with :func:`dataclasses.replace`.

    Invalid values raise :class:`ValueError` at construction, so a saved file is always valid.
    """

    language: Language = Language.SYSTEM
    # The chime marks the end of a phase; muted by default would surprise nobody, but most want it.
    chime_muted: bool = False
    chime_volume: int = 70
    # Share of a phase left when the gentle warning shows (0 turns the warning off).
    warning_fraction: float = DEFAULT_WARNING_FRACTION
    # When a phase runs long, keep the session's planned end time (later phases get shorter).
    keep_end_time: bool = False
    # After a crash, reopen the interrupted session paused rather than running.
    resume_paused_after_crash: bool = True
    # Delete finished sessions older than this many months; None keeps them until deleted by hand.
    retention_months: int | None = None
    # Template proposed for a new session.
    default_template_id: str = "classic"
    # Printed on summaries as the facilitator of the session.
    facilitator_name: str = ""
    # Keep the console window above the video call.
    always_on_top: bool = False
    # The first-launch welcome (name, language, demo or first session) has been shown.
    first_launch_done: bool = False
    # Time per speaker for phases taken in turns (a round, raised hands) that do not set their
    # own; None: no limit.
    speaker_seconds: int | None = None

    def __post_init__(self) -> None:
        for item in fields(self):
            try:
                value = _VALIDATORS[item.name](getattr(self, item.name))
            except ValueError as error:
                raise ValueError(f"{item.name}: {error}") from None
            object.__setattr__(self, item.name, value)


def _language(value: object) -> Language:
    if isinstance(value, str) and value in Language._value2member_map_:
        return Language(value)
    raise ValueError('must be "system", "fr" or "en"')


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("must be true or false")


def _int_between(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        raise ValueError(f"must be a whole number from {low} to {high}")

    return check


def _fraction(value: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        return float(value)
    raise ValueError("must be a fraction from 0 to 0.99")


def _retention(value: object) -> int | None:
    return None if value is None else _int_between(1, MAX_RETENTION_MONTHS)(value)


def _speaker_seconds(value: object) -> int | None:
    return None if value is None else _int_between(MIN_SPEAKER_SECONDS, MAX_SPEAKER_SECONDS)(value)


def _text(value: object) -> str:
    if isinstance(value, str) and len(value) <= MAX_NAME_LENGTH and value.isprintable():
        return value.strip()
    raise ValueError(f"must be a single line of at most {MAX_NAME_LENGTH} characters")


def _template_id(value: object) -> str:
    if isinstance(value, str) and value and _text(value) == value:
        return value
    raise ValueError("must be the id of a template")


_VALIDATORS: Mapping[str, Callable[[object], Any]] = {
    "language": _language,
    "chime_muted": _bool,
    "chime_volume": _int_between(0, 100),
    "warning_fraction": _fraction,
    "keep_end_time": _bool,
    "resume_paused_after_crash": _bool,
    "retention_months": _retention,
    "default_template_id": _template_id,
    "facilitator_name": _text,
    "always_on_top": _bool,
    "first_launch_done": _bool,
    "speaker_seconds": _speaker_seconds,
}


def settings_path() -> Path:
    """Where the settings file lives (``settings.json`` in the config folder)."""
    return paths.settings_file()


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The JSON document for ``settings``, with its format marker and schema version first."""
    document: dict[str, Any] = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION}
    for item in fields(settings):
        value = getattr(settings, item.name)
        document[item.name] = str(value) if isinstance(value, StrEnum) else value
    return document


def settings_from_dict(document: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from the known keys of ``document``; a wrong value gives its default and a message.

    Unknown keys (from a newer Codev, or hand edits) are ignored without a message.
    """
    defaults = Settings()
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    for item in fields(Settings):
        if item.name not in document:
            continue
        raw = document[item.name]
        try:
            changes[item.name] = _VALIDATORS[item.name](raw)
        except ValueError as error:
            default = getattr(defaults, item.name)
            shown = str(default) if isinstance(default, StrEnum) else default
            warnings.append(
                f"Setting “{item.name}” = {json.dumps(raw, ensure_ascii=False)} {error}; "
                f"the default ({json.dumps(shown, ensure_ascii=False)}) is used instead."
            )
    return replace(defaults, **changes), warnings


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read the settings file; never raises for a missing, damaged or foreign file.

    Returns the settings and the messages the UI should show (empty when all went well). A file that
    is not a Codev settings file is renamed ``<name>.broken-<time>`` and defaults are returned.
    """
    path = settings_path() if path is None else path
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as error:
        return Settings(), [
            f"Codev could not read its settings file {path} ({error.strerror or error}). "
            "Default settings are used for now; the file was left as it is."
        ]

    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return Settings(), [_set_aside_message(path, f"it is not valid JSON: {error}")]
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        return Settings(), [_set_aside_message(path, "it is not a Codev settings file")]
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return Settings(), [_set_aside_message(path, "its schema_version is missing or wrong")]

    settings, warnings = settings_from_dict(document)
    if version > SCHEMA_VERSION:
        warnings.insert(
            0,
            f"The settings file {path} was written by a newer version of Codev. "
            "The settings this version knows were read; the others are ignored.",
        )
    return settings, warnings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write ``settings`` atomically (temporary file, fsync, rename) and return the file's path.

    A file there that is not a Codev settings file is renamed ``<name>.broken-<time>`` first;
    raises OSError if that fails or the folder is not writable.
    """
    path = settings_path() if path is None else path
    if path.exists() and not _is_settings_file(path) and _set_aside(path) is None:
        # Never overwrite a file we could not understand: it may be the only copy of something.
        raise OSError(f"{path} is not a Codev settings file and could not be renamed")
    text = json.dumps(settings_to_dict(settings), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, text.encode("utf-8"))
    return path


def _is_settings_file(path: Path) -> bool:
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(document, dict) and document.get("format") == FORMAT_NAME


def _set_aside_message(path: Path, reason: str) -> str:
    kept = _set_aside(path)
    if kept is None:
        return (
            f"The settings file {path} could not be used ({reason}). Codev uses its default "
            "settings and will not save over that file (it could not be renamed)."
        )
    return (
        f"The settings file {path} could not be used ({reason}). Codev uses its default "
        f"settings; the old file was kept as {kept.name}."
    )


def _set_aside(path: Path) -> Path | None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(1, 100):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(f"{path.name}.broken-{stamp}{suffix}")
        if target.exists():
            continue
        try:
            os.rename(path, target)
        except OSError:
            return None
        return target
    return None
