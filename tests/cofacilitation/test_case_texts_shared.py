"""The second case's own texts are shared under their own names; private notes stay out."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pycrdt import Text

from codev_app.core import commands as c
from codev_app.core.record import RecordText
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from tests.cofacilitation.pair import Pair, make_pair, until

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def pair() -> AsyncIterator[Pair]:
    template = load_template(resource_dir("templates", "two-cases.toml")).template
    joined = await make_pair(keep_wire=True, template=template)
    yield joined
    await joined.close()


async def test_case_two_question_is_shared_apart_from_case_one_and_undone_by_its_typist(
    pair: Pair,
) -> None:
    q = RecordText.QUESTION
    pair.a.apply(c.SetText(q, "Comment déléguer ?"))
    pair.b.apply(c.SetText(q, "Comment dire non ?", case=2))
    pair.a.apply(c.SetText(RecordText.PRIVATE_NOTES, "Bruno semble tendu", case=2))
    await until(lambda: pair.a.record.text(q, 2) == "Comment dire non ?")
    await until(lambda: pair.b.record.text(q) == "Comment déléguer ?")
    assert pair.a.record.text(q) == "Comment déléguer ?"
    assert pair.b.record.text(q, 2) == "Comment dire non ?"
    shared = pair.host.doc.get("text:question@2", type=Text)
    assert str(shared) == "Comment dire non ?"
    wire = b"".join(pair.server.wire or [])
    assert b"Comment dire non" in wire and b"Bruno semble" not in wire
    pair.b.apply(c.Undo())  # Sacha takes back their own typing in case 2 only
    await until(lambda: pair.a.record.text(q, 2) == "")
    assert pair.a.record.text(q) == pair.b.record.text(q) == "Comment déléguer ?"
