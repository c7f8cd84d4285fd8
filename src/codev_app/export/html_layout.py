"""The HTML that Qt's text engine lays out into the PDF pages.

Every text that came from a person goes through :func:`html.escape` here (names, suggestions,
notes...): a participant called ``<img src="file:///etc/hostname">`` is printed as those characters.
Only the fixed labels and the markup below are HTML.

The markup uses what ``QTextDocument`` understands: a default style sheet with class selectors,
tables with cell padding and borders, ``<thead>`` for header rows that repeat on each page.
The body is a sequence of *items*: a suggestion, a learning, a section heading with what follows
it... The first block of each item carries ``-qt-user-state: 1`` (:data:`ITEM_START`); the PDF
writer keeps each item whole on one page when it fits.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import replace

from codev_app.core.participants import Role
from codev_app.core.text import isolate
from codev_app.export.content import (
    Audience,
    CaseNotes,
    LabelledText,
    LearningItem,
    SessionSummary,
    SpeakingTable,
    SuggestionItem,
)
from codev_app.export.labels import format_clock, format_duration, role_label, with_colon

#: ``-qt-user-state`` of the first block of an item.
ITEM_START = 1
_MARK = f' style="-qt-user-state: {ITEM_START};"'
_FIRST_TAG = re.compile(r"<(p|h[1-6])\b")
_FIRST_CELL = re.compile(r"<(td|th)\b")

_ACCENT = "#2b6777"
_TEXT = "#1f2933"
_MUTED = "#5f6b7a"
_RULE = "#d5dbe1"
_KEPT_BG = "#e8f3ec"
_KEPT_FG = "#1d6b45"
_PRIVATE_BG = "#fbeee4"
_PRIVATE_FG = "#9a4311"
_OWN_BG = "#eef4f7"

STYLE_SHEET = f"""
body {{ color: {_TEXT}; }}
p {{ margin-top: 0px; margin-bottom: 7px; line-height: 135%; }}
h1 {{ font-size: 21pt; font-weight: bold; margin-top: 2px; margin-bottom: 10px; }}
h2 {{ font-size: 13.5pt; font-weight: bold; color: {_ACCENT}; margin-top: 26px;
      margin-bottom: 10px; }}
h3 {{ font-size: 10.5pt; font-weight: bold; margin-top: 12px; margin-bottom: 3px; }}
.doc {{ font-size: 9.5pt; font-weight: bold; color: {_ACCENT}; margin-bottom: 2px; }}
.meta {{ color: {_MUTED}; margin-bottom: 3px; }}
.label {{ font-size: 8.5pt; font-weight: bold; color: {_MUTED}; margin-top: 10px;
          margin-bottom: 2px; }}
.headline {{ font-size: 12pt; font-style: italic; margin-bottom: 8px; }}
.question {{ font-size: 11.5pt; font-weight: bold; margin-bottom: 8px; }}
.note {{ color: {_MUTED}; font-style: italic; }}
.muted {{ color: {_MUTED}; }}
.small {{ font-size: 9pt; }}
.who {{ color: {_MUTED}; font-size: 9pt; }}
.kepttag {{ color: {_KEPT_FG}; font-size: 8pt; font-weight: bold; }}
.privatetag {{ color: {_PRIVATE_FG}; font-size: 9pt; font-weight: bold; }}
table.item {{ margin-bottom: 0px; }}
table.box {{ margin-top: 8px; margin-bottom: 6px; }}
td.num {{ color: {_MUTED}; font-size: 9pt; white-space: nowrap; border-bottom: 1px solid {_RULE}; }}
td.text {{ border-bottom: 1px solid {_RULE}; }}
td.kept {{ background-color: {_KEPT_BG}; }}
td.box {{ background-color: {_OWN_BG}; }}
td.private {{ background-color: {_PRIVATE_BG}; }}
table.grid {{ margin-top: 4px; margin-bottom: 6px; }}
th {{ font-size: 8.5pt; font-weight: bold; color: {_MUTED}; text-align: left;
      border-bottom: 1px solid {_MUTED}; }}
th.nowrap {{ white-space: nowrap; }}
td.cell {{ font-size: 9.5pt; border-bottom: 1px solid {_RULE}; }}
td.total {{ font-size: 9.5pt; font-weight: bold; }}
td.break {{ font-size: 9.5pt; color: {_MUTED}; font-style: italic;
           border-bottom: 1px solid {_RULE}; }}
"""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def esc(text: str) -> str:
    """A person's text as HTML text (never markup), bidi-isolated (:func:`isolate`: an override
    in a name cannot reorder it or the page), without control characters (which would print as
    empty boxes)."""
    return html.escape(_CONTROL.sub("", isolate(text)), quote=True)


def _lines(text: str) -> str:
    """One paragraph of a person's text, its line breaks kept."""
    return "<br>".join(esc(line) for line in text.strip().splitlines())


def _paragraphs(text: str, css_class: str = "") -> list[str]:
    """A free text as paragraphs: blank lines separate them, other line breaks are kept."""
    class_attr = f' class="{css_class}"' if css_class else ""
    chunks = (chunk.strip() for chunk in text.replace("\r\n", "\n").split("\n\n"))
    return [f"<p{class_attr}>{_lines(chunk)}</p>" for chunk in chunks if chunk]


def _marked(markup: str) -> str:
    """``markup`` with its first block (a table's first cell) marked as an item's start."""
    pattern = _FIRST_CELL if markup.startswith("<table") else _FIRST_TAG
    found = pattern.search(markup)
    if found is None or "style=" in markup[found.start() : markup.index(">", found.start())]:
        raise ValueError(f"cannot mark the start of {markup[:40]!r}")
    return markup[: found.end()] + _MARK + markup[found.end() :]


class _Items:
    """The body as items that each stay on one page when they fit."""

    def __init__(self) -> None:
        self.items: list[list[str]] = []
        self._held = False

    def start(self, markup: str) -> None:
        """A new item (joined to a held heading instead, if there is one)."""
        if self._held:
            self.items[-1].append(markup)
            self._held = False
        else:
            self.items.append([_marked(markup)])

    def add(self, markup: str) -> None:
        """More of the current item."""
        if not self.items:
            self.items.append([_marked(markup)])
        else:
            self.items[-1].append(markup)

    def heading(self, markup: str) -> None:
        """A heading: it starts an item and holds it open for the first item below it."""
        self.start(markup)
        self._held = True

    def text(self, text: str, css_class: str = "") -> None:
        """A free text: its first paragraph continues the current item (e.g. its label), each
        further paragraph is an item, so long texts break between paragraphs."""
        for index, paragraph in enumerate(_paragraphs(text, css_class)):
            (self.start if index else self.add)(paragraph)

    def result(self) -> list[str]:
        return ["".join(parts) for parts in self.items if parts]


def document_items(summary: SessionSummary) -> list[str]:
    """The document body for ``summary``, as HTML items in reading order (each marked).

    The client's copy leads with their question, contract and plan; a consultant's copy with
    their own learning and suggestions. Timings and speaking times are the facilitator's.
    """
    items = _Items()
    _title_block(items, summary)
    client_copy = summary.is_personal and summary.recipient_is_client
    if summary.own_learning is not None and not client_copy:
        _own_learning(items, summary, summary.own_learning)
    if summary.own_suggestions and not client_copy:
        _own_suggestions(items, summary)
    if summary.opening:
        _section(items, summary.text("section.opening"))
        _labelled(items, summary.opening)
    if summary.timers_only:
        items.start(f'<p class="note">{esc(summary.text("timers_only"))}</p>')
    if summary.first_case:
        items.heading(f'<h1 class="case">{esc(summary.first_case)}</h1>')
    _question_and_contract(items, summary)
    if client_copy:
        if summary.action_plan:
            _action_plan(items, summary)
        if summary.own_learning is not None:
            _own_learning(items, summary, summary.own_learning)
    if summary.suggestions:
        _suggestions(items, summary)
    if summary.action_plan and not client_copy:
        _action_plan(items, summary)
    if summary.learnings:
        _learnings(items, summary)
    for case in summary.later_cases:
        _case(items, summary, case)
    if summary.audience is Audience.FACILITATOR:
        _timings(items, summary)
    if summary.speaking is not None:
        _speaking(items, summary, summary.speaking)
    if summary.private_notes is not None:
        _private(items, summary, summary.private_notes)
    if summary.charter:
        _section(items, summary.text("section.charter"))
        for line in summary.charter.splitlines():
            if line.strip():
                items.text(line)
    if summary.resources:
        _section(items, summary.text("section.resources"))
        for resource in summary.resources:
            line = f"{resource.label} — {resource.text}" if resource.text else resource.label
            items.text(line)
    return items.result()


def _case(items: _Items, summary: SessionSummary, case: CaseNotes) -> None:
    # A later case reads like the first: its ideas, its plan, its learnings, under its client.
    items.heading(f'<h1 class="case">{esc(case.heading)}</h1>')
    shown = replace(
        summary,
        suggestions=case.suggestions,
        action_plan=case.action_plan,
        learnings=case.learnings,
        question=case.question,
        contract=case.contract,
        help_kinds=case.help_kinds,
    )
    _question_and_contract(items, shown)
    if case.suggestions:
        _suggestions(items, shown)
    if case.action_plan:
        _action_plan(items, shown)
    if case.learnings:
        _learnings(items, shown)


def _question_and_contract(items: _Items, summary: SessionSummary) -> None:
    if summary.question:
        _section(items, summary.text("section.question"))
        styles = {
            summary.text("field.question"): "question",
            summary.text("field.headline"): "headline",
        }
        _labelled(items, summary.question, styles)
    if summary.contract or summary.help_kinds:
        _section(items, summary.text("section.contract"))
        contract = list(summary.contract)
        if summary.help_kinds:
            kinds = LabelledText(summary.text("field.help_kinds"), " · ".join(summary.help_kinds))
            contract.insert(1 if contract else 0, kinds)
        _labelled(items, contract)


def document_html(summary: SessionSummary) -> str:
    """The whole document for ``summary`` as one HTML text."""
    return "<html><body>" + "".join(document_items(summary)) + "</body></html>"


def _section(items: _Items, title: str, meta: str = "") -> None:
    extra = f' <span class="muted small">· {esc(meta)}</span>' if meta else ""
    items.heading(f"<h2>{esc(title)}{extra}</h2>")


def _labelled(
    items: _Items, texts: Iterable[LabelledText], styles: dict[str, str] | None = None
) -> None:
    for item in texts:
        items.start(f'<p class="label">{esc(item.label.upper())}</p>')
        items.text(item.text, (styles or {}).get(item.label, ""))


def _title_block(items: _Items, summary: SessionSummary) -> None:
    items.start(f'<p class="doc">{esc(summary.document_title.upper())}</p>')
    items.add(f"<h1>{esc(summary.case_title or summary.kind)}</h1>")
    first = " · ".join(part for part in (summary.group_name, summary.date) if part)
    if first:
        items.add(f'<p class="meta">{esc(first)}</p>')
    language = summary.language
    second = []
    if summary.facilitator:
        second.append(
            f"{with_colon(summary.text('meta.facilitator'), language)} {summary.facilitator}"
        )
    if summary.template_name:
        second.append(
            f"{with_colon(summary.text('meta.template'), language)} {summary.template_name}"
        )
    if second:
        items.add(f'<p class="meta">{esc(" · ".join(second))}</p>')
    if summary.attendees:
        consultant = role_label(Role.CONSULTANT, summary.language)
        names = []
        for person in summary.attendees:
            details = [person.role] if person.role != consultant else []
            if person.note:
                details.append(person.note)
            suffix = f" ({', '.join(details)})" if details else ""
            names.append(esc(person.name + suffix))
        label = esc(with_colon(summary.text("meta.attendees"), language))
        items.add(f'<p class="meta">{label} {", ".join(names)}</p>')
    if summary.consent_note:
        items.add(f'<p class="meta">{esc(summary.consent_note)}</p>')


def _own_learning(items: _Items, summary: SessionSummary, item: LearningItem) -> None:
    body = [f'<p class="label">{esc(summary.text("section.own_learning").upper())}</p>']
    body += _paragraphs(item.text)
    for label, text in item.four_a:
        body.append(f'<p><span class="muted">{esc(label)} —</span> {_lines(text)}</p>')
    items.start(
        '<table class="box" width="100%" cellspacing="0" cellpadding="12">'
        f'<tr><td class="box">{"".join(body)}</td></tr></table>'
    )


def _own_suggestions(items: _Items, summary: SessionSummary) -> None:
    own = summary.own_suggestions
    kept = sum(1 for item in own if item.kept)
    if kept == 0:
        meta = summary.text("own_suggestions.none_kept")
    elif len(own) == 1:
        meta = summary.text("own_suggestions.kept_one")
    else:
        meta = summary.text("own_suggestions.kept", kept=kept, count=len(own))
    _section(items, summary.text("section.own_suggestions"), meta)
    _suggestion_rows(items, summary, own)


def _suggestions(items: _Items, summary: SessionSummary) -> None:
    count = len(summary.suggestions)
    kept = summary.kept_count
    meta = summary.text("suggestions.count_one" if count == 1 else "suggestions.count", count=count)
    if kept:
        key = "suggestions.kept_count_one" if kept == 1 else "suggestions.kept_count"
        meta += ", " + summary.text(key, count=kept)
    _section(items, summary.text("section.suggestions"), meta)
    _suggestion_rows(items, summary, summary.suggestions)


def _suggestion_rows(
    items: _Items, summary: SessionSummary, suggestions: tuple[SuggestionItem, ...]
) -> None:
    kept_tag = esc(summary.text("suggestion.kept").upper())
    # Wide enough for the largest number on one line (Qt would wrap "100" in a narrow cell).
    number_width = 16 + 7 * len(str(len(summary.suggestions)))
    for item in suggestions:
        # Each suggestion is its own small table: padding, a tint when kept, a rule below.
        kept_class = " kept" if item.kept else ""
        tag = f'<span class="kepttag">{kept_tag}</span>&nbsp;&nbsp;' if item.kept else ""
        author = f'<br><span class="who">{esc(item.author)}</span>' if item.author else ""
        items.start(
            '<table class="item" width="100%" cellspacing="0" cellpadding="6">'
            f'<tr><td class="num{kept_class}" width="{number_width}" align="right">'
            f"{item.number}</td>"
            f'<td class="text{kept_class}">{tag}{_lines(item.text)}{author}</td></tr></table>'
        )


def _grid(head: list[tuple[str, str]], rows: list[str], padding: int = 4) -> str:
    """A table with a header row that Qt repeats on each page the table runs over."""
    cells = "".join(f"<th{attributes}>{esc(text)}</th>" for text, attributes in head)
    return (
        f'<table class="grid" width="100%" cellspacing="0" cellpadding="{padding}">'
        f"<thead><tr>{cells}</tr></thead>{''.join(rows)}</table>"
    )


def _action_plan(items: _Items, summary: SessionSummary) -> None:
    _section(items, summary.text("section.action_plan"))
    head = [
        (summary.text("action.what"), ' width="46%"'),
        (summary.text("action.by_when"), ' width="18%"'),
        (summary.text("action.success_sign"), ""),
    ]
    rows = [
        "<tr>"
        + "".join(
            f'<td class="cell">{_lines(cell)}</td>' for cell in (a.what, a.by_when, a.success_sign)
        )
        + "</tr>"
        for a in summary.action_plan
    ]
    items.start(_grid(head, rows, padding=6))


def _learnings(items: _Items, summary: SessionSummary) -> None:
    _section(items, summary.text("section.learnings"))
    client = esc(summary.text("meta.client"))
    for item in summary.learnings:
        role = f' <span class="who">· {client}</span>' if item.is_client else ""
        items.start(f"<h3>{esc(item.name)}{role}</h3>")
        items.text(item.text)
        for label, text in item.four_a:
            items.add(f'<p><span class="muted">{esc(label)} —</span> {_lines(text)}</p>')


def _timings(items: _Items, summary: SessionSummary) -> None:
    language = summary.language
    _section(items, summary.text("section.timings"))
    right = ' align="right"'
    head = [
        (summary.text("timing.phase"), ""),
        (summary.text("timing.planned"), right),
        (summary.text("timing.actual"), right),
    ]
    rows = []
    for row in summary.timings:
        css = "break" if row.is_break else "cell"
        actual = (
            summary.text("nothing")
            if row.actual_seconds is None
            else format_duration(row.actual_seconds, language)
        )
        rows.append(
            f'<tr><td class="{css}">{esc(row.phase)}</td>'
            f'<td class="{css}"{right}>{format_duration(row.planned_seconds, language)}</td>'
            f'<td class="{css}"{right}>{actual}</td></tr>'
        )
    rows.append(
        f'<tr><td class="total">{esc(summary.text("timing.total"))}</td>'
        f'<td class="total"{right}>{format_duration(summary.planned_total, language)}</td>'
        f'<td class="total"{right}>{format_duration(summary.actual_total, language)}</td></tr>'
    )
    items.start(_grid(head, rows))


#: Room for the phase columns of a speaking-time table, in pixels at 96 dpi (the page's text is
#: about 650 px wide; the names take the rest). Headers do not wrap: with more phases than fit,
#: the table turns (one row per phase).
SPEAKING_PHASES_WIDTH = 480
#: Longer phase names may wrap (at spaces) instead of widening their column.
_NOWRAP_LIMIT = 24


def _header_width(name: str) -> float:
    """About how wide a header of 8.5 pt bold text is, with its padding."""
    return min(len(name), _NOWRAP_LIMIT) * 6.4 + 10


def speaking_fits_across(phases: tuple[str, ...], total_label: str) -> bool:
    """Whether one column per phase (and the total) fits the page's width."""
    widths = sum(_header_width(name) for name in phases) + _header_width(total_label)
    return widths <= SPEAKING_PHASES_WIDTH


def _speaking(items: _Items, summary: SessionSummary, table: SpeakingTable) -> None:
    _section(items, summary.text("section.speaking"))
    items.start(f'<p class="note small">{esc(summary.text("speaking.note"))}</p>')
    right = ' align="right"'
    total = summary.text("timing.total")
    if not speaking_fits_across(table.phases, total):
        # Too many phases for one row of columns: one row per phase instead, never a table cut
        # into column slices across pages.
        _speaking_by_phase(items, summary, table)
        return
    head = [(summary.text("speaking.participant"), "")]
    for name in table.phases:
        nowrap = ' class="nowrap"' if len(name) <= _NOWRAP_LIMIT else ""
        head.append((name, right + nowrap))
    head.append((total, right + ' class="nowrap"'))
    rows = []
    for row in table.rows:
        cells = "".join(
            f'<td class="cell"{right}>{format_clock(value) if value else "–"}</td>'
            for value in row.seconds
        )
        cells += f'<td class="cell total"{right}>{format_clock(row.total)}</td>'
        rows.append(f'<tr><td class="cell">{esc(row.name)}</td>{cells}</tr>')
    items.add(_grid(head, rows))


def _speaking_by_phase(items: _Items, summary: SessionSummary, table: SpeakingTable) -> None:
    right = ' align="right"'
    head = [(summary.text("timing.phase"), "")]
    head += [(row.name, right) for row in table.rows]
    rows = []
    for index, phase in enumerate(table.phases):
        cells = "".join(
            f'<td class="cell"{right}>'
            f"{format_clock(row.seconds[index]) if row.seconds[index] else '–'}</td>"
            for row in table.rows
        )
        rows.append(f'<tr><td class="cell">{esc(phase)}</td>{cells}</tr>')
    totals = "".join(
        f'<td class="total"{right}>{format_clock(row.total)}</td>' for row in table.rows
    )
    rows.append(f'<tr><td class="total">{esc(summary.text("timing.total"))}</td>{totals}</tr>')
    items.add(_grid(head, rows))


def _private(items: _Items, summary: SessionSummary, notes: str) -> None:
    _section(items, summary.text("section.private"))
    marker = esc(summary.text("private.marker").upper())
    body = _paragraphs(notes) or [f'<p class="note">{esc(summary.text("nothing"))}</p>']
    items.start(
        '<table class="box" width="100%" cellspacing="0" cellpadding="12">'
        f'<tr><td class="private"><p class="privatetag">{marker}</p>{"".join(body)}</td></tr>'
        "</table>"
    )
