"""The charter and resources of a session's group, read for its documents (no Store here, so
that the bundles' repository and the live export can both use it)."""

from __future__ import annotations

import sqlite3

from codev_app.core.groups import GroupSheet, Resource


def read_group_sheet(connection: sqlite3.Connection, session_id: int) -> GroupSheet | None:
    """The :class:`GroupSheet` of the group ``session_id`` belongs to; None for no group."""
    row = connection.execute(
        "SELECT g.id, g.charter, g.print_resources FROM sessions AS s"
        " JOIN groups AS g ON g.id = s.group_id WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        return None
    group_id, charter, print_resources = row
    resources: tuple[Resource, ...] = ()
    if print_resources:
        resources = tuple(
            Resource(title, detail)
            for title, detail in connection.execute(
                "SELECT title, detail FROM group_resources WHERE group_id = ? ORDER BY position",
                (group_id,),
            )
        )
    return GroupSheet(str(charter).strip(), resources)
