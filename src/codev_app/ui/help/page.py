"""The method page: its texts (one module per language) laid out as one HTML document.

The formats section is made from the templates Codev ships, so it names exactly what the
facilitator finds in the new-session page. Every section and every phase has an anchor
(:data:`SECTIONS`, the phase ids) so the page can open where the facilitator is.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from codev_app import i18n
from codev_app.core.template import Template

#: The anchors of the page's sections, in order.
SECTIONS = ("phases", "roles", "rules", "formats", "codev")


@dataclass(frozen=True)
class PhaseText:
    """One row of the phase-by-phase section; ``anchor`` is the classic template's phase id."""

    anchor: str
    name: str
    duration: str
    who: str
    rules: str
    keeps: str


@dataclass(frozen=True)
class MethodText:
    """Every text of the page in one language."""

    title: str
    intro: str
    contents: str
    phases_title: str
    phases_intro: str
    who_label: str
    rules_label: str
    keeps_label: str
    phases: tuple[PhaseText, ...]
    roles_title: str
    roles: tuple[tuple[str, str], ...]
    rules_title: str
    rules: tuple[str, ...]
    record_note: str
    formats_title: str
    formats_intro: str
    when_label: str
    when: Mapping[str, str]
    phases_word: str
    codev_title: str
    codev: tuple[str, ...]


def method_text(language: str) -> MethodText:
    """The page's texts in ``language`` (English for any language but French)."""
    if language == "fr":
        from codev_app.ui.help.text_fr import TEXT
    else:
        from codev_app.ui.help.text_en import TEXT
    return TEXT


def phase_anchors() -> frozenset[str]:
    """The phases the page explains one by one (anchors of the same name)."""
    return frozenset(phase.anchor for phase in method_text("en").phases)


def method_html(language: str, templates: Sequence[Template]) -> str:
    """The whole page as HTML; ``templates`` are listed in the formats section (built-in ones)."""
    text = method_text(language)
    e = html.escape
    colon = "\u00a0:" if language == "fr" else ":"  # French puts a space before the colon
    titles = (
        text.phases_title,
        text.roles_title,
        text.rules_title,
        text.formats_title,
        text.codev_title,
    )
    parts = [
        f'<a name="top"></a><h1>{e(text.title)}</h1>',
        f"<p>{e(text.intro)}</p>",
        f"<p><b>{e(text.contents)}</b> · "
        + " · ".join(f'<a href="#{a}">{e(t)}</a>' for a, t in zip(SECTIONS, titles, strict=True))
        + "</p>",
        f'<a name="phases"></a><h2>{e(text.phases_title)}</h2>',
        f"<p>{e(text.phases_intro)}</p>",
    ]
    for number, phase in enumerate(text.phases, start=1):
        parts.append(
            f'<a name="{phase.anchor}"></a><h3>{number}. {e(phase.name)} '
            f'<span style="font-weight:normal">· {e(phase.duration)}</span></h3>'
            f"<p><b>{e(text.who_label)}{colon}</b> {e(phase.who)}<br>"
            f"<b>{e(text.rules_label)}{colon}</b> {e(phase.rules)}<br>"
            f"<b>{e(text.keeps_label)}{colon}</b> {e(phase.keeps)}</p>"
        )
    parts.append(f'<a name="roles"></a><h2>{e(text.roles_title)}</h2><ul>')
    parts += [f"<li><b>{e(role)}{colon}</b> {e(what)}</li>" for role, what in text.roles]
    parts.append(f'</ul><a name="rules"></a><h2>{e(text.rules_title)}</h2><ul>')
    parts += [f"<li>{e(rule)}</li>" for rule in text.rules]
    parts.append(f"</ul><p>{e(text.record_note)}</p>")
    parts.append(f'<a name="formats"></a><h2>{e(text.formats_title)}</h2>')
    parts.append(f"<p>{e(text.formats_intro)}</p>")
    for template in templates:
        duration = i18n.format_duration(template.total_seconds, space="\u00a0")
        description = template.description.get(language)
        when = text.when.get(template.id)
        parts.append(
            f"<h3>{e(template.name.get(language))} "
            f'<span style="font-weight:normal">· {e(duration)} · '
            f"{len(template.phases)} {e(text.phases_word)}</span></h3>"
        )
        if when:
            parts.append(f"<p><b>{e(text.when_label)}{colon}</b> {e(when)}</p>")
        if description:
            parts.append(f"<p>{e(description)}</p>")
    parts.append(f'<a name="codev"></a><h2>{e(text.codev_title)}</h2><ul>')
    parts += [f"<li>{e(line)}</li>" for line in text.codev]
    parts.append("</ul>")
    return "\n".join(parts)
