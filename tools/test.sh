#!/usr/bin/env bash
# Install what the tests need (system libraries, tools, .venv with test extras) and run every check:
# ruff, mypy, the layer contracts (import-linter), the desktop files' validators, then the whole
# pytest suite offscreen (in CI, after building the Linux package for its smoke test).
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
echo "== desktop files"; desktop-file-validate packaging/linux/io.github.codev.Codev.desktop
appstreamcli validate --no-net packaging/linux/io.github.codev.Codev.metainfo.xml
# The packaged program takes ~30 s to build: in CI (and with CODEV_BUILD_BUNDLE=1) it is built so
# that tests/test_packaging.py starts it; otherwise that test uses dist/codev if present.
if [ "${CI:-}" = "true" ] || [ "${CODEV_BUILD_BUNDLE:-}" = "1" ]; then
  echo "== Linux package"; bash tools/build_linux.sh
  export CODEV_BUNDLE="$CODEV_ROOT/dist/codev"
fi
echo "== pytest"; "$VENV/bin/python" -m pytest "$@"
