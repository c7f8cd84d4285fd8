"""Packaging glue that pyproject.toml cannot express.

resources/ lives at the top of the repo (design card) and ships inside the package as
``codev_app.resources``, so importlib.resources finds it in editable and regular installs alike.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "codev_app.resources"],
    package_dir={"": "src", "codev_app.resources": "resources"},
)
