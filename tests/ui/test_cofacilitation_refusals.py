"""The join window says, in the facilitator's language, why a code was refused: another
certificate at the address, a wrong secret, a sharing that has ended (the code pasted again).
Real windows, a real room over TLS on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.cofacilitation.code import JoinCode
from codev_app.core.clock import FakeClock
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.ui.cofacilitation.dialogs import JoinDialog, ShareDialog
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup
from tests.ui.test_cofacilitation_windows import drive, until
from tests.ui.test_record_panel import PEOPLE, make_window

EXPECTED = {
    "en": {
        "certificate": "The computer at this address is not the one that shared this code",
        "secret": "The code was refused: it does not match the shared session.",
        "ended": "Nobody shares a session at this code's address now: the sharing has ended",
    },
    "fr": {
        "certificate": "L’ordinateur à cette adresse n’est pas celui qui a partagé ce code",
        "secret": "Le code a été refusé\u00a0: il ne correspond pas à la séance partagée.",
        "ended": "Personne ne partage de séance à l’adresse de ce code en ce moment\u00a0: le "
        "partage est terminé",
    },
}


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = i18n.install_translators(qapp, "en")
    if request.param == "fr":
        installed += i18n.install_translators(qapp, "fr")  # last in, searched first
    yield request.param
    i18n.remove_translators(qapp, installed)


async def join_with(join: JoinDialog, code: str) -> str:
    join.code.setText(code)
    QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    await until(lambda: join.join_button.isEnabled(), 8)
    return join.error.text()


async def scenario(host: MainWindow, guest: MainWindow, words: dict[str, str]) -> None:
    share = host.cofacilitation.open_share()
    assert isinstance(share, ShareDialog)
    addresses = [share.address.itemText(i) for i in range(share.address.count())]
    assert addresses[0] == "127.0.0.1" and "0.0.0.0" not in addresses
    share.address.setCurrentText("127.0.0.1")
    QTest.mouseClick(share.start_button, Qt.MouseButton.LeftButton)
    await until(lambda: share.code.text().startswith("CODEV-"))
    code = JoinCode.parse(share.code.text())
    assert code.host == "127.0.0.1"  # where the facilitator chose, nowhere else
    join = guest.cofacilitation.open_join()
    other_certificate = replace(code, fingerprint=bytes(16)).text()
    assert (await join_with(join, other_certificate)).startswith(words["certificate"])
    wrong_secret = replace(code, secret="0" * 32).text()
    assert (await join_with(join, wrong_secret)).startswith(words["secret"])
    assert guest.console is None  # nothing opened
    QTest.mouseClick(share.end_button, Qt.MouseButton.LeftButton)
    await until(lambda: host.cofacilitation.sharing is not None and not share.code.isVisible())
    # The code pasted again once the sharing is over.
    assert (await join_with(join, share.code.text())).startswith(words["ended"])
    assert guest.console is None


def test_the_join_window_says_why_a_code_is_refused(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    classic = load_template(resource_dir("templates", "classic.toml")).template
    stores = [Store(tmp_path / "host.db"), Store(tmp_path / "guest.db")]
    host = make_window(qtbot, FakeClock(1000.0), stores[0])
    guest = make_window(qtbot, FakeClock(20.0), stores[1])
    host.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Delegation"))
    drive(qtbot, qapp, scenario(host, guest, EXPECTED[language]), host, guest)
    for store in stores:
        store.close()
