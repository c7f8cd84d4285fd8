"""The words for support requests (kinds, states, refusals), in the facilitator's language.

Shared by the window and the command line: each passes its own ``translate`` (Qt's
``QCoreApplication.translate`` or :func:`codev_app.i18n.translate`); the texts are in the
``support`` context of the translation files. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from codev_app.core.support import RequestState, SupportError, SupportKind, SupportProblem

Translate = Callable[[str, str], str]


def kind_text(kind: SupportKind, translate: Translate) -> str:
    """What the member asks for, as a word."""
    texts = {
        SupportKind.LISTENING: translate("support", "listening"),
        SupportKind.INFORMATION: translate("support", "information"),
        SupportKind.RESOURCES: translate("support", "resources"),
        SupportKind.OTHER: translate("support", "other"),
    }
    return texts[kind]


def state_text(state: RequestState, translate: Translate) -> str:
    """Where the request is, as a word."""
    texts = {
        RequestState.OPEN: translate("support", "open"),
        RequestState.MATCHED: translate("support", "matched"),
        RequestState.HELD: translate("support", "held"),
        RequestState.CLOSED: translate("support", "closed"),
        RequestState.REFERRED: translate("support", "referred"),
    }
    return texts[state]


def urgency_text(urgent: bool, important: bool, translate: Translate) -> str:
    """ "urgent, important", "not urgent, important"…"""
    return ", ".join(
        (
            translate("support", "urgent") if urgent else translate("support", "not urgent"),
            translate("support", "important")
            if important
            else translate("support", "not important"),
        )
    )


def problem_text(error: SupportError, translate: Translate) -> str:
    """A calm sentence for ``error``; ``%1`` is replaced by what was refused."""
    texts = {
        SupportProblem.UNKNOWN_MEMBER: translate(
            "support", "“%1” is not an active member of this group."
        ),
        SupportProblem.SAME_PERSON: translate(
            "support", "%1 asked for this support: someone else listens."
        ),
        SupportProblem.BAD_STATE: translate(
            "support", "This request is %1: that step is not possible any more."
        ),
        SupportProblem.UNKNOWN_RESOURCE: translate(
            "support", "“%1” is not in the group's resources (add it under Resources)."
        ),
        SupportProblem.BAD_SLOT: translate(
            "support", "“%1” is not a weekly slot: write for example mon 18:00-20:00."
        ),
        SupportProblem.BAD_WEEKS: translate(
            "support", "A relaunch comes after 1 to 52 weeks (not %1)."
        ),
        SupportProblem.BAD_MINUTES: translate(
            "support", "A listening time lasts from 0 to 240 minutes (not %1)."
        ),
        SupportProblem.BAD_BY_WHEN: translate(
            "support", "“By when” (%1) cannot be before the day of the request."
        ),
        SupportProblem.NOTE_TOO_LONG: translate(
            "support", "A request's note is at most %1 characters."
        ),
    }
    subject = error.subject
    if error.problem is SupportProblem.BAD_STATE:
        subject = state_text(RequestState(subject), translate)
    return texts[error.problem].replace("%1", subject)
