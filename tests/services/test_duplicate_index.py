"""The duplicate index: prepared ahead on another thread, refreshed for saved cases, and
never kept (nor brought back by a late build) once the vault is locked."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import Case
from asylum_desk.services import duplicates, retention
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.duplicates import find_possible_duplicates, prepare_index
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage import person_index
from tests.services.test_duplicates import Office, numbers, office, person

__all__ = ["office"]  # the fixture, used below


def count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record every full build (the number of people each read)."""
    builds: list[int] = []
    real = duplicates._build

    def counted(vault: OpenVault, session: Session, stamp: tuple[int, int, str | None]) -> object:
        index = real(vault, session, stamp)
        builds.append(len(index.entries))
        return index

    monkeypatch.setattr(duplicates, "_build", counted)
    return builds


def in_thread(fn: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    """Start ``fn`` on a thread; the list receives its result or its exception."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(fn())
        except Exception as error:  # noqa: BLE001 - handed to the test
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_an_index_prepared_on_another_thread_is_used(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    duplicates.forget_index(office.admin)
    thread, outcome = in_thread(lambda: prepare_index(office.admin))
    thread.join(30)
    assert outcome == [5]
    builds = count_builds(monkeypatch)
    new = person("Aung Koko", PartialDate(1991), "Kalay")
    assert numbers(find_possible_duplicates(office.admin, new)) == [office.aung, office.myas_aung]
    assert builds == []  # the check used the prepared index


def test_saved_cases_refresh_the_index_without_a_full_build(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = office.admin
    prepare_index(admin)
    builds = count_builds(monkeypatch)
    service = CaseService(admin)
    added = service.create_case(Case(applicant=person("Ni Lar Winn", PartialDate(1999))))
    assert numbers(find_possible_duplicates(admin, person("Nilar Win"))) == [added]
    case = service.get_case(office.kyaw)
    case.applicant.given_names = "Zaw Min Oo"
    case.applicant.name_original_script = None
    service.update_case(case)
    assert find_possible_duplicates(admin, person("Kyaw Zin Htet")) == []  # the old name gone
    assert numbers(find_possible_duplicates(admin, person("Zaw Minn Oo"))) == [office.kyaw]
    assert builds == []
    assert prepare_index(admin) == 6  # the re-read people replaced, not counted twice

    CaseService(admin).close_case(added, "moved away")
    retention.set_retention_years(admin, 1)
    retention.erase_cases(admin, [added], date.today() + timedelta(days=800))
    assert find_possible_duplicates(admin, person("Nilar Win")) == []
    assert builds == [5]  # an erased case is noticed by a full build


@pytest.fixture
def own_vault(office: Office) -> Iterator[OpenVault]:
    """The office vault unlocked by its supervisor, to be locked mid-build."""
    opened = office.as_("sule")
    yield opened
    duplicates.forget_index(opened)


def test_locking_during_preparation_stops_it_and_keeps_nothing(
    own_vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real = person_index.people

    def slow_people(session: Session, since: str | None = None) -> Iterator[object]:
        for number, entry in enumerate(real(session, since)):
            if number == 1:
                started.set()
                release.wait(10)
            yield entry

    monkeypatch.setattr(person_index, "people", slow_people)
    monkeypatch.setattr(duplicates, "_CHECK_OPEN_EVERY", 1)
    thread, outcome = in_thread(lambda: prepare_index(own_vault))
    assert started.wait(10)
    threading.Timer(0.2, release.set).start()  # the build goes on while the vault locks
    began = time.monotonic()
    own_vault.close()
    thread.join(30)
    assert time.monotonic() - began < 5
    [error] = outcome
    assert isinstance(error, RuntimeError) and str(error) == "the vault is locked"
    assert id(own_vault) not in duplicates._INDEXES


def test_a_build_finishing_after_locking_is_not_kept(
    own_vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, release = threading.Event(), threading.Event()
    real = duplicates._build

    def late(vault: OpenVault, session: Session, stamp: tuple[int, int, str | None]) -> object:
        index = real(vault, session, stamp)  # every person read while still unlocked
        built.set()
        release.wait(10)
        return index

    monkeypatch.setattr(duplicates, "_build", late)
    thread, outcome = in_thread(lambda: prepare_index(own_vault))
    assert built.wait(10)
    threading.Timer(0.2, release.set).start()
    own_vault.close()
    thread.join(30)
    [error] = outcome
    assert isinstance(error, RuntimeError)
    assert id(own_vault) not in duplicates._INDEXES
    assert not own_vault._on_close  # nothing left registered on the locked vault


def test_a_refresh_interrupted_by_locking_is_not_kept(
    own_vault: OpenVault, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_index(own_vault)
    CaseService(office.admin).create_case(Case(applicant=person("Hnin Wai")))
    real = duplicates._refresh

    def locked_meanwhile(index: object, session: Session, stamp: object) -> bool:
        result = real(index, session, stamp)  # type: ignore[arg-type]
        own_vault.close()
        return result

    monkeypatch.setattr(duplicates, "_refresh", locked_meanwhile)
    with pytest.raises(RuntimeError, match="locked"):
        prepare_index(own_vault)
    assert id(own_vault) not in duplicates._INDEXES
