"""Help › User guide (F1) and Administrator guide: the guides, read offline in the app.

The guides have one source: ``docs/user-guide.md`` and ``docs/admin-guide.md``, with their
pictures in ``docs/screenshots/``, the same files a reader sees in the repository: nothing
is copied or kept twice. The app reads them from the checkout's ``docs/`` when run from
source, and from ``docs/`` under the frozen build's folder (``frozen_root()``), where
``packaging/asylum-desk.spec`` bundles ``docs/*.md`` and ``docs/screenshots/``.

Qt renders the Markdown itself (``QTextBrowser`` with the Markdown resource type). Qt gives
headings no anchors, so the browser works out GitHub's anchor of each heading and goes there
itself: the links ``[…](#signing-in)`` and ``[…](security.md#at-rest)`` work in the app as
they do on GitHub.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.resources import frozen_root
from asylum_desk.ui.context_help import ADMIN_GUIDE, USER_GUIDE, ContextHelp

__all__ = ["ADMIN_GUIDE", "USER_GUIDE", "GuideBrowser", "HelpActions", "HelpWindow"]
MAX_IMAGE_WIDTH = 820
"""Wider screenshots are shown scaled down to this width (pixels), so no side-scrolling."""


def docs_folder() -> Path:
    """The folder holding the guides: ``docs/`` of the frozen build, or of this checkout."""
    frozen = frozen_root()
    if frozen is not None:
        return frozen / "docs"
    return Path(__file__).resolve().parents[2] / "docs"


def heading_anchor(text: str) -> str:
    """GitHub's anchor for a heading: small letters, punctuation dropped, spaces to hyphens."""
    kept = "".join(
        char
        for char in text.strip().lower()
        if char in " -_" or unicodedata.category(char)[0] in "LMN"
    )
    return kept.replace(" ", "-")


class Heading(NamedTuple):
    """One heading of a page: its level (1 for ``#``), text, GitHub anchor and block number."""

    level: int
    text: str
    anchor: str
    block: int


def page_headings(document: QTextDocument) -> list[Heading]:
    """Every heading of a page, with GitHub's anchor for it.

    A second heading with the same text gets ``-1``, the third ``-2``, as on GitHub. (The
    document itself is left as Qt made it: changing its formats after loading stops Qt's
    layout of the text that follows.)
    """
    headings: list[Heading] = []
    seen: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = block.text().strip()
        if level > 0 and text:
            anchor = heading_anchor(text)
            count = seen.get(anchor, 0)
            seen[anchor] = count + 1
            if count:
                anchor = f"{anchor}-{count}"
            headings.append(Heading(level, text, anchor, block.blockNumber()))
        block = block.next()
    return headings


class GuideBrowser(QTextBrowser):
    """A text browser for the guides: heading anchors, pictures scaled to fit, no dead links."""

    page_shown = Signal()
    """Emitted once a page (or a section of it) is shown and its headings are known."""
    page_missing = Signal(str)
    """Emitted with the path of a local page that was asked for and is not on this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headings: list[Heading] = []
        self.missing: str | None = None  # the last local page asked for that is not here
        self.setOpenExternalLinks(True)  # web addresses open in the system's browser
        self.document().setUndoRedoEnabled(False)

    def doSetSource(self, name: QUrl, kind: QTextDocument.ResourceType) -> None:
        """Open a page (refusing a local one that is not there), then go to its section."""
        if name.isLocalFile() and not Path(name.toLocalFile()).is_file():
            self.missing = name.toLocalFile()
            self.page_missing.emit(self.missing)
            return
        self.missing = None
        super().doSetSource(name, kind)
        self.headings = page_headings(self.document())
        if name.fragment():
            self.go_to_section(name.fragment())
        self.page_shown.emit()

    def go_to_section(self, anchor: str) -> bool:
        """Scroll so that the heading with this GitHub anchor is at the top."""
        for heading in self.headings:
            if heading.anchor == anchor:
                block = self.document().findBlockByNumber(heading.block)
                top = self.document().documentLayout().blockBoundingRect(block).top()
                self.verticalScrollBar().setValue(int(top))
                return True
        self.scrollToAnchor(anchor)  # an anchor of the page's own (HTML)
        return False

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Load as usual; a picture wider than the page is scaled down to fit it."""
        data = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return data
        if isinstance(data, QByteArray | bytes):
            image = QImage.fromData(data)
        elif isinstance(data, QImage):
            image = data
        else:
            return data
        if image.width() > MAX_IMAGE_WIDTH:
            return image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return image


class HelpWindow(QWidget):
    """The guides with their contents on the left, Back/Forward and a search box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Asylum Desk — Help"))
        self.browser = GuideBrowser(self)
        self.browser.page_shown.connect(self._page_shown)
        self.browser.page_missing.connect(self._page_missing)
        self.browser.zoomIn(1)  # a little larger than the form text: read when tired
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Sections of this guide"))
        self.contents.itemActivated.connect(self._go_to_section)
        self.contents.itemClicked.connect(self._go_to_section)
        self.contents.setWordWrap(True)  # long section titles wrap instead of scrolling aside
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        back = QPushButton(self.tr("◀ &Back"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        forward = QPushButton(self.tr("&Forward ▶"), self)
        forward.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        forward.setEnabled(False)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Find in the guide (Enter: next, Shift+Enter: previous)")
        )
        self.search.setAccessibleName(self.tr("Find in the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        previous = QAction(self.search)
        previous.setShortcut(QKeySequence("Shift+Return"))
        previous.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        previous.triggered.connect(lambda _checked=False: self.find_next(backward=True))
        self.search.addAction(previous)
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(lambda _checked=False: self.search.setFocus())
        self.addAction(find_action)
        close_action = QAction(self)
        close_action.setShortcuts([QKeySequence("Escape"), QKeySequence.StandardKey.Close])
        close_action.triggered.connect(lambda _checked=False: self.close())
        self.addAction(close_action)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(mid);")
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(forward)
        bar.addWidget(self.search, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.resize(1180, 820)

    def open_guide(self, file_name: str, section: str = "") -> None:
        """Show one guide of ``docs/`` (``USER_GUIDE`` or ``ADMIN_GUIDE``), at a section."""
        path = docs_folder() / file_name
        url = QUrl.fromLocalFile(str(path))
        if section:
            url.setFragment(section)
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        if self.browser.missing is not None:
            self.browser.setMarkdown(
                self.tr(
                    "# The guide is missing\n\nAsylum Desk looked for it at `{path}`. The same "
                    "guide is in the `docs` folder of the Asylum Desk source."
                ).format(path=path)
            )
        if self.isMinimized():
            self.showNormal()
        self.show()
        if section and self.browser.missing is None:
            self.browser.go_to_section(section)  # again: laid out now that it is shown
        self.activateWindow()

    def find_next(self, *, backward: bool = False) -> bool:
        """Find the search box's text after (or before) the cursor, wrapping around once."""
        text = self.search.text().strip()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText(
            "" if found else self.tr("“{text}” is not in this page.").format(text=text)
        )
        return found

    def _page_shown(self) -> None:
        self.status.setText("")
        self.contents.clear()
        for level, text, anchor, _block in self.browser.headings:
            if level > 3:
                continue
            item = QListWidgetItem("    " * max(level - 2, 0) + text)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            if level == 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.contents.addItem(item)
        title = self.browser.documentTitle() or (
            self.browser.headings[0].text if self.browser.headings else ""
        )
        self.setWindowTitle(self.tr("Asylum Desk — {title}").format(title=title))

    def _page_missing(self, path: str) -> None:
        self.status.setText(
            self.tr("{name} is not part of the guide on this computer.").format(
                name=Path(path).name
            )
        )

    def _go_to_section(self, item: QListWidgetItem) -> None:
        anchor = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(anchor, str):
            self.browser.go_to_section(anchor)


class HelpActions(QObject):
    """The Help menu: User guide (F1) and Administrator guide; they work while locked too."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.help_window: HelpWindow | None = None
        # F1 is not the action's shortcut: ContextHelp opens the section about what is in
        # front, in dialogs too; the menu shows the key and opens the guide from its start.
        self.user_guide_action = QAction(self.tr("&User guide") + "\tF1", window)
        self.user_guide_action.setStatusTip(self.tr("How to use Asylum Desk, in plain words."))
        self.user_guide_action.triggered.connect(lambda _c=False: self.open(USER_GUIDE))
        self.admin_guide_action = QAction(self.tr("&Administrator guide"), window)
        self.admin_guide_action.setStatusTip(
            self.tr(
                "For whoever looks after the office's laptops: installing, users, backups, "
                "transfers, the shared database."
            )
        )
        self.admin_guide_action.triggered.connect(lambda _c=False: self.open(ADMIN_GUIDE))
        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.user_guide_action)
        menu.addAction(self.admin_guide_action)
        self.context_help = ContextHelp(window, self.open)

    def open(self, file_name: str, section: str = "", over: QWidget | None = None) -> HelpWindow:
        """Open (or bring forward) the help window on one guide, at a section.

        ``over``: a modal dialog in front; the guide then opens as a window of that dialog,
        which would otherwise block it.
        """
        if over is not None and over is not self.window:
            shown = over.findChild(HelpWindow)
            if shown is None:
                shown = HelpWindow(over)
            shown.open_guide(file_name, section)
            return shown
        if self.help_window is None:
            self.help_window = HelpWindow(self.window)
        self.help_window.open_guide(file_name, section)
        return self.help_window
