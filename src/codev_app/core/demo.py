"""The demo session: a sample group with invented names playing a classic codev, as data.

:data:`DEMO` says who is in the group, what each phase is for (one sentence, for someone who has
never seen a codev) and what happens in it: who takes the floor and what the facilitator notes,
each at a share of the phase's planned time. ``core.demo_player.DemoPlayer`` turns that script
into command values (core/commands.py) applied to a real ``LiveSession`` as the session's clock
moves; in its auto mode it also moves to the next phase when a phase's time is up. The demo
runs on an :class:`~codev_app.core.clock.AcceleratedClock`
(:func:`demo_speed` makes the whole plan last about five minutes) and is never saved unless the
facilitator asks for it: that is the UI's business, not the script's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from codev_app.core.record import HelpKind, RecordText
from codev_app.core.template import Template

#: How long the demo of a whole plan lasts, in real seconds.
DEMO_SECONDS = 300
TEMPLATE_ID = "classic"

Text = Mapping[str, str]  # {"fr": …, "en": …}


@dataclass(frozen=True)
class Speak:
    """``person`` (an index in the group) takes the floor; None: the next one in the round."""

    at: float
    person: int | None = None


@dataclass(frozen=True)
class Write:
    """The facilitator notes ``text`` in a field of the record."""

    at: float
    field: RecordText
    text: Text


@dataclass(frozen=True)
class WantHelp:
    """The client asks for this kind of help (contract)."""

    at: float
    kind: HelpKind


@dataclass(frozen=True)
class Suggest:
    """A consultant's suggestion; ``kept`` when the client keeps it."""

    at: float
    author: int
    text: Text
    kept: bool = False


@dataclass(frozen=True)
class PlanStep:
    """A step of the client's action plan."""

    at: float
    what: Text
    by_when: Text


@dataclass(frozen=True)
class Learn:
    """What ``person`` learned."""

    at: float
    person: int
    text: Text


Beat = Speak | Write | WantHelp | Suggest | PlanStep | Learn


@dataclass(frozen=True)
class DemoPhase:
    """One phase of the demo: what it is for, in a sentence, and what happens in it."""

    phase_id: str
    about: Text
    beats: tuple[Beat, ...]


@dataclass(frozen=True)
class DemoScript:
    """The whole demo: the group (``people[language]``, ``client`` an index), the case, phases."""

    people: Mapping[str, tuple[str, ...]]
    client: int
    title: Text
    group: Text
    intro: Text
    ending: Text
    phases: tuple[DemoPhase, ...]

    def names(self, language: str) -> tuple[str, ...]:
        """The invented names of the group, in ``language`` (English for any other)."""
        return self.people.get(language, self.people["en"])

    def phase(self, phase_id: str) -> DemoPhase | None:
        """The demo of phase ``phase_id``, if the script has one."""
        return next((phase for phase in self.phases if phase.phase_id == phase_id), None)


def say(text: Text, language: str) -> str:
    """``text`` in ``language`` (English for any other)."""
    return text.get(language, text["en"])


def demo_speed(template: Template, seconds: float = DEMO_SECONDS) -> float:
    """How many times faster than real time the demo's clock runs so the plan takes ``seconds``."""
    return max(1.0, template.total_seconds / seconds)


def _t(fr: str, en: str) -> Text:
    return {"fr": fr, "en": en}


W = RecordText

DEMO = DemoScript(
    people={
        "fr": ("Amélie", "Bruno", "Chloé", "David", "Élise"),
        "en": ("Alice", "Ben", "Chloe", "Daniel", "Emma"),
    },
    client=2,
    title=_t("Dire non sans abîmer la relation", "Saying no without hurting the relationship"),
    group=_t("Groupe de démonstration", "Demo group"),
    intro=_t(
        "Cinq pairs, des noms inventés, une séance classique en accéléré. Rien n’est enregistré.",
        "Five peers with invented names, a classic session, sped up. Nothing is saved.",
    ),
    ending=_t(
        "La séance est finie : le client repart avec un plan, chacun avec un apprentissage. "
        "Cette démonstration n’a pas été enregistrée.",
        "The session is over: the client leaves with a plan, everyone with a learning. "
        "This demo has not been saved.",
    ),
    phases=(
        DemoPhase(
            "opening",
            _t(
                "Ouverture : chacun donne sa météo, l’animateur rappelle le cadre "
                "(confidentialité, bienveillance) et le client précédent dit ce qu’il a essayé.",
                "Opening: everyone checks in, the facilitator restates the ground rules "
                "(confidentiality, kindness) and the previous client says what they tried.",
            ),
            (
                Speak(0.05),
                Speak(0.2),
                Speak(0.35),
                Speak(0.5),
                Speak(0.65),
                Write(
                    0.7,
                    W.CHECK_IN,
                    _t("Groupe au complet, plutôt en forme.", "All here, in good spirits."),
                ),
                Write(
                    0.85,
                    W.FOLLOW_UP,
                    _t(
                        "David a testé les points d’équipe de 15 minutes : ça tient.",
                        "Daniel tried 15-minute team huddles: they stick.",
                    ),
                ),
            ),
        ),
        DemoPhase(
            "exposition",
            _t(
                "Exposé : le client présente sa situation sans être interrompu, puis la termine "
                "par une question.",
                "Case exposition: the client describes the situation without being interrupted "
                "and ends with a question.",
            ),
            (
                Speak(0.05, 2),
                Write(
                    0.25,
                    W.CASE_TITLE,
                    _t(
                        "Dire non sans abîmer la relation",
                        "Saying no without hurting the relationship",
                    ),
                ),
                Write(
                    0.5,
                    W.HEADLINE,
                    _t(
                        "Ma directrice ajoute des projets urgents chaque semaine.",
                        "My manager adds urgent projects every week.",
                    ),
                ),
                Write(
                    0.8,
                    W.QUESTION,
                    _t(
                        "Comment refuser un projet de plus sans perdre sa confiance ?",
                        "How can I turn down one more project without losing her trust?",
                    ),
                ),
            ),
        ),
        DemoPhase(
            "clarification",
            _t(
                "Clarification : les consultants lèvent la main pour poser des questions "
                "d’information ; pas encore de conseils.",
                "Clarification: consultants raise a hand to ask information questions; "
                "no advice yet.",
            ),
            (
                Speak(0.1, 0),
                Speak(0.35, 3),
                Speak(0.6, 4),
                Write(
                    0.8,
                    W.KEY_FACTS,
                    _t(
                        "Équipe de six ; trois projets en retard ; la directrice est nouvelle.",
                        "Team of six; three projects late; the manager is new.",
                    ),
                ),
            ),
        ),
        DemoPhase(
            "contract",
            _t(
                "Contrat : le client précise sa demande et le type d’aide qu’il attend du groupe.",
                "Contract: the client states the precise request and the kind of help wanted.",
            ),
            (
                Speak(0.05, 2),
                Write(
                    0.3,
                    W.REQUEST,
                    _t(
                        "Des façons de dire non, ou « pas maintenant », qui gardent le lien.",
                        "Ways to say no, or “not now”, that keep the relationship.",
                    ),
                ),
                WantHelp(0.6, HelpKind.IDEAS),
                WantHelp(0.7, HelpKind.EXPERIENCES),
            ),
        ),
        DemoPhase(
            "consultation",
            _t(
                "Consultation : chaque consultant, à tour de rôle, propose idées et expériences ; "
                "le client écoute et note ce qu’il garde.",
                "Consultation: each consultant in turn offers ideas and experiences; the client "
                "listens and notes what to keep.",
            ),
            (
                Speak(0.05),
                Suggest(
                    0.15,
                    0,
                    _t(
                        "Proposer un choix : « lequel passe après ? »",
                        "Offer a choice: “which one moves down?”",
                    ),
                    kept=True,
                ),
                Speak(0.3),
                Suggest(
                    0.4,
                    1,
                    _t(
                        "Rendre visible la charge de l’équipe sur un tableau.",
                        "Make the team’s load visible on one board.",
                    ),
                ),
                Speak(0.55),
                Suggest(
                    0.65,
                    3,
                    _t(
                        "Demander un point mensuel sur les priorités.",
                        "Ask for a monthly priorities talk.",
                    ),
                    kept=True,
                ),
                Speak(0.75),
                Suggest(
                    0.85,
                    4,
                    _t(
                        "J’ai vécu ça : dire non par écrit m’a aidée.",
                        "I lived this: saying no in writing helped me.",
                    ),
                ),
            ),
        ),
        DemoPhase(
            "action_plan",
            _t(
                "Plan d’action : le client dit ce qu’il retient et ce qu’il va faire, avec une "
                "échéance.",
                "Action plan: the client says what they keep and what they will do, by when.",
            ),
            (
                Speak(0.05, 2),
                PlanStep(
                    0.3,
                    _t(
                        "Montrer le tableau de charge à la directrice",
                        "Show the load board to my manager",
                    ),
                    _t("vendredi", "Friday"),
                ),
                PlanStep(
                    0.6,
                    _t(
                        "Proposer un point mensuel sur les priorités",
                        "Suggest a monthly priorities talk",
                    ),
                    _t("fin du mois", "end of the month"),
                ),
            ),
        ),
        DemoPhase(
            "learnings",
            _t(
                "Apprentissages : chacun dit ce qu’il a appris pour lui-même, et ce qu’il en fera.",
                "Learnings: everyone says what they learned for themselves, and what they "
                "will do with it.",
            ),
            (
                Speak(0.05),
                Learn(
                    0.1,
                    0,
                    _t("Un choix ouvre plus qu’un refus.", "A choice opens more than a refusal."),
                ),
                Speak(0.2),
                Learn(
                    0.25,
                    1,
                    _t("Montrer la charge évite les débats.", "Showing the load avoids debates."),
                ),
                Speak(0.35),
                Learn(0.4, 2, _t("Je peux dire « pas maintenant ».", "I can say “not now”.")),
                Speak(0.5),
                Learn(
                    0.55,
                    3,
                    _t(
                        "Écouter sans répondre, c’est reposant.",
                        "Listening without answering is restful.",
                    ),
                ),
                Speak(0.65),
                Learn(0.7, 4, _t("Mon expérience sert aux autres.", "My experience helps others.")),
            ),
        ),
    ),
)
