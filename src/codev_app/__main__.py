"""``python -m codev_app``: the same as the ``codev-app`` command."""

from codev_app.cli import main

raise SystemExit(main())
