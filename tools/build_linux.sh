#!/usr/bin/env bash
# Build the Linux package of Codev from a clean checkout, on Debian or Ubuntu:
#
#     bash tools/build_linux.sh
#
# 1. system libraries (those Qt needs, as for tools/start.sh) and binutils, which PyInstaller uses;
# 2. a build environment in build/venv (CODEV_BUILD_VENV moves it) with PyInstaller and Codev
#    itself, installed from this checkout (not editable: the bundle takes the installed package);
# 3. PyInstaller runs packaging/codev.spec: dist/codev/, a one-folder program, dist/codev/codev-app;
# 4. dist/codev-<version>-linux-<arch>.tar.gz: that folder with the desktop entry, the AppStream
#    metainfo, the icons and install.sh, which installs it for the user (~/.local).
#
# No AppImage: assembling one needs the AppImage runtime (and appimagetool), which no package
# registry this machine reaches provides. The tarball carries the same desktop integration.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
PYINSTALLER_VERSION="6.22.3"
BUILD_VENV="${CODEV_BUILD_VENV:-$CODEV_ROOT/build/venv}"
cd "$CODEV_ROOT"

install_system_packages "${APP_PACKAGES[@]}" binutils
python="${PYTHON:-python3}"
[ -x "$BUILD_VENV/bin/python" ] || "$python" -m venv "$BUILD_VENV"
"$BUILD_VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$BUILD_VENV/bin/python" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION" "$CODEV_ROOT"
"$BUILD_VENV/bin/python" -m pip install -q --no-deps "PySide6==$PYSIDE_VERSION"  # see setup-env.sh

version="$("$BUILD_VENV/bin/python" -c \
  'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
echo "== PyInstaller: Codev $version"
rm -rf dist/codev
"$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/codev.spec

echo "== tarball"
name="codev-$version-linux-$(uname -m)"
stage="build/$name"
rm -rf "$stage" && mkdir -p "$stage/share/applications" "$stage/share/metainfo"
cp -a dist/codev "$stage/codev"
cp packaging/linux/io.github.codev.Codev.desktop "$stage/share/applications/"
cp packaging/linux/io.github.codev.Codev.metainfo.xml "$stage/share/metainfo/"
cp -a packaging/linux/icons "$stage/share/icons"
mkdir -p "$stage/share/icons/hicolor/scalable/apps"
cp resources/icons/codev.svg "$stage/share/icons/hicolor/scalable/apps/io.github.codev.Codev.svg"
cp packaging/linux/install.sh "$stage/install.sh"
chmod +x "$stage/install.sh"
tar -C build -czf "dist/$name.tar.gz" "$name"
rm -rf "$stage"
echo "dist/codev/codev-app            $(du -sh dist/codev | cut -f1) (one folder)"
echo "dist/$name.tar.gz  $(du -sh "dist/$name.tar.gz" | cut -f1)"
