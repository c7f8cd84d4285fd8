"""A shared session kept in this app's database, and resumed from it after a restart.

Every update of the shared document (ours and the co-facilitator's) is handed to ``keep`` as it
happens (the app writes it with the session, :mod:`codev_app.storage.shared_documents`). After a
restart, the updates applied again in that order give the document back, and the live session is
rebuilt from it as when joining: the state when sharing began, then every shared command in the
shared order, and the merged texts. Private notes are not in the document: they come back from
the session's own saved record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pycrdt import Doc, TransactionEvent

from codev_app.cofacilitation.shared import SharedSession, SharedTime
from codev_app.core import commands as c
from codev_app.core.clock import Clock
from codev_app.core.history import LOCAL, Actor
from codev_app.core.record import PRIVATE_TEXTS, RecordState


def keep_updates(doc: Doc[Any], keep: Callable[[bytes], None]) -> Callable[[], None]:
    """Call ``keep`` with every update of ``doc`` from now on; returns how to stop."""

    def kept(event: TransactionEvent) -> None:
        keep(bytes(event.update))

    subscription = doc.observe(kept)
    return lambda: doc.unobserve(subscription)


def restore(updates: Iterable[bytes]) -> Doc[Any]:
    """The document of the kept ``updates``, applied again in their order."""
    doc: Doc[Any] = Doc()
    for update in updates:
        doc.apply_update(update)
    return doc


def resume(
    updates: Iterable[bytes] | Doc[Any],
    me: Actor,
    clock: Clock,
    saved: RecordState | None = None,
    time_base: SharedTime | None = None,
) -> SharedSession:
    """The shared session of the kept ``updates`` (or of the document :func:`restore` gave),
    with every action in it, on ``clock``; the private notes of ``saved`` (this machine's own
    record) are put back. Raises
    :class:`~codev_app.cofacilitation.shared.InvalidSharedSession`."""
    doc = updates if isinstance(updates, Doc) else restore(updates)
    shared = SharedSession.join(doc, me, clock, time_base)
    for which in PRIVATE_TEXTS:
        text = "" if saved is None else saved.text(which)
        if text:
            # Put back, not typed: not a step to undo, and never typed into the document.
            shared.live.apply(c.SetText(which, text), by=LOCAL, echo=True)
    return shared
