"""Staff names for the office screens: for supervisors, and refused to everyone else."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.domain.enums import Role
from asylum_desk.services import staff, users
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock

STAFF = {
    "sule": (Role.SUPERVISOR, "supervisor sule's passphrase"),
    "thida": (Role.CASEWORKER, "caseworker thida's passphrase"),
    "ko": (Role.INTERPRETER, "interpreter ko's passphrase"),
}


@pytest.fixture
def office(vault: OpenVault) -> OpenVault:
    for name, (role, secret) in STAFF.items():
        users.add_user(vault, name, role, secret)
    return vault


def test_assignable_users_are_the_caseworkers_and_interpreters(
    office: OpenVault, vault_path: Path
) -> None:
    with unlock(vault_path, "sule", STAFF["sule"][1]) as sule:
        listed = staff.assignable_users(sule)
    assert [(m.username, m.role) for m in listed] == [
        ("ko", Role.INTERPRETER),
        ("thida", Role.CASEWORKER),
    ]


def test_audit_users_include_removed_users(office: OpenVault, vault_path: Path) -> None:
    unlock(vault_path, "thida", STAFF["thida"][1]).close()
    users.remove_user(office, "thida")
    assert staff.audit_users(office) == ["amara", "thida"]


@pytest.mark.parametrize("name", ["thida", "ko"])
def test_caseworkers_and_interpreters_get_neither_list(
    office: OpenVault, vault_path: Path, name: str
) -> None:
    with unlock(vault_path, name, STAFF[name][1]) as other:
        with pytest.raises(PermissionDeniedError, match="may not assign cases"):
            staff.assignable_users(other)
        with pytest.raises(PermissionDeniedError, match="may not read the audit log"):
            staff.audit_users(other)
