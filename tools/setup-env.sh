# Shared set-up for tools/start.sh and tools/test.sh (sourced, not run).
# Installs the system libraries Qt needs on a bare Debian/Ubuntu, then a virtual environment in .venv.
set -euo pipefail

CODEV_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CODEV_VENV:-$CODEV_ROOT/.venv}"
PYSIDE_VERSION="6.11.3"  # keep in step with pyproject.toml

# What offscreen Qt, a real X11 window, the chime (QtMultimedia needs libpulse0) and the tests need.
APP_PACKAGES=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0 libpulse0 python3-venv)
# desktop-file-utils and appstream validate packaging/linux; binutils is for PyInstaller.
TEST_PACKAGES=(poppler-utils xvfb xauth desktop-file-utils appstream binutils)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian-like system: install Qt's libraries yourself." >&2; return 0; }
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Please install as root: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_env() {  # $1: pip extras, e.g. "[test]" or ""
  local python="${PYTHON:-python3}"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    { echo "Codev needs Python 3.11 or newer." >&2; return 1; }
  [ -x "$VENV/bin/python" ] || "$python" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e "$CODEV_ROOT$1"
  # PySide6-Essentials ships no PySide6/__init__.py (no PySide6.__version__); the meta package provides
  # it. --no-deps keeps out WebEngine and the rest, which Codev does not use.
  "$VENV/bin/python" -m pip install -q --no-deps "PySide6==$PYSIDE_VERSION"
}
