"""Help › User guide (F1): the guide opens offline in the app, with its pictures and links."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_desk.app import build_main_window
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.vault_access import create_vault
from asylum_desk.ui.help_window import (
    ADMIN_GUIDE,
    USER_GUIDE,
    HelpWindow,
    docs_folder,
    heading_anchor,
)
from asylum_desk.ui.main_window import MainWindow
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
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def test_f1_opens_the_user_guide_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    assert window.vault is None  # the guide is for the unlock screen too
    help_window = shown_guide(qtbot, window)
    assert help_window.browser.source().toLocalFile().endswith(USER_GUIDE)
    first = help_window.browser.document().firstBlock()
    assert first.blockFormat().headingLevel() == 1
    assert first.text() == "Asylum Desk user guide"
    assert help_window.windowTitle() == "Asylum Desk — Asylum Desk user guide"
    assert help_window.contents.count() > 10  # the sections, to jump to


def test_the_help_menu_has_both_guides(qtbot: QtBot, window: MainWindow) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    entries = [action.text() for action in menus["&Help"].actions()]
    assert entries == ["&User guide", "&Administrator guide"]
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
