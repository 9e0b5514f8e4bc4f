"""`asylum-desk transfer import` reporting merges, then `conflicts list` and `resolve`."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.domain.enums import Role
from asylum_desk.services import users, vault_access
from asylum_desk.services.case_service import CaseService
from tests.cli.test_transfer_cli import Offices
from tests.conftest import PASSPHRASE

CASEWORKER_PASS = "caseworker passphrase"


def _occupation(folder: Path, number: str, value: str) -> None:
    with vault_access.unlock(folder, "amara", PASSPHRASE) as vault:
        service = CaseService(vault)
        case = service.get_case(number)
        case.applicant.occupation = value
        service.update_case(case)


def _occupation_of(folder: Path, number: str) -> str | None:
    with vault_access.unlock(folder, "amara", PASSPHRASE) as vault:
        return CaseService(vault).get_case(number).applicant.occupation


class Conflicted(Offices):
    """CPH sent its first case to AIZ; both edited its occupation; AIZ sent it back."""

    def conflicts(self, *argv: str) -> tuple[int, str, str]:
        action, *rest = argv
        return self.run("conflicts", action, "--vault", str(self.a), "--user", "amara", *rest)

    def prepare(self) -> tuple[int, str, str]:
        text_a, fp_a = self.identity(self.a)
        text_b, fp_b = self.identity(self.b)
        assert self.on(self.a, "offices", "add", text_b, "--accept-fingerprint", fp_b)[0] == 0
        assert self.on(self.b, "offices", "add", text_a, "--accept-fingerprint", fp_a)[0] == 0
        number = self.numbers[0]
        there, back = self.root / "there.adbundle", self.root / "back.adbundle"
        code, _, err = self.on(
            self.a, "transfer", "export", "--to", "AIZ", "--case", number, "--out", str(there)
        )
        assert code == 0, err
        assert self.on(self.b, "transfer", "import", str(there))[0] == 0
        _occupation(self.a, number, "teacher")
        _occupation(self.b, number, "tailor")
        code, _, err = self.on(
            self.b, "transfer", "export", "--to", "CPH", "--case", number, "--out", str(back)
        )
        assert code == 0, err
        return self.on(self.a, "transfer", "import", str(back))


@pytest.fixture
def offices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Conflicted:
    return Conflicted(tmp_path, capsys, monkeypatch)


def test_import_reports_the_merge_and_a_supervisor_resolves(offices: Conflicted) -> None:
    number = offices.numbers[0]
    code, out, err = offices.prepare()
    assert code == 0, err
    assert out == f"{number}\tmerged\n"
    assert "0 new, 1 merged, 1 new conflicts (asylum-desk conflicts list)." in err

    code, out, err = offices.conflicts("list")
    assert code == 0, err
    [line] = out.splitlines()
    cells = line.split("\t")
    assert cells[1:4] == [number, "applicant.occupation", "AIZ"]
    assert cells[5:] == ["teacher", "tailor", "police sergeant"]
    assert err == "1 open conflict: ID, case, field, office, received, ours, theirs, base.\n"
    code, out, _ = offices.conflicts("list", "--case", offices.numbers[1])
    assert code == 0 and out == ""

    code, _, err = offices.conflicts("resolve", cells[0], "--take", "theirs")
    assert code == 0 and "resolved" in err
    assert _occupation_of(offices.a, number) == "tailor"
    code, _, err = offices.conflicts("resolve", cells[0], "--take", "ours")
    assert code == 2 and "no open conflict" in err and err.count("\n") == 1
    assert offices.conflicts("list")[1] == ""
    assert offices.on(offices.a, "verify")[0] == 0


def test_refusals_are_one_line_and_change_nothing(
    offices: Conflicted, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = offices.numbers[0]
    assert offices.prepare()[0] == 0
    conflict_id = offices.conflicts("list")[1].split("\t")[0]

    code, _, err = offices.conflicts("resolve", conflict_id, "--take", "both")
    assert code == 2
    code, _, err = offices.conflicts("list", "--case", "CPH-2026-0999")
    assert code == 2 and "no case CPH-2026-0999" in err

    with vault_access.unlock(offices.a, "amara", PASSPHRASE) as vault:
        users.add_user(vault, "tun", Role.CASEWORKER, CASEWORKER_PASS)
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", CASEWORKER_PASS)
    code, _, err = offices.run("conflicts", "list", "--vault", str(offices.a), "--user", "tun")
    assert code == 3 and "may not see or resolve" in err and err.count("\n") == 1
    code, _, err = offices.run(
        "conflicts",
        "resolve",
        conflict_id,
        "--take",
        "ours",
        "--vault",
        str(offices.a),
        "--user",
        "tun",
    )
    assert code == 3 and err.count("\n") == 1
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)

    _occupation(offices.a, number, "farmer")  # the case changed since: theirs is refused
    code, _, err = offices.conflicts("resolve", conflict_id, "--take", "theirs")
    assert code == 6 and "changed since" in err and err.count("\n") == 1
    assert _occupation_of(offices.a, number) == "farmer"
    assert offices.conflicts("resolve", conflict_id, "--take", "ours")[0] == 0
