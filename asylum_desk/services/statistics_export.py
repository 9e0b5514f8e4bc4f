"""Statistics as CSV or XLSX files, with HXL hashtags (see ``docs/statistics.md``).

Each table has three columns (category, cases, and a note for a multi-valued table) under
a header row and a row of HXL hashtags (the Humanitarian Exchange Language), then one row
per category and a last row with the total number of cases. A suppressed count is written
``<N`` (N the threshold). CSV is UTF-8 with one table per file; an XLSX workbook holds one
sheet per table. Files are written atomically and readable by their owner only.
"""

from __future__ import annotations

import csv
import importlib
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from asylum_desk.domain.messages import text
from asylum_desk.security.atomic_write import write_file_atomic
from asylum_desk.services.statistics import Statistics, StatisticsTable, StatTable

TOTAL = "(all cases)"
"""The category of each table's last row: the number of cases the crossing window holds."""

HEADERS: Mapping[StatTable, tuple[str, str]] = {
    StatTable.MONTH: ("crossing_month", "#date+crossing"),
    StatTable.DISTRICT: ("crossing_district", "#adm2+name+crossing"),
    StatTable.CROSSING_POINT: ("crossing_point", "#loc+name+crossing"),
    StatTable.REASON: ("reason_for_flight", "#cause+code"),
    StatTable.STATUS: ("case_status", "#status+code"),
    StatTable.VULNERABILITY: ("specific_need", "#group+code+specific_needs"),
}
"""Each table's category column: its header and HXL hashtag."""

CASES_HEADER = ("cases", "#indicator+num+cases")


def _cell(count: int | None, threshold: int) -> str | int:
    return f"<{threshold}" if count is None else count


def table_rows(table: StatisticsTable, threshold: int) -> list[list[str | int]]:
    """The rows of one table as written: header, HXL hashtags, categories, total."""
    header, hashtag = HEADERS[table.table]
    rows: list[list[str | int]] = [[header, CASES_HEADER[0]], [hashtag, CASES_HEADER[1]]]
    rows += [[row.category, _cell(row.cases, threshold)] for row in table.rows]
    rows.append([TOTAL, _cell(table.total, threshold)])
    return rows


def csv_bytes(table: StatisticsTable, threshold: int) -> bytes:
    """One table as UTF-8 CSV (no byte-order mark; CRLF line ends, as RFC 4180 has)."""
    text = io.StringIO()
    csv.writer(text).writerows(table_rows(table, threshold))
    return text.getvalue().encode("utf-8")


def xlsx_bytes(statistics: Statistics) -> bytes:
    """Every table of ``statistics`` as one sheet of an XLSX workbook."""
    openpyxl: Any = importlib.import_module("openpyxl")  # untyped library
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    threshold = statistics.query.threshold
    for table in statistics.tables:
        sheet = workbook.create_sheet(title=table.table.value)
        for row in table_rows(table, threshold):
            sheet.append(row)
        sheet.freeze_panes = "A3"
        sheet.column_dimensions["A"].width = 28
        sheet.column_dimensions["B"].width = 10
    # No author, no dates of the vault: only what the tables say.
    workbook.properties.creator = "Asylum Desk"
    workbook.properties.lastModifiedBy = None
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_path(out: Path, table: StatTable, several: bool) -> Path:
    """Where a table's CSV goes: ``out`` itself for one table, ``<stem>-<table>.csv`` else."""
    return out.with_name(f"{out.stem}-{table.value}{out.suffix}") if several else out


def output_paths(out: Path, tables: tuple[StatTable, ...]) -> list[Path]:
    """Every file writing ``tables`` to ``out`` makes."""
    if out.suffix.lower() == ".xlsx":
        return [out]
    if out.suffix.lower() != ".csv":
        raise ValueError(text("Cannot write {out}: the file must end in .csv or .xlsx.", out=out))
    return [csv_path(out, table, len(tables) > 1) for table in tables]


def write_statistics(statistics: Statistics, out: Path) -> list[Path]:
    """Write ``statistics`` to ``out`` (``.csv`` or ``.xlsx``); returns the files written."""
    tables = tuple(t.table for t in statistics.tables)
    paths = output_paths(out, tables)
    if out.suffix.lower() == ".xlsx":
        write_file_atomic(out, xlsx_bytes(statistics))
        return paths
    threshold = statistics.query.threshold
    written: list[Path] = []
    try:
        for path, table in zip(paths, statistics.tables, strict=True):
            write_file_atomic(path, csv_bytes(table, threshold))
            written.append(path)
    except BaseException:
        for path in written:  # all the tables or none (an older file there is lost, though)
            path.unlink(missing_ok=True)
        raise
    return paths
