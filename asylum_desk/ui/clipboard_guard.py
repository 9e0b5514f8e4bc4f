"""Text copied out of Asylum Desk: marked secret for clipboard managers, gone after 10 s.

Whenever this application puts text on the clipboard (Ctrl+C in any field), the guard puts it
back with the hints that clipboard managers and history features honour (KDE Klipper,
Windows clipboard history and cloud sync, macOS pasteboard managers), then clears it after
``CLEAR_AFTER_MS`` if it is still ours, and at once when the vault locks. Text another program
copied is never touched.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000
OURS = "application/x-asylum-desk-copied"
SECRET_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",  # KDE Klipper and others: do not keep in history
    "application/x-nspasteboard-concealed-type": b"secret",  # macOS pasteboard managers
    # Windows: keep out of clipboard history, cloud clipboard and monitoring tools.
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def _fingerprint(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Watches the clipboard for text this application copied."""

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: bytes | None = None  # fingerprint of the text we put there
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.clear_if_ours)
        self.clipboard.dataChanged.connect(self._changed)
        self._watching = True

    def _copied_here(self) -> bool:
        if self.clipboard.ownsClipboard():
            return True
        # Platforms without clipboard ownership (offscreen, some Wayland set-ups): a change
        # while one of our windows has the focus was made by us.
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _changed(self) -> None:
        data = self.clipboard.mimeData()
        if data is None:
            return
        if data.hasFormat(OURS):
            # Already marked (by this guard, or another one of this process): count it ours.
            self._ours = _fingerprint(data.text())
            self.timer.start()
            return
        if not data.hasText() or not self._copied_here():
            self._ours = None  # another program's text: never ours to clear
            self.timer.stop()
            return
        text = data.text()
        marked = QMimeData()
        marked.setText(text)
        marked.setData(OURS, b"1")
        for format_name, value in SECRET_HINTS.items():
            marked.setData(format_name, value)
        self._ours = _fingerprint(text)
        self.clipboard.setMimeData(marked)
        self.timer.start()

    def is_ours(self) -> bool:
        """Whether the clipboard still holds the text this application copied."""
        data = self.clipboard.mimeData()
        return (
            self._ours is not None
            and data is not None
            and data.hasFormat(OURS)
            and _fingerprint(data.text()) == self._ours
        )

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds what we copied (timer and lock)."""
        self.timer.stop()
        if self.is_ours():
            self.clipboard.clear()
        self._ours = None

    def detach(self) -> None:
        """Stop watching (the window is closing); what we copied is cleared first."""
        self.clear_if_ours()
        if self._watching:
            self._watching = False
            self.clipboard.dataChanged.disconnect(self._changed)
