"""Benchmark: search and the sorted case list over a large synthetic vault.

Run it as a script (pytest does not collect it)::

    python tests/benchmarks/bench_case_list_and_search.py            # 100,000 cases
    python tests/benchmarks/bench_case_list_and_search.py --cases 2000

It builds a real vault (``create_vault`` with the default key derivation) in a temporary
folder, fills it with invented synthetic cases through the same repository layer the import
uses, then measures in fresh child processes: unlocking, the integrity check, search and the
first page of the case list, each once with SQLCipher's ``cipher_memory_security`` OFF (the
current default) and once ON. That pragma is process-global and cannot be switched off again
once on, hence one process per setting.

Targets (issue): search's first page under 50 ms median, the sorted list's first page under
100 ms median, both at 100,000 cases.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import (
    Anonymity,
    Case,
    Consent,
    Crossing,
    Dependent,
    FamilyLocation,
    FamilyMember,
    Flight,
    IdentityDocument,
    Person,
    PlaceOfOrigin,
    Reason,
    ServiceDetails,
    Statement,
)
from asylum_desk.domain.validation import validate_case
from asylum_desk.security.kdf import INSECURE_TEST_SWITCH, insecure_test_kdf_enabled
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.storage import engine as engine_module
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.engine import integrity_problems

OFFICE = "BEN"
USERNAME = "bench"
PASSPHRASE = "benchmark passphrase, synthetic data only"
SEARCH_TARGET_MS = 50.0
LIST_TARGET_MS = 100.0

# --- synthetic names: (Latin, Myanmar script) syllables -------------------------------------
# fmt: off

BAMAR = [
    ("Aung", "အောင်"), ("Kyaw", "ကျော်"), ("Min", "မင်း"), ("Thet", "သက်"),
    ("Paing", "ပိုင်"), ("Zaw", "ဇော်"), ("Htet", "ထက်"), ("Naing", "နိုင်"),
    ("Lin", "လင်း"), ("Thu", "သူ"), ("Myat", "မြတ်"), ("Hnin", "နှင်း"),
    ("Wai", "ဝေ"), ("Su", "ဆု"), ("Hla", "လှ"), ("Win", "ဝင်း"), ("Oo", "ဦး"),
    ("Moe", "မိုး"), ("Khin", "ခင်"), ("San", "စန်း"), ("Myint", "မြင့်"),
    ("Tun", "ထွန်း"), ("Soe", "စိုး"), ("Ko", "ကို"), ("Yan", "ရန်"),
    ("Naung", "နောင်"), ("Phyo", "ဖြိုး"), ("Kaung", "ကောင်း"), ("Ye", "ရဲ"),
    ("Htoo", "ထူး"), ("Nyein", "ငြိမ်း"), ("Chan", "ချမ်း"), ("May", "မေ"),
    ("Ei", "အိ"), ("Zin", "ဇင်"), ("Mon", "မွန်"), ("Lwin", "လွင်"),
    ("Hein", "ဟိန်း"), ("Pyae", "ပြည့်"), ("Thant", "သန့်"), ("Nwe", "နွယ်"),
    ("Thi", "သီ"), ("Mya", "မြ"), ("Zeyar", "ဇေယျာ"), ("Nay", "နေ"),
    ("Sandar", "စန္ဒာ"), ("Thiha", "သီဟ"), ("Tin", "တင်"), ("Shwe", "ရွှေ"),
    ("Cho", "ချို"), ("Khaing", "ခိုင်"), ("Phyu", "ဖြူ"), ("Sein", "စိန်"),
    ("Hlaing", "လှိုင်"), ("Tint", "တင့်"),
]
CHIN = [
    ("Lian", "လျန်"), ("Thang", "သန်"), ("Mang", "မန်"), ("Pau", "ပေါ်"),
    ("Van", "ဗန်"), ("Sui", "ဆွီ"), ("Par", "ပါ"), ("Za", "ဇ"), ("Cin", "ချင်"),
    ("Hming", "မှင်"), ("Bawi", "ဘွေ"), ("Ngun", "ငွန်"), ("Tha", "သ"),
]
KACHIN = [
    ("Brang", "ဘရန်"), ("Seng", "ဆိုင်း"), ("Gam", "ဂမ်"), ("Tu", "တူး"),
    ("Ja", "ဂျာ"), ("Lu", "လု"), ("Hkawn", "ခေါန်"), ("Nang", "နန်း"),
    ("Awng", "အောင်"), ("Zau", "ဇော"),
]
KACHIN_CLANS = [("Lahpai", "လဖိုင်"), ("Maran", "မရန်"), ("Marip", "မရစ်"), ("Nhkum", "နကွမ်")]
GROUPS = [
    ("Bamar", "Buddhist", BAMAR, 0.7),
    ("Chin", "Christian", CHIN, 0.2),
    ("Kachin", "Christian", KACHIN, 0.1),
]
ORIGINS = {
    "Sagaing Region": ["Kalay", "Tamu", "Monywa", "Khampat", "Mawlaik"],
    "Chin State": ["Tedim", "Falam", "Hakha", "Matupi", "Thantlang", "Tonzang"],
    "Magway Region": ["Pakokku", "Gangaw", "Pauk"],
    "Mandalay Region": ["Chanayethazan", "Pyigyidagun", "Myingyan"],
    "Yangon Region": ["Hlaing", "Insein", "Thaketa"],
    "Kachin State": ["Myitkyina", "Bhamo", "Waingmaw"],
}
DISTRICTS = [
    ("Champhai", "Mizoram"), ("Lawngtlai", "Mizoram"), ("Siaha", "Mizoram"),
    ("Hnahthial", "Mizoram"), ("Serchhip", "Mizoram"), ("Tengnoupal", "Manipur"),
    ("Chandel", "Manipur"), ("Kamjong", "Manipur"), ("Ukhrul", "Manipur"),
]
CROSSING_POINTS = [
    "River crossing near Zokhawthar", "Footpath across the Tiau river", "Hill path at night",
    "Near the border market", "Kaladan river crossing", "Forest track", "Border bridge area",
]
CASEWORKERS = [
    f"{first} {last}"
    for first in ("Esther", "Rohan", "Mercy", "Joseph", "Ananya", "Ruth")
    for last in ("Lalnunziri", "Dasgupta", "Zothansangi", "Vanlalruata")
]
STATUS_WEIGHTS = [
    (CaseStatus.REGISTERED, 30), (CaseStatus.INTERVIEWED, 20),
    (CaseStatus.STATEMENT_DRAFTED, 15), (CaseStatus.PACKET_READY, 10),
    (CaseStatus.SUBMITTED, 10), (CaseStatus.DECIDED, 8), (CaseStatus.CLOSED, 7),
]
STATEMENT_MY = "ဆန္ဒပြသူများကို ပစ်ခတ်ရန် အမိန့်ရခဲ့ပါသည်။ ကျွန်တော် ငြင်းဆန်ခဲ့ပါသည်။"
STATEMENT_EN = "I was ordered to shoot at protesters. I refused."
# fmt: on
FIRST_DAY = date(2025, 2, 1)
DAYS = 515  # up to the end of June 2026


@dataclass(frozen=True, slots=True)
class Name:
    """A synthetic name in both scripts."""

    latin: list[str]
    burmese: list[str]
    family: tuple[str, str] | None = None


def _syllables(rng: random.Random, pool: list[tuple[str, str]], low: int, high: int) -> Name:
    picked = [rng.choice(pool) for _ in range(rng.randint(low, high))]
    return Name([latin for latin, _ in picked], [my for _, my in picked])


def _person_name(rng: random.Random) -> tuple[str, str, Name]:
    ethnicity, religion, pool, _ = rng.choices(GROUPS, weights=[g[3] for g in GROUPS])[0]
    name = _syllables(rng, pool, 2, 4)
    if ethnicity == "Kachin":
        name = Name(name.latin, name.burmese, rng.choice(KACHIN_CLANS))
    return ethnicity, religion, name


def _aliases(rng: random.Random, name: Name) -> list[str]:
    aliases: list[str] = []
    if rng.random() < 0.3:
        aliases.append(f"{rng.choice(['Ko', 'Ma', 'Maung', 'Daw', 'U'])} {name.latin[-1]}")
    if rng.random() < 0.15 and len(name.latin) >= 2:
        joined = name.latin[-1].lower()
        aliases.append(" ".join([*name.latin[:-2], name.latin[-2] + joined]))
    return aliases


def _when(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange(DAYS))


def synthetic_case(rng: random.Random, index: int) -> tuple[Case, Name]:
    """One invented case with a realistic spread of fields (no real person)."""
    ethnicity, religion, name = _person_name(rng)
    region = rng.choice(list(ORIGINS))
    crossed = _when(rng)
    district, state = rng.choice(DISTRICTS)
    anonymous = rng.random() < 0.15
    officer = rng.random() < 0.35
    sex = rng.choice([Sex.MALE, Sex.MALE, Sex.FEMALE])
    applicant = Person(
        given_names=" ".join(name.latin),
        family_name=name.family[0] if name.family else None,
        name_original_script="".join(([name.family[1]] if name.family else []) + name.burmese),
        aliases=_aliases(rng, name),
        sex=sex,
        date_of_birth=PartialDate(rng.randint(1955, 2007), rng.choice([None, rng.randint(1, 12)])),
        nationality="MMR",
        ethnicity=ethnicity,
        religion=religion,
        languages=["my"],
        occupation="Police officer" if officer else rng.choice(["Teacher", "Farmer", "Student"]),
        service=ServiceDetails("Myanmar Police Force", "Constable") if officer else None,
        place_of_origin=PlaceOfOrigin(
            "MMR",
            region,
            rng.choice(ORIGINS[region]),
            " ".join(latin for latin, _ in rng.sample(BAMAR, 2)),
        ),
        anonymity=Anonymity(True, f"Applicant {chr(65 + index % 26)}{index}")
        if anonymous
        else Anonymity(),
    )
    dependents = [
        Dependent(
            relationship=rng.choice(["spouse", "son", "daughter"]),
            given_names=" ".join((dep := _syllables(rng, BAMAR, 2, 3)).latin),
            name_original_script="".join(dep.burmese),
            date_of_birth=PartialDate(rng.randint(1980, 2024)),
        )
        for _ in range(rng.choice([0, 0, 0, 0, 1, 2, 3]))
    ]
    family = [
        FamilyMember(
            relationship=rng.choice(["mother", "father", "brother", "sister", "wife"]),
            name=" ".join(_syllables(rng, BAMAR, 2, 3).latin),
            age=rng.randint(10, 85),
            location=FamilyLocation("MMR", region, granularity=LocationGranularity.COUNTRY),
            situation=rng.choice(list(FamilySituation)),
        )
        for _ in range(rng.randint(0, 3))
    ]
    vulnerabilities = rng.sample(list(Vulnerability), rng.choice([0, 0, 0, 1, 1, 2]))
    case = Case(
        applicant=applicant,
        case_number=f"{OFFICE}-2026-{index:06d}",
        status=rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0],
        registered_on=PartialDate.from_date(crossed + timedelta(days=rng.randint(0, 30))),
        caseworker=rng.choice(CASEWORKERS),
        vulnerabilities=vulnerabilities,
        dependents=dependents,
        family_left_behind=family,
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER
                    if officer
                    else rng.choice(list(ReasonCategory))
                )
            ],
            statement=Statement(STATEMENT_MY, "my", STATEMENT_EN, "Interpreter")
            if rng.random() < 0.5
            else None,
        ),
        crossing=Crossing(
            date=PartialDate.from_date(crossed)
            if rng.random() < 0.9
            else PartialDate(crossed.year, crossed.month),
            crossing_point=rng.choice(CROSSING_POINTS),
            district=district,
            state=state,
            country="IND",
            current_location=f"Shelter, {district}",
        ),
        documents=[IdentityDocument("police ID card" if officer else "national registration card")],
        consents=[Consent("unhcr", disclose_identity=not anonymous)],
    )
    if case.status is CaseStatus.CLOSED:
        case.closed_reason = "Moved away"
    return case, name


# --- building the vault ---------------------------------------------------------------------


def build_vault(folder: Path, cases: int, batch: int, seed: int) -> list[dict[str, Any]]:
    """Create the vault and store ``cases`` synthetic cases; returns a light index of them."""
    rng = random.Random(seed)
    started = time.perf_counter()
    created = create_vault(
        folder,
        office_code=OFFICE,
        office_name="Benchmark office",
        username=USERNAME,
        passphrase=PASSPHRASE,
    )
    kdf = "TEST (insecure switch on)" if insecure_test_kdf_enabled() else "DEFAULT"
    print(f"vault created in {time.perf_counter() - started:.2f} s (key derivation: {kdf})")
    stored: list[dict[str, Any]] = []
    with created.vault as vault:
        service = CaseService(vault)
        started = time.perf_counter()
        for first in range(1, cases + 1, batch):
            with vault.transaction() as session:
                repository = CaseRepository(session)
                for index in range(first, min(first + batch, cases + 1)):
                    case, name = synthetic_case(rng, index)
                    # Generated text is NFC Unicode already: validation only, no Zawgyi pass.
                    validate_case(case)
                    number = service.add_in_session(repository, case, "import")
                    stored.append({"number": number, "latin": name.latin, "burmese": name.burmese})
            done = min(first + batch - 1, cases)
            elapsed = time.perf_counter() - started
            print(
                f"  {done:>7} cases stored, {elapsed:7.1f} s ({done / elapsed:,.0f} cases/s)",
                flush=True,
            )
        build_seconds = time.perf_counter() - started
    print(f"built {cases} cases in {build_seconds:.1f} s ({cases / build_seconds:,.0f} cases/s)")
    (folder.parent / "build.json").write_text(json.dumps({"build_seconds": build_seconds}))
    return stored


def make_queries(stored: list[dict[str, Any]], repeats: int, seed: int) -> dict[str, list[str]]:
    """Different queries per category, sampled from what was stored."""
    rng = random.Random(seed + 1)
    sample = [rng.choice(stored) for _ in range(repeats)]
    syllables = sorted({latin for latin, _ in BAMAR + CHIN + KACHIN})
    two = sorted({s[:2].lower() for s in syllables})
    three = sorted({s[:3].lower() for s in syllables if len(s) >= 3})

    def spread(pool: list[str]) -> list[str]:
        shuffled = rng.sample(pool, len(pool))
        return [shuffled[i % len(shuffled)] for i in range(repeats)]

    def fragment(entry: dict[str, Any], length: int) -> str:
        burmese: list[str] = entry["burmese"]
        start = rng.randrange(max(1, len(burmese) - length + 1))
        return "".join(burmese[start : start + length])

    return {
        "prefix, 2 letters": spread(two),
        "prefix, 3 letters": spread(three),
        "two prefixes (au ky)": [
            f"{a[:2].lower()} {b[:2].lower()}"
            for a, b in ((e["latin"][0], e["latin"][-1]) for e in sample)
        ],
        "full name": [" ".join(e["latin"]) for e in sample],
        "Burmese, 1 syllable": [fragment(e, 1) for e in sample],
        "Burmese, 2 syllables": [fragment(e, 2) for e in sample],
        "case number": [rng.choice(stored)["number"] for _ in range(repeats)],
    }


# --- measuring (in a child process per memory-security setting) ------------------------------


def enable_memory_security() -> None:
    """Wrap the engine's connection opener so every keyed connection turns the pragma on."""
    original = engine_module.open_raw_connection

    def keyed_with_memory_security(path: Path, data_key: bytes, *, create: bool = False) -> Any:
        connection = original(path, data_key, create=create)
        connection.execute("PRAGMA cipher_memory_security = ON")
        return connection

    engine_module.open_raw_connection = keyed_with_memory_security


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Run ``action`` once; milliseconds and its result."""
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


@contextmanager
def unlocked(folder: Path, check: bool = False) -> Iterator[OpenVault]:
    vault = unlock(folder, USERNAME, PASSPHRASE, check_integrity=check)
    try:
        yield vault
    finally:
        vault.close()


def measure(work: Path, memory_security: bool, repeats: int) -> dict[str, Any]:
    """Every measurement, in milliseconds, for one memory-security setting."""
    if memory_security:
        enable_memory_security()
    folder = work / "vault"
    queries: dict[str, list[str]] = json.loads((work / "queries.json").read_text("utf-8"))
    out: dict[str, Any] = {"open": {}, "search": {}, "list": {}, "hits": {}}

    def run(kind: str, name: str, actions: list[Callable[[], object]]) -> None:
        samples = []
        results = []
        for action in actions:
            ms, result = timed(action)
            samples.append(ms)
            results.append(result)
        out[kind][name] = samples
        if kind == "search":
            out["hits"][name] = [len(r) for r in results if isinstance(r, list)]

    key_file = KeyFile.read(folder / "vault.key")
    run(
        "open",
        "key derivation (Argon2id) alone",
        [lambda: key_file.unlock_user(USERNAME, PASSPHRASE) for _ in range(3)],
    )
    full, quick = [], []
    for _ in range(2):
        ms, vault = timed(lambda: unlock(folder, USERNAME, PASSPHRASE))
        full.append(ms)
        vault.close()  # type: ignore[attr-defined]
        ms, vault = timed(lambda: unlock(folder, USERNAME, PASSPHRASE, check_integrity=False))
        quick.append(ms)
        vault.close()  # type: ignore[attr-defined]
    out["open"]["unlock (with integrity check, the default)"] = full
    out["open"]["unlock (check_integrity=False)"] = quick

    with unlocked(folder) as vault:
        with vault.engine.connect() as connection:
            setting = connection.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
        out["memory_security_reported"] = str(setting)
        engine = vault.engine

        def pragma(sql: str) -> Callable[[], object]:
            def go() -> object:
                with engine.connect() as connection:
                    return connection.exec_driver_sql(sql).fetchall()

            return go

        run(
            "open",
            "integrity_problems() (both checks)",
            [lambda: integrity_problems(engine) for _ in range(2)],
        )
        run(
            "open",
            "PRAGMA cipher_integrity_check alone",
            [pragma("PRAGMA cipher_integrity_check") for _ in range(2)],
        )
        run("open", "PRAGMA quick_check alone", [pragma("PRAGMA quick_check") for _ in range(2)])

        service = CaseService(vault)
        for text in queries["prefix, 2 letters"][:5]:  # warm the OS file cache
            service.search(text, 0, 50)
        service.list_cases(CaseQuery())

        def empty() -> object:
            with vault.transaction() as session:
                return session.connection().exec_driver_sql("SELECT 1").scalar()

        run("list", "empty transaction (new keyed connection)", [empty] * repeats)
        for name, texts in queries.items():
            run("search", name, [partial(service.search, t, 0, 50) for t in texts])
        run(
            "search",
            "prefix, 2 letters, second page",
            [partial(service.search, t, 50, 50) for t in queries["prefix, 2 letters"]],
        )

        per_sort = max(5, repeats // 4)
        for key in SortKey:
            for descending in (False, True):
                query = CaseQuery(sort=key, descending=descending, limit=100)
                label = f"sort {key.value} {'desc' if descending else 'asc'}"
                run("list", label, [partial(service.list_cases, query)] * per_sort)
        filters = {
            "filter status=interviewed, sort name": CaseFilter(status=CaseStatus.INTERVIEWED),
            "filter caseworker, sort name": CaseFilter(caseworker=CASEWORKERS[0]),
            "filter district=Champhai, sort name": CaseFilter(crossing_district="Champhai"),
            "filter vulnerability=medical, sort name": CaseFilter(
                vulnerability=Vulnerability.MEDICAL
            ),
        }
        for label, case_filter in filters.items():
            query = CaseQuery(sort=SortKey.DISPLAY_NAME, filter=case_filter, limit=100)
            run("list", label, [partial(service.list_cases, query)] * per_sort)
        total = service.count()
        deep = CaseQuery(sort=SortKey.DISPLAY_NAME, offset=total // 2, limit=100)
        run("list", "page at offset total/2, sort name", [lambda: service.list_cases(deep)] * 5)
        run("list", "count() alone, no filter", [service.count] * per_sort)
        out["total"] = total
    return out


# --- reporting ------------------------------------------------------------------------------


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _verdict(samples: list[float], limit: float) -> str:
    return "pass" if median(samples) < limit else "FAIL"


def _pool(runs: list[dict[str, Any]], kind: str, name: str) -> list[float]:
    return [ms for run in runs for ms in run[kind][name]]


def report(results: dict[str, list[dict[str, Any]]], cases: int) -> list[str]:
    """The result table (OFF vs ON), with pass/fail against the targets on OFF and ON."""
    off, on = results["off"], results["on"]
    lines = []
    header = (
        f"{'measurement':<46} {'n':>4}  {'OFF med':>8} {'OFF p95':>8}  "
        f"{'ON med':>8} {'ON p95':>8} {'ON/OFF':>6}  target"
    )
    for kind, title in (
        ("open", "Opening"),
        ("search", "Search, first page (limit 50)"),
        ("list", "Case list, first page (limit 100) with total count"),
    ):
        lines += ["", title, header, "-" * len(header)]
        for name in off[0][kind]:
            a, b = _pool(off, kind, name), _pool(on, kind, name)
            target = ""
            limit = {"search": SEARCH_TARGET_MS, "list": LIST_TARGET_MS}.get(kind)
            informational = ("second page", "offset", "count()", "empty")
            if limit is not None and not any(word in name for word in informational):
                target = f"<{limit:.0f}: {_verdict(a, limit)}/{_verdict(b, limit)}"
            ratio = median(b) / median(a) if median(a) else float("nan")
            lines.append(
                f"{name:<46} {len(a):>4}  {median(a):8.1f} {p95(a):8.1f}  "
                f"{median(b):8.1f} {p95(b):8.1f} {ratio:6.2f}  {target}"
            )
            if kind == "search":
                hits = [h for run in off for h in run["hits"][name]]
                lines[-1] += f"   (hits/page median {statistics.median(hits):.0f})"
    all_search = [
        ms for name in off[0]["search"] if "second" not in name for ms in _pool(off, "search", name)
    ]
    all_list = [
        ms
        for name in off[0]["list"]
        if name.startswith(("sort", "filter"))
        for ms in _pool(off, "list", name)
    ]
    lines += [
        "",
        f"All search queries pooled (OFF): median {median(all_search):.1f} ms, "
        f"p95 {p95(all_search):.1f} ms (target median < {SEARCH_TARGET_MS:.0f} ms)",
        f"All first-page lists pooled (OFF): median {median(all_list):.1f} ms, "
        f"p95 {p95(all_list):.1f} ms (target median < {LIST_TARGET_MS:.0f} ms)",
        f"cipher_memory_security reported: OFF runs={[r['memory_security_reported'] for r in off]}"
        f", ON runs={[r['memory_security_reported'] for r in on]}; cases counted: {off[0]['total']}"
        f" (expected {cases})",
    ]
    return lines


def environment() -> list[str]:
    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    kdf = "TEST parameters (insecure switch on)" if insecure_test_kdf_enabled() else "DEFAULT"
    return [
        f"python {platform.python_version()}, SQLCipher {cipher}, SQLite {sqlite}",
        f"{platform.platform()}, {os.cpu_count()} CPUs ({cpu})",
        f"key derivation: {kdf} ({INSECURE_TEST_SWITCH}={os.environ.get(INSECURE_TEST_SWITCH)!r})",
    ]


def folder_size(folder: Path) -> int:
    return sum(item.stat().st_size for item in folder.iterdir() if item.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=50, help="queries per search category")
    parser.add_argument("--batch", type=int, default=5000, help="cases per transaction")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--rounds", type=int, default=2, help="measurement processes per setting (ABBA order)"
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep the vault here (reused if already built) instead of a temp dir",
    )
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-security", choices=["on", "off"], help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure is not None:  # child process: one setting, results to a file
        result = measure(args.measure, args.memory_security == "on", args.repeats)
        out = args.measure / f"result-{args.memory_security}-{os.getpid()}.json"
        out.write_text(json.dumps(result))
        print(out)
        return

    work = args.workdir or Path(tempfile.mkdtemp(prefix="asylum-desk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for line in environment():
            print(line)
        folder = work / "vault"
        if not folder.exists():
            stored = build_vault(folder, args.cases, args.batch, args.seed)
            queries = make_queries(stored, args.repeats, args.seed)
            (work / "queries.json").write_text(json.dumps(queries, ensure_ascii=False), "utf-8")
        else:
            print(f"reusing the vault in {folder}")
        size = folder_size(folder)
        print(
            f"vault on disk after close: {size / 2**20:.1f} MiB "
            f"({size / max(args.cases, 1):,.0f} bytes per case)"
        )
        results: dict[str, list[dict[str, Any]]] = {"off": [], "on": []}
        order = (["off", "on", "on", "off"] * args.rounds)[: 2 * args.rounds]
        for setting in order:
            load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
            print(
                f"measuring with cipher_memory_security {setting.upper()} "
                f"(load average before: {load}) ...",
                flush=True,
            )
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--measure",
                    str(work),
                    "--memory-security",
                    setting,
                    "--repeats",
                    str(args.repeats),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            path = Path(child.stdout.strip().splitlines()[-1])
            results[setting].append(json.loads(path.read_text()))
            path.unlink()
        for line in report(results, args.cases):
            print(line)
        if args.json is not None:
            args.json.write_text(json.dumps({"cases": args.cases, "size": size, **results}))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
