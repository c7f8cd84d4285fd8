"""Who receives what: every attendee who has an address, their own copy or the group's summary.

Someone absent, someone without an address and the facilitator (who sends) receive nothing; the
facilitator's record is never sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role


class Skipped(StrEnum):
    """Why someone receives nothing."""

    ABSENT = "absent"
    NO_ADDRESS = "no_address"
    FACILITATOR = "facilitator"


@dataclass(frozen=True)
class Recipient:
    """One person of the session and what they receive (``skipped`` is None when they do)."""

    participant_id: str
    name: str
    role: Role
    address: str
    skipped: Skipped | None

    @property
    def receives(self) -> bool:
        """Whether a message goes to this person."""
        return self.skipped is None


def recipients(bundle: SessionBundle, emails: Mapping[str, str] | None = None) -> list[Recipient]:
    """Everyone of the session in the listed order, the client first, with what they receive.

    ``emails`` defaults to the bundle's own addresses.
    """
    addresses = bundle.emails if emails is None else emails
    people = []
    for person in bundle.saved_session().people:
        address = addresses.get(person.id, "").strip()
        skipped: Skipped | None = None
        if person.role is Role.FACILITATOR:
            skipped = Skipped.FACILITATOR
        elif not person.came:
            skipped = Skipped.ABSENT
        elif not address:
            skipped = Skipped.NO_ADDRESS
        people.append(Recipient(person.id, person.name, person.role, address, skipped))
    people.sort(key=lambda item: item.role is not Role.CLIENT)
    return people
