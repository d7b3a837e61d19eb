"""Draw the app icon from its one SVG source at every size the platforms ask for.

    .venv/bin/python resources/icons/build_icons.py

writes, from resources/icons/ontwikkeltafel.svg:

- resources/icons/hicolor/<N>x<N>/apps/ontwikkeltafel.png for N in 16 ... 512 (the Linux
  icon theme's layout: the bundle and a package install them as they are; the window uses
  them too);
- packaging/windows/ontwikkeltafel.ico (16-256 px) and packaging/macos/ontwikkeltafel.icns
  (16-1024 px), with Pillow (which matplotlib brings);
- resources/icons/hicolor/SOURCE.sha256: the SVG's digest they were drawn from.

Each size is drawn from the SVG itself (QtSvg, offscreen), not scaled down from a large
one. tests/test_desktop_files.py fails when the SVG changed and this was not run again.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent
ROOT = ICONS.parents[1]
SOURCE = ICONS / "ontwikkeltafel.svg"
NAME = "ontwikkeltafel"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
HICOLOR = ICONS / "hicolor"
DIGEST = HICOLOR / "SOURCE.sha256"
ICO = ROOT / "packaging" / "windows" / f"{NAME}.ico"
ICNS = ROOT / "packaging" / "macos" / f"{NAME}.icns"


def png_path(size: int) -> Path:
    """Where the icon of ``size`` pixels square is kept."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"


def source_digest() -> str:
    """The SHA-256 of the SVG, as SOURCE.sha256 records it."""
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()


def render(size: int) -> bytes:
    """The SVG drawn ``size`` pixels square on a transparent ground, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def build() -> list[Path]:
    """Write every file named above; returns their paths."""
    from PIL import Image

    drawn = {size: render(size) for size in sorted({*SIZES, *ICO_SIZES, *ICNS_SIZES})}
    written = []
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(drawn[size])
        written.append(path)
    images = {size: Image.open(io.BytesIO(drawn[size])) for size in drawn}
    ICO.parent.mkdir(parents=True, exist_ok=True)
    largest = images[max(ICO_SIZES)]
    others = [images[size] for size in ICO_SIZES if size != max(ICO_SIZES)]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=others)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    largest = images[max(ICNS_SIZES)]
    others = [images[size] for size in ICNS_SIZES if size != max(ICNS_SIZES)]
    largest.save(ICNS, format="ICNS", append_images=others)
    DIGEST.write_text(f"{source_digest()}  {SOURCE.name}\n", encoding="utf-8")
    return [*written, ICO, ICNS, DIGEST]


if __name__ == "__main__":
    for made in build():
        print(made.relative_to(ROOT))
