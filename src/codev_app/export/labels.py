"""The words of the exported documents, in French and English, and how numbers and dates read.

Exports do not follow the interface language: the facilitator chooses the language of each export
(a French group may want an English copy for one member). The table is small and complete in both
languages; a test checks that every key has both.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from codev_app.core.participants import Role
from codev_app.core.record import HelpKind

EXPORT_LANGUAGES: Final = ("fr", "en")

_LABELS: Final[dict[str, tuple[str, str]]] = {
    # key: (French, English)
    "doc.participants": ("Compte rendu de séance", "Session summary"),
    "doc.personal": ("Copie personnelle de {name}", "Personal copy for {name}"),
    "doc.facilitator": ("Dossier complet de l'animation", "Facilitator's full record"),
    "doc.kind": ("Séance de codéveloppement", "Co-development session"),
    "footer.group": (
        "Confidentiel — pour le groupe uniquement",
        "Confidential — for the group only",
    ),
    "footer.personal": (
        "Copie personnelle de {name} — à garder pour soi",
        "Personal copy for {name} — yours to keep",
    ),
    "footer.facilitator": (
        "Privé — pour l'animation uniquement, ne pas diffuser",
        "Private — facilitator only, do not share",
    ),
    "page": ("Page {page} / {pages}", "Page {page} / {pages}"),
    "meta.group": ("Groupe", "Group"),
    "meta.date": ("Date", "Date"),
    "meta.facilitator": ("Animation", "Facilitator"),
    "meta.template": ("Déroulé", "Format"),
    "meta.attendees": ("Participants", "Attendees"),
    "meta.client": ("Client", "Client"),
    "case.heading": ("Cas {number} — {client}", "Case {number} — {client}"),
    "case.heading_nobody": ("Cas {number}", "Case {number}"),
    "case.closing": ("Tour de clôture", "Closing round"),
    "attendance.late": ("arrivé·e en cours de séance", "arrived late"),
    "attendance.left": ("parti·e avant la fin", "left early"),
    "attendance.absent": ("absent·e", "absent"),
    "section.own_learning": ("Votre apprentissage", "Your learning"),
    "section.own_suggestions": ("Vos suggestions", "Your suggestions"),
    "own_suggestions.kept": (
        "{kept} sur {count} retenues par le client",
        "{kept} of {count} kept by the client",
    ),
    "own_suggestions.kept_one": ("retenue par le client", "kept by the client"),
    "own_suggestions.none_kept": (
        "le client a choisi d'autres pistes",
        "the client chose other leads",
    ),
    "section.group": ("La séance", "The session"),
    "section.question": ("La question du client", "The client's question"),
    "section.contract": ("Le contrat", "The contract"),
    "section.suggestions": ("Les suggestions", "Suggestions"),
    "section.action_plan": ("Le plan d'action", "Action plan"),
    "section.learnings": ("Les apprentissages", "Learnings"),
    "section.timings": ("Le déroulé", "Timings"),
    "section.opening": ("Ouverture", "Opening"),
    "section.charter": ("La charte du groupe", "The group's charter"),
    "section.resources": ("Ressources vers qui orienter", "Resources to turn to"),
    "section.speaking": ("Temps de parole", "Speaking times"),
    "section.private": ("Notes privées", "Private notes"),
    "section.consent": ("Accord du client", "Client's approval"),
    "field.case_title": ("Sujet", "Topic"),
    "field.headline": ("En une phrase", "Headline"),
    "field.question": ("Question", "Question"),
    "field.key_facts": ("Éléments clés", "Key facts"),
    "field.request": ("Demande", "Request"),
    "field.help_kinds": ("Aide souhaitée", "Help wanted"),
    "field.help_notes": ("Précisions", "Notes"),
    "field.check_in": ("Météo", "Check-in"),
    "field.follow_up": ("Retour du client précédent", "Previous client's follow-up"),
    "suggestions.count": ("{count} suggestions", "{count} suggestions"),
    "suggestions.count_one": ("1 suggestion", "1 suggestion"),
    "suggestions.kept_count": ("dont {count} retenues", "{count} kept"),
    "suggestions.kept_count_one": ("dont 1 retenue", "1 kept"),
    "suggestion.kept": ("Retenue", "Kept"),
    "action.what": ("Action", "Action"),
    "action.by_when": ("Échéance", "By when"),
    "action.success_sign": ("Signe de réussite", "Sign of success"),
    "learning.appreciation": ("Appréciation", "Appreciation"),
    "learning.expectations": ("Attentes", "Expectations"),
    "learning.learnings": ("Apprentissages", "Learnings"),
    "learning.applications": ("Applications", "Applications"),
    "timing.phase": ("Phase", "Phase"),
    "timing.planned": ("Prévu", "Planned"),
    "timing.actual": ("Réel", "Actual"),
    "timing.total": ("Total", "Total"),
    "speaking.participant": ("Participant", "Participant"),
    "speaking.note": (
        "Temps en minutes:secondes, phase par phase.",
        "Times in minutes:seconds, phase by phase.",
    ),
    "private.marker": ("Privé — animation uniquement", "Private — facilitator only"),
    "consent.approved": (
        "Le client a approuvé le partage du compte rendu le {date}.",
        "The client approved sharing the summary on {date}.",
    ),
    "consent.not_approved": (
        "Le client n'a pas (encore) approuvé le partage du compte rendu.",
        "The client has not (yet) approved sharing the summary.",
    ),
    "timers_only": (
        "Le groupe a choisi de ne garder que les durées : aucune note n'a été prise.",
        "The group chose to keep only the timings: no notes were taken.",
    ),
    "nothing": ("—", "—"),
    "empty.suggestions": ("Aucune suggestion notée.", "No suggestion was noted."),
    "empty.action_plan": ("Aucune action notée.", "No action was noted."),
    "empty.learnings": ("Aucun apprentissage noté.", "No learning was noted."),
    "former_participant": ("Ancien participant", "Former participant"),
    "csv.phase": ("Phase", "Phase"),
    "csv.participant": ("Participant", "Participant"),
    "csv.seconds": ("Secondes", "Seconds"),
    "csv.planned_seconds": ("Prévu (secondes)", "Planned (seconds)"),
    "csv.actual_seconds": ("Réel (secondes)", "Actual (seconds)"),
    "file.summary": ("Compte rendu", "Summary"),
    "file.personal": ("Copie personnelle", "Personal copy"),
    "file.draft": ("Brouillon", "Draft"),
    "file.record": ("Dossier animation", "Facilitator record"),
    "file.speaking": ("Temps de parole", "Speaking times"),
    "file.timings": ("Durées des phases", "Phase timings"),
    "file.session": ("Séance", "Session"),
}

_ROLES: Final[dict[Role, tuple[str, str]]] = {
    Role.CLIENT: ("client", "client"),
    Role.CONSULTANT: ("consultant", "consultant"),
    Role.FACILITATOR: ("animation", "facilitator"),
    Role.CO_FACILITATOR: ("co-animation", "co-facilitator"),
    Role.SCRIBE: ("secrétaire", "secretary"),
    Role.TIMEKEEPER: ("gardien du temps", "timekeeper"),
    Role.MODERATOR: ("modération", "moderator"),
    Role.PROCESS_OBSERVER: ("observation du processus", "process observer"),
}

_HELP_KINDS: Final[dict[HelpKind, tuple[str, str]]] = {
    HelpKind.IDEAS: ("Idées", "Ideas"),
    HelpKind.EXPERIENCES: ("Expériences", "Experiences"),
    HelpKind.RESOURCES: ("Ressources", "Resources"),
    HelpKind.FEEDBACK: ("Retours", "Feedback"),
    HelpKind.HYPOTHESES: ("Hypothèses", "Hypotheses"),
}

_MONTHS: Final = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
}  # fmt: skip


def check_language(language: str) -> str:
    """``language`` if Codev exports in it; raises ValueError otherwise."""
    if language not in EXPORT_LANGUAGES:
        raise ValueError(f"exports are written in French or English, not {language!r}")
    return language


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if check_language(language) == "fr" else pair[1]


def label(key: str, language: str, **values: object) -> str:
    """The text of ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    text = _pick(_LABELS[key], language)
    return text.format(**values) if values else text


def with_colon(text: str, language: str) -> str:
    """``Animation :`` (narrow no-break space, French typography) or ``Facilitator:``."""
    return f"{text}\u202f:" if check_language(language) == "fr" else f"{text}:"


def label_keys() -> frozenset[str]:
    """Every label key (for tests)."""
    return frozenset(_LABELS)


def role_label(role: Role, language: str) -> str:
    """What a participant does, in lower case (e.g. "client", "gardien du temps")."""
    return _pick(_ROLES[role], language)


def help_kind_label(kind: HelpKind, language: str) -> str:
    """The name of a kind of help, capitalised (e.g. "Idées")."""
    return _pick(_HELP_KINDS[kind], language)


def format_date(moment: datetime, language: str) -> str:
    """``20 novembre 2026, 14 h 00`` or ``20 November 2026, 14:00`` (in the moment's own zone)."""
    month = _MONTHS[check_language(language)][moment.month - 1]
    if language == "fr":
        day = "1er" if moment.day == 1 else str(moment.day)
        return f"{day} {month} {moment.year}, {moment.hour} h {moment.minute:02d}"
    return f"{moment.day} {month} {moment.year}, {moment.hour:02d}:{moment.minute:02d}"


def format_day(moment: datetime) -> str:
    """``2026-11-20``: the date as it sorts well in file names."""
    return moment.date().isoformat()


def format_duration(seconds: float, language: str) -> str:
    """A phase duration for reading: ``45 s``, ``15 min``, ``14 min 32 s``, ``1 h 05 min``."""
    check_language(language)
    total = round(seconds)
    if total < 60:
        return f"{total} s"
    if total < 3600:
        minutes, rest = divmod(total, 60)
        return f"{minutes} min" if rest == 0 else f"{minutes} min {rest:02d} s"
    hours, rest = divmod(total, 3600)
    minutes = round(rest / 60)
    if minutes == 60:
        hours, minutes = hours + 1, 0
    return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"


def format_clock(seconds: float) -> str:
    """A speaking time in a table: ``m:ss`` (``72:05`` past an hour)."""
    total = round(seconds)
    minutes, rest = divmod(total, 60)
    return f"{minutes}:{rest:02d}"
