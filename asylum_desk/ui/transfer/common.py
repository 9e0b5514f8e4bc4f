"""What the bundle dialogs share: the fingerprint shown large, the QR code, progress.

A service reports progress as ``progress(stage, done, total)`` from the worker thread; the
``ProgressRelay`` carries it to the GUI thread by signal and stops the service when the user
pressed Cancel (by raising ``Cancelled`` from the callback: the service then writes or
changes nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QSizePolicy, QWidget

from asylum_desk.domain.enums import Role
from asylum_desk.domain.messages import Text
from asylum_desk.services.qr_code import qr_matrix
from asylum_desk.ui.workers import run_in_thread, translated

T = TypeVar("T")
QUIET_ZONE = 4
FINGERPRINT_PLACEHOLDER = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
"""What a fingerprint typed from a phone call looks like: six groups of four."""
"""White modules around a QR code, as the standard asks, so that phones can read it."""


class Cancelled(Exception):
    """The user pressed Cancel; the service stopped before writing or changing anything."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("Transfer", "Cancelled; nothing was written or changed.")
        )


def fingerprint_label(fingerprint: str, name: str | None = None) -> QLabel:
    """A fingerprint in large monospace groups, selectable, to read out by phone."""
    label = QLabel(fingerprint)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(font.pointSize(), 10) + 6)
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(
        QCoreApplication.translate("Transfer", "Fingerprint") if name is None else name
    )
    return label


def role_allows_offices(role: Role) -> bool:
    """Whether the role may add offices and accept unknown senders (the services decide)."""
    return role in (Role.ADMIN, Role.SUPERVISOR)


class QrCodeView(QWidget):
    """Draws the QR code of one text (black modules on white, with the quiet zone)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.matrix = qr_matrix(text)
        self.setAccessibleName(self.tr("QR code of this office's identity"))
        self.setToolTip(
            self.tr("Another office can scan this with a phone to get the identity line.")
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())

    def modules(self) -> int:
        """The width of the code in modules, with the quiet zone on both sides."""
        return len(self.matrix) + 2 * QUIET_ZONE

    def sizeHint(self) -> QSize:
        side = self.modules() * 4  # 4 px per module: large enough for a phone camera
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        side = min(self.width(), self.height())
        module = side / self.modules()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, cells in enumerate(self.matrix):
            for column, dark in enumerate(cells):
                if dark:
                    painter.drawRect(
                        QRectF(
                            (column + QUIET_ZONE) * module,
                            (row + QUIET_ZONE) * module,
                            module,
                            module,
                        )
                    )
        painter.end()


class ProgressRelay(QObject):
    """Carries ``progress(stage, done, total)`` from a worker thread to the GUI thread.

    A child of the application (not of the dialog), so that the worker never emits on a
    deleted object; it deletes itself once the work is over. Once a stage in ``final_stages``
    was reported (the file is being written, or everything is saved), Cancel is too late and
    is ignored: the work then finishes and says what it did.
    """

    progressed = Signal(object, int, int)  # object: a stage ``Text`` stays translatable

    def __init__(self, final_stages: frozenset[str] = frozenset()) -> None:
        super().__init__(QCoreApplication.instance())
        self.final_stages = {stage.lower() for stage in final_stages}
        self.cancelled = False
        self.past_return = False

    def report(self, stage: str, done: int, total: int) -> None:
        """The services' progress callback (called on the worker thread)."""
        if stage.lower() in self.final_stages:
            self.past_return = True
        if self.cancelled and not self.past_return:
            raise Cancelled()
        self.progressed.emit(stage, done, total)


def stage_text(stage: str, done: int, total: int) -> str:
    """One line for the progress dialog, e.g. "Encrypting: 3 of 12".

    A stage word the services give as a ``Text`` is shown in the interface language.
    """
    if isinstance(stage, Text):
        words = translated(stage)
    else:
        words = stage.replace("_", " ").strip().capitalize()
    words = words or QCoreApplication.translate("Transfer", "Working")
    if total > 0:
        return QCoreApplication.translate("Transfer", "{stage}: {done} of {total}…").format(
            stage=words, done=done, total=total
        )
    return QCoreApplication.translate("Transfer", "{stage}…").format(stage=words)


class ProgressRun(QObject):
    """One service call on a worker thread with a progress dialog and a Cancel button."""

    def __init__(
        self, title: str, parent: QWidget, final_stages: frozenset[str] = frozenset({"done"})
    ) -> None:
        super().__init__(parent)
        self.final_stages = final_stages
        self.relay: ProgressRelay | None = None
        self.dialog = QProgressDialog(
            self.tr("{title}…").format(title=title), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(
        self,
        work: Callable[[Callable[[str, int, int], None]], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``work(progress)`` off the GUI thread; one of the callbacks runs afterwards."""
        relay = ProgressRelay(self.final_stages)
        relay.progressed.connect(self._show)
        self.relay = relay
        self.dialog.setValue(0)

        def job() -> T:
            try:
                return work(relay.report)
            finally:
                relay.deleteLater()  # posted to the GUI thread; the emits above came first

        def finished(value: T) -> None:
            self._close()
            on_done(value)

        def failed(error: Exception) -> None:
            self._close()
            on_error(error)

        run_in_thread(job, finished, failed, self)

    def cancel(self) -> None:
        """Stop the service at its next progress report (unless it is past returning)."""
        if self.relay is not None:
            self.relay.cancelled = True
            if not self.relay.past_return:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show(self, stage: str, done: int, total: int) -> None:
        if self.relay is not None and self.relay.cancelled and not self.relay.past_return:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        self.dialog.setLabelText(stage_text(stage, done, total))

    def _close(self) -> None:
        self.relay = None
        self.dialog.close()
        self.dialog.deleteLater()
