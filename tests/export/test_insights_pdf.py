"""The insights in the facilitator's record (and nowhere else), and the report's speed."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from codev_app.core.insight_trends import trends
from codev_app.export.content import Audience
from codev_app.export.insights_pdf import render_insights_pdf
from codev_app.export.pdf import write_pdf
from tests.export.conftest import pdf_pages
from tests.insight_sessions import EVEN, ONE_VOICE, play, played


def test_the_facilitators_record_ends_with_the_session_s_insights(
    qapp: QGuiApplication, tmp_path: Path
) -> None:
    bundle = play(ONE_VOICE, suggestions=(("Bruno", True),))[0]
    client = bundle.saved_session().client
    assert client is not None
    bundle.record.approve_export(client.id)  # so that the participants' summary can be made
    record = write_pdf(bundle, tmp_path / "record.pdf", Audience.FACILITATOR, language="en")
    pages = pdf_pages(record)
    start = next(i for i, page in enumerate(pages) if "SESSION INSIGHTS" in page)
    insights = " ".join(pages[start:]).replace("\n", " ")
    assert "In “Consultation”, Bruno spoke 60% of the time, against an even share of 25%." in (
        insights
    )
    assert "Bruno 6:00 60%" in insights and "Balance measure:" in insights
    # One numbering across the record and its insights, the record's private footer on each.
    assert all(f"Page {n} / {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert all("Private — facilitator only" in page for page in pages)
    summary = write_pdf(bundle, tmp_path / "group.pdf", Audience.PARTICIPANTS, language="en")
    assert not any("INSIGHTS" in page or "even share" in page for page in pdf_pages(summary))


def test_the_report_for_two_hundred_sessions_is_built_in_under_a_second(
    qapp: QGuiApplication,
) -> None:
    one = played(EVEN, extra=True, plan=True)
    sessions = [
        replace(one, day=one.day.replace(year=2000 + n // 12, month=n % 12 + 1))
        for n in range(200)
        if one.day is not None
    ]
    started = time.perf_counter()
    data = render_insights_pdf(trends(sessions), "fr")
    elapsed = time.perf_counter() - started
    assert data.startswith(b"%PDF") and elapsed < 1.0, elapsed
