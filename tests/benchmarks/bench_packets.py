"""Benchmark: render single packets, and a batch of 100 packets, through the services.

Run it as a script (pytest does not collect it)::

    python tests/benchmarks/bench_packets.py                 # ~1 min
    python tests/benchmarks/bench_packets.py --repeats 30 --batch 0

Targets (issue: packets): a typical packet (about 10 pages, Burmese and English, two scans)
in under 300 ms; a batch of 100 packets in under 30 s. Uses a throwaway vault of the
invented demo cases, each given two scanned pages (one JPEG, one PNG). Two single packets
are measured:

- typical, 10 pages: demo case 7 for UNHCR (statement in Burmese with its English
  translation, declaration in English and Burmese, two scans), without a family annex,
  border crossing details or list of identity documents;
- long, 17 pages: demo case 0 for counsel (every annex), as measured before.

``--repeats`` sets the number of timed runs of each single packet (median, minimum and
maximum are printed); ``--batch`` the number of packets in the batch (0: no batch). Each
figure is also given as the process's CPU time, which other work on a shared machine
inflates far less than the wall-clock time (making a packet is single-threaded and CPU-bound).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["ASYLUM_DESK_INSECURE_TEST_KDF"] = "1"  # a throwaway vault of invented cases

from PIL import Image, ImageDraw
from pypdf import PdfReader

from asylum_desk.domain.model import Attachment, Case
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.packets import make_packet
from asylum_desk.services.vault_access import create_vault

TYPICAL_CASE = 7
LONG_CASE = 0


def scan(seed: int, kind: str) -> bytes:
    """A 1240×1754 page-like scan (150 dpi A4) with lines of "text", as JPEG or PNG."""
    image = Image.new("L", (1240, 1754), 235)
    draw = ImageDraw.Draw(image)
    for line in range(60):
        y = 120 + line * 26
        draw.rectangle((100, y, 100 + (seed * 37 + line * 53) % 900 + 140, y + 12), fill=40)
    out = io.BytesIO()
    image.save(out, format=kind, quality=80) if kind == "JPEG" else image.save(out, format=kind)
    return out.getvalue()


def with_scans(case: Case, seed: int) -> Case:
    case.attachments = [
        Attachment("scan1.jpg", "image/jpeg", scan(seed, "JPEG"), "Scan 1"),
        Attachment("scan2.png", "image/png", scan(seed + 1, "PNG"), "Scan 2"),
    ]
    return case


def typical(case: Case) -> Case:
    """The 10-page packet: no family annex, crossing details or identity-document list."""
    case.family_left_behind = []
    case.dependents = []
    case.crossing = None
    case.documents = []
    return case


def time_single(vault: OpenVault, number: str, recipient: str, repeats: int) -> str:
    """Wall-clock and CPU time of ``make_packet`` (CPU time: what a shared machine skews least)."""
    make_packet(vault, number, recipient)  # fonts, templates and the case load once
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        packet = make_packet(vault, number, recipient)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    pages = len(PdfReader(io.BytesIO(packet.pdf)).pages)
    return (
        f"{pages} pages, {recipient}: median {statistics.median(wall) * 1000:.0f} ms "
        f"(min {min(wall) * 1000:.0f}, max {max(wall) * 1000:.0f}), "
        f"CPU median {statistics.median(cpu) * 1000:.0f} ms (n={repeats}, target < 300 ms)"
    )


def main(argv: list[str] | None = None) -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=10, help="timed runs per single packet")
    parser.add_argument("--batch", type=int, default=100, help="packets in the batch (0: none)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        created = create_vault(
            Path(folder) / "vault",
            office_code="BEN",
            office_name="Benchmark office",
            username="bench",
            passphrase="benchmark passphrase",
        )
        with created.vault as vault:
            service = CaseService(vault)
            numbers = [
                service.create_case(with_scans(case, index))
                for index, case in enumerate(demo_cases())
            ]
            typical_case = typical(with_scans(demo_cases()[TYPICAL_CASE], TYPICAL_CASE))
            typical_number = service.create_case(typical_case)
            lines = [
                "typical packet: " + time_single(vault, typical_number, "unhcr", args.repeats),
                "long packet: " + time_single(vault, numbers[LONG_CASE], "counsel", args.repeats),
            ]
            if args.batch:
                started, started_cpu = time.perf_counter(), time.process_time()
                for index in range(args.batch):
                    make_packet(vault, numbers[index % len(numbers)], "counsel")
                batch = time.perf_counter() - started
                batch_cpu = time.process_time() - started_cpu
                lines.append(
                    f"batch of {args.batch} counsel packets (8 demo cases in turn): "
                    f"{batch:.1f} s, CPU {batch_cpu:.1f} s (target for 100: < 30 s)"
                )
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
