"""A bundle is a standard age file: the ``age`` command-line tool opens it with the key."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from asylum_desk.services import bundles, vault_access
from asylum_desk.services.case_service import CaseService
from asylum_desk.storage.tables import Setting
from tests.conftest import CANARY_NAME, PASSPHRASE, canary_case

pytestmark = pytest.mark.vault_file_only  # about the file format, the same for both engines


def test_the_age_tool_decrypts_a_bundle_for_the_recipient_only(tmp_path: Path) -> None:
    age = shutil.which("age")
    assert age is not None, "the project's setup installs age (packaging/linux)"
    sender = vault_access.create_vault(
        tmp_path / "cph",
        office_code="CPH",
        office_name="Champhai",
        username="amara",
        passphrase=PASSPHRASE,
    ).vault
    receiver = vault_access.create_vault(
        tmp_path / "aiz",
        office_code="AIZ",
        office_name="Aizawl",
        username="amara",
        passphrase=PASSPHRASE,
    ).vault
    with sender, receiver:
        identity = bundles.own_identity(receiver)
        bundles.add_office(sender, identity.text(), identity.fingerprint())
        number = CaseService(sender).create_case(canary_case())
        out = tmp_path / bundles.suggested_file_name()
        bundles.export_bundle(sender, ["AIZ"], [number], out)
        with receiver.transaction() as session:
            stored = session.scalar(
                select(Setting.value).where(Setting.key == bundles.IDENTITY_SETTING)
            )
        assert stored is not None
        secret = json.loads(stored)["age"]
    key = tmp_path / "aiz.agekey"
    key.write_text(secret + "\n")
    key.chmod(0o600)
    opened = subprocess.run(
        [age, "--decrypt", "-i", str(key), str(out)], capture_output=True, check=False
    )
    assert opened.returncode == 0, opened.stderr
    inner = json.loads(opened.stdout)
    assert inner["format"] == bundles.BUNDLE_FORMAT
    assert json.loads(inner["manifest"])["case_numbers"] == [number]
    assert CANARY_NAME in inner["payload"]
    # Another key (a third office's) cannot open it.
    stranger = tmp_path / "stranger.agekey"
    made = subprocess.run(["age-keygen", "-o", str(stranger)], capture_output=True, check=False)
    assert made.returncode == 0, made.stderr
    refused = subprocess.run(
        [age, "--decrypt", "-i", str(stranger), str(out)], capture_output=True, check=False
    )
    assert refused.returncode != 0 and refused.stdout == b""
