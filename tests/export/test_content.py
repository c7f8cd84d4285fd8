"""What each document shows: privacy, consent, order, and the words of both languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.core.record import RecordMode, RecordText, SessionRecord
from codev_app.export.content import Audience, build_summary
from codev_app.export.errors import ExportNotApproved, UnknownRecipient
from codev_app.export.labels import (
    EXPORT_LANGUAGES,
    format_clock,
    format_date,
    format_duration,
    label,
    label_keys,
    with_colon,
)
from tests.export.conftest import edited


def test_every_label_exists_in_both_languages() -> None:
    for key in label_keys():
        french, english = (label(key, language) for language in EXPORT_LANGUAGES)
        assert french.strip() and english.strip(), key
    with pytest.raises(ValueError):
        label("page", "de")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45, "45 s"), (900, "15 min"), (872.4, "14 min 32 s"), (3900, "1 h 05 min"), (7200, "2 h")],
)
def test_durations_read_naturally(seconds: float, text: str) -> None:
    assert format_duration(seconds, "fr") == text


def test_dates_clock_and_colons_follow_the_language() -> None:
    moment = datetime(2026, 11, 1, 9, 5, tzinfo=UTC)
    assert format_date(moment, "fr") == "1er novembre 2026, 9 h 05"
    assert format_date(moment, "en") == "1 November 2026, 09:05"
    assert format_clock(3725) == "62:05"
    assert with_colon("Animation", "fr") == "Animation\u202f:"
    assert with_colon("Facilitator", "en") == "Facilitator:"


def test_participants_summary_has_no_private_notes_but_the_record_does(
    bundle_fr: SessionBundle,
) -> None:
    private = bundle_fr.record.text(RecordText.PRIVATE_NOTES)
    assert private
    summary = build_summary(bundle_fr, Audience.PARTICIPANTS)
    assert summary.private_notes is None
    assert summary.speaking is None
    assert not summary.opening  # check-in and follow-up stay with the facilitator
    assert private not in repr(summary)
    record = build_summary(bundle_fr, Audience.FACILITATOR)
    assert record.private_notes == private
    assert record.speaking is not None and record.speaking.rows
    assert {item.label for item in record.opening} == {"Météo", "Retour du client précédent"}


def test_documents_for_participants_need_the_clients_approval(bundle_fr: SessionBundle) -> None:
    unapproved = edited(bundle_fr, SessionRecord.withdraw_export_approval)
    for audience in (Audience.PARTICIPANTS, Audience.PERSONAL):
        with pytest.raises(ExportNotApproved, match="approved"):
            build_summary(unapproved, audience, recipient_id="p3")
    # The facilitator's own record does not leave the machine: no approval needed.
    record = build_summary(unapproved, Audience.FACILITATOR)
    assert "pas (encore) approuvé" in record.consent_note


def test_learnings_put_the_client_first_and_keep_the_four_a_for_the_person_and_facilitator(
    bundle_fr: SessionBundle,
) -> None:
    client = next(p for p in bundle_fr.live_session().roster.participants if p.role is Role.CLIENT)
    summary = build_summary(bundle_fr, Audience.PARTICIPANTS)
    assert summary.learnings[0].name == client.name and summary.learnings[0].is_client
    assert all(not item.four_a for item in summary.learnings)
    # Someone who filled only the "apprentissages" of the 4 A still appears with it.
    dominique = next(item for item in summary.learnings if item.name.startswith("Dominique"))
    assert "conseil d'administration" in dominique.text

    personal = build_summary(bundle_fr, Audience.PERSONAL, recipient_id=client.id)
    assert personal.own_learning is not None
    assert [part for part, _ in personal.own_learning.four_a] == [
        "Appréciation", "Attentes", "Apprentissages", "Applications",
    ]  # fmt: skip
    assert personal.recipient == client.name
    assert "Awa Diallo" in personal.document_title
    facilitator = build_summary(bundle_fr, Audience.FACILITATOR)
    assert len(facilitator.learnings[0].four_a) == 4


def test_a_personal_copy_needs_a_known_recipient(bundle_fr: SessionBundle) -> None:
    with pytest.raises(UnknownRecipient):
        build_summary(bundle_fr, Audience.PERSONAL, recipient_id="nobody")
    with pytest.raises(UnknownRecipient):
        build_summary(bundle_fr, Audience.PERSONAL)


def test_authors_can_be_left_out(bundle_fr: SessionBundle) -> None:
    shown = build_summary(bundle_fr, Audience.PARTICIPANTS)
    hidden = build_summary(bundle_fr, Audience.PARTICIPANTS, show_authors=False)
    assert any(item.author for item in shown.suggestions)
    assert not any(item.author for item in hidden.suggestions)
    assert [item.kept for item in shown.suggestions] == [item.kept for item in hidden.suggestions]
    assert shown.kept_count == 4


def test_timings_follow_the_plan_as_run_with_its_break(bundle_en: SessionBundle) -> None:
    summary = build_summary(bundle_en, Audience.PARTICIPANTS, language="en")
    assert [row.phase for row in summary.timings][:5] == [
        "Opening", "Case exposition", "Clarification", "Break", "Contract",
    ]  # fmt: skip
    assert [row.is_break for row in summary.timings].count(True) == 1
    live = bundle_en.live_session()
    assert summary.actual_total == pytest.approx(
        sum(live.engine.actual_seconds(i) for i in range(len(live.engine.plan)))
    )


def test_a_session_stopped_early_shows_unreached_phases_without_time(
    bundle_fr: SessionBundle,
) -> None:
    from codev_app.core.clock import FakeClock
    from codev_app.core.commands import StartSession
    from codev_app.core.session import LiveSession

    session = LiveSession(bundle_fr.template, FakeClock(0.0))
    session.apply(StartSession())
    session.record.approve_export(None, at="2026-11-20T15:00:00+01:00")
    bundle = SessionBundle(bundle_fr.template, session.to_data(), session.record)
    summary = build_summary(bundle, Audience.PARTICIPANTS)
    assert summary.timings[0].actual_seconds == 0
    assert all(row.actual_seconds is None for row in summary.timings[1:])


def test_timers_only_sessions_say_so(bundle_fr: SessionBundle) -> None:
    bundle = edited(
        bundle_fr, lambda record: record.set_mode(RecordMode.TIMERS_ONLY, discard_content=True)
    )
    summary = build_summary(bundle, Audience.PARTICIPANTS)
    assert summary.timers_only
    assert not summary.suggestions and not summary.learnings and summary.timings


def test_a_speaking_table_too_wide_for_the_page_turns_instead_of_being_cut() -> None:
    from codev_app.export.html_layout import speaking_fits_across

    assert speaking_fits_across(("Ouverture", "Exposé", "Contrat"), "Total")
    phases = ("Ouverture", "Exposé", "Clarification", "Contrat", "Consultation",
              "Plan d’action", "Apprentissages")  # fmt: skip
    assert not speaking_fits_across(phases, "Total")
