"""Groups, their people and cycles, and the sessions' link to them: :class:`GroupStore`.

Shares the :class:`~codev_app.storage.repository.Store`'s connection and lock; every write is one
short transaction. Rows come back as the core's frozen values (:mod:`codev_app.core.groups`,
:mod:`codev_app.core.cycles`). A group's saved sessions are read as
:class:`~codev_app.core.read_model.SavedSession` (see :meth:`GroupStore.saved_sessions`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from codev_app.core.cycles import Cycle, Slot, zone
from codev_app.core.groups import Group, GroupError, GroupProblem, Member, Resource, checked_group
from codev_app.core.read_model import SavedSession, UnreadableSession
from codev_app.storage.errors import StorageError
from codev_app.storage.repository import SessionUnreadable, Store

_log = logging.getLogger(__name__)

_GROUP_COLUMNS = (
    "id, name, facilitators, charter, print_resources, meets_every_days, relaunch_after_days"
)


class GroupNotFound(StorageError):
    """No group (or cycle) with this id or name."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"no such group or cycle: {what}")


@dataclass(frozen=True)
class GatherProposal:
    """Saved sessions not linked to a group whose free-text group name is the group's."""

    group_id: int
    group_name: str
    session_ids: tuple[int, ...]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso_day(value: date | None) -> str | None:
    return value.isoformat() if value else None


class GroupStore:
    """The groups kept in ``store``'s database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- groups ----------------------------------------------------------------------------------

    def list_groups(self) -> list[Group]:
        """Every group, by name."""
        with self.store.shared.read() as connection:
            ids = [
                row[0]
                for row in connection.execute("SELECT id FROM groups ORDER BY name COLLATE NOCASE")
            ]
            return [self._group(connection, group_id) for group_id in ids]

    def get_group(self, group_id: int) -> Group:
        """The group with this id; raises :class:`GroupNotFound`."""
        with self.store.shared.read() as connection:
            return self._group(connection, group_id)

    def find_group(self, name_or_id: str) -> Group:
        """The group named ``name_or_id`` (capitals ignored) or with that number."""
        with self.store.shared.read() as connection:
            row = connection.execute(
                "SELECT id FROM groups WHERE name = ? COLLATE NOCASE",
                (" ".join(name_or_id.split()),),
            ).fetchone()
            if row is None and name_or_id.strip().isdigit():
                row = (int(name_or_id),)
            if row is None:
                raise GroupNotFound(name_or_id)
            return self._group(connection, int(row[0]))

    def _group(self, connection: sqlite3.Connection, group_id: int) -> Group:
        row = connection.execute(
            f"SELECT {_GROUP_COLUMNS} FROM groups WHERE id = ?", (group_id,)
        ).fetchone()
        if row is None:
            raise GroupNotFound(str(group_id))
        members = tuple(
            Member(
                id=int(person_id),
                name=name,
                email=email,
                note=note,
                joined_on=_day(joined),
                left_on=_day(left),
                charter_accepted_on=_day(accepted),
                last_contact_on=_day(contact),
            )
            for person_id, name, email, note, joined, left, accepted, contact in connection.execute(
                "SELECT p.id, p.name, p.email, p.note, m.joined_on, m.left_on,"
                " m.charter_accepted_on, m.last_contact_on FROM memberships AS m"
                " JOIN people AS p ON p.id = m.person_id WHERE m.group_id = ? ORDER BY m.position",
                (group_id,),
            )
        )
        resources = tuple(
            Resource(title, detail)
            for title, detail in connection.execute(
                "SELECT title, detail FROM group_resources WHERE group_id = ? ORDER BY position",
                (group_id,),
            )
        )
        return Group(
            id=int(row[0]),
            name=row[1],
            facilitators=tuple(json.loads(row[2])),
            charter=row[3],
            print_resources=bool(row[4]),
            meets_every_days=int(row[5]),
            relaunch_after_days=int(row[6]),
            members=members,
            resources=resources,
        )

    def save_group(self, group: Group) -> Group:
        """Create (``id`` 0) or rewrite a group with its members and resources; returns it as
        saved (with ids). Raises :class:`~codev_app.core.groups.GroupError` for invalid data or
        a name another group has."""
        group = checked_group(group)
        values = (
            group.name,
            json.dumps(list(group.facilitators), ensure_ascii=False),
            group.charter,
            int(group.print_resources),
            group.meets_every_days,
            group.relaunch_after_days,
        )
        with self.store.shared.write() as connection:
            clash = connection.execute(
                "SELECT 1 FROM groups WHERE name = ? COLLATE NOCASE AND id <> ?",
                (group.name, group.id),
            ).fetchone()
            if clash is not None:
                raise GroupError(GroupProblem.DUPLICATE_GROUP, group.name)
            if group.id:
                if (
                    connection.execute(
                        "UPDATE groups SET name = ?, facilitators = ?, charter = ?,"
                        " print_resources = ?, meets_every_days = ?, relaunch_after_days = ?"
                        " WHERE id = ?",
                        (*values, group.id),
                    ).rowcount
                    == 0
                ):
                    raise GroupNotFound(str(group.id))
                group_id = group.id
            else:
                cursor = connection.execute(
                    "INSERT INTO groups (name, facilitators, charter, print_resources,"
                    " meets_every_days, relaunch_after_days, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*values, datetime.now(UTC).isoformat()),
                )
                assert cursor.lastrowid is not None
                group_id = cursor.lastrowid
            self._write_members(connection, group_id, group.members)
            connection.execute("DELETE FROM group_resources WHERE group_id = ?", (group_id,))
            connection.executemany(
                "INSERT INTO group_resources (group_id, position, title, detail)"
                " VALUES (?, ?, ?, ?)",
                [(group_id, i, r.title, r.detail) for i, r in enumerate(group.resources)],
            )
            return self._group(connection, group_id)

    @staticmethod
    def _write_members(
        connection: sqlite3.Connection, group_id: int, members: Sequence[Member]
    ) -> None:
        today = date.today()
        kept: list[int] = []
        for position, member in enumerate(members):
            person_id = member.id
            person = (member.name, member.email, member.note)
            if (
                person_id
                and connection.execute(
                    "UPDATE people SET name = ?, email = ?, note = ? WHERE id = ?",
                    (*person, person_id),
                ).rowcount
            ):
                pass
            else:
                cursor = connection.execute(
                    "INSERT INTO people (name, email, note) VALUES (?, ?, ?)", person
                )
                assert cursor.lastrowid is not None
                person_id = cursor.lastrowid
            kept.append(person_id)
            connection.execute(
                "INSERT INTO memberships (group_id, person_id, position, joined_on, left_on,"
                " charter_accepted_on, last_contact_on) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (group_id, person_id) DO UPDATE SET position = excluded.position,"
                " joined_on = excluded.joined_on, left_on = excluded.left_on,"
                " charter_accepted_on = excluded.charter_accepted_on,"
                " last_contact_on = excluded.last_contact_on",
                (
                    group_id,
                    person_id,
                    position,
                    _iso_day(member.joined_on or today),
                    _iso_day(member.left_on),
                    _iso_day(member.charter_accepted_on),
                    _iso_day(member.last_contact_on),
                ),
            )
        marks = ", ".join("?" * len(kept)) or "NULL"
        # A member is never deleted by saving: one who leaves keeps a row with left_on.
        missing = connection.execute(
            f"SELECT count(*) FROM memberships WHERE group_id = ? AND person_id NOT IN ({marks})",
            (group_id, *kept),
        ).fetchone()[0]
        if missing:
            raise GroupError(GroupProblem.UNKNOWN_MEMBER, "")

    def delete_group(self, group_id: int) -> None:
        """Delete a group, its memberships and cycles; its sessions stay, unlinked."""
        with self.store.shared.write() as connection:
            people = [
                row[0]
                for row in connection.execute(
                    "SELECT person_id FROM memberships WHERE group_id = ?", (group_id,)
                )
            ]
            if connection.execute("DELETE FROM groups WHERE id = ?", (group_id,)).rowcount == 0:
                raise GroupNotFound(str(group_id))
            connection.executemany(
                "DELETE FROM people WHERE id = ? AND id NOT IN (SELECT person_id FROM memberships)",
                [(person,) for person in people],
            )

    # --- sessions --------------------------------------------------------------------------------

    def link_session(self, session_id: int, group_id: int | None) -> None:
        """Make ``session_id`` one of the group's sessions (None: of no group)."""
        with self.store.shared.write() as connection:
            connection.execute(
                "UPDATE sessions SET group_id = ? WHERE id = ?", (group_id, session_id)
            )

    def group_of_session(self, session_id: int) -> Group | None:
        """The group a session belongs to, or None."""
        with self.store.shared.read() as connection:
            row = connection.execute(
                "SELECT group_id FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None or row[0] is None:
                return None
            return self._group(connection, int(row[0]))

    def session_ids(self, group_id: int) -> list[int]:
        """The group's saved sessions, oldest first."""
        with self.store.shared.read() as connection:
            return [
                int(row[0])
                for row in connection.execute(
                    "SELECT id FROM sessions WHERE group_id = ? ORDER BY created_at, id",
                    (group_id,),
                )
            ]

    def saved_sessions(self, session_ids: Iterable[int]) -> dict[int, SavedSession]:
        """What each of these sessions was, through the read model; a damaged one is left out
        (and logged as a warning), never a reason to fail the whole group."""
        found: dict[int, SavedSession] = {}
        for session_id in session_ids:
            try:
                found[session_id] = self.store.load_bundle(session_id).saved_session()
            except (SessionUnreadable, UnreadableSession) as error:
                _log.warning("Session %s left out of its group's view: %s", session_id, error)
        return found

    def gather_proposals(self) -> list[GatherProposal]:
        """Sessions without a group whose group name is a group's: to gather if the
        facilitator agrees (:meth:`gather`)."""
        with self.store.shared.read() as connection:
            rows = connection.execute(
                "SELECT g.id, g.name, s.id FROM sessions AS s JOIN groups AS g"
                " ON g.name = s.group_name COLLATE NOCASE WHERE s.group_id IS NULL"
                " ORDER BY g.name COLLATE NOCASE, s.created_at, s.id"
            ).fetchall()
        proposals: dict[int, GatherProposal] = {}
        for group_id, name, session_id in rows:
            known = proposals.get(group_id, GatherProposal(group_id, name, ()))
            proposals[group_id] = replace(known, session_ids=(*known.session_ids, session_id))
        return list(proposals.values())

    def ungrouped_names(self) -> list[str]:
        """Free-text group names of saved sessions that no group has (to create one from)."""
        with self.store.shared.read() as connection:
            return [
                row[0]
                for row in connection.execute(
                    "SELECT DISTINCT s.group_name FROM sessions AS s WHERE s.group_name <> ''"
                    " AND s.group_id IS NULL AND NOT EXISTS (SELECT 1 FROM groups AS g"
                    " WHERE g.name = s.group_name COLLATE NOCASE) ORDER BY 1 COLLATE NOCASE"
                )
            ]

    def gather(self, proposal: GatherProposal) -> int:
        """Link the proposal's sessions to its group; returns how many were linked."""
        with self.store.shared.write() as connection:
            return sum(
                connection.execute(
                    "UPDATE sessions SET group_id = ? WHERE id = ? AND group_id IS NULL",
                    (proposal.group_id, session_id),
                ).rowcount
                for session_id in proposal.session_ids
            )

    # --- cycles ----------------------------------------------------------------------------------

    def save_cycle(self, cycle: Cycle) -> Cycle:
        """Create (``id`` 0) or rewrite a cycle and its slots; returns it as saved."""
        with self.store.shared.write() as connection:
            values = (cycle.group_id, cycle.template_id, cycle.time_zone, cycle.minutes)
            if cycle.id:
                connection.execute(
                    "UPDATE cycles SET group_id = ?, template_id = ?, time_zone = ?, minutes = ?,"
                    " revision = ? WHERE id = ?",
                    (*values, cycle.revision, cycle.id),
                )
                cycle_id = cycle.id
            else:
                cursor = connection.execute(
                    "INSERT INTO cycles (group_id, template_id, time_zone, minutes, revision,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (*values, cycle.revision, datetime.now(UTC).isoformat()),
                )
                assert cursor.lastrowid is not None
                cycle_id = cursor.lastrowid
            connection.execute("DELETE FROM cycle_slots WHERE cycle_id = ?", (cycle_id,))
            connection.executemany(
                "INSERT INTO cycle_slots (cycle_id, position, uid, starts_at, client_id,"
                " session_id) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (cycle_id, i, s.uid, s.starts_at.isoformat(), s.client_id, s.session_id)
                    for i, s in enumerate(cycle.slots)
                ],
            )
            return self._cycle(connection, cycle_id)

    def get_cycle(self, cycle_id: int) -> Cycle:
        """The cycle with this id; raises :class:`GroupNotFound`."""
        with self.store.shared.read() as connection:
            return self._cycle(connection, cycle_id)

    def cycles(self, group_id: int) -> list[Cycle]:
        """The group's cycles, oldest first."""
        with self.store.shared.read() as connection:
            ids = [
                row[0]
                for row in connection.execute(
                    "SELECT id FROM cycles WHERE group_id = ? ORDER BY id", (group_id,)
                )
            ]
            return [self._cycle(connection, cycle_id) for cycle_id in ids]

    def _cycle(self, connection: sqlite3.Connection, cycle_id: int) -> Cycle:
        row = connection.execute(
            "SELECT id, group_id, template_id, time_zone, minutes, revision FROM cycles"
            " WHERE id = ?",
            (cycle_id,),
        ).fetchone()
        if row is None:
            raise GroupNotFound(str(cycle_id))
        where = zone(row[3])
        slots = tuple(
            Slot(
                uid=uid,
                starts_at=datetime.fromisoformat(starts).astimezone(where),
                client_id=client,
                session_id=session,
            )
            for uid, starts, client, session in connection.execute(
                "SELECT uid, starts_at, client_id, session_id FROM cycle_slots"
                " WHERE cycle_id = ? ORDER BY position",
                (cycle_id,),
            )
        )
        return Cycle(
            id=int(row[0]),
            group_id=int(row[1]),
            template_id=row[2],
            time_zone=row[3],
            minutes=int(row[4]),
            revision=int(row[5]),
            slots=slots,
        )

    def import_group(
        self, group: Group, cycles: Sequence[tuple[Cycle, Sequence[int | None]]]
    ) -> Group:
        """Save a group read from a file (see :func:`codev_app.core.group_file.group_from_data`)
        with its cycles, in one transaction; clients are given as member positions."""
        with self.store.shared.write():
            saved = self.save_group(group)
            for cycle, clients in cycles:
                slots = tuple(
                    replace(
                        slot, client_id=saved.members[client].id if client is not None else None
                    )
                    for slot, client in zip(cycle.slots, clients, strict=True)
                )
                self.save_cycle(replace(cycle, group_id=saved.id, slots=slots))
            return saved
