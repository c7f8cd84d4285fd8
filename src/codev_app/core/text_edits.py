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
