"""Help › User guide (F1): the guide opens offline in the app, with its pictures and links."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from asylum_desk.app import build_main_window
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.vault_access import create_vault
from asylum_desk.ui.context_help import GUIDE_SECTIONS, guide_section
from asylum_desk.ui.help_window import (
    ADMIN_GUIDE,
    USER_GUIDE,
    HelpWindow,
    docs_folder,
    heading_anchor,
    page_headings,
)
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.preferences_dialog import PreferencesDialog
from tests.conftest import PASSPHRASE

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = [DOCS / USER_GUIDE, DOCS / ADMIN_GUIDE]
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    create_vault(
        vault_path,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    ).vault.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = build_main_window(vault_path, settings, DeviceKeyCache(None))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.help.help_window is not None:
        main.help.help_window.close()


def shown_guide(qtbot: QtBot, window: MainWindow) -> HelpWindow:
    window.help.user_guide_action.trigger()  # Help › User guide: from the start
    help_window = window.help.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def test_the_user_guide_opens_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    assert window.vault is None  # the guide is for the unlock screen too
    help_window = shown_guide(qtbot, window)
    assert help_window.browser.source().toLocalFile().endswith(USER_GUIDE)
    assert help_window.browser.source().fragment() == ""
    assert "F1" in window.help.user_guide_action.text()  # the menu shows the key
    first = help_window.browser.document().firstBlock()
    assert first.blockFormat().headingLevel() == 1
    assert first.text() == "Asylum Desk user guide"
    assert help_window.windowTitle() == "Asylum Desk — Asylum Desk user guide"
    assert help_window.contents.count() > 10  # the sections, to jump to


def test_the_help_menu_has_both_guides(qtbot: QtBot, window: MainWindow) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    entries = [action.text() for action in menus["&Help"].actions()]
    assert entries == ["&User guide\tF1", "&Administrator guide"]
    window.help.admin_guide_action.trigger()
    help_window = window.help.help_window
    assert help_window is not None
    assert help_window.browser.document().firstBlock().text() == "Asylum Desk administrator guide"


def test_a_picture_of_the_guide_is_loaded(qtbot: QtBot, window: MainWindow) -> None:
    help_window = shown_guide(qtbot, window)
    image = help_window.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("screenshots/unlock.png")
    )
    assert image is not None
    assert not image.isNull()
    assert image.width() <= 820  # scaled to fit the page


def test_clicking_a_link_to_a_section_moves_there(qtbot: QtBot, window: MainWindow) -> None:
    help_window = shown_guide(qtbot, window)
    browser = help_window.browser
    assert browser.verticalScrollBar().value() == 0
    link = browser.document().find("A lost passphrase")  # first: the contents at the top
    assert link.charFormat().anchorHref() == "#a-lost-passphrase"
    link.setPosition(link.selectionStart() + 2)
    qtbot.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(link).center()
    )
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)
    block = browser.document().begin()
    while not (block.blockFormat().headingLevel() and block.text() == "A lost passphrase"):
        block = block.next()
        assert block.isValid()
    heading = QTextCursor(block)
    assert abs(browser.cursorRect(heading).top()) < 40  # the section is at the top


@pytest.mark.parametrize("guide", [USER_GUIDE, ADMIN_GUIDE])
def test_every_paragraph_of_the_guide_is_laid_out(
    qtbot: QtBot, window: MainWindow, guide: str
) -> None:
    help_window = window.help.open(guide)
    browser = help_window.browser
    browser.go_to_section(browser.headings[-1].anchor)
    assert browser.verticalScrollBar().value() > 0
    layout = browser.document().documentLayout()
    block = browser.document().begin()
    collapsed = []
    while block.isValid():
        if block.text().strip() and layout.blockBoundingRect(block).height() == 0:
            collapsed.append(block.text()[:40])
        block = block.next()
    assert collapsed == []


def test_the_contents_and_search_find_sections(qtbot: QtBot, window: MainWindow) -> None:
    help_window = shown_guide(qtbot, window)
    items = [
        help_window.contents.item(i).text().strip() for i in range(help_window.contents.count())
    ]
    assert "What is protected and what is not" in items
    help_window.search.setText("panic lock")
    assert help_window.find_next()
    assert help_window.browser.textCursor().selectedText().lower() == "panic lock"
    help_window.search.setText("no such words in the guide")
    assert not help_window.find_next()
    assert "not in this page" in help_window.status.text()


def test_escape_closes_the_guide(qtbot: QtBot) -> None:
    help_window = HelpWindow()  # on its own: the offscreen platform activates no child window
    qtbot.addWidget(help_window)
    with qtbot.waitActive(help_window):
        help_window.open_guide(USER_GUIDE)
    qtbot.keyClick(help_window.browser, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_a_missing_page_is_not_opened(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    help_window = shown_guide(qtbot, window)
    before = help_window.browser.source()
    help_window.browser.setSource(QUrl.fromLocalFile(str(tmp_path / "nowhere.md")))
    assert help_window.browser.source() == before
    assert help_window.browser.missing == str(tmp_path / "nowhere.md")
    assert help_window.status.text() == "nowhere.md is not part of the guide on this computer."
    QApplication.processEvents()


def test_the_guides_are_found_from_source_and_in_a_frozen_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert docs_folder() == DOCS
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert docs_folder() == tmp_path / "docs"  # where packaging/asylum-desk.spec puts them


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Signing in", "signing-in"),
        ("Locking: the panic lock and auto-lock", "locking-the-panic-lock-and-auto-lock"),
        ("Send cases…", "send-cases"),
        ("What is protected, and what is not", "what-is-protected-and-what-is-not"),
    ],
)
def test_anchors_are_those_github_gives(heading: str, anchor: str) -> None:
    assert heading_anchor(heading) == anchor


def _links(path: Path) -> list[tuple[bool, str]]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


def _anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {heading_anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_picture_of_the_guide_exists(guide: Path) -> None:
    pictures = [target for is_image, target in _links(guide) if is_image]
    assert pictures
    missing = [target for target in pictures if not (guide.parent / target).is_file()]
    assert missing == []


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_link_of_the_guide_leads_somewhere(guide: Path) -> None:
    broken = []
    for is_image, target in _links(guide):
        if is_image or re.match(r"[a-z]+:", target):
            continue
        page, _hash, section = target.partition("#")
        path = (guide.parent / page) if page else guide
        if not path.is_file() or (
            section and path.suffix == ".md" and section not in _anchors(path)
        ):
            broken.append(target)
    assert broken == []


def test_f1_on_the_unlock_screen_opens_the_section_about_signing_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window.help.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.browser.source().toLocalFile().endswith(USER_GUIDE)
    assert help_window.browser.source().fragment() == "signing-in"
    assert help_window.browser.verticalScrollBar().value() > 0  # scrolled to that section


def test_f1_in_a_modal_dialog_opens_its_section_over_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = PreferencesDialog(idle_minutes=5, parent=window)
    dialog.setModal(True)  # as exec() would: every other window is blocked
    dialog.show()
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    shown = dialog.findChild(HelpWindow)
    assert shown is not None  # a window of the dialog, which the dialog does not block
    assert shown.isVisible() and window.help.help_window is None
    assert shown.browser.source().fragment() == "locking-the-panic-lock-and-auto-lock"
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    assert dialog.findChildren(HelpWindow) == [shown]  # brought forward, not opened twice
    dialog.reject()


def test_f1_with_a_modifier_or_in_another_window_does_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert window.help.help_window is None
    stranger = QWidget()  # a window that is not this main window's
    qtbot.addWidget(stranger)
    stranger.show()
    qtbot.keyClick(stranger, Qt.Key.Key_F1)
    assert window.help.help_window is None


def _headings(guide: str) -> set[str]:
    document = QTextDocument()
    document.setMarkdown((DOCS / guide).read_text(encoding="utf-8"))
    return {heading.anchor for heading in page_headings(document)}


def test_every_context_section_is_a_heading_of_its_guide() -> None:
    anchors = {guide: _headings(guide) for guide in (USER_GUIDE, ADMIN_GUIDE)}
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (Path(__file__).resolve().parents[2] / "asylum_desk" / "ui").rglob("*.py")
    )
    for name, (guide, anchor) in GUIDE_SECTIONS.items():
        assert anchor in anchors[guide], f"{name}: no section #{anchor} in {guide}"
        assert f"class {name}(" in sources, f"{name} is not a class of the interface"


def test_a_widget_is_described_by_its_nearest_described_parent(qtbot: QtBot) -> None:
    outer = QWidget()
    qtbot.addWidget(outer)
    inner = QLabel(outer)
    assert guide_section(inner) == (USER_GUIDE, "")  # nothing described: from the start
    outer.__class__ = type("MergePage", (QWidget,), {})  # as the Office window's merge page
    assert guide_section(inner) == (ADMIN_GUIDE, "merge-conflicts")
