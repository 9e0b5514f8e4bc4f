"""Scans kept inside a case: only real PNG, JPEG and PDF files of a sensible size are taken.

Every file a caseworker adds ("Add file…" in the editor) and every attachment in an
imported case file passes ``check_attachment``: the content, not the name, decides what a
file is; images are decoded in full (an image that is not an image is refused); pictures of
more than ``MAX_IMAGE_PIXELS`` are refused before they are decoded (decompression bombs);
PDFs are opened with pypdf and refused when encrypted, unreadable, empty or too long. Each
refusal is an ``AttachmentError``: one line that names the file.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from asylum_desk.domain.messages import text
from asylum_desk.domain.model import Attachment

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
"""The largest scan kept in a case (a 600 dpi colour A4 JPEG is about 5 MB)."""

MAX_IMAGE_PIXELS = 40_000_000
"""Larger pictures are refused before they are decoded (a 40-megapixel phone photo fits)."""

MAX_PDF_PAGES = 500
"""A longer PDF is not a scan of an identity document."""

PNG, JPEG, PDF = "image/png", "image/jpeg", "application/pdf"
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"%PDF-", PDF),
)
_PILLOW_FORMAT = {PNG: "PNG", JPEG: "JPEG"}
_MAX_NAME_CHARS = 80


class AttachmentError(ValueError):
    """A file that cannot be kept as a scan; ``str()`` is one line naming the file.

    ``message`` is the whole sentence (a ``Text`` naming the file by ``display_name``).
    """

    def __init__(self, name: str, message: str) -> None:
        self.file_name = name
        self.problem = message
        super().__init__(message)


def display_name(name: str) -> str:
    """A file name on one line and of bounded length, for messages."""
    one_line = "".join(char if char.isprintable() else "?" for char in name).strip() or "(no name)"
    if len(one_line) > _MAX_NAME_CHARS:
        one_line = one_line[: _MAX_NAME_CHARS - 1] + "…"
    return one_line


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def _too_large(name: str, size: int) -> AttachmentError:
    return AttachmentError(
        name,
        text(
            "{name} is too large ({size}); scans over {limit} are refused.",
            name=display_name(name),
            size=_megabytes(size),
            limit=_megabytes(MAX_ATTACHMENT_BYTES),
        ),
    )


def read_attachment(path: Path, description: str | None = None) -> Attachment:
    """Read and check the scan at ``path`` (the file is left where it is, never changed).

    Raises ``AttachmentError`` for a file that is not a usable scan, ``OSError`` when it
    cannot be read at all.
    """
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise AttachmentError(
            name, text("{name} does not exist (any more).", name=display_name(name))
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise AttachmentError(
            name, text("{name} is a folder, not a file.", name=display_name(name))
        )
    not_ordinary = AttachmentError(
        name, text("{name} is not an ordinary file.", name=display_name(name))
    )
    if not stat.S_ISREG(info.st_mode):  # a pipe or device could block reading forever
        raise not_ordinary
    if info.st_size > MAX_ATTACHMENT_BYTES:
        raise _too_large(name, info.st_size)
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise not_ordinary
        content = handle.read(MAX_ATTACHMENT_BYTES + 1)
    media_type = check_attachment(name, content)
    return Attachment(
        file_name=name, media_type=media_type, content=content, description=description
    )


def check_attachment(name: str, content: bytes) -> str:
    """The media type of ``content`` (PNG, JPEG or PDF); ``AttachmentError`` when unusable."""
    if not content:
        raise AttachmentError(name, text("{name} is empty.", name=display_name(name)))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _too_large(name, len(content))
    media_type = sniff_media_type(content)
    if media_type is None:
        raise AttachmentError(
            name,
            text(
                "{name} is not a PNG, JPEG or PDF file (judged by its content, not its name).",
                name=display_name(name),
            ),
        )
    if media_type == PDF:
        _check_pdf(name, content)
    else:
        _check_image(name, content, media_type)
    return media_type


def sniff_media_type(content: bytes) -> str | None:
    """``image/png``, ``image/jpeg`` or ``application/pdf`` from the first bytes, else None."""
    for signature, media_type in _SIGNATURES:
        if content.startswith(signature):
            return media_type
    return None


def _check_image(name: str, content: bytes, media_type: str) -> None:
    shown = display_name(name)
    megapixels = MAX_IMAGE_PIXELS // 1_000_000
    if media_type == PNG:
        problem = text("{name} is not a readable PNG image (damaged or not an image).", name=shown)
    else:
        problem = text("{name} is not a readable JPEG image (damaged or not an image).", name=shown)
    damaged = AttachmentError(name, problem)
    bomb = AttachmentError(
        name,
        text(
            "{name} declares a picture of more than {megapixels} megapixels; "
            "it is refused (too large to open safely).",
            name=shown,
            megapixels=megapixels,
        ),
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content), formats=[_PILLOW_FORMAT[media_type]]) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise AttachmentError(
                        name,
                        text(
                            "{name} is {width}×{height} pixels; pictures over "
                            "{megapixels} megapixels are refused.",
                            name=shown,
                            width=width,
                            height=height,
                            megapixels=megapixels,
                        ),
                    )
                if width < 1 or height < 1:
                    raise damaged
                image.load()  # decode every pixel: a truncated or forged image fails here
    except AttachmentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise bomb from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds of errors on bad data
        raise damaged from None


@contextlib.contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """Silence what pypdf reports as it repairs a file (warnings, log records)."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _check_pdf(name: str, content: bytes) -> None:
    shown = display_name(name)
    unreadable = AttachmentError(
        name, text("{name} is not a readable PDF (damaged or not a PDF).", name=shown)
    )
    try:
        with _pypdf_quiet():
            reader = PdfReader(io.BytesIO(content), strict=False)
            if reader.is_encrypted:
                raise AttachmentError(
                    name,
                    text(
                        "{name} is a password-protected PDF; save it without a password first.",
                        name=shown,
                    ),
                )
            pages = len(reader.pages)
            if pages == 0:
                raise AttachmentError(name, text("{name} is a PDF without pages.", name=shown))
            if pages > MAX_PDF_PAGES:
                raise AttachmentError(
                    name,
                    text(
                        "{name} has {pages} pages; PDFs over {limit} pages are refused.",
                        name=shown,
                        pages=pages,
                        limit=MAX_PDF_PAGES,
                    ),
                )
            for page in reader.pages:
                box = page.mediabox
                if box.width <= 0 or box.height <= 0:
                    raise unreadable
    except AttachmentError:
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many kinds of errors on bad data
        raise unreadable from None
