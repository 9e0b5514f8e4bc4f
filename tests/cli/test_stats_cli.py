"""``asylum-desk stats``: files written and read back, roles, errors before any work."""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pytest

from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.vault_access import unlock
from tests.cli.test_cli import NEW_PASSPHRASE, Cli, cli
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    PASSPHRASE,
)

__all__ = ["cli"]

CANARIES = (CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, CANARY_STATEMENT)


@pytest.fixture
def office(cli: Cli) -> Cli:
    """Six canary cases (crossed 2026-03-09 at Champhai) and a caseworker."""
    cli.init()
    assert cli("import", str(cli.cases_file(6)))[0] == 0
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert cli("add-user", "--new-user", "thida", "--role", "caseworker")[0] == 0
    return cli


def _no_canary(data: bytes) -> None:
    for canary in CANARIES:
        assert canary.encode("utf-8") not in data


def test_xlsx_with_every_table(office: Cli) -> None:
    out = office.folder / "figures.xlsx"
    code, printed, err = office("stats", "--out", str(out))
    assert code == 0, err
    assert printed == f"Wrote {out}.\n" and "<5" in err
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[0] == "month" and "vulnerability" in workbook.sheetnames
    rows = [list(row) for row in workbook["district"].iter_rows(values_only=True)]
    assert rows == [
        ["crossing_district", "cases"],
        ["#adm2+name+crossing", "#indicator+num+cases"],
        ["Champhai", 6],
        ["(all cases)", 6],
    ]
    with zipfile.ZipFile(out) as archive:
        _no_canary(b"".join(archive.read(name) for name in archive.namelist()))
    with unlock(office.vault, "amara", PASSPHRASE) as vault:
        [event] = read_audit_log(vault, AuditQuery(action="statistics")).entries
    assert event.detail is not None and "threshold=5" in event.detail


def test_csv_one_file_per_table(office: Cli) -> None:
    out = office.folder / "figures.csv"
    args = ("stats", "--out", str(out), "--from", "2026-01", "--to", "2026-03")
    code, printed, err = office(*args, "--table", "month", "--table", "reason")
    assert code == 0, err
    month, reason = office.folder / "figures-month.csv", office.folder / "figures-reason.csv"
    assert printed.splitlines() == [f"Wrote {month}.", f"Wrote {reason}."]
    assert not out.exists()
    rows = list(csv.reader(io.StringIO(month.read_text(encoding="utf-8"))))
    assert rows == [
        ["crossing_month", "cases"],
        ["#date+crossing", "#indicator+num+cases"],
        ["2026-03", "6"],
        ["(all cases)", "6"],
    ]
    assert list(csv.reader(io.StringIO(reason.read_text(encoding="utf-8"))))[1][0] == "#cause+code"
    _no_canary(month.read_bytes() + reason.read_bytes())
    single = office.folder / "status.csv"
    assert office("stats", "--out", str(single), "--table", "status", "--threshold", "7")[0] == 0
    assert single.read_text(encoding="utf-8").splitlines()[2:] == [
        "registered,<7",
        "(all cases),<7",
    ]


def test_a_caseworker_is_refused_and_nothing_is_written(office: Cli) -> None:
    out = office.folder / "figures.xlsx"
    code, _, err = office("stats", "--out", str(out), user="thida", passphrase=NEW_PASSPHRASE)
    assert code == 3 and "may not see every case" in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--out", "figures.txt"), ".csv or .xlsx"),
        (("--out", "figures.csv", "--from", "2026-3"), "not a month"),
        (("--out", "figures.csv", "--threshold", "1"), "at least 3"),
        (("--out", "missing/figures.csv"), "does not exist"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    office: Cli, args: tuple[str, ...], message: str
) -> None:
    argv = [str(office.folder / a) if a.startswith(("figures", "missing")) else a for a in args]
    code, _, err = office("stats", *argv)
    assert code == 2 and message in err and err.count("\n") == 1
    assert sorted(p.name for p in office.folder.iterdir()) == ["cases.json", "vault"]
