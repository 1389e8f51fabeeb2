#!/usr/bin/env bash
# Builds the Linux app folder with PyInstaller and packs it with its desktop entry, icons and AppStream
# metadata: dist/qiao-VERSION-linux-ARCH.tar.gz, which unpacks to qiao/ (see docs/install.md).
# Usage: packaging/linux/build.sh [PYTHON]   (a Python with Qiao and PyInstaller installed)
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:-.venv/bin/python}
version=$("$python" -c "import desktop; print(desktop.__version__)")
name="qiao-$version-linux-$(uname -m)"

"$python" -m PyInstaller --noconfirm --clean --log-level ERROR --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/qiao.spec
share=dist/qiao/share
install -D -m 644 packaging/linux/org.qiao.Qiao.desktop "$share/applications/org.qiao.Qiao.desktop"
install -D -m 644 packaging/linux/org.qiao.Qiao.metainfo.xml "$share/metainfo/org.qiao.Qiao.metainfo.xml"
install -D -m 644 resources/icons/app/qiao.svg "$share/icons/hicolor/scalable/apps/org.qiao.Qiao.svg"
for png in resources/icons/app/qiao-*.png; do
    size=${png##*/qiao-}; size=${size%.png}
    install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/org.qiao.Qiao.png"
done
install -m 755 packaging/linux/install.sh dist/qiao/install.sh
tar -C dist -czf "dist/$name.tar.gz" qiao
echo "dist/$name.tar.gz: $(du -m "dist/$name.tar.gz" | cut -f1) MB packed, $(du -sm dist/qiao | cut -f1) MB unpacked"
