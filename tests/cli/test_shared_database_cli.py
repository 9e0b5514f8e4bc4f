"""The command line against a shared PostgreSQL database (``--database-url``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.cli import main
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.storage.shared import SharedLocation
from tests.conftest import PASSPHRASE
from tests.keyring_doubles import InMemoryKeyring


@pytest.fixture
def shared(shared_location: SharedLocation, monkeypatch: pytest.MonkeyPatch) -> SharedLocation:
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASYLUM_DESK_DATABASE_PASSWORD", shared_location.password)
    return shared_location


def _init(shared: SharedLocation) -> int:
    return main(
        [
            "init",
            "--database-url",
            shared.url,
            "--office-code",
            "HQ",
            "--office-name",
            "Regional headquarters",
            "--user",
            "amara",
        ]
    )


def test_init_add_user_import_search_and_verify(
    shared: SharedLocation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _init(shared) == 0
    out = capsys.readouterr().out
    assert "Recovery key" in out and "Regional headquarters" in out
    assert shared.password not in out
    assert _init(shared) == 5
    assert "already holds Asylum Desk data" in capsys.readouterr().err

    where = ["--database-url", shared.url, "--user", "amara"]
    cases = Path(__file__).resolve().parents[1] / "interchange" / "exact_shape.json"
    assert main(["import", *where, str(cases)]) == 0
    number = capsys.readouterr().out.split()[0]
    assert main(["search", *where, number]) == 0
    assert number in capsys.readouterr().out
    assert main(["verify", *where]) == 0
    capsys.readouterr()

    new_passphrase = tmp_path / "bo.txt"
    new_passphrase.write_text("bo's own long passphrase\n")
    assert (
        main(
            [
                "add-user",
                *where,
                "--new-user",
                "bo",
                "--role",
                "caseworker",
                "--new-passphrase-file",
                str(new_passphrase),
            ]
        )
        == 0
    )
    capsys.readouterr()
    passphrase_file = tmp_path / "bo-sign-in.txt"
    passphrase_file.write_text("bo's own long passphrase\n")
    as_bo = ["--database-url", shared.url, "--user", "bo"]
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("ASYLUM_DESK_PASSPHRASE")
        code = main(["search", *as_bo, "--passphrase-file", str(passphrase_file), "x"])
    assert code == 0


@pytest.mark.parametrize("command", ["backup", "rekey"])
def test_file_only_commands_are_refused_in_one_line(
    shared: SharedLocation, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _init(shared) == 0
    capsys.readouterr()
    extra = ["--out", str(tmp_path / "b.adbackup")] if command == "backup" else []
    assert main([command, "--database-url", shared.url, "--user", "amara", *extra]) == 2
    err = capsys.readouterr().err
    assert "server's job" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.adbackup").exists()


def test_wrong_database_password_is_one_line(
    shared: SharedLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _init(shared) == 0
    capsys.readouterr()
    monkeypatch.setenv("ASYLUM_DESK_DATABASE_PASSWORD", "not the password")
    assert main(["search", "--database-url", shared.url, "--user", "amara", "x"]) == 5
    err = capsys.readouterr().err.strip()
    assert err == "asylum-desk: The database server refused the user name or password."


def test_a_wrong_passphrase_is_refused_like_a_vault_file(
    shared: SharedLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _init(shared) == 0
    capsys.readouterr()
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", "a wrong passphrase entirely")
    assert main(["search", "--database-url", shared.url, "--user", "amara", "x"]) == 3


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql://clerk:secret@hq.example.org/asylum", "Do not put the password"),
        ("postgresql://clerk@hq.example.org/asylum?sslmode=disable", "unencrypted"),
        ("mysql://clerk@hq.example.org/asylum", "Only PostgreSQL"),
        ("not a url", "is not a database URL"),
    ],
)
def test_unsafe_or_malformed_urls_are_refused_before_connecting(
    url: str, problem: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASYLUM_DESK_DATABASE_PASSWORD", "x")
    assert main(["search", "--database-url", url, "--user", "amara", "x"]) == 5
    err = capsys.readouterr().err
    assert problem in err and "secret" not in err


def test_remember_forget_and_migrate(
    shared: SharedLocation, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = InMemoryKeyring()
    monkeypatch.setattr(
        "asylum_desk.cli.database.DeviceKeyCache",
        lambda: DeviceKeyCache(backend, allow_backend_for_tests=True),
    )
    assert main(["database", "migrate", "--database-url", shared.url]) == 0
    assert "is current" in capsys.readouterr().out
    assert main(["database", "remember", "--database-url", shared.url]) == 0
    assert list(backend.store.values()) == [shared.password]
    assert _init(shared) == 0
    capsys.readouterr()
    # With the password remembered, nothing else is needed.
    monkeypatch.delenv("ASYLUM_DESK_DATABASE_PASSWORD")
    assert main(["verify", "--database-url", shared.url, "--user", "amara"]) == 0
    assert main(["database", "forget", "--database-url", shared.url]) == 0
    assert backend.store == {}
    # A wrong password is checked before it is remembered.
    monkeypatch.setenv("ASYLUM_DESK_DATABASE_PASSWORD", "wrong")
    assert main(["database", "remember", "--database-url", shared.url]) == 5
    assert backend.store == {}
