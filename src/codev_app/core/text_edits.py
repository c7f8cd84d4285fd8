"""One facilitator's edit of a free-text field carried onto the text as it is now.

With a co-facilitator typing in the same field, the text an undo (or redo) of one's typing meets
is no longer the one the typing left. Putting back the whole text as it was would take the other's
letters too; :func:`carry_edit` takes back only one's own letters, and keeps every one typed since.
"""

from __future__ import annotations

from difflib import SequenceMatcher


def carry_edit(start: str, end: str, current: str) -> str:
    """``current`` with the edit that turned ``start`` into ``end`` made on it.

    ``current`` is ``start`` plus what others changed since; only letters of ``start`` that are
    still in ``current`` are removed, and what the edit inserts goes where it went in ``start``
    (for an undo: ``start`` is the text after one's typing, ``end`` the text before it).
    """
    if current == start:
        return end
    # Where each letter of ``start`` is now (None: someone removed it since).
    where: list[int | None] = [None] * len(start)
    for block in SequenceMatcher(None, start, current, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            where[block.a + k] = block.b + k
    removed: set[int] = set()
    inserts: dict[int, str] = {}
    edit = SequenceMatcher(None, start, end, autojunk=False)
    for tag, i1, i2, j1, j2 in edit.get_opcodes():
        if tag == "equal":
            continue
        removed.update(p for p in where[i1:i2] if p is not None)
        if j2 > j1:
            at = _position_now(where, i1, len(current))
            inserts[at] = inserts.get(at, "") + end[j1:j2]
    out: list[str] = []
    for index in range(len(current) + 1):
        out.append(inserts.get(index, ""))
        if index < len(current) and index not in removed:
            out.append(current[index])
    return "".join(out)


def _position_now(where: list[int | None], i: int, length: int) -> int:
    # Just before the first letter from ``i`` on that is still there, else just after the last
    # one before it; with none left (an empty field typed into), after what is there now.
    for p in where[i:]:
        if p is not None:
            return p
    for p in reversed(where[:i]):
        if p is not None:
            return p + 1
    return length


def splices(old: str, new: str) -> list[tuple[int, int, str]]:
    """The stretches that turn ``old`` into ``new``: (start, end, inserted) in ``old``'s
    positions, from the first to the last, none overlapping.

    Each changed stretch stays on its own (letters between two stay whoever typed them), and a
    letter typed or removed beside the same letter is placed at the start of a word when it can
    be (typing "mot2 " before "mot1" inserts "mot2 ", never "2 mot" inside the other's word).
    """
    if old == new:
        return []
    head = 0  # a keystroke changes one place: the rest is not compared letter by letter
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    middle = SequenceMatcher(
        None, old[head : len(old) - tail], new[head : len(new) - tail], autojunk=False
    )
    out: list[tuple[int, int, str]] = []
    lower = 0  # never slid into the stretch before
    for tag, i1, i2, j1, j2 in middle.get_opcodes():
        i1, i2, j1, j2 = i1 + head, i2 + head, j1 + head, j2 + head
        if tag == "equal":
            continue
        start, end, inserted = i1, i2, new[j1:j2]
        if tag in ("insert", "delete"):
            start, end, inserted = _at_word_start(old, start, end, inserted, lower)
        out.append((start, end, inserted))
        lower = end
    return out


def _at_word_start(
    old: str, start: int, end: int, inserted: str, lower: int
) -> tuple[int, int, str]:
    # The same text results with the stretch moved left while the letter before it equals its
    # last one; among those places, the rightmost at a word's start.
    options = [(start, end, inserted)]
    while start > lower:
        if inserted and old[start - 1] == inserted[-1]:
            inserted = old[start - 1] + inserted[:-1]
        elif not inserted and old[start - 1] == old[end - 1]:
            end -= 1
        else:
            break
        start -= 1
        options.append((start, end if not inserted else start, inserted))
    for option in options:
        if option[0] == 0 or old[option[0] - 1].isspace():
            return option
    return options[0]
