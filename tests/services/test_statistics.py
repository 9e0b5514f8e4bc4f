"""Statistics without exposing people: counts, suppression, the crossing window, files."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import ReasonCategory, Role, Vulnerability
from asylum_desk.domain.model import Case, Crossing, Flight, Person, Reason
from asylum_desk.services import users
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.statistics import (
    Statistics,
    StatisticsQuery,
    StatTable,
    fold_spellings,
    produce_statistics,
    suppress,
)
from asylum_desk.services.statistics_export import TOTAL, write_statistics
from asylum_desk.services.vault_access import unlock
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    canary_case,
)

CANARIES = (CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, CANARY_STATEMENT)


def _case(
    crossed: PartialDate | None,
    district: str | None,
    reasons: tuple[ReasonCategory, ...] = (),
    needs: tuple[Vulnerability, ...] = (),
) -> Case:
    return Case(
        applicant=Person(given_names="Invented Person", date_of_birth=PartialDate(1990, 1, 2)),
        vulnerabilities=list(needs),
        flight=Flight(reasons=[Reason(category) for category in reasons]),
        crossing=Crossing(date=crossed, district=district, crossing_point="Zokhawthar"),
    )


@pytest.fixture
def office(vault: OpenVault) -> OpenVault:
    """18 invented cases (plus the canary case) crossed in 2025 and 2026.

    Months: 2025-03: 7, 2025-04: 6, 2025-05: 2, 2026-03: 1 (the canary), year 2025 only: 1,
    no crossing date: 1. Districts: Champhai 9, Saiha 6, Lawngtlai 2, unknown 1.
    """
    service = CaseService(vault)
    political = (ReasonCategory.POLITICAL_OPINION,)
    for day in range(1, 8):
        needs = (Vulnerability.MEDICAL,) if day <= 5 else ()
        service.create_case(_case(PartialDate(2025, 3, day), "Champhai", political, needs))
    for _ in range(6):
        service.create_case(
            _case(PartialDate(2025, 4), " Saiha ", (*political, ReasonCategory.RELIGION))
        )
    for day in (2, 3):
        service.create_case(
            _case(PartialDate(2025, 5, day), "Lawngtlai", needs=(Vulnerability.CHILD,))
        )
    service.create_case(_case(PartialDate(2025), "Champhai"))
    service.create_case(_case(None, None))
    service.create_case(canary_case())
    return vault


def counts(statistics: Statistics, which: StatTable) -> dict[str, int | None]:
    return {row.category: row.cases for row in statistics.table(which).rows}


def test_tables_count_cases_and_suppress_small_counts(office: OpenVault) -> None:
    statistics = produce_statistics(office)
    months = statistics.table(StatTable.MONTH)
    assert months.total == 18
    # A case known only by its year (and one with no date) is in the unknown month.
    assert counts(statistics, StatTable.MONTH) == {
        "2025-03": 7,
        "2025-04": 6,
        "2025-05": None,
        "2026-03": None,
        "unknown": None,
    }
    assert [row.category for row in months.rows][-1] == "unknown"
    # Districts are trimmed; the case with no crossing is in the unknown district.
    assert counts(statistics, StatTable.DISTRICT) == {
        "Champhai": 9,
        "Saiha": 6,
        "Lawngtlai": None,
        "unknown": None,
    }
    # One case refused an unlawful order: alone it would be suppressed, so the next
    # smallest count (religion, 6) is suppressed too. Likewise child (2) hides medical (5).
    assert counts(statistics, StatTable.REASON) == {
        "political_opinion": 13,
        "refused_unlawful_order": None,
        "religion": None,
    }
    assert counts(statistics, StatTable.VULNERABILITY) == {"child": None, "medical": None}
    assert counts(statistics, StatTable.STATUS) == {"registered": 18}


def test_a_suppressed_count_cannot_be_found_by_subtraction(office: OpenVault) -> None:
    assert suppress({"a": 10, "b": 7, "c": 2}, 5) == {"a": 10, "b": None, "c": 2} | {"c": None}
    assert suppress({"a": 10, "b": 7}, 5) == {"a": 10, "b": 7}
    assert suppress({"a": 3}, 5) == {"a": None}
    statistics = produce_statistics(office)
    for table in statistics.tables:
        hidden = [row for row in table.rows if row.cases is None]
        # Never exactly one unknown cell: the total (known here, or from another table)
        # minus the shown cells is the sum of at least two hidden ones.
        assert len(hidden) != 1, table.table
    # The canary case alone has no crossing point; 17 - 18 would give it away, so the
    # 17 are hidden too (the total, 18, is still shown: it is in every table).
    points = statistics.table(StatTable.CROSSING_POINT)
    assert counts(statistics, StatTable.CROSSING_POINT) == {"Zokhawthar": None, "unknown": None}
    assert points.total == 18


def test_the_crossing_window_counts_partial_dates_sensibly(office: OpenVault) -> None:
    spring = produce_statistics(office, StatisticsQuery("2025-03", "2025-04", threshold=3))
    # The year-only case might have crossed outside March-April: it is left out.
    assert spring.table(StatTable.MONTH).total == 13
    assert counts(spring, StatTable.MONTH) == {"2025-03": 7, "2025-04": 6}
    assert counts(spring, StatTable.REASON) == {"political_opinion": 13, "religion": 6}
    assert counts(spring, StatTable.VULNERABILITY) == {"medical": 5}
    assert counts(spring, StatTable.STATUS) == {"registered": 13}
    whole_year = produce_statistics(office, StatisticsQuery("2025-01", "2025-12", threshold=3))
    assert whole_year.table(StatTable.MONTH).total == 16
    assert counts(whole_year, StatTable.MONTH) == {
        "2025-03": 7,
        "2025-04": 6,
        "2025-05": None,
        "unknown": None,
    }
    # The year-only case still counts in its district.
    assert counts(whole_year, StatTable.DISTRICT)["Champhai"] == 8
    since = produce_statistics(office, StatisticsQuery(crossed_from="2025-05", threshold=4))
    assert since.table(StatTable.MONTH).total is None  # 3 cases: 2025-05 (2) and 2026-03


@pytest.mark.parametrize(
    "query",
    [
        {"crossed_from": "2025-3"},
        {"crossed_to": "2025-13"},
        {"crossed_from": "2025-05", "crossed_to": "2025-04"},
        {"threshold": 2},
        {"tables": ()},
    ],
)
def test_bad_queries_are_refused(query: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        StatisticsQuery(**query)  # type: ignore[arg-type]


def test_only_supervisors_and_admins_produce_statistics(
    office: OpenVault, vault_path: Path
) -> None:
    users.add_user(office, "thida", Role.CASEWORKER, "caseworker thida's passphrase")
    users.add_user(office, "sule", Role.SUPERVISOR, "supervisor sule's passphrase")
    with (
        unlock(vault_path, "thida", "caseworker thida's passphrase") as thida,
        pytest.raises(PermissionDeniedError, match="may not see every case"),
    ):
        produce_statistics(thida)
    with unlock(vault_path, "sule", "supervisor sule's passphrase") as sule:
        assert produce_statistics(sule).tables[0].total == 18


def test_producing_statistics_is_audited_without_personal_data(office: OpenVault) -> None:
    produce_statistics(office, StatisticsQuery("2025-01", None, 6, (StatTable.MONTH,)))
    [event] = read_audit_log(office, AuditQuery(action="statistics")).entries
    assert event.entity == "cases" and event.case_number is None
    assert event.detail == "tables=month;from=2025-01;to=-;threshold=6"


def test_a_failed_write_is_not_logged(office: OpenVault) -> None:
    def fail(_: Statistics) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        produce_statistics(office, write=fail)
    assert read_audit_log(office, AuditQuery(action="statistics")).total == 0


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_csv_files_have_headers_hashtags_and_suppressed_cells(
    office: OpenVault, tmp_path: Path
) -> None:
    out = tmp_path / "stats.csv"
    written: list[Path] = []
    produce_statistics(office, write=lambda s: written.extend(write_statistics(s, out)))
    assert [p.name for p in written] == [f"stats-{t.value}.csv" for t in StatTable]
    assert _read_csv(tmp_path / "stats-month.csv") == [
        ["crossing_month", "cases"],
        ["#date+crossing", "#indicator+num+cases"],
        ["2025-03", "7"],
        ["2025-04", "6"],
        ["2025-05", "<5"],
        ["2026-03", "<5"],
        ["unknown", "<5"],
        [TOTAL, "18"],
    ]
    district = _read_csv(tmp_path / "stats-district.csv")
    assert district[1] == ["#adm2+name+crossing", "#indicator+num+cases"]
    assert ["Lawngtlai", "<5"] in district
    for path in written:
        data = path.read_bytes()
        assert path.stat().st_mode & 0o077 == 0
        for canary in CANARIES:
            assert canary.encode("utf-8") not in data
        assert b"Invented Person" not in data and b"1990-01-02" not in data
    one = tmp_path / "status.csv"
    produce_statistics(
        office,
        StatisticsQuery(tables=(StatTable.STATUS,)),
        write=lambda s: write_statistics(s, one),
    )
    assert _read_csv(one)[2:] == [["registered", "18"], [TOTAL, "18"]]


def test_xlsx_has_one_sheet_per_table_and_no_personal_data(
    office: OpenVault, tmp_path: Path
) -> None:
    out = tmp_path / "stats.xlsx"
    produce_statistics(office, write=lambda s: write_statistics(s, out))
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [t.value for t in StatTable]
    rows = [list(row) for row in workbook["month"].iter_rows(values_only=True)]
    assert rows[:3] == [
        ["crossing_month", "cases"],
        ["#date+crossing", "#indicator+num+cases"],
        ["2025-03", 7],
    ]
    assert rows[-1] == [TOTAL, 18] and ["unknown", "<5"] in rows
    with zipfile.ZipFile(out) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist())
    for canary in CANARIES:
        assert canary.encode("utf-8") not in content
    assert b"Invented Person" not in content and b"amara" not in content


def test_an_unknown_file_type_is_refused_before_anything_is_written(
    office: OpenVault, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        produce_statistics(office, write=lambda s: write_statistics(s, tmp_path / "s.txt"))
    assert [p for p in tmp_path.iterdir() if p.name != "office-vault"] == []
    assert read_audit_log(office, AuditQuery(action="statistics")).total == 0


def test_a_place_typed_several_ways_is_counted_once(vault: OpenVault) -> None:
    service = CaseService(vault)
    spellings = ["Champhai", "champhai", " CHAMPHAI ", "Champhaï", "Champhai"]
    spellings += ["Zokhawthar"] * 4 + ["zokhawthar"]
    for spelling in spellings:
        service.create_case(
            Case(applicant=Person(given_names="Invented"), crossing=Crossing(district=spelling))
        )
    statistics = produce_statistics(vault, StatisticsQuery(tables=(StatTable.DISTRICT,)))
    rows = {row.category: row.cases for row in statistics.tables[0].rows}
    # Five cases each, under each place's most used spelling: none is small enough to hide.
    assert rows == {"Champhai": 5, "Zokhawthar": 5}


def test_fold_spellings_keeps_unknown_apart_and_adds_up() -> None:
    assert fold_spellings({"Mizoram Gate": 2, "mizoram  gate": 3, "unknown": 4}) == {
        "mizoram  gate": 5,
        "unknown": 4,
    }
