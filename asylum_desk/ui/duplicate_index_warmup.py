"""After unlocking: build the duplicate index off the GUI thread, so that checks are quick.

Duplicate detection (``services.duplicates``) reads and folds every person once per vault
session: seconds at 100,000 cases. Doing it right after unlocking, on Qt's thread pool,
makes the check after the first save (and the review window) answer at once. It is harmless
if the vault locks meanwhile: the build stops, and the service keeps no index for a locked
vault. Interpreters never check for duplicates, so nothing is built for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from asylum_desk.domain.enums import Role
from asylum_desk.ui.workers import run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault


def _ignore(_value: object) -> None:
    """Nothing to show: a failed or abandoned build only means the first check builds it."""


def warm_up_duplicate_index(parent: QObject, vault: OpenVault) -> bool:
    """Start building the vault's duplicate index in the background; whether it started."""
    if vault.role is Role.INTERPRETER:
        return False
    from asylum_desk.services.duplicates import prepare_index

    run_in_thread(lambda: prepare_index(vault), _ignore, _ignore, parent)
    return True
