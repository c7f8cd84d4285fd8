"""Who is who in the note panels: names from the roster, client first, in the listed order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from codev_app.core.participants import Participant, Role, Roster
from codev_app.core.text import isolate


def person_name(roster: Roster, participant_id: str | None) -> str:
    """The participant's name, "Unknown" for nobody, "Someone who left" for an old id."""
    if participant_id is None:
        return QCoreApplication.translate("RecordPeople", "Unknown")
    if participant_id in roster:
        return isolate(roster.get(participant_id).name)
    return QCoreApplication.translate("RecordPeople", "Someone who left")


def role_text(role: Role) -> str:
    """The role as the facilitator says it, for the learnings' headings."""
    texts = {
        Role.CLIENT: QCoreApplication.translate("RecordPeople", "client"),
        Role.CONSULTANT: QCoreApplication.translate("RecordPeople", "consultant"),
        Role.FACILITATOR: QCoreApplication.translate("RecordPeople", "facilitator"),
        Role.CO_FACILITATOR: QCoreApplication.translate("RecordPeople", "co-facilitator"),
        Role.SCRIBE: QCoreApplication.translate("RecordPeople", "secretary"),
        Role.TIMEKEEPER: QCoreApplication.translate("RecordPeople", "timekeeper"),
        Role.MODERATOR: QCoreApplication.translate("RecordPeople", "moderator"),
        Role.PROCESS_OBSERVER: QCoreApplication.translate("RecordPeople", "process observer"),
    }
    return texts[role]


def client_first(roster: Roster) -> list[Participant]:
    """Everyone in the roster, the client first, then in the listed order."""
    people = list(roster.participants)
    client = roster.client
    if client is not None:
        people.remove(client)
        people.insert(0, client)
    return people
