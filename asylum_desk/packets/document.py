"""A packet as plain data: what the renderer draws, already limited to what may be disclosed.

The composer (``packets/compose.py``) builds a ``PacketDocument`` from a case that went
through the disclosure rules; the renderer (``packets/render.py``) turns it into PDF bytes.
Neither side knows the other: this module is their whole contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading inside a document (the document's own title is ``Section.title``)."""

    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text; ``language`` picks fonts and shaping (``en``, ``my``…)."""

    text: str
    language: str = "en"
    style: str = "body"  # body | quote | small | notice


@dataclass(frozen=True, slots=True)
class Fields:
    """Label and value pairs, as on a data sheet (an empty value prints as "—")."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row; ``widths`` are fractions of the text width."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class SignatureBoxes:
    """Empty boxes to sign, date or press a thumbprint in, each with its label."""

    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Picture:
    """A scanned document (PNG or JPEG bytes) with its caption."""

    data: bytes
    caption: str


Block = Heading | Paragraph | Fields | Table | SignatureBoxes | Picture


@dataclass(frozen=True, slots=True)
class Section:
    """One document of the packet; each starts on a new page and is listed in the index."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class PacketDocument:
    """Everything the renderer needs; nothing in it may name more than was cleared."""

    case_number: str
    packet_date: date
    office_name: str
    recipient_label: str
    confidentiality_line: str
    index_title: str
    sections: tuple[Section, ...]
    appended_pdfs: tuple[tuple[str, bytes], ...] = field(default=())
    language: str = "en"
