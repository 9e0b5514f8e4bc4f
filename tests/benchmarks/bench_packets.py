"""Benchmark: render a typical packet, and a batch of 100 packets, through the services.

Run it as a script (pytest does not collect it)::

    python tests/benchmarks/bench_packets.py

Targets (issue: packets): a typical packet (about 10 pages, Burmese and English, two scans)
in under 300 ms; a batch of 100 packets in under 30 s. Uses a throwaway vault of the
invented demo cases, each given two scanned pages (one JPEG, one PNG).
"""

from __future__ import annotations

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

from asylum_desk.domain.model import Attachment
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.packets import make_packet
from asylum_desk.services.vault_access import create_vault


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


def main() -> None:
    """Measure and print the figures."""
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
            numbers = []
            for index, case in enumerate(demo_cases()):
                case.attachments = [
                    Attachment("scan1.jpg", "image/jpeg", scan(index, "JPEG"), "Scan 1"),
                    Attachment("scan2.png", "image/png", scan(index + 1, "PNG"), "Scan 2"),
                ]
                numbers.append(service.create_case(case))
            make_packet(vault, numbers[0], "counsel")  # fonts and templates load once
            single = []
            for _ in range(10):
                started = time.perf_counter()
                packet = make_packet(vault, numbers[0], "counsel")
                single.append(time.perf_counter() - started)
            pages = len(PdfReader(io.BytesIO(packet.pdf)).pages)
            started = time.perf_counter()
            for index in range(100):
                make_packet(vault, numbers[index % len(numbers)], "counsel")
            batch = time.perf_counter() - started
    print(f"python {sys.version.split()[0]}")
    print(
        f"typical packet ({pages} pages, Burmese and English, two scans): median "
        f"{statistics.median(single) * 1000:.0f} ms, max {max(single) * 1000:.0f} ms "
        "(target < 300 ms)"
    )
    print(f"batch of 100 packets: {batch:.1f} s (target < 30 s)")


if __name__ == "__main__":
    main()
