"""The shared document of a session, and how each app's live session follows it.

The Y document holds:

- ``session`` (a map): ``base``, the session as it was when sharing began (plan, people, turns,
  record without private notes, and the shared time it was taken at), and ``ended``.
- ``log`` (an array): one JSON entry per command either facilitator applied since — who (``actor``,
  ``name``), their own count (``n``) and when, in shared time (``at``). Both apps apply every
  entry, in one order: by ``at``, then actor, then ``n``. Each app applies its own commands at
  once and logs them after; an entry that comes in late (both acted at the same moment, or one was
  offline) and sorts before commands already applied makes the app go back to just before it and
  apply everything again in that order (:meth:`LiveSession.replaying`), so both end in the same
  state. A command that no longer fits is refused the same way on both (two "next phase" presses
  from phase 3: the second one is refused, phase 4). ``at`` is a hybrid clock, never before an
  entry already seen: what one does after seeing the other's action comes after it. An undo in
  the log takes back its author's last step that is not typing (typing is not in the log).
- ``text:<field>`` (one Y.Text per free-text field, ``text:<field>@<case>`` for a later
  case's own, private notes excepted): typing merges letter by letter; the record follows the
  merged text through ``SetText``. Typing never goes
  into the log; private notes never leave the machine (nor does anything typed in them).
- ``typing`` (a map): who typed last in each field, to say who did it.

Nothing here uses the network: :mod:`.network` moves the document's updates, and calls
:meth:`SharedSession.pump` when some came in.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Array, Doc, Map, Text

from codev_app.core import commands as c
from codev_app.core.clock import Clock
from codev_app.core.errors import CodevError
from codev_app.core.events import Observable
from codev_app.core.history import LOCAL, Actor, Change
from codev_app.core.record import (
    PRIVATE_TEXTS,
    RecordText,
    SessionRecord,
    parse_text_key,
    text_key,
)
from codev_app.core.session import Checkpoint, LiveSession
from codev_app.core.template import Template, parse_template, template_to_data
from codev_app.core.text_edits import splices

_log = logging.getLogger(__name__)

BASE_FORMAT = "codev-shared-session"
BASE_VERSION = 1
#: The fields typed together; private notes are never among them.
SHARED_TEXTS = tuple(field for field in RecordText if field not in PRIVATE_TEXTS)


def shared_text_keys(template: Template) -> tuple[str, ...]:
    """The :func:`text_key` of each text shared as ``text:<key>``: the session's, and each
    case's own for every case of the format (private notes never)."""
    cases = sorted({phase.record_case for phase in template.phases} | {1})
    return tuple(dict.fromkeys(text_key(which, case) for case in cases for which in SHARED_TEXTS))


#: How many applied commands can still be replayed in another order (an offline co-facilitator's
#: commands older than that are applied after ours instead).
REPLAY_DEPTH = 300
# The least step of the hybrid clock: far below what a timer shows, above the resolution of a
# float holding today's date in seconds.
_TICK = 1e-6


class InvalidSharedSession(CodevError):
    """The shared document holds no session this version of Codev can follow."""


class SharedTime:
    """The time both apps agree on: this machine's wall clock plus its estimated offset to the
    sharing facilitator's."""

    def __init__(self, wall: Callable[[], float] = time.time, offset: float = 0.0) -> None:
        self._wall = wall
        self.offset = offset

    def now(self) -> float:
        """Seconds in shared time."""
        return self._wall() + self.offset


@dataclass(frozen=True, order=True)
class LogEntry:
    """One command of the shared log, sorted in the order both apps apply them."""

    at: float
    actor: str
    n: int
    name: str = field(compare=False)
    command: c.Command = field(compare=False)

    def to_json(self) -> str:
        """The entry as stored in the document."""
        data = {"at": self.at, "actor": self.actor, "n": self.n, "name": self.name}
        return json.dumps({**data, "command": self.command.to_data()}, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> LogEntry:
        """Read an entry; raises :class:`~codev_app.core.commands.InvalidCommandData`."""
        try:
            data = json.loads(raw)
            at, actor, n, name = data["at"], data["actor"], data["n"], data["name"]
            if not (isinstance(at, int | float) and isinstance(n, int)):
                raise TypeError("at and n must be numbers")
            return cls(float(at), str(actor), n, str(name), c.command_from_data(data["command"]))
        except (ValueError, KeyError, TypeError) as error:
            raise c.InvalidCommandData(f"not a shared command ({error})") from None


@dataclass
class _Applied:
    entry: LogEntry
    before: Checkpoint | None  # None: too old to replay from


def host_of(doc: Doc[Any]) -> str:
    """The name of the facilitator who shared the session in ``doc`` (blank when unknown)."""
    raw = doc.get("session", type=Map).get("base")
    return str(json.loads(raw).get("host", "")) if isinstance(raw, str) else ""


class SharedSession:
    """One app's side of a shared session: its live session bound to the shared document.

    Make it with :meth:`host` (the facilitator who shares) or :meth:`join`. Commands applied to
    the live session by this machine's facilitator (``LOCAL``) are logged or typed into the
    document as they happen; :meth:`pump` applies what the other facilitator did.
    """

    def __init__(self, live: LiveSession, doc: Doc[Any], me: Actor, time_base: SharedTime) -> None:
        self.live = live
        self.doc = doc
        self.me = me
        self.time = time_base
        self.ended: Observable[Actor] = Observable("shared.ended")
        self._origin = f"codev:{me.id}"
        self._room: Map[Any] = doc.get("session", type=Map)
        self._log: Array[str] = doc.get("log", type=Array)
        self._typing: Map[Any] = doc.get("typing", type=Map)
        self._texts = {
            key: doc.get(f"text:{key}", type=Text) for key in shared_text_keys(live.template)
        }
        self._seen: set[str] = set()
        self._applied: list[_Applied] = []
        self._n = 0
        self._last_at = 0.0
        self._applying = False
        self._was_ended = False
        self._checkpoint = live.checkpoint()
        self._unsubscribe = live.changed.subscribe(self._on_change)

    # --- making one ------------------------------------------------------------------------------

    @classmethod
    def host(
        cls, live: LiveSession, me: Actor, time_base: SharedTime | None = None
    ) -> SharedSession:
        """Share ``live``: a new document holding it as it is now (private notes left out)."""
        time_base = time_base or SharedTime()
        # Undo goes back as far as the sharing: the guest's history starts there.
        live.forget_history()
        doc: Doc[Any] = Doc()
        record = live.record_as_of_now()
        shared_record = SessionRecord(record)
        for which in PRIVATE_TEXTS:
            if record.text(which):
                shared_record.set_text(which, "")
        base = {
            "format": BASE_FORMAT,
            "version": BASE_VERSION,
            "template": template_to_data(live.template),
            "live": live.to_data(),
            "record": shared_record.to_data(),
            "shared_at": time_base.now(),
            "host": me.name,
        }
        with doc.transaction(origin=f"codev:{me.id}"):
            room: Map[Any] = doc.get("session", type=Map)
            room["base"] = json.dumps(base, ensure_ascii=False)
            room["ended"] = False
            for key in shared_text_keys(live.template):
                doc.get(f"text:{key}", type=Text).insert(0, record.text_at(key))
        shared = cls(live, doc, me, time_base)
        shared._seen.update(shared._log)
        return shared

    @classmethod
    def join(
        cls, doc: Doc[Any], me: Actor, clock: Clock, time_base: SharedTime | None = None
    ) -> SharedSession:
        """Follow the session in ``doc`` (synced from the host): a live session of our own on
        ``clock``, with everything done so far applied. Raises :class:`InvalidSharedSession`."""
        time_base = time_base or SharedTime()
        raw = doc.get("session", type=Map).get("base")
        try:
            base = json.loads(raw) if isinstance(raw, str) else None
            if not isinstance(base, dict) or base.get("format") != BASE_FORMAT:
                raise InvalidSharedSession("no shared session here")
            if base.get("version") != BASE_VERSION:
                raise InvalidSharedSession("shared by another version of Codev")
            template = parse_template(base["template"], source="shared").template
            live_data = base["live"]
            # The host's clock reading at "shared_at", moved onto ours.
            here = clock.now() - (time_base.now() - float(base["shared_at"]))
            live = LiveSession.from_data(
                live_data,
                template,
                clock,
                record=SessionRecord.from_data(base["record"]),
                rebase_seconds=here - float(live_data["clock_reading"]),
            )
        except InvalidSharedSession:
            raise
        except (CodevError, KeyError, TypeError, ValueError) as error:
            raise InvalidSharedSession(f"the shared session cannot be read ({error})") from None
        shared = cls(live, doc, me, time_base)
        shared.pump()
        return shared

    @property
    def template(self) -> Template:
        """The plan of the shared session."""
        return self.live.template

    @property
    def host_name(self) -> str:
        """The name of the facilitator who shared the session."""
        return host_of(self.doc)

    # --- ending ----------------------------------------------------------------------------------

    @property
    def is_ended(self) -> bool:
        """Whether either facilitator ended the sharing."""
        return bool(self._room.get("ended"))

    def end(self) -> None:
        """End the sharing for both (each keeps their copy of the session)."""
        with self.doc.transaction(origin=self._origin):
            self._room["ended"] = True
            self._room["ended_by"] = self.me.name

    def close(self) -> None:
        """Stop following the document (the live session goes on alone)."""
        self._unsubscribe()

    # --- what this machine does ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._applying or change.by != LOCAL:
            return
        command = change.command
        texts = {key for part, key in change.record_items if part == "text"}
        if isinstance(command, c.SetText) or (
            isinstance(command, c.Undo | c.Redo) and isinstance(change.target, c.SetText)
        ):
            # Typing (and its undo) travels as text, letter by letter, not as a command.
            for key in texts & self._texts.keys():
                self._type(key, self.live.record.state.text_at(key))
            return
        self._n += 1
        # After everything seen so far (a hybrid clock): what one did after seeing the other's
        # action comes after it in the shared order, even at the same instant.
        self._last_at = max(self.time.now(), self._last_at + _TICK)
        entry = LogEntry(self._last_at, self.me.id, self._n, self.me.name, command)
        raw = entry.to_json()
        self._seen.add(raw)
        with self.doc.transaction(origin=self._origin):
            self._log.append(raw)
        self._remember(entry, self._checkpoint)
        self._checkpoint = self.live.checkpoint()

    def _type(self, key: str, value: str) -> None:
        text = self._texts[key]
        old = str(text)
        if old == value:
            return
        with self.doc.transaction(origin=self._origin):
            for start, end, inserted in reversed(splices(old, value)):  # positions stay valid
                # pycrdt counts positions in UTF-8 bytes.
                at = len(old[:start].encode("utf-8"))
                if end > start:
                    del text[at : at + len(old[start:end].encode("utf-8"))]
                if inserted:
                    text.insert(at, inserted)
            self._typing[key] = json.dumps([self.me.id, self.me.name])

    def _remember(self, entry: LogEntry, before: Checkpoint | None) -> None:
        self._applied.append(_Applied(entry, before))
        if len(self._applied) > REPLAY_DEPTH:
            self._applied[-REPLAY_DEPTH - 1].before = None

    # --- what the other facilitator did ----------------------------------------------------------

    def pump(self) -> None:
        """Apply what came in: new log entries in the shared order, merged texts, the end."""
        fresh: list[LogEntry] = []
        for raw in self._log:
            if raw in self._seen:
                continue
            self._seen.add(raw)
            try:
                entry = LogEntry.from_json(raw)
            except c.InvalidCommandData as error:
                _log.warning("A shared command was skipped: %s", error)
                continue
            self._last_at = max(self._last_at, entry.at)
            if entry.actor == self.me.id:  # ours, from before a restart
                self._n = max(self._n, entry.n)
            fresh.append(entry)
        if fresh:
            self._take(sorted(fresh))
        self._follow_texts()
        if self.is_ended and not self._was_ended:
            self._was_ended = True
            self.ended.emit(Actor("", str(self._room.get("ended_by", ""))))

    def _take(self, fresh: list[LogEntry]) -> None:
        applied = self._applied
        first = next((i for i, a in enumerate(applied) if a.entry > fresh[0]), len(applied))
        while first < len(applied) and applied[first].before is None:
            first += 1  # too old to go back to: the rest is applied after
        if first == len(applied):
            for entry in fresh:
                self._apply(entry)
            return
        again = sorted([a.entry for a in applied[first:]] + fresh)
        start = applied[first].before
        assert start is not None
        del applied[first:]
        cause = fresh[-1]
        self._applying = True
        try:
            with self.live.replaying(start, cause.command, self._actor(cause)):
                self._checkpoint = start
                for entry in again:
                    self._apply(entry)
        finally:
            self._applying = False

    def _apply(self, entry: LogEntry) -> None:
        before = self._checkpoint
        reading = self.live.clock.now() - (self.time.now() - entry.at)
        applying, self._applying = self._applying, True
        try:
            self.live.apply(entry.command, by=self._actor(entry), at=reading, shared=True)
        except CodevError as error:
            # The same refusal on both machines (the phase had moved on, say).
            _log.info("Shared %s by %s refused: %s", entry.command.kind, entry.name, error)
        finally:
            self._applying = applying
        self._remember(entry, before)
        self._checkpoint = self.live.checkpoint()

    def _actor(self, entry: LogEntry) -> Actor:
        return LOCAL if entry.actor == self.me.id else Actor(entry.actor, entry.name)

    def _follow_texts(self) -> None:
        for key, text in self._texts.items():
            value = str(text)
            if value == self.live.record.state.text_at(key):
                continue
            who = self._typist(key)
            self._applying = True
            try:
                self.live.apply(c.SetText(*_field_value(key, value)), by=who, echo=True)
            except CodevError as error:
                _log.warning("Shared text for %s not taken: %s", key, error)
            finally:
                self._applying = False

    def _typist(self, key: str) -> Actor:
        try:
            actor_id, name = json.loads(str(self._typing.get(key, "")))
        except (ValueError, TypeError):
            return Actor("co-facilitator", "")
        return LOCAL if actor_id == self.me.id else Actor(str(actor_id), str(name))

    # --- for the views and the tests -------------------------------------------------------------

    def entries(self) -> list[LogEntry]:
        """Every shared command so far, in the order both apply them."""
        return sorted(LogEntry.from_json(raw) for raw in self._log)


def _field_value(key: str, value: str) -> tuple[RecordText, str, int]:
    which, case = parse_text_key(key)
    return which, value, case
