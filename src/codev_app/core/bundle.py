"""One session as a whole, ready to be saved, exported or imported: :class:`SessionBundle`.

The bundle is what leaves the app and comes back: its :meth:`SessionBundle.to_data` is the lossless
JSON export (format ``codev-session``, see ``docs/session.schema.json``), and storage keeps the same
parts. Nothing here knows about Qt or SQLite.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from codev_app.core.addresses import InvalidAddress, checked_address
from codev_app.core.clock import FakeClock
from codev_app.core.errors import MAX_FIELD_LENGTH, CodevError, TemplateError
from codev_app.core.groups import GroupSheet
from codev_app.core.read_model import SavedSession, read_saved_session
from codev_app.core.record import RecordDataError, SessionRecord
from codev_app.core.session import InvalidLiveData, LiveSession
from codev_app.core.template import Template, parse_template, template_to_data
from codev_app.core.text import clip, excerpt

BUNDLE_FORMAT = "codev-session"
BUNDLE_SCHEMA_VERSION = 1


class InvalidBundle(CodevError):
    """A session file that cannot be imported; ``field`` names the first wrong field. Both are
    clipped: a refused value is quoted as a short excerpt, never whole."""

    def __init__(self, message: str, *, field: str = "") -> None:
        self.field = clip(field, MAX_FIELD_LENGTH)
        self.detail = clip(message)
        super().__init__(f"{self.field}: {self.detail}" if self.field else self.detail)


@dataclass(frozen=True)
class SessionBundle:
    """Everything known about one session: who, when, the plan as run, live state and record."""

    template: Template
    live: Mapping[str, Any]
    record: SessionRecord
    title: str = ""
    group_name: str = ""
    facilitator: str = ""
    created_at: datetime | None = None
    finished_at: datetime | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    emails: Mapping[str, str] = field(default_factory=dict)
    """Participants' e-mail addresses by participant id (only those who gave one)."""
    group_sheet: GroupSheet | None = None
    """The charter and resources of the session's group, for its participants' documents. The
    group's, not the session's: it stays out of the session file (:meth:`to_data`)."""

    def saved_session(self) -> SavedSession:
        """What the session was, as plain data: the plan as run with actual times, the people and
        their attendance, speaking times and the record. Exports and the history read this.

        Raises :class:`~codev_app.core.read_model.UnreadableSession` for damaged live data (a
        bundle made by :meth:`from_data` has been checked).
        """
        return read_saved_session(
            self.template,
            self.live,
            self.record.state,
            title=self.title,
            group_name=self.group_name,
            facilitator=self.facilitator,
            created_at=self.created_at,
            finished_at=self.finished_at,
        )

    def live_session(self) -> LiveSession:
        """The session rebuilt with its clock stopped at the moment it was saved, for what needs
        the live objects (the notes panel, the full check of an imported file). To read what
        happened, use :meth:`saved_session`.
        """
        clock = FakeClock(float(self.live.get("clock_reading", 0.0)))
        return LiveSession.from_data(self.live, self.template, clock, record=self.record)

    def to_data(self) -> dict[str, Any]:
        """The lossless JSON form, read back identically by :meth:`from_data`."""
        return {
            "format": BUNDLE_FORMAT,
            "schema_version": BUNDLE_SCHEMA_VERSION,
            "title": self.title,
            "group_name": self.group_name,
            "facilitator": self.facilitator,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "template": template_to_data(self.template),
            "live": _with_emails(self.live, self.emails),
            "record": self.record.to_data(),
        }

    @classmethod
    def from_data(cls, data: Any) -> SessionBundle:
        """Validate a session file's data; raises :class:`InvalidBundle` naming the first wrong
        field. Nothing is half-read: either the whole bundle comes back or nothing does."""
        if not isinstance(data, dict):
            raise InvalidBundle("is not a Codev session file")
        if data.get("format") != BUNDLE_FORMAT:
            raise InvalidBundle(
                f'must be "{BUNDLE_FORMAT}" (is this a Codev session?)', field="format"
            )
        version = data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise InvalidBundle("must be a whole number", field="schema_version")
        if version < 1:
            raise InvalidBundle(
                f"must be {BUNDLE_SCHEMA_VERSION} for this version of Codev (got {version})",
                field="schema_version",
            )
        if version > BUNDLE_SCHEMA_VERSION:
            raise InvalidBundle(
                f"this file was written by a newer version of Codev (format {version}); "
                "please update Codev",
                field="schema_version",
            )
        title, group_name, facilitator = (
            _text(data.get(key, ""), key) for key in ("title", "group_name", "facilitator")
        )
        dates = {key: _date(data.get(key), key) for key in ("created_at", "finished_at")}
        try:
            template = parse_template(data.get("template"), source="template").template
        except TemplateError as error:
            raise InvalidBundle(error.detail, field=_join("template", error.field)) from None
        try:
            record = SessionRecord.from_data(data.get("record"))
        except RecordDataError as error:
            raise InvalidBundle(error.detail, field=_join("record", error.field)) from None
        live = data.get("live")
        if not isinstance(live, dict):
            raise InvalidBundle("is missing or not a table", field="live")
        live, emails = _without_emails(live)
        reading = live.get("clock_reading", 0.0)
        if isinstance(reading, bool) or not isinstance(reading, int | float):
            raise InvalidBundle("must be a number", field="live.clock_reading")
        if not math.isfinite(reading):
            raise InvalidBundle("must be a finite number", field="live.clock_reading")
        bundle = cls(
            template=template,
            live=live,
            record=record,
            created_at=dates["created_at"],
            finished_at=dates["finished_at"],
            title=title,
            group_name=group_name,
            facilitator=facilitator,
            emails=emails,
        )
        try:
            bundle.live_session()
        except InvalidLiveData as error:
            raise InvalidBundle(str(error), field="live") from None
        return bundle


def _with_emails(live: Mapping[str, Any], emails: Mapping[str, str]) -> dict[str, Any]:
    """The live data with each participant's ``email`` (the file's form; storage keeps them
    apart, and the live session never sees them)."""
    data = dict(live)
    roster = data.get("roster")
    if not emails or not isinstance(roster, dict):
        return data
    people = [
        {**person, "email": emails[person["id"]]}
        if isinstance(person, dict) and emails.get(person.get("id", ""))
        else person
        for person in roster.get("participants", [])
    ]
    data["roster"] = {**roster, "participants": people}
    return data


def _without_emails(live: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    roster = live.get("roster")
    if not isinstance(roster, dict) or not isinstance(roster.get("participants"), list):
        return live, {}
    emails: dict[str, str] = {}
    people = []
    for index, person in enumerate(roster["participants"]):
        if not isinstance(person, dict) or "email" not in person:
            people.append(person)
            continue
        where = f"live.roster.participants[{index}].email"
        value = person["email"]
        if not isinstance(value, str):
            raise InvalidBundle("must be text", field=where)
        try:
            address = checked_address(value)
        except InvalidAddress:
            raise InvalidBundle(f"{excerpt(value)} is not an e-mail address", field=where) from None
        if address:
            emails[str(person.get("id", ""))] = address
        people.append({key: item for key, item in person.items() if key != "email"})
    return {**live, "roster": {**roster, "participants": people}}, emails


def _join(prefix: str, rest: str) -> str:
    return f"{prefix}.{rest}" if rest else prefix


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise InvalidBundle("must be text", field=key)
    return value


def _date(value: Any, key: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidBundle("must be an ISO date and time", field=key)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidBundle(f"{excerpt(value)} is not an ISO date and time", field=key) from None
    if parsed.tzinfo is None:
        raise InvalidBundle("must include the time zone", field=key)
    return parsed
