"""The words of the insights, in French and English: the report, its tables and the summary.

Like the documents' words (:mod:`codev_app.export.labels`), they follow the language chosen for
the report, not the interface's. Pure Python: the command line's CSV and the window read them
too. Each sentence of the summary says the figures it rests on; none judges a person.
"""

from __future__ import annotations

from typing import Final

from codev_app.core.insight_trends import Attention, Concern
from codev_app.core.insights import PhaseBalance
from codev_app.core.template import LocalizedText
from codev_app.export.labels import check_language, format_duration

_WORDS: Final[dict[str, tuple[str, str]]] = {
    "doc.session": ("Regards sur la séance", "Session insights"),
    "doc.trends": ("Regards sur les séances", "Insights across sessions"),
    "footer": (
        "Privé — pour l'animation uniquement, ne pas diffuser",
        "Private — facilitator only, do not share",
    ),
    "page": ("Page {page} / {pages}", "Page {page} / {pages}"),
    "sessions.count": (
        "{count} séances, du {first} au {last}",
        "{count} sessions, {first} to {last}",
    ),
    "timers_only": (
        "Séance « minuteurs seulement » : seules les durées comptent ici.",
        "A timers-only session: only its timings count here.",
    ),
    "section.attention": ("À regarder en premier", "Most worth attention"),
    "attention.none": (
        "Rien ne ressort : les phases ont tenu leur temps et la parole a circulé.",
        "Nothing stands out: the phases kept their time and everyone had their say.",
    ),
    "section.time": ("Le temps, prévu et réel", "Time, planned and as run"),
    "section.timeline": ("De l'ouverture à la clôture", "From opening to closing"),
    "section.balance": ("La répartition de la parole", "Who spoke how much"),
    "section.suggestions": ("Suggestions faites et retenues", "Suggestions made and kept"),
    "section.actions": ("Pauses, pauses longues et retours en arrière", "Pauses, breaks and undo"),
    "section.overruns": ("Dépassements par phase", "Overruns per phase"),
    "section.balance_trend": ("La parole au fil des séances", "Speaking balance over time"),
    "section.attendance": ("Présence", "Attendance"),
    "section.follow_up": ("Suivi des plans d'action", "Action plans followed up"),
    "col.phase": ("Phase", "Phase"),
    "col.template": ("Modèle", "Template"),
    "col.planned": ("Prévu", "Planned"),
    "col.actual": ("Réel", "As run"),
    "col.difference": ("Écart", "Difference"),
    "col.adjusted": ("Ajusté en séance", "Adjusted live"),
    "col.person": ("Personne", "Person"),
    "col.time": ("Temps de parole", "Speaking time"),
    "col.share": ("Part", "Share"),
    "col.made": ("Faites", "Made"),
    "col.kept": ("Retenues", "Kept"),
    "col.what": ("Quoi", "What"),
    "col.count": ("Nombre", "Count"),
    "col.session": ("Séance", "Session"),
    "col.overran": ("Dépassée", "Overran"),
    "col.ratio": ("Plus grande part / part égale", "Largest share / even share"),
    "col.present": ("Présents", "Present"),
    "col.at": ("À", "At"),
    "col.how_long": ("Durée", "How long"),
    "legend.planned": ("prévu", "planned"),
    "legend.actual": ("réel", "as run"),
    "legend.pause": ("pause", "pause"),
    "legend.added": ("temps ajouté", "time added"),
    "legend.undo": ("annulation", "undo"),
    "legend.break": ("pause ajoutée", "break added"),
    "legend.even": ("part égale", "even share"),
    "col.all": ("Toutes les séances", "All sessions"),
    "unknown_author": ("(auteur non noté)", "(author not noted)"),
    "not_run": ("non tenue", "not run"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "actions.pauses": ("Pauses", "Pauses"),
    "actions.paused": ("Temps en pause", "Time paused"),
    "actions.breaks": ("Pauses longues ajoutées", "Breaks added"),
    "actions.added": ("Temps ajouté aux phases", "Time added to phases"),
    "actions.rebalanced": (
        "Temps repris à d'autres phases (heure de fin tenue)",
        "Time taken from other phases (end time kept)",
    ),
    "actions.undo": ("Retours en arrière (Ctrl+Z)", "Undo (Ctrl+Z)"),
    "balance.words": (
        "{top} a parlé {share} du temps de la phase « {phase} » ; une part égale entre {count} "
        "personnes serait {even}. La parole la plus rare : {quiet} ({quiet_share}).",
        "{top} spoke {share} of the time in “{phase}”; an even share among {count} people "
        "would be {even}. The quietest: {quiet} ({quiet_share}).",
    ),
    "balance.measure": (
        "Mesure de l'équilibre : la plus grande part divisée par une part égale — 1 veut dire "
        "que chacun a parlé autant, 2 qu'une personne a eu deux fois sa part.",
        "Balance measure: the largest share divided by an even share — 1 means everyone spoke "
        "as much, 2 that one person had twice their share.",
    ),
    "follow_up.words": (
        "{followed} plans d'action sur {made} ont eu un retour à la séance suivante du groupe.",
        "{followed} of {made} action plans were followed up at the group's next session.",
    ),
    "attendance.words": (
        "{present} présences sur {expected} places.",
        "{present} attended of {expected} places.",
    ),
    # The summary: one sentence per concern, each with its figures.
    Concern.PHASE_OVERRUNS.value: (
        "La phase « {phase} » a dépassé son temps dans {count} séance(s) sur {out_of}, "
        "de {seconds} en moyenne.",
        "“{phase}” ran over its time in {count} of {out_of} session(s), by {seconds} on average.",
    ),
    Concern.SESSION_OVERRUNS.value: (
        "La séance a fini plus de 5 min après le plan dans {count} cas sur {out_of}, "
        "de {seconds} en moyenne.",
        "The session ended more than 5 min past its plan in {count} of {out_of}, "
        "by {seconds} on average.",
    ),
    Concern.UNEVEN_SPEAKING.value: (
        "Dans « {phase} », une voix a pris au moins deux fois une part égale dans {count} "
        "séance(s) sur {out_of} (jusqu'à {share} du temps, pour une part égale de {even}).",
        "In “{phase}”, one voice took at least twice an even share in {count} of {out_of} "
        "session(s) (up to {share} of the time, against an even share of {even}).",
    ),
    "uneven_one": (
        "Dans « {phase} », {name} a parlé {share} du temps, pour une part égale de {even}.",
        "In “{phase}”, {name} spoke {share} of the time, against an even share of {even}.",
    ),
    Concern.NOTHING_KEPT.value: (
        "Le client n'a retenu aucune suggestion dans {count} séance(s) sur {out_of} où il y "
        "en avait.",
        "The client kept no suggestion in {count} of {out_of} session(s) that had some.",
    ),
    Concern.FOLLOW_UP.value: (
        "{count} plan(s) d'action sur {out_of} n'ont pas eu de retour à la séance suivante.",
        "{count} of {out_of} action plan(s) had no follow-up at the next session.",
    ),
    Concern.ATTENDANCE.value: (
        "{count} place(s) sur {out_of} sont restées vides.",
        "{count} of {out_of} places were left empty.",
    ),
}


def word(language: str, key: str, **values: object) -> str:
    """The text of ``key`` in ``language`` with ``values`` put in."""
    french, english = _WORDS[key]
    text = french if check_language(language) == "fr" else english
    return text.format(**values) if values else text


def percent(share: float, language: str) -> str:
    """``60 %`` (French spacing, narrow no-break space) or ``60%``."""
    value = round(share * 100)
    return f"{value}\u202f%" if language == "fr" else f"{value}%"


def phase_name(name: LocalizedText | None, language: str) -> str:
    """A phase's name in ``language``."""
    return name.get(language) if name is not None else ""


def attention_text(item: Attention, language: str) -> str:
    """One sentence of the summary, with its figures."""
    values = {
        "count": item.count,
        "out_of": item.out_of,
        "phase": phase_name(item.phase, language),
        "seconds": format_duration(item.seconds, language),
        "share": percent(item.share, language),
        "even": percent(item.even_share, language),
        "name": item.name,
    }
    key = "uneven_one" if item.concern is Concern.UNEVEN_SPEAKING and item.name else item.concern
    return word(language, str(key), **values)


def balance_text(balance: PhaseBalance, language: str) -> str:
    """The balance of one phase in words: who spoke most, an even share, who spoke least."""
    return word(
        language,
        "balance.words",
        top=balance.most_talkative.name,
        share=percent(balance.most_talkative.share, language),
        phase=phase_name(balance.name, language),
        count=len(balance.shares),
        even=percent(balance.even_share, language),
        quiet=balance.quietest.name,
        quiet_share=percent(balance.quietest.share, language),
    )


def signed_duration(seconds: float, language: str) -> str:
    """``+3 min``, ``−45 s`` or ``0 s``."""
    if round(seconds) == 0:
        return "0 s"
    sign = "+" if seconds > 0 else "−"
    return sign + format_duration(abs(seconds), language)
