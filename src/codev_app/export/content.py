"""What each exported document says, decided once for every format.

:func:`build_summary` turns a :class:`~codev_app.core.bundle.SessionBundle` into a
:class:`SessionSummary`: plain texts and rows, already translated and ordered, with nothing the
audience must not see. The PDF and Markdown writers only lay it out, so privacy rules live here:

- documents for participants refuse to exist without the client's approval
  (:class:`~codev_app.export.errors.ExportNotApproved`) and are built from
  :meth:`~codev_app.core.record.SessionRecord.for_participants`, so private notes cannot leak;
- in the group's summary each learning shows its free text (or, when that is empty, what the
  person wrote under "apprentissages"); the whole "4 A" appears in that person's own copy and in the
  facilitator's record;
- speaking times, the check-in, the follow-up and private notes: in the facilitator's record only.

Texts stay exactly as typed; each writer escapes them for its format. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.core.read_model import PersonAttendance, SavedSession
from codev_app.core.record import (
    SESSION_CASE,
    Learning,
    RecordMode,
    RecordText,
    SessionRecord,
)
from codev_app.export.case_notes import (
    action_rows,
    closing_notes,
    help_kinds_of,
    of_case,
    texts_of,
)
from codev_app.export.errors import ExportNotApproved, UnknownRecipient
from codev_app.export.labels import check_language, format_date, label, role_label
from codev_app.export.summary_items import (
    ActionRow as ActionRow,
)
from codev_app.export.summary_items import (
    Attendee as Attendee,
)
from codev_app.export.summary_items import (
    CaseNotes as CaseNotes,
)
from codev_app.export.summary_items import (
    LabelledText as LabelledText,
)
from codev_app.export.summary_items import (
    LearningItem as LearningItem,
)
from codev_app.export.summary_items import (
    SpeakingRow as SpeakingRow,
)
from codev_app.export.summary_items import (
    SpeakingTable as SpeakingTable,
)
from codev_app.export.summary_items import (
    SuggestionItem as SuggestionItem,
)
from codev_app.export.summary_items import (
    TimingRow as TimingRow,
)


class Audience(StrEnum):
    """Who a document is for."""

    PARTICIPANTS = "participants"
    """The group's summary, sent to everyone."""
    PERSONAL = "personal"
    """One participant's copy: the summary plus their own learning in full."""
    FACILITATOR = "facilitator"
    """Everything, for the facilitator's archive: speaking times and private notes included."""


@dataclass(frozen=True)
class SessionSummary:
    """Everything a document shows, in reading order, already in the export language."""

    audience: Audience
    language: str
    document_title: str
    case_title: str
    kind: str
    footer: str
    group_name: str
    date: str
    facilitator: str
    template_name: str
    attendees: tuple[Attendee, ...]
    recipient: str
    recipient_is_client: bool
    own_learning: LearningItem | None
    own_suggestions: tuple[SuggestionItem, ...]
    """In a personal copy, the suggestions its recipient made (which the client kept is marked)."""
    opening: tuple[LabelledText, ...]
    question: tuple[LabelledText, ...]
    contract: tuple[LabelledText, ...]
    help_kinds: tuple[str, ...]
    suggestions: tuple[SuggestionItem, ...]
    action_plan: tuple[ActionRow, ...]
    learnings: tuple[LearningItem, ...]
    timings: tuple[TimingRow, ...]
    speaking: SpeakingTable | None
    private_notes: str | None
    consent_note: str
    timers_only: bool
    charter: str = ""
    """The group's charter, on its participants' documents."""
    resources: tuple[LabelledText, ...] = ()
    """The group's resources (title, detail), when the group has them printed."""
    first_case: str = ""
    """With several cases: the first case's heading ("Case 1 — Alice"); its suggestions, plan
    and learnings are the fields above, the other cases' are in ``later_cases``."""
    later_cases: tuple[CaseNotes, ...] = ()
    """Then, when a closing round after the cases noted learnings, one more with those only."""

    def text(self, key: str, **values: object) -> str:
        """A label in the document's language."""
        return label(key, self.language, **values)

    @property
    def is_personal(self) -> bool:
        """One person's copy (the client's or a consultant's)."""
        return self.audience is Audience.PERSONAL

    @property
    def kept_count(self) -> int:
        """How many suggestions the client kept."""
        return sum(1 for item in self.suggestions if item.kept)

    @property
    def planned_total(self) -> int:
        """Planned seconds of the whole plan."""
        return sum(row.planned_seconds for row in self.timings)

    @property
    def actual_total(self) -> float:
        """Seconds actually spent, pauses excluded."""
        return sum(row.actual_seconds or 0.0 for row in self.timings)


_FOUR_A = ("appreciation", "expectations", "learnings", "applications")


def build_summary(
    bundle: SessionBundle,
    audience: Audience,
    *,
    language: str = "fr",
    recipient_id: str | None = None,
    show_authors: bool = True,
) -> SessionSummary:
    """What the document for ``audience`` shows, in ``language`` ("fr" or "en").

    ``recipient_id`` is required for :attr:`Audience.PERSONAL`. ``show_authors`` says whether the
    suggestions name who made them. Raises :class:`ExportNotApproved` for participants' documents
    when the client has not approved, and :class:`UnknownRecipient` for an unknown recipient.
    """
    check_language(language)
    session = bundle.saved_session()
    full_record = SessionRecord(session.record)
    private = audience is Audience.FACILITATOR
    if not private and not full_record.consent.client_approved_export:
        raise ExportNotApproved()
    record = full_record if private else full_record.for_participants()
    client = session.client
    names = {person.id: person.name for person in session.people}

    def name_of(participant_id: str) -> str:
        return names.get(participant_id) or label("former_participant", language)

    recipient: PersonAttendance | None = None
    if audience is Audience.PERSONAL:
        recipient = session.person(recipient_id) if recipient_id is not None else None
        if recipient is None:
            raise UnknownRecipient(str(recipient_id))

    # The group's charter and resources are for its participants (the facilitator has them).
    sheet = bundle.group_sheet if not private else None
    case_title = record.text(RecordText.CASE_TITLE) or session.title
    if audience is Audience.PERSONAL and recipient is not None:
        document_title = label("doc.personal", language, name=recipient.name)
    else:
        document_title = label(f"doc.{audience.value}", language)

    timings = tuple(
        TimingRow(
            phase=phase.name.get(language),
            planned_seconds=phase.planned_seconds,
            actual_seconds=phase.actual_seconds,  # None: not reached (shown as a dash)
            is_break=phase.is_break,
        )
        for phase in session.phases
    )
    phase_names = {phase.id: phase.name.get(language) for phase in session.phases}

    state = record.state
    clients = dict(state.case_clients)
    if client is not None:
        clients.setdefault(1, client.id)  # saved before cases were numbered: the roster's
    people_order = [person.id for person in session.people]

    def case_learnings(case: int) -> tuple[tuple[Learning, LearningItem], ...]:
        client_id = clients.get(case)
        pairs = []
        for source in record.ordered_learnings(client_id, people_order, case):
            name = name_of(source.participant_id)
            item = _learning_item(
                source, name, source.participant_id == client_id, language, full=private
            )
            if item.text or item.four_a:
                pairs.append((source, item))
        return tuple(pairs)

    def case_heading(case: int) -> str:
        if case not in clients:
            return label("case.heading_nobody", language, number=case)
        return label("case.heading", language, number=case, client=name_of(clients[case]))

    contract_fields = (RecordText.REQUEST, RecordText.HELP_NOTES)
    # A later case's topic is not the document's title: it is said under the case's heading.
    later_question = (
        RecordText.CASE_TITLE,
        *((RecordText.FOLLOW_UP,) if private else ()),
        RecordText.HEADLINE,
        RecordText.QUESTION,
        RecordText.KEY_FACTS,
    )
    first_pairs = case_learnings(1)
    learnings = tuple(item for _source, item in first_pairs)
    own_learning = None
    own_suggestions: tuple[SuggestionItem, ...] = ()
    if recipient is not None:
        own_suggestions = tuple(
            SuggestionItem(number, item.text, "", item.kept)
            for number, item in enumerate(record.suggestions, start=1)
            if item.author == recipient.id
        )
        # Their own learning is shown in full in its box: not a second time among the group's.
        learnings = tuple(
            item for source, item in first_pairs if source.participant_id != recipient.id
        )
        mine = record.learning(recipient.id)
        if mine is not None and not mine.is_empty:
            own_learning = _learning_item(
                mine, recipient.name, recipient.role is Role.CLIENT, language, full=True
            )

    return SessionSummary(
        audience=audience,
        language=language,
        document_title=document_title,
        case_title=case_title,
        kind=label("doc.kind", language),
        footer=_footer(audience, recipient, language),
        group_name=session.group_name,
        date=format_date(session.created_at, language) if session.created_at else "",
        facilitator=session.facilitator,
        template_name=session.template_name.get(language),
        attendees=_attendees(session, language, with_attendance=private),
        recipient=recipient.name if recipient is not None else "",
        recipient_is_client=recipient is not None and recipient.role is Role.CLIENT,
        own_learning=own_learning,
        own_suggestions=own_suggestions,
        opening=texts_of(
            record, language, (RecordText.CHECK_IN, RecordText.FOLLOW_UP) if private else ()
        ),
        question=texts_of(
            record,
            language,
            (RecordText.HEADLINE, RecordText.QUESTION, RecordText.KEY_FACTS),
        ),
        contract=texts_of(record, language, contract_fields),
        help_kinds=help_kinds_of(record, language, 1),
        suggestions=tuple(
            SuggestionItem(
                number=number,
                text=item.text,
                author=name_of(item.author) if show_authors and item.author else "",
                kept=item.kept,
            )
            for number, item in enumerate(of_case(record.suggestions, 1), start=1)
        ),
        action_plan=action_rows(record, 1),
        learnings=learnings,
        timings=timings,
        speaking=_speaking(session, phase_names, name_of) if private else None,
        private_notes=record.text(RecordText.PRIVATE_NOTES) if private else None,
        consent_note=_consent_note(record, language) if private else "",
        timers_only=record.mode is RecordMode.TIMERS_ONLY,
        charter=sheet.charter if sheet is not None else "",
        resources=tuple(LabelledText(r.title, r.detail) for r in sheet.resources)
        if sheet is not None
        else (),
        first_case=case_heading(1) if len(state.cases) > 1 else "",
        later_cases=tuple(
            CaseNotes(
                heading=case_heading(case),
                suggestions=tuple(
                    SuggestionItem(
                        number=number,
                        text=item.text,
                        author=name_of(item.author) if show_authors and item.author else "",
                        kept=item.kept,
                    )
                    for number, item in enumerate(of_case(record.suggestions, case), start=1)
                ),
                action_plan=action_rows(record, case),
                learnings=tuple(item for _source, item in case_learnings(case)),
                question=texts_of(record, language, later_question, case),
                contract=texts_of(record, language, contract_fields, case),
                help_kinds=help_kinds_of(record, language, case),
            )
            for case in state.cases[1:]
        )
        + closing_notes(label("case.closing", language), case_learnings(SESSION_CASE)),
    )


def _footer(audience: Audience, recipient: PersonAttendance | None, language: str) -> str:
    if audience is Audience.FACILITATOR:
        return label("footer.facilitator", language)
    if recipient is not None:
        return label("footer.personal", language, name=recipient.name)
    return label("footer.group", language)


def _attendees(
    session: SavedSession, language: str, *, with_attendance: bool
) -> tuple[Attendee, ...]:
    people: list[Attendee] = []
    for person in session.people:
        attendance = person.attendance
        note = ""
        if with_attendance:
            if not attendance.present_at_start and attendance.arrived_at is None:
                note = label("attendance.absent", language)
            elif attendance.arrived_late:
                note = label("attendance.late", language)
            elif attendance.left_early:
                note = label("attendance.left", language)
        elif not person.came:
            continue  # never came: the group's summary lists those who were there
        people.append(
            Attendee(
                id=person.id,
                name=person.name,
                role=role_label(person.role, language),
                is_client=person.role is Role.CLIENT,
                note=note,
            )
        )
    # The client first, then everyone in the listed order.
    people.sort(key=lambda person: not person.is_client)
    return tuple(people)


def _learning_item(
    item: Learning, name: str, is_client: bool, language: str, *, full: bool
) -> LearningItem:
    four_a = tuple(
        (label(f"learning.{part}", language), getattr(item, part))
        for part in _FOUR_A
        if getattr(item, part).strip()
    )
    if full:
        return LearningItem(name, is_client, item.text.strip(), four_a)
    # The group's summary: the free text, or what they learned when only the 4 A was filled.
    return LearningItem(name, is_client, item.text.strip() or item.learnings.strip())


def _speaking(
    session: SavedSession, phase_names: dict[str, str], name_of: Callable[[str], str]
) -> SpeakingTable | None:
    speaking = session.speaking
    plan_order = [phase.id for phase in session.phases]
    phase_ids = [pid for pid in plan_order if any(speaking.get(pid, {}).values())]
    phase_ids += [pid for pid in speaking if pid not in phase_ids and any(speaking[pid].values())]
    if not phase_ids:
        return None
    people = [person.id for person in session.people]
    for pid in phase_ids:
        people += [person for person in speaking[pid] if person not in people]
    rows = []
    for person in people:
        seconds = tuple(speaking.get(pid, {}).get(person, 0.0) for pid in phase_ids)
        rows.append(SpeakingRow(name_of(person), seconds, sum(seconds)))
    return SpeakingTable(
        phases=tuple(phase_names.get(pid, pid) for pid in phase_ids), rows=tuple(rows)
    )


def _consent_note(record: SessionRecord, language: str) -> str:
    consent = record.consent
    if not consent.client_approved_export or not consent.approved_at:
        return label("consent.not_approved", language)
    return label(
        "consent.approved",
        language,
        date=format_date(datetime.fromisoformat(consent.approved_at), language),
    )
