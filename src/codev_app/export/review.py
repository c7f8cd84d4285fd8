"""The end-of-cycle review as a PDF: one for the group, a fuller one for the facilitators.

The body is HTML built here from a :class:`~codev_app.core.review.CycleReview` (every person's
text escaped by :func:`~codev_app.export.html_layout.esc`) and laid out and paginated like the
session documents (:mod:`codev_app.export.pdf`): items kept whole on a page, a footer with the
confidentiality notice and the page number on every page.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QPainter, QPen

from codev_app.core.review import CycleReview, ReviewAudience, ReviewSession
from codev_app.export.atomic import atomic_write_bytes, check_target
from codev_app.export.errors import ExportError
from codev_app.export.html_layout import STYLE_SHEET, _grid, _Items, _lines, esc
from codev_app.export.labels import format_date, format_duration
from codev_app.export.pdf import (
    _BOTTOM,
    _FOOTER_OFFSET,
    _MUTED,
    _RULE,
    _SIDE,
    _TOP,
    PaperSize,
    SafeTextDocument,
    _base_font,
    _writer,
    ensure_fonts,
    paginate,
    paper_for_locale,
)

_LABELS: dict[str, tuple[str, str]] = {
    "doc.group": ("Bilan du cycle", "Cycle review"),
    "doc.facilitator": (
        "Bilan du cycle — pour les animateurs",
        "Cycle review — for the facilitators",
    ),
    "facilitators": ("Animation : %1", "Facilitated by %1"),
    "held": ("%1 séances tenues sur %2 prévues", "%1 of %2 planned sessions held"),
    "time": ("Temps prévu %1 · temps réel %2", "Time planned %1 · as run %2"),
    "members": ("Les membres", "The members"),
    "member": ("Membre", "Member"),
    "attended": ("Présences", "Attended"),
    "client": ("Client", "Client"),
    "status": ("Statut", "Status"),
    "yes": ("oui", "yes"),
    "no": ("pas encore", "not yet"),
    "left": ("parti le %1", "left on %1"),
    "active": ("membre", "member"),
    "sessions": ("Les séances", "The sessions"),
    "session": ("Séance %1 · %2", "Session %1 · %2"),
    "not_held": ("Pas encore tenue (client prévu : %1)", "Not held yet (planned client: %1)"),
    "not_held_nobody": ("Pas encore tenue", "Not held yet"),
    "client_of": ("Client : %1", "Client: %1"),
    "present": ("Présents : %1", "Present: %1"),
    "absent": ("Absents : %1", "Absent: %1"),
    "timing": ("Prévu %1 · réel %2", "Planned %1 · as run %2"),
    "question": ("Question", "Question"),
    "request": ("Demande", "Request"),
    "plan": ("Plan d’action", "Action plan"),
    "outcome": ("Ce qu’il en est advenu (séance suivante)", "What came of it (next session)"),
    "not_shared": (
        "Le client n’a pas approuvé le partage de ce cas : seules la date et les présences "
        "figurent ici.",
        "The client has not approved sharing this case: only the date and attendance appear here.",
    ),
    "learnings": ("Les apprentissages du cycle", "Learnings across the cycle"),
    "private": ("Notes privées (animateurs)", "Private notes (facilitators)"),
    "charter": ("La charte du groupe", "The group's charter"),
    "resources": ("Ressources", "Resources"),
    "footer": (
        "Confidentiel — réservé aux membres du groupe",
        "Confidential — for the members of the group only",
    ),
    "footer.facilitator": (
        "Confidentiel — réservé aux animateurs",
        "Confidential — for the facilitators only",
    ),
    "page": ("Page %1 / %2", "Page %1 / %2"),
}


def _label(language: str, key: str, *values: object) -> str:
    french, english = _LABELS[key]
    text = french if language == "fr" else english
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def review_html(review: CycleReview, language: str) -> str:
    """The review's body as HTML for ``QTextDocument``."""
    t = partial(_label, language)
    items = _Items()
    facilitator = review.audience is ReviewAudience.FACILITATOR
    items.start(
        f'<p class="doc">{esc(t("doc.facilitator" if facilitator else "doc.group").upper())}</p>'
    )
    items.add(f"<h1>{esc(review.group_name)}</h1>")
    items.add(f'<p class="meta">{esc(t("facilitators", ", ".join(review.facilitators)))}</p>')
    items.add(f'<p class="meta">{esc(t("held", len(review.held), len(review.sessions)))}</p>')
    time_line = t(
        "time",
        format_duration(review.planned_total, language),
        format_duration(review.actual_total, language),
    )
    items.add(f'<p class="meta">{esc(time_line)}</p>')

    items.heading(f"<h2>{esc(t('members'))}</h2>")
    head = [
        (t("member"), ' width="40%"'),
        (t("attended"), ""),
        (t("client"), ""),
        (t("status"), ""),
    ]
    rows = [
        "<tr>"
        + "".join(
            f'<td class="cell">{esc(cell)}</td>'
            for cell in (
                m.name,
                str(m.attended),
                t("yes") if m.was_client else t("no"),
                t("left", format_date_only(m.left_on, language)) if m.left_on else t("active"),
            )
        )
        + "</tr>"
        for m in review.members
    ]
    items.start(_grid(head, rows))

    items.heading(f"<h2>{esc(t('sessions'))}</h2>")
    for session in review.sessions:
        _session(items, session, language, facilitator)

    learnings = [(s, item) for s in review.held for item in s.learnings]
    if learnings:
        items.heading(f"<h2>{esc(t('learnings'))}</h2>")
        for session, item in learnings:
            who = f"{item.name} · {t('session', session.number, '')}".rstrip(" ·")
            items.start(f'<p class="label">{esc(who.upper())}</p>')
            items.text(item.text)
    if review.charter.strip():
        items.heading(f"<h2>{esc(t('charter'))}</h2>")
        for line in review.charter.splitlines():
            if line.strip():
                items.start(f"<p>{esc(line.strip())}</p>")
    if review.resources:
        items.heading(f"<h2>{esc(t('resources'))}</h2>")
        for resource in review.resources:
            detail = (
                f' <span class="muted">— {esc(resource.detail)}</span>' if resource.detail else ""
            )
            items.start(f"<p><b>{esc(resource.title)}</b>{detail}</p>")
    return "".join(items.result())


def format_date_only(value: object, language: str) -> str:
    """A date as the documents write it (day, month, year)."""
    from datetime import date, datetime

    if isinstance(value, datetime):
        return format_date(value, language).split(",")[0]
    if isinstance(value, date):
        return format_date(datetime(value.year, value.month, value.day), language).split(",")[0]
    return ""


def _session(items: _Items, session: ReviewSession, language: str, facilitator: bool) -> None:
    t = partial(_label, language)
    when = format_date(session.planned_at, language)
    items.start(f"<h3>{esc(t('session', session.number, when))}</h3>")
    if not session.held:
        text = t("not_held", session.client) if session.client else t("not_held_nobody")
        items.add(f'<p class="note">{esc(text)}</p>')
        return
    if session.client:
        items.add(f"<p><b>{esc(t('client_of', session.client))}</b></p>")
    items.add(f'<p class="meta">{esc(t("present", ", ".join(session.present)))}</p>')
    if session.absent:
        items.add(f'<p class="meta">{esc(t("absent", ", ".join(session.absent)))}</p>')
    timing = t(
        "timing",
        format_duration(session.planned_seconds, language),
        format_duration(session.actual_seconds, language),
    )
    items.add(f'<p class="meta">{esc(timing)}</p>')
    if not session.shared:
        items.add(f'<p class="note">{esc(t("not_shared"))}</p>')
        return
    for key, text, style in (
        ("question", session.question, "question"),
        ("request", session.request, ""),
    ):
        if text.strip():
            items.start(f'<p class="label">{esc(t(key).upper())}</p>')
            items.text(text, style)
    if session.plan:
        items.start(f'<p class="label">{esc(t("plan").upper())}</p>')
        for step in session.plan:
            extra = " — ".join(part for part in (step.by_when, step.success_sign) if part)
            tail = f' <span class="muted">({esc(extra)})</span>' if extra else ""
            items.add(f"<p>• {_lines(step.what)}{tail}</p>")
    if session.outcome.strip():
        items.start(f'<p class="label">{esc(t("outcome").upper())}</p>')
        items.text(session.outcome)
    if facilitator and session.private_notes.strip():
        items.start(f'<p class="label privatetag">{esc(t("private").upper())}</p>')
        items.text(session.private_notes)


def render_review_pdf(review: CycleReview, language: str, paper: PaperSize = PaperSize.A4) -> bytes:
    """The review's PDF as bytes; raises ExportError without a ``QGuiApplication``."""
    if QGuiApplication.instance() is None:
        raise ExportError("PDF export needs the Qt application to be running")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    facilitator = review.audience is ReviewAudience.FACILITATOR
    title = f"{review.group_name} — {_label(language, 'doc.group')}"
    writer = _writer(buffer, paper, title)
    width, height = float(writer.width()), float(writer.height())
    body = QRectF(_SIDE, _TOP, width - 2 * _SIDE, height - _TOP - _BOTTOM)
    family = ensure_fonts()
    document = SafeTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setDefaultFont(_base_font(family))
    document.setDefaultStyleSheet(STYLE_SHEET)
    document.setTextWidth(body.width())
    document.setHtml(review_html(review, language))
    document.pagination_fixes = paginate(document, body.height())
    pages = document.pageCount()
    footer = _label(language, "footer.facilitator" if facilitator else "footer")
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            _footer(
                painter, family, footer, _label(language, "page", index + 1, pages), width, height
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _footer(
    painter: QPainter, family: str, notice: str, number: str, width: float, height: float
) -> None:
    font = _base_font(family, 8.5)
    metrics = QFontMetricsF(font, painter.device())
    painter.save()
    painter.setFont(font)
    left, right = _SIDE, width - _SIDE
    footer_y = height - _FOOTER_OFFSET
    painter.setPen(QPen(_RULE, 0.8))
    painter.drawLine(QPointF(left, footer_y - 12), QPointF(right, footer_y - 12))
    painter.setPen(_MUTED)
    box = QRectF(left, footer_y, right - left, metrics.height())
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft, notice)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight, number)
    painter.restore()


def write_review_pdf(
    review: CycleReview,
    path: str | Path,
    *,
    language: str = "fr",
    paper: PaperSize | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the review's PDF atomically; raises FileExists when ``path`` exists and
    ``overwrite`` is false (nothing is written then)."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    data = render_review_pdf(review, language, paper or paper_for_locale())
    return atomic_write_bytes(target, data, overwrite=overwrite)
