"""What the insights read of stored sessions: the read model, the template and the command log.

:func:`session_insights_of` reads one session; :func:`insights_of` many (a damaged one is left
out and logged as a warning, never a reason to fail the whole report).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

from codev_app.core.insights import LogLine, SessionInsights, session_insights
from codev_app.core.read_model import UnreadableSession
from codev_app.storage.errors import SessionUnreadable
from codev_app.storage.mapping import SessionMode
from codev_app.storage.repository import Store

_log = logging.getLogger(__name__)


def session_insights_of(store: Store, session_id: int) -> SessionInsights:
    """The insights of one stored session (its command log included); raises
    :class:`SessionUnreadable` or :class:`UnreadableSession` for a damaged one."""
    bundle = store.load_bundle(session_id)
    timers_only = store.get_session(session_id).mode is SessionMode.TIMERS_ONLY
    log = command_lines(store, session_id)
    return session_insights(bundle.saved_session(), bundle.template, log, timers_only=timers_only)


def command_lines(store: Store, session_id: int) -> list[LogLine]:
    """The session's command log as the insights read it (each command with its time)."""
    return [(entry.at_wall, entry.command) for entry in store.command_log.read(session_id)]


def insights_of(
    store: Store, session_ids: Iterable[int] | None = None, *, since: date | None = None
) -> list[SessionInsights]:
    """The insights of the started sessions among ``session_ids`` (None: every session), held on
    ``since`` or later."""
    ids = (
        [row.id for row in store.list_sessions(limit=None)]
        if session_ids is None
        else list(session_ids)
    )
    found: list[SessionInsights] = []
    for session_id in ids:
        try:
            insights = session_insights_of(store, session_id)
        except (SessionUnreadable, UnreadableSession) as error:
            _log.warning("Session %s left out of the insights: %s", session_id, error)
            continue
        if not insights.ran or (since and (insights.day is None or insights.day < since)):
            continue
        found.append(insights)
    return found
