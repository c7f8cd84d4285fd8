"""Where the bundled resources are found."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from codev_app import resources as resources_package
from codev_app import resources_path
from codev_app.resources_path import resource_dir, resources_root


@pytest.fixture(autouse=True)
def _fresh_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources_path, "_root", None)


def test_the_root_is_the_resources_package_folder() -> None:
    expected = Path(str(resources.files("codev_app.resources")))
    assert resources_root() == expected
    assert (resource_dir("fonts") / "NotoSans-Regular.ttf").is_file()
    assert resource_dir("templates", "x.toml") == expected / "templates" / "x.toml"


def test_a_package_that_is_not_a_folder_is_read_through_importlib_resources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As for a package inside a zip file: its __file__ is not in a folder of the file system.
    monkeypatch.setattr(resources_package, "__file__", str(tmp_path / "codev.zip" / "x.py"))
    found: list[str] = []
    real_files = resources.files

    def files(package: str) -> object:
        found.append(package)
        return real_files(package)

    monkeypatch.setattr(resources, "files", files)
    assert resources_root() == Path(str(real_files("codev_app.resources")))
    assert found == ["codev_app.resources"]


def test_the_root_is_found_once() -> None:
    first = resources_root()
    assert resources_root() is first
