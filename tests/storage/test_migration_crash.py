"""A migration whose new version sits only in the write-ahead log (Codev killed right after it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from codev_app.storage.backups import list_backups, version_on_disk
from codev_app.storage.database import open_database
from codev_app.storage.migrations import LATEST_VERSION, MIGRATIONS
from codev_app.storage.repository import Store

_KILLED_AFTER_OPENING = """
import os, sys
from pathlib import Path
from codev_app.storage.repository import Store
Store(Path(sys.argv[1]), backups_dir=Path(sys.argv[2]))
os._exit(0)  # as kill -9: no checkpoint, the migration stays in the write-ahead log
"""


def test_a_migration_left_in_the_log_is_not_backed_up_again_at_each_start(tmp_path: Path) -> None:
    path, backups = tmp_path / "codev.sqlite3", tmp_path / "backups"
    open_database(path, migrations=MIGRATIONS[:-1]).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_OPENING, str(path), str(backups)], check=True, env=env
    )
    assert len(list_backups(backups)) == 1  # the copy made before migrating
    assert Path(f"{path}-wal").stat().st_size > 0  # the new version is in the log only

    assert version_on_disk(path) == LATEST_VERSION
    for _ in range(2):
        with Store(path, backups_dir=backups):
            pass
    assert len(list_backups(backups)) == 1
