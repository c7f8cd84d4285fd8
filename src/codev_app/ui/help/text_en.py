"""The method page in English (see :mod:`codev_app.ui.help.page` for how it is laid out)."""

from __future__ import annotations

from codev_app.ui.help.page import MethodText, PhaseText

TEXT = MethodText(
    title="The co-development method",
    intro=(
        "Professional co-development (“codev”) was shaped by Adrien Payette and Claude "
        "Champagne. A small, stable group of peers — usually five to eight — meets regularly. "
        "At each session one member, the client, brings a real situation; the others, the "
        "consultants, help them think it through and act. Nobody in the group is another’s "
        "boss. The facilitator guards the rules, the process and the time."
    ),
    contents="On this page",
    phases_title="The session, phase by phase",
    phases_intro=(
        "Durations are those of a session of about two hours; shorten or lengthen them to fit. "
        "Over a video call, allow a quarter to half more time and a break around 45 minutes."
    ),
    who_label="Who speaks",
    rules_label="Rules",
    keeps_label="What Codev keeps",
    phases=(
        PhaseText(
            "opening",
            "Opening",
            "10–15 min",
            "Everyone, in turn.",
            "A short check-in each; the charter is restated; the previous client says what "
            "came of their plan.",
            "Attendance, the check-in, the follow-up.",
        ),
        PhaseText(
            "exposition",
            "Case exposition",
            "5–15 min",
            "The client only.",
            "Nobody interrupts. The client ends with a question and a one-line headline.",
            "The title, the headline, the question.",
        ),
        PhaseText(
            "clarification",
            "Clarification",
            "10–15 min",
            "Consultants ask, the client answers.",
            "Information and understanding questions only: no advice, no hidden suggestions.",
            "Key facts (if you wish).",
        ),
        PhaseText(
            "contract",
            "Contract",
            "5 min",
            "The client, then the consultants confirm.",
            "The client restates the precise request and the help wanted: ideas, experiences, "
            "resources, feedback, hypotheses.",
            "The request and the kinds of help.",
        ),
        PhaseText(
            "consultation",
            "Consultation",
            "20–30 min",
            "The consultants; the client listens and takes notes.",
            "Impressions, hypotheses, suggestions, own experiences. No debate between "
            "consultants, no consensus sought; in rounds or freely.",
            "Each suggestion, who made it, whether the client keeps it.",
        ),
        PhaseText(
            "action_plan",
            "Action plan",
            "10–20 min",
            "The client.",
            "The client says what they keep and what they will do: steps, resources, dates.",
            "The steps, each with its date.",
        ),
        PhaseText(
            "learnings",
            "Learnings",
            "10–15 min",
            "The client first, then each consultant.",
            "What each person learned, for themselves. A common frame is the “4 A”: "
            "appreciation, expectations, learnings, applications.",
            "One learning per person.",
        ),
    ),
    roles_title="Roles",
    roles=(
        ("Client", "brings the situation, asks the question, decides what to keep."),
        ("Consultants", "question, then offer what they see; they help, they do not decide."),
        (
            "Facilitator",
            "guards the process, the rules and the time; may or may not advise. That is you: "
            "Codev keeps the time and the notes so you can keep the group.",
        ),
        ("Scribe, timekeeper", "optional roles, explicit in some formats (Tietze)."),
    ),
    rules_title="The ground rules",
    rules=(
        "Confidentiality: what is said here stays here.",
        "Kindness, and speaking truly.",
        "Commitment: coming, listening, trying.",
        "The client owns the problem and the decision.",
        "One phase at a time: questions before advice, advice before the plan.",
    ),
    record_note=(
        "Codev keeps notes only with the group’s agreement (a session can keep timings only), "
        "on this computer. What participants receive is chosen deliberately, and the client "
        "approves what leaves."
    ),
    formats_title="The formats Codev ships, and when to use which",
    formats_intro=(
        "Each is a template you can copy and adjust in Session › Templates. The times below "
        "are the template’s plan."
    ),
    when_label="When",
    when={
        "classic": "Your group meets for about two hours: the reference, and the first choice.",
        "remote-codev": "The same session over a video call, with more time and a break.",
        "codev-express": "An hour is all you have, and the group knows the method.",
        "codev-flash": "A precise question, in 45 minutes, for an experienced group.",
        "kollegiale-fallberatung": "Colleagues who want explicit roles and a short process.",
        "action-learning": "A member works on a real problem through questions, not advice.",
        "coaching-session": "One to one, to step back and leave with a first step.",
        "peer-support-circle": "Peers going through the same ordeal; equal time, no notes.",
        "cycle-review": "The last meeting of a cycle: look back and decide what comes next.",
        "peer-listening": "Two members of a support system, one listening; nothing written down.",
    },
    phases_word="phases",
    codev_title="Running it with Codev",
    codev=(
        "Space pauses and resumes; Page Down moves to the next phase; Ctrl+Z undoes the "
        "last action, a phase change included.",
        "+ and − add or take away a minute; B inserts a break.",
        "1–9 give the floor to a participant; N passes it to the next one.",
        "C opens the compact window beside the call; S opens a clean window to share.",
        "F1 lists every key; Shift+F1 opens this page.",
    ),
)
