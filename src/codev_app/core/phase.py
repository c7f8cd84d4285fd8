"""The parts of a template: texts in several languages, phases, and the method modules a phase
offers to choose from (the Kollegiale Beratung's brainstorming, resonance round, hypotheses…).

A phase with ``modules`` is a choice: the facilitator picks one module during the session
(:class:`~codev_app.core.commands.ChooseModule`) and the module's texts and turn mode replace those
of the phase it ``sets`` (by default the next one). :meth:`Phase.with_module` builds that phase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from codev_app.core.timing import DEFAULT_WARNING_FRACTION


class Speakers(StrEnum):
    """Who may speak during a phase."""

    CLIENT = "client"
    CONSULTANTS = "consultants"
    EVERYONE = "everyone"
    FACILITATOR = "facilitator"


class Role(StrEnum):
    """What a participant does in the session (a phase's texts can say what each role does)."""

    CLIENT = "client"
    CONSULTANT = "consultant"
    FACILITATOR = "facilitator"
    CO_FACILITATOR = "co_facilitator"
    SCRIBE = "scribe"
    """The secretary (Tietze's "Sekretär"): notes the key question and the ideas."""
    TIMEKEEPER = "timekeeper"
    MODERATOR = "moderator"
    """A peer who guides the steps and guards the frame (Tietze's moderator)."""
    PROCESS_OBSERVER = "process_observer"
    """Watches how the group works and says so at the end; gives no advice."""


RoleTexts = tuple[tuple[Role, "LocalizedText"], ...]
"""What each role does in a phase, by role, in the template's order."""


class TurnMode(StrEnum):
    """How turns to speak are given during a phase."""

    FREE = "free"
    ROUND = "round"
    QUEUE = "queue"


class RecordField(StrEnum):
    """Parts of the session record a phase helps fill."""

    ATTENDANCE = "attendance"
    CHECK_IN = "check_in"
    FOLLOW_UP = "follow_up"
    CASE_TITLE = "case_title"
    HEADLINE = "headline"
    QUESTION = "question"
    KEY_FACTS = "key_facts"
    CONTRACT = "contract"
    HELP_KINDS = "help_kinds"
    SUGGESTIONS = "suggestions"
    ACTION_PLAN = "action_plan"
    LEARNINGS = "learnings"


@dataclass(frozen=True)
class LocalizedText:
    """A text in several languages; :meth:`get` falls back to another one when it is missing."""

    translations: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, text: str = "", **by_language: str) -> LocalizedText:
        """Build from one text for every language, or from ``fr=..., en=...`` keywords."""
        if by_language:
            return cls(tuple(sorted(by_language.items())))
        return cls((("*", text),)) if text else cls()

    def get(self, language: str) -> str:
        """The text in ``language``, else English, else French, else any, else ``""``."""
        values = dict(self.translations)
        for key in (language, "*", "en", "fr"):
            if values.get(key):
                return values[key]
        return next((v for v in values.values() if v), "")

    def lines(self, language: str) -> list[str]:
        """The non-empty lines of the text in ``language`` (used for rules, one per line)."""
        return [line.strip() for line in self.get(language).splitlines() if line.strip()]

    def __bool__(self) -> bool:
        return any(value for _, value in self.translations)

    def to_data(self) -> str | dict[str, str]:
        """The TOML value: a plain string when language-neutral, else a table of languages."""
        values = dict(self.translations)
        if set(values) == {"*"}:
            return values["*"]
        return {lang: text for lang, text in values.items() if lang != "*"}


@dataclass(frozen=True)
class Phase:
    """One step of a session, e.g. the clarification or the consultation."""

    id: str
    name: LocalizedText
    planned_seconds: int
    speakers: Speakers = Speakers.EVERYONE
    turns: TurnMode = TurnMode.FREE
    purpose: LocalizedText = LocalizedText()
    rules: LocalizedText = LocalizedText()
    opening_prompt: LocalizedText = LocalizedText()
    closing_prompt: LocalizedText = LocalizedText()
    fills: tuple[RecordField, ...] = ()
    warning_fraction: float = DEFAULT_WARNING_FRACTION
    chime: bool = True
    speaker_seconds: int | None = None
    is_break: bool = False
    modules: tuple[Module, ...] = ()
    sets: str = ""
    """With ``modules``: the id of the later phase the chosen module sets (the next one if "")."""
    default_module: str = ""
    """With ``modules``: the module in force until the facilitator chooses (a template setting,
    e.g. "consent" where a school never votes); "" means none until chosen."""
    module: str = ""
    """The id of the module this phase follows (set by :meth:`with_module`), "" for none."""
    roles: RoleTexts = ()
    """What each role does during this phase (the moderator, the secretary…)."""
    case: int | None = None
    """In a format with several cases (two in a half day): the case whose record this phase
    fills; None for the phases around them (opening, break, closing), which fill case 1's."""

    @property
    def record_case(self) -> int:
        """The case that what is written in this phase belongs to."""
        return 1 if self.case is None else self.case

    @property
    def planned_minutes(self) -> float:
        """Planned duration in minutes."""
        return self.planned_seconds / 60

    def module_named(self, module_id: str) -> Module:
        """The module of this choice with this id; raises :class:`KeyError` when absent."""
        for module in self.modules:
            if module.id == module_id:
                return module
        raise KeyError(module_id)

    def with_module(self, module: Module) -> Phase:
        """This phase as a module sets it: the module's texts, speakers and turns where it gives
        them, its name after the phase's ("Advice — Brainstorming"). Call it on the template's
        phase (a phase already following a module would stack two names)."""
        base = self
        texts = {
            key: getattr(module, key) or getattr(base, key)
            for key in ("purpose", "rules", "opening_prompt", "closing_prompt")
        }
        languages = {lang for lang, _ in base.name.translations + module.name.translations}
        name = LocalizedText(
            tuple(
                sorted(
                    (lang, f"{base.name.get(lang)} — {module.name.get(lang)}") for lang in languages
                )
            )
        )
        return replace(
            base,
            name=name,
            speakers=module.speakers or base.speakers,
            turns=module.turns or base.turns,
            speaker_seconds=module.speaker_seconds or base.speaker_seconds,
            module=module.id,
            roles=merged_roles(base.roles, module.roles),
            **texts,
        )


@dataclass(frozen=True)
class Module:
    """One way of working a choice phase offers; given keys replace the set phase's own."""

    id: str
    name: LocalizedText
    purpose: LocalizedText = LocalizedText()
    rules: LocalizedText = LocalizedText()
    opening_prompt: LocalizedText = LocalizedText()
    closing_prompt: LocalizedText = LocalizedText()
    speakers: Speakers | None = None
    turns: TurnMode | None = None
    speaker_seconds: int | None = None
    roles: RoleTexts = ()


def merged_roles(base: RoleTexts, given: RoleTexts) -> RoleTexts:
    """A phase's role texts with a module's: the module's text replaces the phase's for its role."""
    texts = dict(base) | dict(given)
    order = [role for role, _ in base] + [role for role, _ in given if role not in dict(base)]
    return tuple((role, texts[role]) for role in order)


def plan_case(phases: Sequence[Phase], index: int) -> int:
    """The case what is written in ``phases[index]`` belongs to: its own case; 1 for a phase of
    no case before or between the cases (the opening, the break); 0 — no case, the session's —
    for one after the last case (a closing "weather" round: its learnings are not case 1's)."""
    phase = phases[index]
    if phase.case is not None:
        return phase.case
    numbered = [at for at, item in enumerate(phases) if item.case is not None]
    return 0 if numbered and index > numbered[-1] else 1
