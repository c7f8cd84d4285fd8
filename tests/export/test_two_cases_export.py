"""Documents of a session with two cases: each case's suggestions, plan and learnings under a
heading naming its client, read back from the PDF and the Markdown as a participant would."""

from __future__ import annotations

from pathlib import Path

from codev_app.core.bundle import SessionBundle
from codev_app.core.record import SESSION_CASE, HelpKind, RecordText, SessionRecord
from codev_app.export.content import Audience, build_summary
from codev_app.export.markdown import markdown_text
from codev_app.export.pdf import write_pdf
from tests.export.conftest import edited, one_line, pdftotext


def _two_cases(bundle: SessionBundle) -> tuple[SessionBundle, str, str]:
    """The sample session with a second case: its client, a plan step and a learning."""
    session = bundle.saved_session()
    first = session.client
    assert first is not None
    second = next(person for person in session.people if person.id != first.id)

    def add_case_two(record: SessionRecord) -> None:
        record.set_case_client(1, first.id)
        record.set_case_client(2, second.id)
        record.add_action_item("Réunir l'équipe lundi", "lundi", "tous présents", case=2)
        record.set_learning(first.id, text="Écouter sans conseiller", case=2)
        record.add_suggestion("Poser le cadre d'abord", case=2)

    return edited(bundle, add_case_two), first.name, second.name


def test_the_summary_pdf_shows_each_cases_plan_under_its_client(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    bundle, first, second = _two_cases(bundle_fr)
    case_one_step = bundle.record.action_items[0].what
    path = write_pdf(bundle, tmp_path / "deux-cas.pdf", Audience.PARTICIPANTS)
    text = one_line(pdftotext(path))
    one, two = f"Cas 1 — {first}", f"Cas 2 — {second}"
    assert one in text and two in text
    assert text.index(one) < text.index(one_line(case_one_step)) < text.index(two)
    assert text.index(two) < text.index("Réunir l'équipe lundi")
    assert text.index(two) < text.index("Poser le cadre d'abord")
    assert text.index(two) < text.index("Écouter sans conseiller")
    assert text.count("Réunir l'équipe lundi") == 1  # case 2's step is not in case 1's plan


def test_markdown_and_personal_copies_group_by_case_in_english(bundle_en: SessionBundle) -> None:
    bundle, first, second = _two_cases(bundle_en)
    summary = build_summary(bundle, Audience.PARTICIPANTS, language="en")
    assert summary.first_case == f"Case 1 — {first}"
    assert [case.heading for case in summary.later_cases] == [f"Case 2 — {second}"]
    text = markdown_text(summary)
    assert f"# Case 2 — {second}" in text
    assert text.index(f"# Case 2 — {second}") < text.index("Réunir l'équipe lundi")
    client = bundle.saved_session().client
    assert client is not None
    mine = build_summary(bundle, Audience.PERSONAL, language="en", recipient_id=client.id)
    # Case 1's own learning is in its box; the one written for case 2 stays under case 2.
    assert [item.text for item in mine.later_cases[0].learnings] == ["Écouter sans conseiller"]


def test_a_one_case_session_has_no_case_headings(bundle_fr: SessionBundle) -> None:
    summary = build_summary(bundle_fr, Audience.FACILITATOR)
    assert summary.first_case == "" and summary.later_cases == ()
    assert "Cas 1" not in markdown_text(summary)


def _with_second_question(bundle: SessionBundle) -> tuple[SessionBundle, str, str]:
    with_case, first, second = _two_cases(bundle)

    def write_case_two(record: SessionRecord) -> None:
        record.set_text(RecordText.QUESTION, "Comment dire non à ma directrice ?", case=2)
        record.set_text(RecordText.REQUEST, "Des phrases pour commencer", case=2)
        record.set_help_kind(HelpKind.RESOURCES, True, case=2)
        record.set_text(RecordText.FOLLOW_UP, "Suivi du cas deux", case=2)

    return edited(with_case, write_case_two), first, second


def test_the_pdf_shows_each_cases_question_and_contract_under_its_client(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    bundle, first, second = _with_second_question(bundle_fr)
    question_one = one_line(bundle.record.text(RecordText.QUESTION))
    assert question_one
    path = write_pdf(bundle, tmp_path / "deux-questions.pdf", Audience.PARTICIPANTS)
    text = one_line(pdftotext(path))
    one, two = f"Cas 1 — {first}", f"Cas 2 — {second}"
    assert text.index(one) < text.index(question_one) < text.index(two)
    assert text.index(two) < text.index("Comment dire non à ma directrice ?")
    assert text.index(two) < text.index("Des phrases pour commencer")
    assert text.count("Comment dire non à ma directrice ?") == 1
    assert text.count(question_one) == 1  # case 1's question is not repeated under case 2
    assert "Suivi du cas deux" not in text  # the follow-up is the facilitator's, as case 1's
    facilitator = one_line(pdftotext(write_pdf(bundle, tmp_path / "f.pdf", Audience.FACILITATOR)))
    assert facilitator.index(f"Cas 2 — {second}") < facilitator.index("Suivi du cas deux")


def test_markdown_and_the_second_clients_copy_hold_case_twos_contract(
    bundle_en: SessionBundle,
) -> None:
    bundle, _first, second = _with_second_question(bundle_en)
    text = markdown_text(build_summary(bundle, Audience.PARTICIPANTS, language="en"))
    heading = text.index(f"# Case 2 — {second}")
    assert heading < text.index("Comment dire non à ma directrice ?")
    assert heading < text.index("**Help wanted**\n\nResources")
    second_id = next(p.id for p in bundle.saved_session().people if p.name == second)
    mine = build_summary(bundle, Audience.PERSONAL, language="en", recipient_id=second_id)
    later = mine.later_cases[0]
    assert [t.text for t in later.question] == ["Comment dire non à ma directrice ?"]
    assert [t.text for t in later.contract] == ["Des phrases pour commencer"]
    assert later.help_kinds == ("Resources",)


def test_the_closing_rounds_learnings_come_apart_after_the_cases(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    with_case, first, second = _two_cases(bundle_fr)
    first_id = next(p.id for p in with_case.saved_session().people if p.name == first)

    def closing(record: SessionRecord) -> None:
        record.set_learning(first_id, text="Une matinée dense et utile", case=SESSION_CASE)

    bundle = edited(with_case, closing)
    text = one_line(pdftotext(write_pdf(bundle, tmp_path / "meteo.pdf", Audience.PARTICIPANTS)))
    two = f"Cas 2 — {second}"
    assert text.index(two) < text.index("Tour de clôture") < text.index("Une matinée dense")
    assert text.count("Une matinée dense et utile") == 1  # not among case 1's learnings
    summary = build_summary(bundle, Audience.PARTICIPANTS)
    assert [case.heading for case in summary.later_cases] == [two, "Tour de clôture"]
    assert "Une matinée dense et utile" not in [item.text for item in summary.learnings]
