"""The same documents as the PDF, as Markdown: readable as plain text, tidy once rendered.

People's texts are escaped where they would change the structure: a suggestion starting with
``# `` does not become a heading, ``<img ...>`` stays text, ``*`` and ``_`` do not turn into
emphasis, ``|`` does not break a table. Ordinary punctuation (full stops, hyphens inside a
sentence) is left alone so the text stays pleasant to read raw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.core.text import isolate
from codev_app.export.atomic import atomic_write_text, check_target
from codev_app.export.content import (
    Audience,
    LabelledText,
    LearningItem,
    SessionSummary,
    build_summary,
)
from codev_app.export.files import ExportProgress, write_personal_copies
from codev_app.export.labels import format_clock, format_duration, role_label, with_colon

# Characters that mean something anywhere in a line of CommonMark / GitHub Markdown.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes a line a heading, quote, list item, rule, setext underline, table row or fence.
_LINE_START = re.compile(r"^([#>+\-=:]|\d+(?=[.)]))")


def md_inline(text: str) -> str:
    """One line of a person's text, bidi-isolated (:func:`isolate`) and escaped so it reads the
    same once rendered."""
    escaped = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", isolate(text.strip())))
    found = _LINE_START.match(escaped)
    if found is None:
        return escaped
    if found.group(1)[0].isdigit():  # "1." or "2)" would start a numbered list
        return found.group(1) + "\\" + escaped[found.end() :]
    return "\\" + escaped


def md_text(text: str, indent: str = "") -> str:
    """A person's free text: paragraphs stay paragraphs, line breaks stay line breaks (a
    trailing backslash), every line escaped; ``indent`` continues a list item."""
    paragraphs = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = [md_inline(line) for line in chunk.split("\n") if line.strip()]
        if lines:
            paragraphs.append(("\\\n" + indent).join(lines))
    return ("\n" + indent.rstrip() + "\n" + indent).join(paragraphs)


def _cell(text: str) -> str:
    return "<br>".join(md_inline(line) for line in text.splitlines() if line.strip())


def _question_and_contract(summary: SessionSummary) -> list[str]:
    out: list[str] = []
    if summary.question:
        out.append(f"## {summary.text('section.question')}\n")
        out.extend(_labelled(summary.question))
    if summary.contract or summary.help_kinds:
        out.append(f"## {summary.text('section.contract')}\n")
        contract = list(summary.contract)
        if summary.help_kinds:
            kinds = LabelledText(summary.text("field.help_kinds"), " · ".join(summary.help_kinds))
            contract.insert(1 if contract else 0, kinds)
        out.extend(_labelled(contract))
    return out


def markdown_text(summary: SessionSummary) -> str:
    """The document for ``summary`` as Markdown."""
    out: list[str] = []
    title = md_inline(summary.case_title or summary.kind)
    out.append(f"# {title}\n")
    out.append(f"*{md_inline(summary.document_title)}*\n")
    meta = [part for part in (summary.group_name, summary.date) if part]
    if meta:
        out.append(md_inline(" · ".join(meta)) + "  ")
    language = summary.language
    if summary.facilitator:
        facilitator = with_colon(summary.text("meta.facilitator"), language)
        out.append(f"{facilitator} {md_inline(summary.facilitator)}  ")
    if summary.attendees:
        consultant = role_label(Role.CONSULTANT, language)
        names = []
        for person in summary.attendees:
            details = [person.role] if person.role != consultant else []
            if person.note:
                details.append(person.note)
            suffix = f" ({', '.join(details)})" if details else ""
            names.append(md_inline(person.name + suffix))
        out.append(f"{with_colon(summary.text('meta.attendees'), language)} {', '.join(names)}  ")
    if summary.consent_note:
        out.append(md_inline(summary.consent_note) + "  ")
    out.append(f"\n> {md_inline(summary.footer)}\n")
    if summary.own_learning is not None:
        out.append(f"## {summary.text('section.own_learning')}\n")
        out.append(_learning_body(summary.own_learning))
    if summary.own_suggestions:
        out.append(f"## {summary.text('section.own_suggestions')}\n")
        kept_label = summary.text("suggestion.kept")
        for item in summary.own_suggestions:
            prefix = f"**{kept_label}** — " if item.kept else ""
            out.append(f"- {prefix}{md_text(item.text, '  ')}")
        out.append("")
    if summary.opening:
        out.append(f"## {summary.text('section.opening')}\n")
        out.extend(_labelled(summary.opening))
    if summary.timers_only:
        out.append(f"*{md_inline(summary.text('timers_only'))}*\n")
    if summary.first_case:
        out.append(f"# {md_inline(summary.first_case)}\n")
    out.extend(_question_and_contract(summary))
    out.extend(_case_items(summary))
    for case in summary.later_cases:
        out.append(f"# {md_inline(case.heading)}\n")
        shown = replace(
            summary,
            suggestions=case.suggestions,
            action_plan=case.action_plan,
            learnings=case.learnings,
            question=case.question,
            contract=case.contract,
            help_kinds=case.help_kinds,
        )
        out.extend(_question_and_contract(shown))
        out.extend(_case_items(shown))
    if summary.audience is Audience.FACILITATOR:
        out.extend(_timings(summary))
    if summary.speaking is not None:
        out.append(f"## {summary.text('section.speaking')}\n")
        out.append(f"*{summary.text('speaking.note')}*\n")
        head = [summary.text("speaking.participant"), *summary.speaking.phases]
        head.append(summary.text("timing.total"))
        out.append("| " + " | ".join(md_inline(cell) for cell in head) + " |")
        out.append("|---" + "|---:" * (len(head) - 1) + "|")
        for times in summary.speaking.rows:
            values = [format_clock(value) if value else "–" for value in times.seconds]
            line = [md_inline(times.name), *values, f"**{format_clock(times.total)}**"]
            out.append("| " + " | ".join(line) + " |")
        out.append("")
    if summary.private_notes is not None:
        out.append(f"## {summary.text('section.private')}\n")
        out.append(f"> **{summary.text('private.marker')}**\n>")
        notes = md_text(summary.private_notes, "> ") or summary.text("nothing")
        out.append(f"> {notes}\n")
    if summary.charter:
        out.append(f"## {summary.text('section.charter')}\n")
        out.extend(f"{md_text(line)}\n" for line in summary.charter.splitlines() if line.strip())
    if summary.resources:
        out.append(f"## {summary.text('section.resources')}\n")
        out.extend(f"- {md_text(_resource_line(item), '  ')}" for item in summary.resources)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _case_items(summary: SessionSummary) -> list[str]:
    """The suggestions, action plan and learnings of ``summary`` (of one case)."""
    out: list[str] = []
    if summary.suggestions:
        out.append(f"## {summary.text('section.suggestions')}\n")
        kept_label = summary.text("suggestion.kept")
        for item in summary.suggestions:
            prefix = f"**{kept_label}** — " if item.kept else ""
            author = f" *— {md_inline(item.author)}*" if item.author else ""
            number = f"{item.number}."
            indent = " " * (len(number) + 1)
            out.append(f"{number} {prefix}{md_text(item.text, indent)}{author}")
        out.append("")
    if summary.action_plan:
        out.append(f"## {summary.text('section.action_plan')}\n")
        head = [summary.text(k) for k in ("action.what", "action.by_when", "action.success_sign")]
        out.append("| " + " | ".join(head) + " |")
        out.append("|---|---|---|")
        for row in summary.action_plan:
            cells = (row.what, row.by_when, row.success_sign)
            out.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
        out.append("")
    if summary.learnings:
        out.append(f"## {summary.text('section.learnings')}\n")
        for learning in summary.learnings:
            client = f" · {summary.text('meta.client')}" if learning.is_client else ""
            out.append(f"### {md_inline(learning.name)}{client}\n")
            out.append(_learning_body(learning))
    return out


def _resource_line(item: LabelledText) -> str:
    return f"{item.label} — {item.text}" if item.text else item.label


def _labelled(texts: Sequence[LabelledText]) -> list[str]:
    return [f"**{item.label}**\n\n{md_text(item.text)}\n" for item in texts]


def _learning_body(item: LearningItem) -> str:
    parts = [md_text(item.text)] if item.text else []
    parts += [f"*{label}* — {md_text(text)}" for label, text in item.four_a]
    return "\n\n".join(parts) + "\n"


def _timings(summary: SessionSummary) -> list[str]:
    language = summary.language
    out = [f"## {summary.text('section.timings')}\n"]
    head = (
        summary.text("timing.phase"),
        summary.text("timing.planned"),
        summary.text("timing.actual"),
    )
    out.append("| " + " | ".join(head) + " |")
    out.append("|---|---:|---:|")
    for row in summary.timings:
        actual = (
            summary.text("nothing")
            if row.actual_seconds is None
            else format_duration(row.actual_seconds, language)
        )
        phase = md_inline(row.phase)
        if row.is_break:
            phase = f"*{phase}*"
        out.append(f"| {phase} | {format_duration(row.planned_seconds, language)} | {actual} |")
    total = summary.text("timing.total")
    out.append(
        f"| **{total}** | **{format_duration(summary.planned_total, language)}** "
        f"| **{format_duration(summary.actual_total, language)}** |"
    )
    out.append("")
    return out


def write_markdown(
    bundle: SessionBundle,
    path: str | Path,
    audience: Audience,
    *,
    language: str = "fr",
    show_authors: bool = True,
    recipient_id: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write one Markdown document (UTF-8) atomically; returns its path.

    Same refusals as :func:`codev_app.export.pdf.write_pdf`.
    """
    summary = build_summary(
        bundle, audience, language=language, recipient_id=recipient_id, show_authors=show_authors
    )
    target = Path(path)
    check_target(target, overwrite=overwrite)
    return atomic_write_text(target, markdown_text(summary), overwrite=overwrite)


def write_personal_markdowns(
    bundle: SessionBundle,
    folder: str | Path,
    *,
    language: str = "fr",
    show_authors: bool = True,
    overwrite: bool = False,
    participant_ids: Sequence[str] | None = None,
) -> Iterator[ExportProgress]:
    """One Markdown personal copy per participant, yielding progress (see
    :func:`codev_app.export.pdf.write_personal_pdfs`)."""
    return write_personal_copies(
        bundle,
        Path(folder),
        lambda summary: markdown_text(summary).encode("utf-8"),
        "md",
        language=language,
        show_authors=show_authors,
        overwrite=overwrite,
        participant_ids=participant_ids,
    )
