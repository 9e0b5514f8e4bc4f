"""Office › Statistics…: charts and tables of counts, small counts hidden, export logged."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.ui.statistics_dialog import MAX_BARS, TITLES, StatisticsDialog
from tests.conftest import CANARY_NAME, canary_case

WAIT_MS = 20_000


def dialog_for(qtbot: QtBot, vault: OpenVault) -> StatisticsDialog:
    dialog = StatisticsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    return dialog


def cells(table: QTableWidget) -> list[tuple[str, str]]:
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_charts_and_tables_hide_small_counts_and_names(qtbot: QtBot, vault: OpenVault) -> None:
    service = CaseService(vault)
    for case in [*demo_cases(), canary_case()]:
        service.create_case(case)
    dialog = dialog_for(qtbot, vault)
    assert dialog.tabs.count() == len(TITLES)
    hidden_somewhere: list[str] = []
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == list(TITLES.values())
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        assert page.findChild(QChartView) is not None
        table = page.findChild(QTableWidget)
        rows = cells(table)
        assert rows[-1][0] == "(all cases)"
        counts = [count for _category, count in rows[:-1]]
        assert all(count == "<5" or int(count) >= 5 for count in counts)
        assert counts.count("<5") != 1  # never a single hidden count (no subtraction)
        hidden_somewhere.extend(c for c in counts if c == "<5")
        assert all(CANARY_NAME not in category for category, _count in rows)
        # A hidden count draws no bar: its label on the chart says it is hidden, not zero.
        chart = page.findChild(QChartView).chart()
        labels = [label for axis in chart.axes() for label in getattr(axis, "categories", list)()]
        hidden_labels = [label for label in labels if "hidden" in label]
        assert len(hidden_labels) == counts[:MAX_BARS].count("<5")
    assert hidden_somewhere  # nine cases: many categories are too small to show
    assert "9 cases" in dialog.summary.text()


def test_a_malformed_month_says_so(qtbot: QtBot, vault: OpenVault) -> None:
    dialog = dialog_for(qtbot, vault)
    dialog.crossed_from.setText("March")
    dialog.refresh()
    assert "not a month" in dialog.summary.text()


def test_export_writes_the_figures_and_is_logged(
    qtbot: QtBot, vault: OpenVault, tmp_path: Path
) -> None:
    service = CaseService(vault)
    for case in demo_cases():
        service.create_case(case)
    dialog = dialog_for(qtbot, vault)
    target = tmp_path / "figures.xlsx"
    dialog.choose_export_path = lambda name: target  # type: ignore[method-assign]
    dialog.export()
    assert "Exported to figures.xlsx" in dialog.summary.text()
    workbook = load_workbook(target)
    assert len(workbook.sheetnames) == len(TITLES)
    events = read_audit_log(vault, AuditQuery(action="statistics")).entries
    assert len(events) == 2  # shown once, exported once


def test_a_caseworker_is_refused_by_the_service(qtbot: QtBot, vault: OpenVault) -> None:
    from asylum_desk.domain.enums import Role
    from asylum_desk.services import users
    from asylum_desk.services.vault_access import unlock

    users.add_user(vault, "thida", Role.CASEWORKER, "caseworker thida passphrase")
    with unlock(vault.files.folder, "thida", "caseworker thida passphrase") as caseworker:
        dialog = dialog_for(qtbot, caseworker)
        assert dialog.summary.text().startswith("No statistics: ")
        assert dialog.tabs.count() == 0
        assert not dialog.export_button.isEnabled()
