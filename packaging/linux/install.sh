#!/usr/bin/env sh
# Installs the unpacked qiao/ folder for everyone (run as root: /opt/qiao, /usr/local) or for one user
# (~/.local). Usage: qiao/install.sh [--user]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--user" ]; then
    prefix="$HOME/.local"; target="$prefix/lib/qiao"
else
    prefix=/usr/local; target=/opt/qiao
fi
mkdir -p "$target" "$prefix/bin" "$prefix/share"
[ "$here" = "$target" ] || cp -R "$here/." "$target/"
ln -sf "$target/qiao" "$prefix/bin/qiao"
cp -R "$here/share/." "$prefix/share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "Qiao is installed: run qiao, or find 桥 Qiao among your applications."
