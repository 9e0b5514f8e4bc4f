"""Benchmark: checking one person for possible duplicates among 100,000 cases.

Run it as a script (pytest does not collect it)::

    python tests/benchmarks/bench_duplicates.py --workdir /tmp/adbench100k   # reuse a vault
    python tests/benchmarks/bench_duplicates.py --cases 2000                 # build one

``--workdir`` takes the folder ``bench_case_list_and_search.py --workdir`` built; its vault is
COPIED to a temporary folder first (unlocking writes to the audit trail, and the original
must stay as it is). Without it, a vault of ``--cases`` synthetic cases is built the same way.

Measured, as the bench user (an administrator: every case is a candidate, the worst case):
the first check of a session (reads every person and builds the in-memory index), then
checks of stored people under other spellings (spaces moved, an honorific added, Burmese
script only) and of invented new people. Target (issue 6): one check under 200 ms.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import Person, PlaceOfOrigin
from asylum_desk.services import duplicates
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.duplicates import find_possible_duplicates
from asylum_desk.services.vault_access import unlock
from asylum_desk.storage import person_index
from tests.benchmarks.bench_case_list_and_search import (
    BAMAR,
    PASSPHRASE,
    USERNAME,
    build_vault,
    environment,
    p95,
)

TARGET_MS = 200.0


def _respelled(entry: person_index.PersonEntry, rng: random.Random) -> Person:
    """A stored person as another office might have typed them."""
    words = (entry.given_names or "").split()
    style = rng.randrange(3)
    if style == 0 and len(words) >= 2:  # two syllables run together
        at = rng.randrange(len(words) - 1)
        words[at : at + 2] = [words[at] + words[at + 1].lower()]
    elif style == 1:  # an honorific in front
        words.insert(0, rng.choice(["U", "Daw", "Ko", "Ma", "Maung"]))
    if style == 2 and entry.name_original_script:  # Burmese script only
        return Person(name_original_script=entry.name_original_script)
    origin = PlaceOfOrigin("MMR", None, entry.township) if entry.township else None
    born = entry.date_of_birth
    return Person(
        given_names=" ".join(words),
        date_of_birth=PartialDate(int(born[:4])) if born else None,
        place_of_origin=origin,
    )


def _invented(rng: random.Random) -> Person:
    picked = [rng.choice(BAMAR) for _ in range(rng.randint(2, 4))]
    return Person(
        given_names=" ".join(latin for latin, _ in picked),
        name_original_script="".join(my for _, my in picked),
        date_of_birth=PartialDate(rng.randint(1955, 2007)),
        place_of_origin=PlaceOfOrigin("MMR", None, "Kalay"),
    )


def _stats(label: str, samples: list[float]) -> str:
    verdict = "PASS" if p95(samples) < TARGET_MS else "FAIL"
    return (
        f"  {label:<44} median {statistics.median(samples):7.1f} ms   "
        f"p95 {p95(samples):7.1f} ms   max {max(samples):7.1f} ms   "
        f"(n={len(samples)}, target {TARGET_MS:.0f} ms: {verdict})"
    )


def measure(folder: Path, checks: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines: list[str] = []
    started = time.perf_counter()
    vault = unlock(folder, USERNAME, PASSPHRASE, check_integrity=False)
    lines.append(f"unlock (check_integrity=False): {(time.perf_counter() - started) * 1000:.0f} ms")
    try:
        with vault.transaction() as session:
            stored = list(person_index.people(session))
        lines.append(f"people in the vault (applicants and dependents): {len(stored):,}")
        started = time.perf_counter()
        first = find_possible_duplicates(vault, _invented(rng))
        lines.append(
            f"first check of the session (reads every person, builds the index): "
            f"{(time.perf_counter() - started) * 1000:.0f} ms ({len(first)} candidates)"
        )
        index = duplicates._INDEXES[id(vault)]
        latin, burmese = index.latin.blocks, index.burmese.blocks
        distinct = sum(len(b.keys) for b in [*latin.values(), *burmese.values()])
        largest = max(len(block.keys) for block in latin.values())
        lines.append(
            f"index: {index.keys:,} name keys, {distinct:,} distinct, "
            f"in {len(latin)} Latin and {len(burmese)} Burmese first-letter blocks "
            f"(largest Latin block: {largest:,} keys)"
        )
        kinds = {
            "stored person, other spelling": [
                _respelled(rng.choice(stored), rng) for _ in range(checks)
            ],
            "invented new person": [_invented(rng) for _ in range(checks)],
        }
        found_own = 0
        for label, people in kinds.items():
            samples: list[float] = []
            sizes: list[int] = []
            for person in people:
                started = time.perf_counter()
                found = find_possible_duplicates(vault, person)
                samples.append((time.perf_counter() - started) * 1000)
                sizes.append(len(found))
                found_own += bool(found) if label.startswith("stored") else 0
            lines.append(_stats(label, samples))
            lines.append(
                f"    candidates per check: median {statistics.median(sizes):.0f}, max {max(sizes)}"
            )
        lines.append(f"  respelled stored people found: {found_own} of {checks}")
        service = CaseService(vault)
        case = service.get_case(rng.choice(stored).case_number)
        service.update_case(case)  # saved: the index is refreshed for that one case
        started = time.perf_counter()
        find_possible_duplicates(vault, _invented(rng))
        lines.append(
            "first check after saving a case (re-reads that case's people): "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )
    finally:
        vault.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--checks", type=int, default=100, help="checks per kind")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--workdir", type=Path, help="a folder holding a built 'vault' (copied, never written)"
    )
    args = parser.parse_args()
    for line in environment():
        print(line)
    scratch = Path(tempfile.mkdtemp(prefix="asylum-desk-bench-dup-"))
    try:
        folder = scratch / "vault"
        if args.workdir is not None:
            shutil.copytree(args.workdir / "vault", folder)
            print(f"copied the vault of {args.workdir} to {scratch}")
        else:
            build_vault(folder, args.cases, args.batch, args.seed)
        for line in measure(folder, args.checks, args.seed):
            print(line, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
