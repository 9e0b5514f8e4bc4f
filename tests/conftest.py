"""Shared fixtures: cheap key derivation (explicit test switch), vaults in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import FamilySituation, ReasonCategory, Sex
from asylum_desk.domain.model import (
    Anonymity,
    Case,
    Crossing,
    FamilyLocation,
    FamilyMember,
    Flight,
    Person,
    PlaceOfOrigin,
    Reason,
    ServiceDetails,
    Statement,
)
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import create_vault

PASSPHRASE = "tea kettle under the mango tree"

# Canary values: if any of these is found in a file on disk, personal data leaked.
CANARY_NAME = "Zoë Kyawswa-Lwin"
CANARY_BURMESE = "ကျော်စွာလွင်"
CANARY_ARABIC = "ياسمينة"
CANARY_PLACE = "Thitpyinkone"
CANARY_STATEMENT = "Quillwhistle ordered us to fire on the marchers"


@pytest.fixture(autouse=True)
def _test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASYLUM_DESK_INSECURE_TEST_KDF", "1")
    for name in (
        "ASYLUM_DESK_PASSPHRASE",
        "ASYLUM_DESK_NEW_PASSPHRASE",
        "ASYLUM_DESK_RECOVERY_KEY",
    ):
        monkeypatch.delenv(name, raising=False)


def canary_case() -> Case:
    """A case whose every sensitive value is a canary."""
    return Case(
        registered_on=PartialDate(2026, 3, 10),
        caseworker="Ruth Lalhmangaihi",
        applicant=Person(
            given_names=CANARY_NAME,
            name_original_script=CANARY_BURMESE,
            aliases=[CANARY_ARABIC],
            sex=Sex.MALE,
            date_of_birth=PartialDate(1994, 5),
            nationality="MMR",
            languages=["my", "en"],
            occupation="police sergeant",
            service=ServiceDetails("Myanmar Police Force", "Sergeant", "Battalion 9", "PX-991"),
            place_of_origin=PlaceOfOrigin("MMR", "Sagaing", "Kalay", CANARY_PLACE),
            anonymity=Anonymity(requested=True, pseudonym="Applicant K"),
        ),
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name=f"Daw {CANARY_BURMESE}",
                age=61,
                location=FamilyLocation("MMR", "Sagaing", CANARY_PLACE),
                situation=FamilySituation.THREATENED,
                last_contact=PartialDate(2026, 2),
            )
        ],
        flight=Flight(
            reasons=[Reason(ReasonCategory.REFUSED_UNLAWFUL_ORDER, "refused to shoot")],
            statement=Statement(CANARY_STATEMENT, "en", None, "Interpreter B"),
            fears_on_return="arrest and torture",
        ),
        crossing=Crossing(date=PartialDate(2026, 3, 9), district="Champhai", country="IND"),
    )


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "office-vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[OpenVault]:
    created = create_vault(
        vault_path,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as opened:
        yield opened
