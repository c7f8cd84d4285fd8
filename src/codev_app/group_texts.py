"""What to tell the facilitator when group or cycle data is refused, in their language.

Shared by the window and the command line: each passes its own ``translate`` (Qt's
``QCoreApplication.translate`` or :func:`codev_app.i18n.translate`); the texts are in the
``groups`` context of the translation files. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from codev_app.core.cycles import CycleError, CycleProblem
from codev_app.core.groups import GroupError, GroupProblem

Translate = Callable[[str, str], str]


def problem_text(error: GroupError | CycleError, translate: Translate) -> str:
    """A calm sentence for ``error``; ``%1`` is replaced by what was refused."""
    texts: dict[GroupProblem | CycleProblem, str] = {
        GroupProblem.NO_NAME: translate("groups", "A name is needed."),
        GroupProblem.NAME_TOO_LONG: translate("groups", "This name is too long: “%1”."),
        GroupProblem.DUPLICATE_GROUP: translate("groups", "There is already a group called “%1”."),
        GroupProblem.DUPLICATE_MEMBER: translate(
            "groups", "“%1” is already in the group (someone who left can be brought back)."
        ),
        GroupProblem.UNKNOWN_MEMBER: translate("groups", "“%1” is not a member of this group."),
        GroupProblem.BAD_EMAIL: translate("groups", "“%1” does not look like an e-mail address."),
        GroupProblem.FACILITATORS: translate("groups", "A group has one or two facilitators."),
        GroupProblem.BAD_DAYS: translate("groups", "A number of days must be at least 1."),
        GroupProblem.BAD_FILE: translate(
            "groups", "This is not a readable Codev group file (%1). Nothing was changed."
        ),
        CycleProblem.BAD_COUNT: translate("groups", "A cycle has from 1 to 52 sessions."),
        CycleProblem.BAD_EVERY: translate(
            "groups", "“%1” is not a time between sessions: write for example 4w or 28d."
        ),
        CycleProblem.BAD_FIRST: translate(
            "groups",
            "“%1” is not a date and time of the expected form (year-month-day, hours and minutes).",
        ),
        CycleProblem.BAD_ZONE: translate("groups", "“%1” is not a known time zone."),
        CycleProblem.HELD: translate(
            "groups", "Session %1 has already taken place: its plan cannot change."
        ),
        CycleProblem.NO_SLOT: translate("groups", "The cycle has no session %1."),
    }
    return texts[error.problem].replace("%1", error.subject)
