"""Undo of one's own typing in a field a co-facilitator types in too: only one's own letters go.

The other's letters reach this session as merged text (``echo``); an undo of one's typing puts the
field back as it was before it *plus* everything typed since, whoever the merged text came in as
(the shared document names the last typist of a field, and two typing at once can leave it
naming this machine's facilitator).
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.history import LOCAL, Actor
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.setup import new_live_session
from codev_app.core.template import load_template
from codev_app.core.text_edits import carry_edit, splices
from codev_app.resources_path import resource_dir

SACHA = Actor("sacha-laptop", "Sacha")
Q = RecordText.QUESTION


def live_session() -> LiveSession:
    template = load_template(resource_dir("templates", "classic.toml")).template
    live = new_live_session(template, FakeClock(100.0), participants=["Ana", "Claire"])
    live.apply(c.StartSession())
    return live


@pytest.mark.parametrize("merged_as", [SACHA, LOCAL], ids=["by-sacha", "by-me"])
def test_undoing_my_typing_keeps_what_sacha_typed_since(merged_as: Actor) -> None:
    live = live_session()
    live.apply(c.SetText(Q, "Comment déléguer ?"))
    # Sacha's letters come in, merged with mine, at the start of the field.
    live.apply(c.SetText(Q, "Claire : Comment déléguer ?"), by=merged_as, echo=True)
    change = live.apply(c.Undo())
    assert change.target == c.SetText(Q, "Comment déléguer ?")
    assert live.record.text(Q) == "Claire : "
    # And again: my typing comes back among Sacha's letters.
    live.apply(c.Redo())
    assert live.record.text(Q) == "Claire : Comment déléguer ?"


def test_undoing_my_deletion_brings_my_words_back_beside_sachas() -> None:
    live = live_session()
    live.apply(c.SetText(Q, "Comment déléguer sans tout reprendre ?"), by=SACHA, echo=True)
    live.apply(c.SetText(Q, "Comment déléguer ?"))  # I cut "sans tout reprendre"
    live.apply(c.SetText(Q, "Comment déléguer ? Pour qui ?"), by=SACHA, echo=True)
    live.apply(c.Undo())
    assert live.record.text(Q) == "Comment déléguer sans tout reprendre ? Pour qui ?"


def test_a_shared_command_since_still_blocks_the_undo_of_typing_in_that_field() -> None:
    # Only typing merges; nothing but typing changes a text field, so nothing else blocks it.
    live = live_session()
    live.apply(c.SetText(Q, "Ma question"))
    live.apply(c.AddSuggestion("s1", "Un binôme"), by=SACHA)
    live.apply(c.Undo())
    assert live.record.text(Q) == ""
    assert [s.text for s in live.record.suggestions] == ["Un binôme"]


@pytest.mark.parametrize(
    ("start", "end", "current", "expected"),
    [
        ("abc", "", "abc", ""),  # nobody typed since: the text as it was
        ("mot1", "", "mot2 mot1", "mot2 "),  # the other's word before mine stays
        ("mot1", "", "mot1 mot2", " mot2"),  # and after it
        ("un deux", "un", "un trois deux", "un trois"),  # theirs inside what I take back
        ("un", "un deux", "zéro un", "zéro un deux"),  # a redo among theirs
        ("un deux", "un", "", ""),  # they removed everything: nothing of mine comes back
    ],
)
def test_an_edit_is_carried_onto_the_text_as_it_is_now(
    start: str, end: str, current: str, expected: str
) -> None:
    assert carry_edit(start, end, current) == expected


def applied(old: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, inserted in reversed(edits):
        old = old[:start] + inserted + old[end:]
    return old


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("mot1 ", "mot2 mot1 ", [(0, 0, "mot2 ")]),  # not "2 mot" inside the other's word
        ("mot1", "mot1 mot2", [(4, 4, " mot2")]),
        ("mot1", "mmot1", [(0, 0, "m")]),  # a first letter typed at the start of a word
        ("mot2 mot1 ", "mot2 ", [(5, 10, "")]),  # the word after goes, not " mot1"
        ("un deux trois", "un trois", [(3, 8, "")]),
        ("Équipe", "Équipe de 12", [(6, 6, " de 12")]),
    ],
)
def test_typing_is_sent_as_the_stretches_a_facilitator_typed(
    old: str, new: str, expected: list[tuple[int, int, str]]
) -> None:
    edits = splices(old, new)
    assert applied(old, edits) == new
    assert edits == expected


def test_stretches_apart_stay_apart() -> None:
    old, new = "Claire : Comment déléguer ?", "Comment déléguer sans tout ?"
    edits = splices(old, new)
    assert applied(old, edits) == new
    assert len(edits) == 2  # "Comment déléguer" between them is not deleted and typed again


@given(st.text("ab é\n", max_size=12), st.text("ab é\n", max_size=12))
def test_the_stretches_always_make_the_new_text(old: str, new: str) -> None:
    edits = splices(old, new)
    assert applied(old, edits) == new
    assert all(a[1] <= b[0] for a, b in pairwise(edits))
