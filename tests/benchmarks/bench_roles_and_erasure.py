"""Benchmark: the case list, count and search as a caseworker and an interpreter; erasure.

Run it as a script (pytest does not collect it) on a vault built by
``bench_case_list_and_search.py --workdir DIR`` (it is changed: users, assignments, one
erased case; so pass a copy)::

    python tests/benchmarks/bench_roles_and_erasure.py --workdir /tmp/copy-of-bench-dir

The caseworker is one of the synthetic caseworkers (about 1 case in 24 is theirs) with a
few hundred more cases assigned; the interpreter has a few dozen assigned. The same
queries run as the administrator for comparison. Targets as for the unfiltered list: the
first page under 100 ms median, search under 50 ms median.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import select, update

from asylum_desk.domain.enums import CaseStatus, Role, Vulnerability
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.services import retention, users
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from asylum_desk.storage.tables import CaseAssignment, CaseRow, User
from tests.benchmarks.bench_case_list_and_search import CASEWORKERS, PASSPHRASE, USERNAME

CASEWORKER = CASEWORKERS[0]
INTERPRETER = "bench-interpreter"
OTHER_PASSPHRASE = "another benchmark passphrase, synthetic data only"


def median_ms(action: Callable[[], object], repeats: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def prepare(folder: Path, assigned: int, seed: int) -> float:
    """Migrate (timed), add the two users and their assignments once."""
    started = time.perf_counter()
    vault = unlock(folder, USERNAME, PASSPHRASE, check_integrity=False)
    opened_ms = (time.perf_counter() - started) * 1000
    with vault:
        with vault.transaction() as session:
            known = set(session.scalars(select(User.username)))
        if CASEWORKER not in known:
            users.add_user(vault, CASEWORKER, Role.CASEWORKER, OTHER_PASSPHRASE)
            users.add_user(vault, INTERPRETER, Role.INTERPRETER, OTHER_PASSPHRASE)
            rng = random.Random(seed)
            with vault.transaction() as session:
                others = list(
                    session.scalars(select(CaseRow.id).where(CaseRow.caseworker != CASEWORKER))
                )
                for username, role, count in (
                    (CASEWORKER, Role.CASEWORKER, assigned),
                    (INTERPRETER, Role.INTERPRETER, 40),
                ):
                    for case_id in rng.sample(others, count):
                        session.add(
                            CaseAssignment(
                                case_id=case_id,
                                username=username,
                                role=role,
                                assigned_at="2026-11-25T00:00:00+00:00",
                                assigned_by=USERNAME,
                            )
                        )
    return opened_ms


def measure(vault: OpenVault, queries: dict[str, list[str]], repeats: int) -> dict[str, float]:
    service = CaseService(vault)
    results: dict[str, float] = {}
    total = service.count()
    results["count() (no filter)"] = median_ms(service.count, repeats)[0]
    for sort, descending in (
        (SortKey.DISPLAY_NAME, False),
        (SortKey.CASE_NUMBER, False),
        (SortKey.UPDATED_AT, True),
        (SortKey.CROSSING_DATE, True),
    ):
        query = CaseQuery(sort=sort, descending=descending, limit=100)
        label = f"first page, sort {sort.value}{' desc' if descending else ''}"
        results[label] = median_ms(partial(service.list_cases, query), repeats)[0]
        print(f"  {vault.username}: {label} {results[label]:.1f} ms", flush=True)
    for label, case_filter in {
        "filter status=interviewed, sort name": CaseFilter(status=CaseStatus.INTERVIEWED),
        "filter vulnerability=medical, sort name": CaseFilter(vulnerability=Vulnerability.MEDICAL),
        "filter district=Champhai, sort name": CaseFilter(crossing_district="Champhai"),
    }.items():
        query = CaseQuery(sort=SortKey.DISPLAY_NAME, filter=case_filter, limit=100)
        try:
            results[label] = median_ms(partial(service.list_cases, query), repeats)[0]
        except Exception as error:  # noqa: BLE001 - interpreters may not filter by these
            results[label] = float("nan")
            print(f"  ({label}: {error})")
    deep = CaseQuery(sort=SortKey.DISPLAY_NAME, offset=total // 2, limit=100)
    results["page at offset total/2, sort name"] = median_ms(
        partial(service.list_cases, deep), max(3, repeats // 4)
    )[0]
    print(f"  {vault.username}: deep page done", flush=True)
    for name, texts in queries.items():
        samples = [median_ms(partial(service.search, text, 0, 50), 1)[0] for text in texts]
        results[f"search: {name}"] = statistics.median(samples)
        print(f"  {vault.username}: search {name} {results[f'search: {name}']:.1f} ms", flush=True)
    results["(cases visible)"] = float(total)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--assigned", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    folder = args.workdir / "vault"
    queries: dict[str, list[str]] = json.loads((args.workdir / "queries.json").read_text("utf-8"))
    queries = {name: texts[:15] for name, texts in queries.items()}
    opened = prepare(folder, args.assigned, args.seed)
    print(f"first unlock (migration to the current schema included): {opened:.0f} ms")
    table: dict[str, dict[str, float]] = {}
    for who, passphrase in (
        (USERNAME, PASSPHRASE),
        (CASEWORKER, OTHER_PASSPHRASE),
        (INTERPRETER, OTHER_PASSPHRASE),
    ):
        with unlock(folder, who, passphrase, check_integrity=False) as vault:
            CaseService(vault).list_cases(CaseQuery())  # warm the file cache
            table[who] = measure(vault, queries, args.repeats)
    names = list(table[USERNAME])
    print(f"\n{'median ms':<44} {'admin':>9} {'caseworker':>11} {'interpreter':>12}")
    for name in names:
        row = [table[who][name] for who in (USERNAME, CASEWORKER, INTERPRETER)]
        print(f"{name:<44} {row[0]:9.1f} {row[1]:11.1f} {row[2]:12.1f}")

    with unlock(folder, USERNAME, PASSPHRASE, check_integrity=False) as vault:
        for label, query in {
            "audit log, newest 200": AuditQuery(),
            "audit log, by user": AuditQuery(user=CASEWORKER),
            "audit log, by case": AuditQuery(case_number="BEN-2026-000042"),
            "audit log, by action": AuditQuery(action="assign"),
            "audit log, one day": AuditQuery(since=date.today(), until=date.today()),
        }.items():
            ms, page = median_ms(partial(read_audit_log, vault, query), 5)
            print(f"{label:<44} {ms:9.1f} ms ({page.total} events match)")  # type: ignore[attr-defined]
        service = CaseService(vault)
        number = service.list_cases(CaseQuery(limit=1)).items[0].case_number
        service.close_case(number, "benchmark")
        with vault.transaction() as session:
            session.execute(
                update(CaseRow).where(CaseRow.case_number == number).values(closed_on="2019-01-01")
            )
        retention.set_retention_years(vault, 1)
        started = time.perf_counter()
        report = retention.erase_cases(vault, [number], date.today() + timedelta(days=1))
        seconds = time.perf_counter() - started
        print(
            f"erasing one case at {table[USERNAME]['(cases visible)']:.0f} cases: {seconds:.1f} s "
            f"(database {report.database_bytes_before / 1e6:.0f} MB -> "
            f"{report.database_bytes_after / 1e6:.0f} MB)"
        )
        assert report.free_space_overwritten


if __name__ == "__main__":
    main()
