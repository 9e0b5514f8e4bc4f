"""Render the application icon's PNG sizes from its SVG (resources/icons/hicolor/).

Run after changing ``resources/icons/hicolor/scalable/apps/asylum-desk.svg``:
``.venv/bin/python scripts/make_icons.py``. It also writes the Windows icon
(``packaging/windows/asylum-desk.ico``, every size in one file). The results are committed, so
packaging needs neither Qt's SVG renderer nor this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons" / "hicolor"
SOURCE = ICONS / "scalable" / "apps" / "asylum-desk.svg"
WINDOWS_ICON = ICONS.parents[2] / "packaging" / "windows" / "asylum-desk.ico"
SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Draw the SVG into a transparent ``size`` × ``size`` PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")


def write_windows_icon() -> None:
    """Put the rendered PNGs, unscaled, into one .ico file."""
    images = [
        Image.open(ICONS / f"{size}x{size}" / "apps" / "asylum-desk.png").convert("RGBA")
        for size in SIZES
    ]
    WINDOWS_ICON.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(
        WINDOWS_ICON,
        format="ICO",
        sizes=[image.size for image in images],
        append_images=images[:-1],
    )


def main() -> int:
    """Write ``<size>x<size>/apps/asylum-desk.png`` for every standard size."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICONS / f"{size}x{size}" / "apps" / "asylum-desk.png"
        render(renderer, size, target)
        print(f"wrote {target.relative_to(ICONS.parents[2])}")
    write_windows_icon()
    print(f"wrote {WINDOWS_ICON.relative_to(ICONS.parents[2])}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
