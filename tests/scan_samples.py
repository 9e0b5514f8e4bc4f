"""Small real scans (PNG, JPEG, PDF) and crafted bad ones, made once per test session."""

from __future__ import annotations

import functools
import io
import struct
import zlib

from PIL import Image
from pypdf import PdfWriter


def _image(kind: str, size: tuple[int, int] = (6, 4)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 40, 90)).save(buffer, kind)
    return buffer.getvalue()


@functools.cache
def png(size: tuple[int, int] = (6, 4)) -> bytes:
    return _image("PNG", size)


@functools.cache
def jpeg(size: tuple[int, int] = (6, 4)) -> bytes:
    return _image("JPEG", size)


@functools.cache
def pdf(pages: int = 1, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=100)
    if password is not None:
        writer.encrypt(password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width``×``height`` pixels (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


@functools.cache
def valid_scans() -> tuple[tuple[str, bytes], ...]:
    """(media type, content) of a few small scans every check accepts."""
    return (
        ("image/png", png()),
        ("image/jpeg", jpeg()),
        ("application/pdf", pdf()),
    )
