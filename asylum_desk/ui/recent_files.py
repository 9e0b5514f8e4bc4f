"""Leave no trail of files and folders in Qt's own "recent" lists.

Qt's file dialog remembers the folders it visited (``FileDialog/history`` and ``lastVisited``
in the ``QtProject`` settings) and a native dialog may add files to the desktop's recent
documents. Asylum Desk opens only Qt's own dialog (no desktop recent list) and forgets its
history at lock, panic and exit, since a folder name can name a person.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog
FILE_DIALOG_KEYS = ("FileDialog/history", "FileDialog/lastVisited", "FileDialog/qtVersion")


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembered (the other settings stay)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in FILE_DIALOG_KEYS:
        settings.remove(key)
    settings.sync()
