"""Benchmark: the case list, search and saving on a shared PostgreSQL database.

Run it as a script (pytest does not collect it)::

    python tests/benchmarks/bench_shared_database.py                 # 100,000 cases
    python tests/benchmarks/bench_shared_database.py --cases 20000

It starts a throwaway PostgreSQL server on loopback (TLS only, as the tests do), sets up an
office there, stores invented synthetic cases (the same generator as the vault-file
benchmark) through the repository layer, then measures what a caseworker waits for: search's
first page, the sorted case list's first page with its count, opening a case for editing and
saving it (with the version check), and several people saving at once.

The targets are the vault file's (search under 50 ms, the list under 100 ms median); a shared
database adds a network round trip per statement, here over loopback TLS.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from asylum_desk.domain.listing import CaseQuery, SortKey
from asylum_desk.domain.validation import validate_case
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.shared_vault import create_shared_vault
from asylum_desk.services.vault_access import unlock
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.shared import SharedLocation
from tests.benchmarks.bench_case_list_and_search import (
    make_queries,
    synthetic_case,
)
from tests.postgres_server import start_server

PASSPHRASE = "benchmark passphrase for the shared office"


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms"


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("ASYLUM_DESK_INSECURE_TEST_KDF", "1")  # sign-in speed is not measured
    server, reason = start_server()
    if server is None:
        sys.exit(f"cannot start PostgreSQL: {reason}")
    try:
        server.create_database("bench")
        location = SharedLocation(server.url("bench"), server.password)
        created = create_shared_vault(
            location,
            office_code="HQ",
            office_name="Benchmark",
            username="amara",
            passphrase=PASSPHRASE,
        )
        rng = random.Random(args.seed)
        stored: list[dict[str, object]] = []
        started = time.perf_counter()
        with created.vault as vault:
            service = CaseService(vault)
            for first in range(1, args.cases + 1, 500):
                with vault.transaction() as session:
                    repository = CaseRepository(session)
                    for index in range(first, min(first + 500, args.cases + 1)):
                        case, name = synthetic_case(rng, index)
                        validate_case(case)
                        number = service.add_in_session(repository, case, "import")
                        stored.append(
                            {"number": number, "latin": name.latin, "burmese": name.burmese}
                        )
        build = time.perf_counter() - started
        print(f"stored {args.cases:,} cases in {build:.1f} s ({args.cases / build:,.0f}/s)")
        queries = make_queries(stored, args.repeats, args.seed)
        with unlock(location, "amara", PASSPHRASE) as vault:
            service = CaseService(vault)
            service.search("warm up")
            print("search, first page (limit 50):")
            for kind, texts in queries.items():
                samples = [_timed(lambda t=t: service.search(t, 0, 50)) for t in texts]
                print(f"  {kind:<24} {_ms(samples)}")
            print("case list, first page (limit 100) with the count:")
            for sort in (SortKey.DISPLAY_NAME, SortKey.UPDATED_AT, SortKey.CROSSING_DATE):
                samples = [
                    _timed(lambda s=sort: service.list_cases(CaseQuery(sort=s, limit=100)))
                    for _ in range(args.repeats)
                ]
                print(f"  by {sort.value:<21} {_ms(samples)}")
            numbers = [str(rng.choice(stored)["number"]) for _ in range(args.repeats)]
            opened = [_timed(lambda n=n: service.get_case_for_edit(n)) for n in numbers]
            print(f"open a case for editing    {_ms(opened)}")
            saves: list[float] = []
            for number in numbers:
                editable = service.get_case_for_edit(number)
                editable.case.applicant.occupation = "benchmark edit"
                saves.append(_timed(lambda e=editable: service.update_case(e.case, e)))
            print(f"save a case (version check) {_ms(saves)}")
        writers, per_writer = 4, 25
        done: list[float] = []

        def writer() -> None:
            with unlock(location, "amara", PASSPHRASE) as mine:
                own = CaseService(mine)
                for _ in range(per_writer):
                    number = str(rng.choice(stored)["number"])
                    editable = own.get_case_for_edit(number)
                    editable.case.applicant.occupation = "concurrent edit"
                    try:
                        done.append(
                            _timed(lambda e=editable: own.update_case(e.case, e))  # type: ignore[misc]
                        )
                    except ValueError:
                        done.append(0.0)  # saved by another writer meanwhile: stopped, shown

        threads = [threading.Thread(target=writer) for _ in range(writers)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        print(
            f"{writers} people saving at once: {writers * per_writer} saves in {wall:.1f} s "
            f"({writers * per_writer / wall:.0f}/s); one save {_ms([d for d in done if d])}"
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
