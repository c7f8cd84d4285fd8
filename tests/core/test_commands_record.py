"""Undo and redo of the record's commands, by two facilitators, on every field.

An undo puts back only what its command touched: a removed suggestion comes back with its own id,
author, kept mark, date and place, and nothing written since is erased.
"""

from __future__ import annotations

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.history import LOCAL, Actor, Part
from codev_app.core.participants import Role, Roster
from codev_app.core.record import HelpKind, RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir

DOM = Actor("dominique", "Dominique")  # the co-facilitator on the other machine
BRUNO, CHLOE, DIMITRI = "p2", "p3", "p4"


@pytest.fixture
def live() -> LiveSession:
    template = load_template(resource_dir("templates", "classic.toml")).template
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    assert [roster.add(name).id for name in ("Bruno", "Chloé", "Dimitri")] == [
        BRUNO,
        CHLOE,
        DIMITRI,
    ]
    session = LiveSession(template, FakeClock(100.0), roster=roster)
    session.apply(c.StartSession())
    for command, by in [
        (c.SetText(RecordText.QUESTION, "Comment déléguer ?"), LOCAL),
        (c.SetHelpKind(HelpKind.IDEAS, True), DOM),
        (c.AddSuggestion("s1", "Lister ce que je garde", BRUNO), LOCAL),
        (c.AddSuggestion("s2", "Écrire une fiche", CHLOE), DOM),
        (c.AddSuggestion("s3", "Demander à l'équipe"), LOCAL),
        (c.EditSuggestion("s2", kept=True), DOM),
        (c.AddActionItem("a1", "Choisir deux tâches", "lundi", "elles sont faites"), LOCAL),
        (c.AddActionItem("a2", "En parler à Zoé"), DOM),
        (c.SetLearning(BRUNO, text="Je délègue trop tard"), LOCAL),
        (c.SetLearning(CHLOE, appreciation="Merci"), DOM),
    ]:
        session.apply(command, by=by)
    return session


RECORD_COMMANDS: list[c.Command] = [
    c.SetText(RecordText.QUESTION, "Comment déléguer sans tout reprendre ?"),
    c.SetText(RecordText.PRIVATE_NOTES, "Awa semble fatiguée"),
    c.SetHelpKind(HelpKind.IDEAS, False),
    c.SetHelpKind(HelpKind.FEEDBACK, True),
    c.AddSuggestion("s4", "Un binôme", DIMITRI, index=0),
    c.EditSuggestion("s1", text="Lister ce que je lâche"),
    c.EditSuggestion("s1", author=CHLOE),
    c.EditSuggestion("s1", clear_author=True),
    c.EditSuggestion("s2", kept=False),
    c.RemoveSuggestion("s2"),
    c.MoveSuggestion("s3", 0),
    c.AddActionItem("a3", "Relire", "vendredi", "une page", index=0),
    c.EditActionItem("a1", what="Choisir trois tâches", by_when="mardi"),
    c.RemoveActionItem("a1"),
    c.MoveActionItem("a2", 0),
    c.SetLearning(BRUNO, appreciation="Le cadre"),
    c.SetLearning(DIMITRI, learnings="Écouter d'abord"),
    c.RemoveLearning(CHLOE),
]


@pytest.mark.parametrize("by", [LOCAL, DOM], ids=["facilitator", "co-facilitator"])
@pytest.mark.parametrize("command", RECORD_COMMANDS, ids=[repr(k) for k in RECORD_COMMANDS])
def test_each_record_command_is_undone_and_redone_by_who_did_it(
    live: LiveSession, command: c.Command, by: Actor
) -> None:
    other = DOM if by == LOCAL else LOCAL
    before = live.record.state
    change = live.apply(command, by=by)
    after = live.record.state
    assert after != before
    assert change.by == by and change.parts == {Part.RECORD} and change.record_items
    # The other's undo would take back their own last step, never this one.
    assert live.undo_target(by) == command and live.undo_target(other) not in (None, command)
    undone = live.apply(c.Undo(), by=by)
    assert live.record.state == before
    assert undone.by == by and undone.target == command and undone.parts == {Part.RECORD}
    assert live.redo_target(by) == command
    live.apply(c.Redo(), by=by)
    assert live.record.state == after


def test_undo_of_a_removed_suggestion_brings_it_back_as_it_was(live: LiveSession) -> None:
    removed = live.record.suggestion("s2")
    assert (removed.author, removed.kept) == (CHLOE, True)
    live.apply(c.SetRoundOrder(c.RoundOrder.CLIENT_LAST))  # anything, so undo is not the first
    live.apply(c.RemoveSuggestion("s2"))
    assert [s.id for s in live.record.suggestions] == ["s1", "s3"]
    # The client approves the export in the export window (not an action of the history).
    live.record.approve_export("p1")
    live.apply(c.Undo())
    assert [s.id for s in live.record.suggestions] == ["s1", "s2", "s3"]
    assert live.record.suggestion("s2") == removed  # its id, text, author, kept mark and date
    assert live.record.consent.client_approved_export  # what happened since is kept
    assert live.record.text(RecordText.QUESTION) == "Comment déléguer ?"
    assert live.undo_target() == c.SetRoundOrder(c.RoundOrder.CLIENT_LAST)


def test_text_typed_since_by_the_co_facilitator_is_never_erased_by_an_undo(
    live: LiveSession,
) -> None:
    live.apply(c.SetText(RecordText.KEY_FACTS, "Équipe"))
    live.apply(c.RemoveSuggestion("s2"))
    live.apply(c.SetText(RecordText.KEY_FACTS, "Équipe de 12"), by=DOM)
    live.apply(c.Undo())  # my removal, though Dominique typed since: her text stays
    assert live.record.text(RecordText.KEY_FACTS) == "Équipe de 12"
    assert [s.id for s in live.record.suggestions] == ["s1", "s2", "s3"]
    live.apply(c.Undo())  # my typing in the field Dominique typed in since: only my letters
    assert live.record.text(RecordText.KEY_FACTS) == " de 12"
    live.apply(c.SetText(RecordText.KEY_FACTS, " de 12 personnes"), by=DOM)
    live.apply(c.Undo(), by=DOM)  # her typing since my undo goes first, as one step
    assert live.record.text(RecordText.KEY_FACTS) == " de 12"
    live.apply(c.Undo(), by=DOM)  # then hers from before it: hers only
    assert live.record.text(RecordText.KEY_FACTS) == ""
    live.apply(c.Redo())  # mine comes back, where it was
    assert live.record.text(RecordText.KEY_FACTS) == "Équipe"


def test_typing_a_sentence_is_one_step_of_the_history(live: LiveSession) -> None:
    live.apply(c.AddSuggestion("s9", "", DIMITRI))
    for typed in ("U", "Un ", "Un bin", "Un binôme"):
        live.apply(c.EditSuggestion("s9", text=typed))
    for typed in ("D", "Dé", "Déc"):
        live.apply(c.SetText(RecordText.HEADLINE, typed))
    live.apply(c.Undo())
    assert live.record.text(RecordText.HEADLINE) == ""
    assert live.record.suggestion("s9").text == "Un binôme"
    live.apply(c.Undo())
    assert live.record.suggestion("s9").text == ""
    assert live.record.suggestion("s9").author == DIMITRI
    live.apply(c.Undo())
    assert "s9" not in {s.id for s in live.record.suggestions}


def test_the_same_field_typed_by_two_facilitators_is_two_steps(live: LiveSession) -> None:
    live.apply(c.SetText(RecordText.HEADLINE, "Délé"))
    live.apply(c.SetText(RecordText.HEADLINE, "Déléguer"), by=DOM)
    live.apply(c.Undo(), by=DOM)
    assert live.record.text(RecordText.HEADLINE) == "Délé"
    live.apply(c.Undo())
    assert live.record.text(RecordText.HEADLINE) == ""


def test_typing_the_same_text_again_changes_nothing(live: LiveSession) -> None:
    change = live.apply(c.SetText(RecordText.QUESTION, "Comment déléguer ?"))
    assert change.parts == frozenset()
    assert live.undo_target(DOM) == c.SetLearning(CHLOE, appreciation="Merci")
