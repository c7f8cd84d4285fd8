"""A realistic, fully run session for previews, the export benchmark, screenshots and tests.

:func:`sample_bundle` plays a classic co-development session on a fake clock (rounds, raised
hands, a break, a client who keeps some suggestions) and returns its
:class:`~codev_app.core.bundle.SessionBundle`. The content is written in French or English; the
case is a director of a social-economy organisation wondering how to delegate.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from codev_app.core import commands as c
from codev_app.core.bundle import SessionBundle
from codev_app.core.clock import FakeClock
from codev_app.core.participants import Role, Roster
from codev_app.core.record import HelpKind, RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import Speakers, TurnMode, load_template
from codev_app.core.turns import TurnTaker
from codev_app.resources_path import resource_dir

_PEOPLE = {
    "fr": (
        "Awa Diallo", "Élise Garnier", "Bruno Lefèvre", "Chloé Martin", "Dominique N'Diaye",
        "François Côté", "Hélène Morel", "Karim Benali",
    ),
    "en": (
        "Awa Diallo", "Ellen Gardner", "Bruno Lewis", "Chloe Martin", "Dominique Ndiaye",
        "Frank Cote", "Helen Moore", "Karim Benali",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class _Content:
    title: str
    group: str
    check_in: str
    follow_up: str
    headline: str
    question: str
    key_facts: str
    request: str
    help_notes: str
    private_notes: str
    suggestions: tuple[str, ...]
    kept: tuple[int, ...]
    actions: tuple[tuple[str, str, str], ...]
    learnings: dict[int, dict[str, str]]


_TEXTS = {
    "fr": _Content(
        title="Déléguer sans tout reprendre",
        group="Dirigeants de l'ESS — Grand Est, cycle 2026",
        check_in=(
            "Météo plutôt ensoleillée pour la plupart ; Bruno arrive fatigué d'une semaine de "
            "clôture budgétaire. Karim a prévenu qu'il partirait un peu avant la fin."
        ),
        follow_up=(
            "Chloé a testé le point hebdomadaire de quinze minutes avec son équipe : "
            "« moins de mails, plus de décisions ». Elle garde le format."
        ),
        headline="Je suis devenue le goulot d'étranglement de ma propre association.",
        question=(
            "Comment déléguer la coordination des chantiers d'insertion à mes deux encadrants "
            "sans reprendre la main dès qu'un problème apparaît ?"
        ),
        key_facts=(
            "Association d'insertion de 42 salariés (dont 30 en parcours), trois chantiers : "
            "maraîchage, ressourcerie, entretien d'espaces verts.\n\n"
            "Awa dirige depuis six ans ; elle a recruté deux encadrants techniques il y a un an, "
            "compétents et appréciés des équipes.\n\n"
            "Les financeurs (Département, DDETS) s'adressent directement à elle pour tout, y "
            "compris les questions de planning.\n\n"
            "Le conseil d'administration la félicite pour sa disponibilité, mais elle travaille "
            "55 heures par semaine et a reporté ses congés deux fois."
        ),
        request=(
            "Des idées concrètes pour passer la main sur le quotidien des chantiers, et des "
            "expériences de personnes qui ont vécu ce passage."
        ),
        help_notes="Pas de conseils sur le recrutement : les postes sont pourvus.",
        private_notes=(
            "Awa a la voix qui tremble quand elle parle du conseil d'administration : à "
            "revoir en individuel ? Bruno a coupé la parole deux fois pendant la clarification."
        ),
        suggestions=(
            "Écrire avec les encadrants une liste des décisions qu'ils prennent seuls, "
            "celles qu'ils prennent après t'avoir informée, et celles qui restent les tiennes.",
            "Annoncer aux financeurs qui est désormais leur interlocuteur pour le planning, "
            "par un courrier signé de toi.",
            "Hypothèse : reprendre la main te rassure parce que tu réponds seule de tout "
            "devant le conseil d'administration.",
            "Dans mon ancienne structure, nous avons mis en place un point de quinze minutes le "
            "lundi : c'est là que remontent les problèmes, pas au fil de l'eau.",
            "Accepter qu'ils fassent autrement que toi, et ne corriger que ce qui met en danger "
            "les salariés ou l'association.",
            "Prendre tes congés cet été et laisser le numéro des encadrants sur ton message "
            "d'absence : un test grandeur nature.",
            "Lire « Reinventing Organizations » de Frédéric Laloux, le chapitre sur la "
            "subsidiarité.",
            "Demander à chaque encadrant ce dont il aurait besoin pour décider sans toi ; la "
            "réponse n'est peut-être pas celle que tu imagines.",
            "Fixer avec le conseil d'administration ce qui relève de la direction et ce qui "
            "peut être délégué : la délégation a besoin d'être couverte.",
            "Quand un problème arrive, demander d'abord « qu'est-ce que tu proposes ? » avant "
            "de donner ta solution.",
            "Hypothèse : les encadrants attendent peut-être un signe clair que tu leur fais "
            "confiance, plus qu'une procédure.",
            "Tenir un carnet des fois où tu reprends la main, et relire chaque vendredi ce qui "
            "l'a déclenché.",
        ),
        kept=(0, 1, 5, 9),
        actions=(
            (
                "Écrire la liste des décisions avec les deux encadrants",
                "15 décembre",
                "La liste tient sur une page et chacun l'a signée",
            ),
            (
                "Courrier aux financeurs présentant les nouveaux interlocuteurs",
                "fin décembre",
                "Plus aucun appel planning reçu directement en janvier",
            ),
            (
                "Poser deux semaines de congés en février",
                "10 janvier",
                "Je pars sans emporter l'ordinateur",
            ),
        ),
        learnings={
            0: dict(
                text="Je croyais manquer de méthode ; je manque surtout d'autorisation à lâcher.",
                appreciation="Le cadre m'a permis de dire des choses que je n'avais jamais dites.",
                expectations="J'espérais des outils, je repars avec une question plus juste.",
                learnings="Déléguer, c'est aussi accepter une autre façon de faire.",
                applications="La liste des décisions dès lundi avec Samir et Lucie.",
            ),
            2: dict(text="Je me reconnais dans la situation d'Awa : je vais relire mes agendas."),
            3: dict(
                text="La question « qu'est-ce que tu proposes ? » est simple et je l'oublie.",
                applications="L'essayer trois fois cette semaine.",
            ),
            4: dict(learnings="Le conseil d'administration est un acteur de la délégation."),
            6: dict(text="Je vais proposer le point du lundi à mon propre bureau."),
            7: dict(text="Partir avant la fin m'a frustré : je bloquerai la soirée."),
            5: dict(text="Écouter sans préparer ma réponse : plus difficile que prévu."),
            1: dict(
                text="Le groupe a gardé le cadre même quand le sujet touchait fort.",
                appreciation="Belle qualité d'écoute pendant la consultation.",
            ),
        },
    ),
    "en": _Content(
        title="Delegating without taking it all back",
        group="Social economy directors — North cohort 2026",
        check_in=(
            "Mostly sunny check-ins; Bruno arrives tired after a week of budget closing. Karim "
            "said he would have to leave a little before the end."
        ),
        follow_up=(
            "Chloe tried the fifteen-minute weekly huddle with her team: “fewer emails, more "
            "decisions”. She is keeping it."
        ),
        headline="I have become the bottleneck of my own organisation.",
        question=(
            "How can I hand the coordination of our work-integration sites to my two "
            "supervisors without taking over again as soon as a problem appears?"
        ),
        key_facts=(
            "A work-integration charity of 42 employees (30 of them on integration contracts), "
            "three sites: market gardening, a reuse shop, grounds maintenance.\n\n"
            "Awa has been director for six years; she hired two site supervisors a year ago, "
            "who are skilled and well liked by the teams.\n\n"
            "Funders (the county, the state employment office) call her about everything, "
            "including scheduling.\n\n"
            "The board praises her availability, but she works 55 hours a week and has "
            "postponed her holidays twice."
        ),
        request=(
            "Concrete ideas to hand over the day-to-day running of the sites, and experiences "
            "from people who went through that change."
        ),
        help_notes="No advice on hiring: the positions are filled.",
        private_notes=(
            "Awa's voice shook when she spoke about the board: follow up one to one? Bruno "
            "interrupted twice during clarification."
        ),
        suggestions=(
            "Write with the supervisors a list of the decisions they make alone, the ones they "
            "make after telling you, and the ones that stay yours.",
            "Tell the funders in a letter signed by you who their contact for scheduling is "
            "from now on.",
            "Hypothesis: taking over reassures you because you alone answer to the board.",
            "In my previous organisation we set up a fifteen-minute meeting on Mondays: "
            "problems come up there, not all week long.",
            "Accept that they do things differently, and only correct what puts people or the "
            "organisation at risk.",
            "Take your holidays this summer and put the supervisors' numbers in your "
            "out-of-office message: a real-life test.",
            "Read “Reinventing Organizations” by Frederic Laloux, the chapter on subsidiarity.",
            "Ask each supervisor what they would need to decide without you; the answer may "
            "not be the one you expect.",
            "Agree with the board what belongs to the director and what can be delegated: "
            "delegation needs cover.",
            "When a problem comes up, first ask “what do you suggest?” before giving your "
            "solution.",
            "Hypothesis: the supervisors may be waiting for a clear sign of trust more than "
            "for a procedure.",
            "Keep a notebook of the times you take over, and reread on Fridays what triggered it.",
        ),
        kept=(0, 1, 5, 9),
        actions=(
            (
                "Write the list of decisions with both supervisors",
                "15 December",
                "The list fits on one page and both have signed it",
            ),
            (
                "Letter to funders introducing the new contacts",
                "end of December",
                "No scheduling call reaches me directly in January",
            ),
            (
                "Book two weeks of holidays in February",
                "10 January",
                "I leave without taking the laptop",
            ),
        ),
        learnings={
            0: dict(
                text="I thought I lacked method; mostly I lack permission to let go.",
                appreciation="The ground rules let me say things I had never said.",
                expectations="I hoped for tools; I leave with a better question.",
                learnings="Delegating also means accepting another way of doing things.",
                applications="The list of decisions on Monday with Samir and Lucy.",
            ),
            2: dict(text="I recognise myself in Awa's situation: I will reread my diaries."),
            3: dict(
                text="“What do you suggest?” is a simple question and I forget it.",
                applications="Try it three times this week.",
            ),
            4: dict(learnings="The board is part of delegation too."),
            6: dict(text="I will suggest the Monday huddle to my own board."),
            7: dict(text="Leaving early frustrated me: next time I keep the evening free."),
            5: dict(text="Listening without preparing my answer: harder than I thought."),
            1: dict(
                text="The group kept to the ground rules even when the subject hit hard.",
                appreciation="Lovely listening during the consultation.",
            ),
        },
    ),
}

_LONG_EXTRA = {
    "fr": (
        " Concrètement, cela voudrait dire prendre un moment au calme, hors de l'urgence du "
        "quotidien, pour regarder ensemble ce qui bloque vraiment, ce qui relève de l'habitude "
        "et ce qui relève d'un vrai risque pour les salariés en parcours ou pour l'association."
    ),
    "en": (
        " In practice this would mean taking a quiet moment, away from the urgency of the day, "
        "to look together at what really gets stuck, what is habit and what is a real risk "
        "for the employees on integration contracts or for the organisation."
    ),
}

_ZONE = timezone(timedelta(hours=1))


def sample_bundle(
    language: str = "fr",
    *,
    people: int = 6,
    suggestions: int = 12,
    long_texts: bool = False,
    approved: bool = True,
) -> SessionBundle:
    """A classic session with ``people`` participants (client first, facilitator second), run to
    the end on a fake clock, with ``suggestions`` suggestions (the examples repeat past twelve).

    ``long_texts`` makes every suggestion and learning several times longer; ``approved`` says
    whether the client approved the export.
    """
    if not 3 <= people <= len(_PEOPLE["fr"]):
        raise ValueError(f"a sample session has 3 to {len(_PEOPLE['fr'])} people")
    texts = _TEXTS[language]
    extra = _LONG_EXTRA[language] * 2 if long_texts else ""
    template = load_template(resource_dir("templates", "classic.toml")).template
    started = datetime(2026, 11, 20, 14, 0, tzinfo=_ZONE)
    clock = FakeClock(1000.0)
    roster = Roster()
    ids: list[str] = []
    for index, name in enumerate(_PEOPLE[language][:people]):
        role = {0: Role.CLIENT, 1: Role.FACILITATOR}.get(index, Role.CONSULTANT)
        ids.append(roster.add(name, role, key=index + 1).id)
    moments = itertools.count()

    def stamp() -> str:
        return (started + timedelta(minutes=40, seconds=20 * next(moments))).isoformat()

    session = LiveSession(template, clock, roster=roster, record=SessionRecord(now=stamp))
    record = session.record
    apply = session.apply

    def write(which: RecordText, value: str) -> None:
        apply(c.SetText(which, value))

    apply(c.StartSession())
    _speak_in_turn(session, clock, 100)
    write(RecordText.CHECK_IN, texts.check_in)
    write(RecordText.FOLLOW_UP, texts.follow_up)
    clock.advance(40)
    apply(c.NextPhase())  # exposition
    _speak_in_turn(session, clock, 760)
    write(RecordText.CASE_TITLE, texts.title)
    write(RecordText.HEADLINE, texts.headline)
    write(RecordText.QUESTION, texts.question)
    apply(c.NextPhase())  # clarification
    _speak_in_turn(session, clock, 95)
    write(RecordText.KEY_FACTS, texts.key_facts + extra)
    apply(c.InsertBreak(10))
    apply(c.NextPhase())  # break
    clock.advance(9 * 60 + 30)
    apply(c.NextPhase())  # contract
    _speak_in_turn(session, clock, 330)
    write(RecordText.REQUEST, texts.request)
    write(RecordText.HELP_NOTES, texts.help_notes)
    apply(c.SetHelpKind(HelpKind.IDEAS, True))
    apply(c.SetHelpKind(HelpKind.EXPERIENCES, True))
    apply(c.NextPhase())  # consultation
    _speak_in_turn(session, clock, 430)
    consultants = [pid for pid in ids if roster.get(pid).role is Role.CONSULTANT]
    examples = texts.suggestions
    for number in range(suggestions):
        text = examples[number % len(examples)]
        if number >= len(examples):
            text = f"{text} ({number // len(examples) + 1})"
        author = consultants[number % len(consultants)] if number % 7 != 6 else None
        new_id = c.new_item_id()
        apply(c.AddSuggestion(new_id, text + extra, author))
        if number % len(examples) in texts.kept:
            apply(c.EditSuggestion(new_id, kept=True))
    apply(c.NextPhase())  # action plan
    _speak_in_turn(session, clock, 610)
    for what, by_when, sign in texts.actions:
        apply(c.AddActionItem(c.new_item_id(), what, by_when, sign))
    apply(c.NextPhase())  # learnings
    _speak_in_turn(session, clock, 85)
    for index, values in texts.learnings.items():
        if index < people:
            written: dict[str, Any] = {k: v + extra for k, v in values.items()}
            apply(c.SetLearning(ids[index], **written))
    if people > 7:
        roster.leave(ids[7], clock.now() - 200)  # left before the end, while nobody was watching
    apply(c.FinishSession())
    if approved:
        record.approve_export(ids[0], at=(started + timedelta(hours=2, minutes=5)).isoformat())
    write(RecordText.PRIVATE_NOTES, texts.private_notes)
    return SessionBundle(
        template=template,
        live=session.to_data(),
        record=SessionRecord(session.record_as_of_now()),
        title=texts.title,
        group_name=texts.group,
        facilitator=_PEOPLE[language][1],
        created_at=started,
        finished_at=started + timedelta(hours=2, minutes=10),
    )


def _speak_in_turn(session: LiveSession, clock: FakeClock, seconds: float) -> None:
    """Everyone allowed to speak in the current phase speaks about ``seconds``, then the floor is
    free; the turn mode of the phase decides how the floor is given."""
    taker: TurnTaker = session.turns
    speakers = [participant.id for participant in taker.eligible()]
    phase = session.engine.current_phase
    if phase.turns is TurnMode.ROUND:
        session.apply(c.NewRound())
        for index, _ in enumerate(speakers):
            session.apply(c.NextSpeaker())
            clock.advance(seconds * (0.7 + 0.15 * (index % 4)))
    else:
        for index, participant_id in enumerate(speakers):
            session.apply(c.SelectSpeaker(participant_id))
            clock.advance(seconds * (0.6 + 0.2 * (index % 3)))
    if session.turns.current_speaker is not None:
        session.apply(c.StopSpeaking())
    if phase.speakers is Speakers.CLIENT:
        clock.advance(20)
