"""The desktop app shows its own icon and names its menu entry, so desktops match its windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from asylum_desk.app import DESKTOP_FILE, ICON_SIZES, application_icon

CHECKOUT = Path(__file__).resolve().parents[2]


def test_the_icon_comes_in_every_size(qapp: QApplication) -> None:
    icon = application_icon()
    assert sorted(icon.availableSizes(), key=QSize.width) == [QSize(s, s) for s in ICON_SIZES]
    for size in ICON_SIZES:
        assert icon.pixmap(size, size).size() == QSize(size, size)


def test_the_desktop_file_name_is_the_menu_entry_s() -> None:
    assert (CHECKOUT / "packaging" / "linux" / f"{DESKTOP_FILE}.desktop").is_file()
