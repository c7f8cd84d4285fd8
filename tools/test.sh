#!/usr/bin/env bash
# Install what the tests need (system libraries, tools, .venv with test extras) and run every check:
# ruff, mypy, the layer contracts (import-linter), then the whole pytest suite offscreen.
# Arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
install_system_packages "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
install_python_env "[test]"
cd "$CODEV_ROOT"
export QT_QPA_PLATFORM=offscreen QT_API=pyside6
echo "== ruff"; "$VENV/bin/ruff" check src tests tools benchmarks
"$VENV/bin/ruff" format --check src tests tools benchmarks
echo "== mypy"; "$VENV/bin/mypy"
echo "== import-linter"; "$VENV/bin/lint-imports" --no-cache --no-logo
echo "== pytest"; "$VENV/bin/python" -m pytest "$@"
