"""The applicant information notice, as the app and the command line make it.

The notice names no case and no person, so it needs no vault and leaves no audit event. The
PDF is made in memory; the caller saves or prints the bytes.
"""

from __future__ import annotations

from pathlib import Path

from asylum_desk.domain.messages import text
from asylum_desk.packets.notice import compose_information_notice, render_notice
from asylum_desk.security.atomic_write import write_file_atomic


def make_information_notice(language: str, office_name: str) -> bytes:
    """The notice in ``language`` (and in English after it, unless it is English) as PDF bytes.

    Raises ``TemplateError`` for a language the notice is not worded in.
    """
    return render_notice(compose_information_notice(language, office_name))


def notice_file_name(language: str) -> str:
    """A neutral file name, the same for every applicant: ``information-notice-my.pdf``."""
    code = "".join(char for char in language if char.isascii() and char.isalpha()).lower()
    return f"information-notice-{code or 'en'}.pdf"


def save_notice(path: Path, pdf: bytes) -> None:
    """Write the notice to ``path`` whole or not at all (it holds no personal data)."""
    if not path.parent.is_dir():
        raise ValueError(
            text(
                "Cannot save to {path}: the folder {folder} does not exist.",
                path=path,
                folder=path.parent,
            )
        )
    write_file_atomic(path, pdf, mode=0o644)
