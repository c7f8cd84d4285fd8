"""A cycle's calendar as one ``.ics`` file (RFC 5545), made with the ``icalendar`` library.

One event per planned session, with the slot's lasting UID and the cycle's revision as SEQUENCE,
so that a calendar application that imported the file before updates the same events. Times carry
the cycle's time zone (a VTIMEZONE is included). The event text names the group, the session's
number and its client, never the case: a calendar is often shared or synchronised elsewhere.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from codev_app.core.cycles import Cycle
from codev_app.core.groups import Group
from codev_app.export.atomic import atomic_write_bytes, check_target

_TEXTS = {
    "fr": ("%1 — séance %2 sur %3", "Client : %1", "Co-développement (Codev)"),
    "en": ("%1 — session %2 of %3", "Client: %1", "Co-development (Codev)"),
}


def cycle_calendar(
    group: Group, cycle: Cycle, *, language: str = "fr", now: datetime | None = None
) -> bytes:
    """The cycle's calendar file as bytes."""
    summary, client_line, footer = _TEXTS.get(language, _TEXTS["en"])
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Codev//Co-development cycle//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", group.name)
    count = len(cycle.slots)
    for number, slot in enumerate(cycle.slots, start=1):
        event = Event()
        event.add("uid", slot.uid)
        event.add("sequence", cycle.revision)
        event.add("dtstamp", stamp)
        event.add("dtstart", slot.starts_at)
        event.add("dtend", slot.starts_at + timedelta(minutes=cycle.minutes))
        event.add(
            "summary",
            summary.replace("%1", group.name).replace("%2", str(number)).replace("%3", str(count)),
        )
        client = group.member_by_id(slot.client_id) if slot.client_id is not None else None
        lines = [client_line.replace("%1", client.name)] if client is not None else []
        event.add("description", "\n".join([*lines, footer]))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def write_calendar(
    group: Group, cycle: Cycle, path: str | Path, *, language: str = "fr", overwrite: bool = False
) -> Path:
    """Write the cycle's ``.ics`` atomically; raises FileExists when ``path`` exists and
    ``overwrite`` is false."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    return atomic_write_bytes(
        target, cycle_calendar(group, cycle, language=language), overwrite=overwrite
    )
