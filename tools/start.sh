#!/usr/bin/env bash
# Install Codev on this machine (system libraries, .venv) and start it. Arguments go to codev-app.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
install_system_packages "${APP_PACKAGES[@]}"
install_python_env ""
exec "$VENV/bin/codev-app" "$@"
