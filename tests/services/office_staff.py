"""An office's staff for service tests: one user of every role besides the administrator.

All names are invented.
"""

from __future__ import annotations

from pathlib import Path

from asylum_desk.domain.enums import Role
from asylum_desk.services import users
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock

PASSPHRASES = {
    "sule": "supervisor sule's passphrase",
    "thida": "caseworker thida's passphrase",
    "mya": "caseworker mya's passphrase",
    "ko": "interpreter ko's passphrase",
}
ROLES = {
    "sule": Role.SUPERVISOR,
    "thida": Role.CASEWORKER,
    "mya": Role.CASEWORKER,
    "ko": Role.INTERPRETER,
}


class Staff:
    """The administrator's open vault with the other users added; each can sign in."""

    def __init__(self, admin: OpenVault, path: Path) -> None:
        self.admin = admin
        self.path = path
        self.opened: list[OpenVault] = []
        for name, role in ROLES.items():
            users.add_user(admin, name, role, PASSPHRASES[name])

    def as_(self, name: str) -> OpenVault:
        """The vault as ``name`` opens it (closed by ``close``)."""
        opened = unlock(self.path, name, PASSPHRASES[name])
        self.opened.append(opened)
        return opened

    def close(self) -> None:
        """Close every vault opened by ``as_``."""
        for opened in self.opened:
            opened.close()
