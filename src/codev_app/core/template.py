"""Session templates: an ordered list of phases, read from and written to human-editable TOML.

A template file looks like this (see ``docs/template-format.md`` for every key)::

    format = "codev-template"
    schema_version = 1
    id = "classic"
    name = { fr = "Codéveloppement classique", en = "Classic co-development" }

    [[phases]]
    id = "exposition"
    minutes = 10
    speakers = "client"
    turns = "free"
    fills = ["case_title", "headline", "question"]
    name = { fr = "Exposé", en = "Case exposition" }
    rules.fr = \"\"\"
    Le client expose sa situation sans être interrompu.
    \"\"\"

Texts are either one string for every language or a table of languages. Rules are one per line.
Loading never half-succeeds: a file is either returned whole as a :class:`Template` or refused
with a :class:`TemplateError` naming the file, the field and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

import tomli_w

from codev_app.core.errors import TemplateError, TemplateProblem
from codev_app.core.phase import LocalizedText as LocalizedText
from codev_app.core.phase import Module as Module
from codev_app.core.phase import Phase as Phase
from codev_app.core.phase import RecordField as RecordField
from codev_app.core.phase import Role, RoleTexts
from codev_app.core.phase import Speakers as Speakers
from codev_app.core.phase import TurnMode as TurnMode
from codev_app.core.record import MAX_CASES
from codev_app.core.text import excerpt
from codev_app.core.timing import DEFAULT_WARNING_FRACTION as DEFAULT_WARNING_FRACTION

FORMAT_NAME = "codev-template"
SCHEMA_VERSION = 1
LANGUAGES = ("fr", "en")
MIN_PHASE_MINUTES = 1
MAX_PHASE_MINUTES = 240
_E = TypeVar("_E", bound=StrEnum)
# Matched whole (fullmatch): with ``$``, "nl\n" would pass, and be saved as a file "nl\n.toml".
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def is_valid_id(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a template or phase id: 1 to 64 lowercase letters, digits, ``-`` or
    ``_``, starting with a letter or digit, and nothing else (no final newline)."""
    return isinstance(value, str) and _ID_PATTERN.fullmatch(value) is not None


@dataclass(frozen=True)
class Template:
    """A named, ordered list of phases that a session follows."""

    id: str
    name: LocalizedText
    phases: tuple[Phase, ...]
    description: LocalizedText = field(default_factory=LocalizedText)
    source: str = ""
    read_only: bool = False

    @property
    def total_seconds(self) -> int:
        """Sum of the planned durations of every phase."""
        return sum(phase.planned_seconds for phase in self.phases)

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id; raises :class:`KeyError` when absent."""
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    def planned_phases(self) -> tuple[Phase, ...]:
        """The phases a new session starts with: each choice's default module already set."""
        defaults = {
            phase.sets: phase.module_named(phase.default_module)
            for phase in self.phases
            if phase.default_module
        }
        return tuple(
            phase.with_module(defaults[phase.id]) if phase.id in defaults else phase
            for phase in self.phases
        )

    def choice_setting(self, phase_id: str) -> Phase | None:
        """The choice phase whose module sets phase ``phase_id``, if any."""
        return next((phase for phase in self.phases if phase.sets == phase_id), None)

    def with_phases(self, phases: Iterable[Phase]) -> Template:
        """A copy with another list of phases."""
        return replace(self, phases=tuple(phases))


@dataclass(frozen=True)
class LoadedTemplate:
    """A template read from a file, with warnings about what was ignored (e.g. unknown keys)."""

    template: Template
    warnings: tuple[str, ...] = field(default_factory=tuple)


# --- reading -------------------------------------------------------------------------------------

_TEMPLATE_KEYS = {"format", "schema_version", "id", "name", "description", "phases"}
_PHASE_KEYS = {
    "id",
    "name",
    "minutes",
    "speakers",
    "turns",
    "purpose",
    "rules",
    "opening_prompt",
    "closing_prompt",
    "fills",
    "warning_fraction",
    "chime",
    "speaker_seconds",
    "break",
    "modules",
    "sets",
    "default_module",
    "roles",
    "case",
}
_MODULE_KEYS = {
    "id",
    "name",
    "purpose",
    "rules",
    "opening_prompt",
    "closing_prompt",
    "speakers",
    "turns",
    "speaker_seconds",
    "roles",
}


_ID_RULE = "must be a short identifier (lowercase letters, digits, - or _)"


def _got(value: Any) -> str:
    """The refused value, quoted short, for the end of a message ("" when the key is missing)."""
    return "" if value is None else f" (got {excerpt(value)})"


def _key(key: Any) -> str:
    """A key of the file as part of a field path: as is when short and printable, else quoted."""
    text = str(key)
    return text if len(text) <= 40 and text.isprintable() else excerpt(key)


class _Reader:
    """Walks raw TOML data, collecting warnings and raising the first error with its field path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.warnings: list[str] = []

    def fail(
        self,
        where: str,
        message: str,
        problem: TemplateProblem = TemplateProblem.OTHER,
        **values: Any,
    ) -> TemplateError:
        shown = {key: str(value) for key, value in values.items()}
        return TemplateError(
            message, source=self.source, field=where, problem=problem, values=shown
        )

    def warn_unknown(self, data: Mapping[str, Any], known: set[str], where: str) -> None:
        for key in sorted(set(data) - known, key=str):
            place = f"{where}.{_key(key)}" if where else _key(key)
            self.warnings.append(f"{self.source}: {place}: unknown key ignored")

    def text(self, value: Any, where: str, *, required: bool = False) -> LocalizedText:
        if value is None:
            if required:
                raise self.fail(where, "is missing", TemplateProblem.MISSING)
            return LocalizedText()
        if isinstance(value, str):
            result = LocalizedText.of(value)
        elif isinstance(value, dict):
            for lang, text in value.items():
                if not isinstance(text, str):
                    raise self.fail(
                        f"{where}.{_key(lang)}", "must be text", TemplateProblem.NOT_TEXT
                    )
            result = LocalizedText(tuple(sorted(value.items())))
        else:
            raise self.fail(
                where,
                "must be text or a table of languages (fr, en)",
                TemplateProblem.TEXT_OR_TABLE,
            )
        if required and not result:
            raise self.fail(where, "must not be empty", TemplateProblem.EMPTY)
        return result

    def enum(self, kind: type[_E], value: Any, where: str, default: _E) -> _E:
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise self.fail(
                where,
                f"must be one of {allowed}{_got(value)}",
                TemplateProblem.ONE_OF,
                allowed=allowed,
                got=excerpt(value),
            ) from None

    def phase(self, data: Any, index: int, seen: set[str]) -> Phase:
        where = f"phases[{index + 1}]"
        if not isinstance(data, dict):
            raise self.fail(where, "must be a table", TemplateProblem.NOT_TABLE)
        self.warn_unknown(data, _PHASE_KEYS, where)
        label = data.get("id", "") if isinstance(data.get("id"), str) else ""
        described = f"phase {index + 1} {excerpt(label)}" if label else f"phase {index + 1}"
        phase_id = data.get("id")
        if not is_valid_id(phase_id):
            raise self.fail(
                f"{where}.id",
                _ID_RULE + _got(phase_id),
                TemplateProblem.BAD_ID,
                got=excerpt(phase_id),
            )
        if phase_id in seen:
            raise self.fail(
                f"{where}.id",
                f"{phase_id!r} is used by two phases",
                TemplateProblem.DUPLICATE_ID,
                got=phase_id,
            )
        seen.add(phase_id)
        minutes = data.get("minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int | float):
            raise self.fail(
                f"{where}.minutes",
                f"{described}: duration must be a number of minutes",
                TemplateProblem.MINUTES_NOT_NUMBER,
                phase=index + 1,
            )
        if not MIN_PHASE_MINUTES <= minutes <= MAX_PHASE_MINUTES:
            raise self.fail(
                f"{where}.minutes",
                f"{described}: duration must be between {MIN_PHASE_MINUTES} and "
                f"{MAX_PHASE_MINUTES} minutes{_got(minutes)}",
                TemplateProblem.MINUTES_RANGE,
                phase=index + 1,
                min=MIN_PHASE_MINUTES,
                max=MAX_PHASE_MINUTES,
                got=excerpt(minutes),
            )
        fills_raw = data.get("fills", [])
        if not isinstance(fills_raw, list):
            raise self.fail(f"{where}.fills", "must be a list", TemplateProblem.NOT_LIST)
        fills = tuple(
            self.enum(RecordField, item, f"{where}.fills", RecordField.ATTENDANCE)
            for item in fills_raw
        )
        warning = data.get("warning_fraction", DEFAULT_WARNING_FRACTION)
        if (
            isinstance(warning, bool)
            or not isinstance(warning, int | float)
            or not (0 <= warning < 1)
        ):
            raise self.fail(
                f"{where}.warning_fraction",
                "must be a fraction between 0 and 0.99",
                TemplateProblem.WARNING_RANGE,
            )
        chime = data.get("chime", True)
        if not isinstance(chime, bool):
            raise self.fail(f"{where}.chime", "must be true or false", TemplateProblem.NOT_BOOL)
        is_break = data.get("break", False)
        if not isinstance(is_break, bool):
            raise self.fail(f"{where}.break", "must be true or false", TemplateProblem.NOT_BOOL)
        speaker_seconds = self.speaker_seconds(data.get("speaker_seconds"), where)
        case = data.get("case")
        if case is not None and (
            isinstance(case, bool) or not isinstance(case, int) or not 1 <= case <= MAX_CASES
        ):
            raise self.fail(
                f"{where}.case",
                f"must be a case number from 1 to {MAX_CASES}",
                TemplateProblem.CASE_RANGE,
                max=MAX_CASES,
            )
        modules = self.modules(data.get("modules", []), where)
        sets, default = data.get("sets", ""), data.get("default_module", "")
        if not modules and (sets or default):
            raise self.fail(
                f"{where}.modules",
                "sets and default_module need modules to choose from",
                TemplateProblem.NO_MODULES,
            )
        if sets and not is_valid_id(sets):
            raise self.fail(
                f"{where}.sets",
                "must be the id of a later phase" + _got(sets),
                TemplateProblem.NOT_LATER_PHASE,
                got=excerpt(sets),
            )
        if default and default not in {module.id for module in modules}:
            raise self.fail(
                f"{where}.default_module",
                "must be the id of one of the modules" + _got(default),
                TemplateProblem.UNKNOWN_MODULE,
                got=excerpt(default),
            )
        return Phase(
            id=phase_id,
            name=self.text(data.get("name"), f"{where}.name", required=True),
            planned_seconds=round(minutes * 60),
            speakers=self.enum(
                Speakers, data.get("speakers"), f"{where}.speakers", Speakers.EVERYONE
            ),
            turns=self.enum(TurnMode, data.get("turns"), f"{where}.turns", TurnMode.FREE),
            purpose=self.text(data.get("purpose"), f"{where}.purpose"),
            rules=self.text(data.get("rules"), f"{where}.rules"),
            opening_prompt=self.text(data.get("opening_prompt"), f"{where}.opening_prompt"),
            closing_prompt=self.text(data.get("closing_prompt"), f"{where}.closing_prompt"),
            fills=fills,
            warning_fraction=float(warning),
            chime=chime,
            speaker_seconds=speaker_seconds,
            is_break=is_break,
            modules=modules,
            sets=sets,
            default_module=default,
            roles=self.roles(data.get("roles"), where),
            case=case,
        )

    def speaker_seconds(self, value: Any, where: str) -> int | None:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 10 <= value <= 3600
        ):
            raise self.fail(
                f"{where}.speaker_seconds",
                "must be a whole number of seconds between 10 and 3600",
                TemplateProblem.SPEAKER_RANGE,
            )
        return value

    def roles(self, raw: Any, where: str) -> RoleTexts:
        """``roles``: a table from a role (moderator, scribe…) to what it does in the phase."""
        if raw is None:
            return ()
        if not isinstance(raw, dict):
            raise self.fail(f"{where}.roles", "must be a table", TemplateProblem.NOT_TABLE)
        return tuple(
            (
                self.enum(Role, role, f"{where}.roles", Role.CONSULTANT),
                self.text(text, f"{where}.roles.{_key(role)}", required=True),
            )
            for role, text in raw.items()
        )

    def modules(self, raw: Any, where: str) -> tuple[Module, ...]:
        if not isinstance(raw, list):
            raise self.fail(
                f"{where}.modules",
                "must be a list of tables ([[phases.modules]])",
                TemplateProblem.NOT_LIST,
            )
        modules: list[Module] = []
        for index, data in enumerate(raw):
            at = f"{where}.modules[{index + 1}]"
            if not isinstance(data, dict):
                raise self.fail(at, "must be a table", TemplateProblem.NOT_TABLE)
            self.warn_unknown(data, _MODULE_KEYS, at)
            module_id = data.get("id")
            if not is_valid_id(module_id):
                raise self.fail(
                    f"{at}.id",
                    _ID_RULE + _got(module_id),
                    TemplateProblem.BAD_ID,
                    got=excerpt(module_id),
                )
            if any(module.id == module_id for module in modules):
                raise self.fail(
                    f"{at}.id",
                    f"{module_id!r} is used by two modules",
                    TemplateProblem.DUPLICATE_ID,
                    got=module_id,
                )
            speakers, turns = data.get("speakers"), data.get("turns")
            modules.append(
                Module(
                    id=module_id,
                    name=self.text(data.get("name"), f"{at}.name", required=True),
                    purpose=self.text(data.get("purpose"), f"{at}.purpose"),
                    rules=self.text(data.get("rules"), f"{at}.rules"),
                    opening_prompt=self.text(data.get("opening_prompt"), f"{at}.opening_prompt"),
                    closing_prompt=self.text(data.get("closing_prompt"), f"{at}.closing_prompt"),
                    speakers=None
                    if speakers is None
                    else self.enum(Speakers, speakers, f"{at}.speakers", Speakers.EVERYONE),
                    turns=None
                    if turns is None
                    else self.enum(TurnMode, turns, f"{at}.turns", TurnMode.FREE),
                    speaker_seconds=self.speaker_seconds(data.get("speaker_seconds"), at),
                    roles=self.roles(data.get("roles"), at),
                )
            )
        return tuple(modules)

    def choices(self, phases: tuple[Phase, ...]) -> tuple[Phase, ...]:
        """Each choice phase with the id of the later phase it sets; two choices never set one."""
        result = list(phases)
        targets: set[str] = set()
        for index, phase in enumerate(phases):
            if not phase.modules:
                continue
            where = f"phases[{index + 1}].sets"
            later = [item.id for item in phases[index + 1 :]]
            target = phase.sets or (later[0] if later else "")
            if not target:
                raise self.fail(
                    where,
                    "the last phase cannot offer modules: nothing follows it",
                    TemplateProblem.LAST_PHASE_CHOICE,
                    phase=phase.id,
                )
            if target not in later:
                raise self.fail(
                    where,
                    f"must be the id of a later phase (got {target!r})",
                    TemplateProblem.NOT_LATER_PHASE,
                    got=excerpt(target),
                )
            if target in targets:
                raise self.fail(
                    where,
                    f"phase {target!r} is already set by another choice",
                    TemplateProblem.ALREADY_SET,
                    phase=target,
                )
            targets.add(target)
            result[index] = replace(phase, sets=target)
        return tuple(result)

    def template(self, data: Any, *, read_only: bool) -> Template:
        if not isinstance(data, dict):
            raise self.fail("", "is not a template", TemplateProblem.NOT_TEMPLATE)
        if data.get("format") != FORMAT_NAME:
            raise self.fail(
                "format",
                f'must be "{FORMAT_NAME}" (is this a Codev template?)',
                TemplateProblem.WRONG_FORMAT,
            )
        version = data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail(
                "schema_version",
                f"must be a whole number (1 for this version){_got(version)}",
                TemplateProblem.BAD_VERSION,
            )
        if version > SCHEMA_VERSION:
            raise self.fail(
                "schema_version",
                f"this file was written by a newer version of Codev (format {version}); "
                f"this version reads format {SCHEMA_VERSION}. Please update Codev.",
                TemplateProblem.NEWER,
                version=version,
            )
        self.warn_unknown(data, _TEMPLATE_KEYS, "")
        template_id = data.get("id")
        if not is_valid_id(template_id):
            raise self.fail(
                "id", _ID_RULE + _got(template_id), TemplateProblem.BAD_ID, got=excerpt(template_id)
            )
        phases_raw = data.get("phases")
        if not isinstance(phases_raw, list) or not phases_raw:
            raise self.fail(
                "phases", "a template needs at least one phase", TemplateProblem.NO_PHASES
            )
        seen: set[str] = set()
        phases = self.choices(tuple(self.phase(item, i, seen) for i, item in enumerate(phases_raw)))
        return Template(
            id=template_id,
            name=self.text(data.get("name"), "name", required=True),
            description=self.text(data.get("description"), "description"),
            phases=phases,
            source=self.source,
            read_only=read_only,
        )


def parse_template(
    data: Any, *, source: str = "template", read_only: bool = False
) -> LoadedTemplate:
    """Validate raw template data (as read from TOML) and build a :class:`Template`."""
    reader = _Reader(source)
    template = reader.template(data, read_only=read_only)
    return LoadedTemplate(template, tuple(reader.warnings))


def parse_template_text(
    text: str, *, source: str = "template", read_only: bool = False
) -> LoadedTemplate:
    """Parse the TOML text of a template file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(
            f"not valid TOML ({error})",
            source=source,
            problem=TemplateProblem.NOT_TOML,
            values={"reason": str(error)},
        ) from None
    except RecursionError:
        raise TemplateError(
            "not valid TOML (nested too deeply)",
            source=source,
            problem=TemplateProblem.NOT_TOML,
            values={"reason": "nested too deeply"},
        ) from None
    return parse_template(data, source=source, read_only=read_only)


def load_template(path: Path, *, read_only: bool = False) -> LoadedTemplate:
    """Read and validate one template file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TemplateError(
            f"cannot be read ({error.strerror})",
            source=str(path),
            problem=TemplateProblem.UNREADABLE,
            values={"reason": str(error.strerror)},
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(
            "is not UTF-8 text", source=str(path), problem=TemplateProblem.NOT_UTF8
        ) from None
    return parse_template_text(text, source=str(path), read_only=read_only)


# --- writing -------------------------------------------------------------------------------------


def phase_to_data(phase: Phase) -> dict[str, Any]:
    """The TOML table of one phase: the essentials plus keys that differ from the defaults."""
    data: dict[str, Any] = {
        "id": phase.id,
        "minutes": phase.planned_seconds // 60
        if phase.planned_seconds % 60 == 0
        else phase.planned_seconds / 60,
        "speakers": phase.speakers.value,
        "turns": phase.turns.value,
        "name": phase.name.to_data(),
    }
    for key in ("purpose", "rules", "opening_prompt", "closing_prompt"):
        text: LocalizedText = getattr(phase, key)
        if text:
            data[key] = text.to_data()
    if phase.fills:
        data["fills"] = [item.value for item in phase.fills]
    if phase.warning_fraction != DEFAULT_WARNING_FRACTION:
        data["warning_fraction"] = phase.warning_fraction
    if not phase.chime:
        data["chime"] = False
    if phase.speaker_seconds is not None:
        data["speaker_seconds"] = phase.speaker_seconds
    if phase.is_break:
        data["break"] = True
    if phase.roles:
        data["roles"] = roles_to_data(phase.roles)
    if phase.case is not None:
        data["case"] = phase.case
    if phase.modules:
        data["sets"] = phase.sets
        if phase.default_module:
            data["default_module"] = phase.default_module
        data["modules"] = [module_to_data(module) for module in phase.modules]
    return data


def module_to_data(module: Module) -> dict[str, Any]:
    """The TOML table of one module of a choice phase (only the keys it gives)."""
    data: dict[str, Any] = {"id": module.id, "name": module.name.to_data()}
    for key in ("purpose", "rules", "opening_prompt", "closing_prompt"):
        text: LocalizedText = getattr(module, key)
        if text:
            data[key] = text.to_data()
    if module.speakers is not None:
        data["speakers"] = module.speakers.value
    if module.turns is not None:
        data["turns"] = module.turns.value
    if module.speaker_seconds is not None:
        data["speaker_seconds"] = module.speaker_seconds
    if module.roles:
        data["roles"] = roles_to_data(module.roles)
    return data


def roles_to_data(roles: RoleTexts) -> dict[str, Any]:
    """The ``roles`` table of a phase or module."""
    return {role.value: text.to_data() for role, text in roles}


def template_to_data(template: Template) -> dict[str, Any]:
    """The whole template as TOML-ready data, readable back by :func:`parse_template`."""
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "id": template.id,
        "name": template.name.to_data(),
    }
    if template.description:
        data["description"] = template.description.to_data()
    data["phases"] = [phase_to_data(phase) for phase in template.phases]
    return data


def dump_template(template: Template) -> str:
    """The TOML text of a template file."""
    return tomli_w.dumps(template_to_data(template), multiline_strings=True)


def load_templates(directory: Path, *, read_only: bool) -> tuple[list[Template], list[str]]:
    """Every ``*.toml`` template in a directory, sorted by file name, plus one message per bad file.

    A broken file never stops the others from loading.
    """
    templates: list[Template] = []
    problems: list[str] = []
    if not directory.is_dir():
        return templates, problems
    for path in sorted(directory.glob("*.toml")):
        try:
            templates.append(load_template(path, read_only=read_only).template)
        except TemplateError as error:
            problems.append(str(error))
    return templates, problems


def check_runnable(phases: Sequence[Phase]) -> None:
    """Refuse a plan a session cannot run: no phase, or absurd durations."""
    if not phases:
        raise TemplateError("a session needs at least one phase")
    for index, phase in enumerate(phases, start=1):
        minutes = phase.planned_seconds / 60
        if not MIN_PHASE_MINUTES <= minutes <= MAX_PHASE_MINUTES:
            raise TemplateError(
                f"phase {index} {phase.name.get('en')!r}: duration must be between "
                f"{MIN_PHASE_MINUTES} and {MAX_PHASE_MINUTES} minutes"
            )
