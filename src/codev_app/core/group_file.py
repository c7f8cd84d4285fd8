"""A group as one JSON file (format ``codev-group``, see ``docs/group.schema.json``).

For moving a group to another machine or handing it to a co-facilitator: its members (with their
dates), facilitators, charter, resources, rhythm and the plan of its cycles (slots keep their
calendar UIDs; which saved session held a slot stays behind, with the sessions). Members' notes are
confidential: they stay out unless asked for. Nothing here knows about Qt or SQLite.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from codev_app.core.cycles import Cycle, Slot
from codev_app.core.groups import Group, GroupError, GroupProblem, Member, Resource, checked_group

GROUP_FORMAT: Final = "codev-group"
GROUP_SCHEMA_VERSION: Final = 1


def group_to_data(group: Group, cycles: list[Cycle], *, with_notes: bool = False) -> dict[str, Any]:
    """The JSON-safe form of ``group`` and its ``cycles``; notes only ``with_notes``."""
    index = {member.id: position for position, member in enumerate(group.members)}
    return {
        "format": GROUP_FORMAT,
        "schema_version": GROUP_SCHEMA_VERSION,
        "name": group.name,
        "facilitators": list(group.facilitators),
        "charter": group.charter,
        "meets_every_days": group.meets_every_days,
        "relaunch_after_days": group.relaunch_after_days,
        "print_resources": group.print_resources,
        "resources": [{"title": r.title, "detail": r.detail} for r in group.resources],
        "members": [
            {
                "name": m.name,
                "email": m.email,
                **({"note": m.note} if with_notes and m.note else {}),
                "joined_on": _day(m.joined_on),
                "left_on": _day(m.left_on),
                "charter_accepted_on": _day(m.charter_accepted_on),
                "last_contact_on": _day(m.last_contact_on),
            }
            for m in group.members
        ],
        "cycles": [
            {
                "template_id": cycle.template_id,
                "time_zone": cycle.time_zone,
                "minutes": cycle.minutes,
                "revision": cycle.revision,
                "slots": [
                    {
                        "uid": slot.uid,
                        "starts_at": slot.starts_at.isoformat(),
                        "client": index.get(slot.client_id) if slot.client_id else None,
                    }
                    for slot in cycle.slots
                ],
            }
            for cycle in cycles
        ],
    }


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _bad(where: str) -> GroupError:
    return GroupError(GroupProblem.BAD_FILE, where)


def _text(data: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise _bad(f"{where}{key}")
    return value


def _int(data: dict[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(key)
    return value


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _bad(where) from None


def group_from_data(data: Any) -> tuple[Group, list[tuple[Cycle, list[int | None]]]]:
    """The group of a ``codev-group`` file (ids 0: not saved yet) and its cycles, each with the
    member positions of its slots' clients. Raises :class:`GroupError` (``BAD_FILE``, naming the
    first wrong field) and keeps nothing half-read."""
    if not isinstance(data, dict) or data.get("format") != GROUP_FORMAT:
        raise _bad("format")
    version = data.get("schema_version")
    if version != GROUP_SCHEMA_VERSION:
        raise _bad(f"schema_version {version!r}")
    members_data = data.get("members", [])
    if not isinstance(members_data, list) or not all(isinstance(m, dict) for m in members_data):
        raise _bad("members")
    members = tuple(
        Member(
            name=_text(m, "name", f"members[{i}]."),
            email=_text(m, "email", f"members[{i}].", ""),
            note=_text(m, "note", f"members[{i}].", ""),
            joined_on=_date(m.get("joined_on"), f"members[{i}].joined_on"),
            left_on=_date(m.get("left_on"), f"members[{i}].left_on"),
            charter_accepted_on=_date(m.get("charter_accepted_on"), f"members[{i}].charter"),
            last_contact_on=_date(m.get("last_contact_on"), f"members[{i}].last_contact_on"),
        )
        for i, m in enumerate(members_data)
    )
    resources_data = data.get("resources", [])
    if not isinstance(resources_data, list) or not all(isinstance(r, dict) for r in resources_data):
        raise _bad("resources")
    facilitators = data.get("facilitators")
    if not isinstance(facilitators, list) or not all(isinstance(f, str) for f in facilitators):
        raise _bad("facilitators")
    group = checked_group(
        Group(
            name=_text(data, "name", ""),
            facilitators=tuple(facilitators),
            charter=_text(data, "charter", "", ""),
            members=members,
            resources=tuple(
                Resource(_text(r, "title", "resources."), _text(r, "detail", "resources.", ""))
                for r in resources_data
            ),
            print_resources=bool(data.get("print_resources", False)),
            meets_every_days=_int(data, "meets_every_days", 28),
            relaunch_after_days=_int(data, "relaunch_after_days", 42),
        )
    )
    return group, [_cycle(item, len(members)) for item in data.get("cycles", [])]


def _cycle(data: Any, member_count: int) -> tuple[Cycle, list[int | None]]:
    if not isinstance(data, dict) or not isinstance(data.get("slots"), list):
        raise _bad("cycles")
    slots: list[Slot] = []
    clients: list[int | None] = []
    for item in data["slots"]:
        if not isinstance(item, dict):
            raise _bad("cycles.slots")
        try:
            starts = datetime.fromisoformat(_text(item, "starts_at", "cycles.slots."))
        except ValueError:
            raise _bad("cycles.slots.starts_at") from None
        client = item.get("client")
        if client is not None and (not isinstance(client, int) or not 0 <= client < member_count):
            raise _bad("cycles.slots.client")
        if starts.tzinfo is None:
            raise _bad("cycles.slots.starts_at")
        slots.append(Slot(uid=_text(item, "uid", "cycles.slots."), starts_at=starts))
        clients.append(client)
    cycle = Cycle(
        group_id=0,
        template_id=_text(data, "template_id", "cycles."),
        time_zone=_text(data, "time_zone", "cycles."),
        minutes=_int(data, "minutes", 120),
        revision=_int(data, "revision", 0),
        slots=tuple(slots),
    )
    return cycle, clients
