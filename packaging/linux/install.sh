#!/bin/sh
# Install Codev for you alone, from the unpacked tarball (no administrator rights needed):
#
#     ./install.sh              # the program in ~/.local/lib/codev-app, codev-app in ~/.local/bin,
#                               # Codev in the applications menu
#     ./install.sh --uninstall  # removes all that; your sessions and settings stay where they are
#
# CODEV_PREFIX moves the whole installation (default ~/.local). Your notes are never touched:
# they live in ~/.local/share/codev, which this script neither writes nor removes.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${CODEV_PREFIX:-$HOME/.local}"
app_id="io.github.codev.Codev"
program_dir="$prefix/lib/codev-app"
share="$prefix/share"
sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
  # Desktops notice new entries by themselves; these only speed it up where they exist.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$program_dir"
  rm -f "$prefix/bin/codev-app" "$share/applications/$app_id.desktop" \
    "$share/metainfo/$app_id.metainfo.xml" "$share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  refresh_menus
  echo "Codev is uninstalled. Your sessions and settings are still in ~/.local/share/codev and ~/.config/codev."
  exit 0
fi

[ -x "$here/codev/codev-app" ] || { echo "Run this script from the unpacked Codev folder." >&2; exit 1; }
mkdir -p "$prefix/bin" "$prefix/lib" "$share/applications" "$share/metainfo"
rm -rf "$program_dir.new" && cp -a "$here/codev" "$program_dir.new"
rm -rf "$program_dir" && mv "$program_dir.new" "$program_dir"
ln -sf "$program_dir/codev-app" "$prefix/bin/codev-app"
# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=codev-app|Exec=$program_dir/codev-app|" -e "s|^TryExec=codev-app|TryExec=$program_dir/codev-app|" \
  "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp -R "$here/share/icons" "$share/"
refresh_menus
echo "Codev is installed: find it in your applications menu, or run $prefix/bin/codev-app"
