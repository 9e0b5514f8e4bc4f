"""Scans: only real PNG, JPEG and PDF files of a sensible size, in the editor and on import."""

from __future__ import annotations

import base64
import json
import os
import random
from pathlib import Path

import pytest

from asylum_desk.cli.errors import exit_code_for, message_for
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.services import attachments
from asylum_desk.services.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentError,
    check_attachment,
    read_attachment,
)
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import import_cases
from tests import scan_samples

JUNK = random.Random(5).randbytes(500)

GOOD = [
    ("id-card.png", scan_samples.png(), "image/png"),
    ("id-card.jpg", scan_samples.jpeg(), "image/jpeg"),
    ("letter.pdf", scan_samples.pdf(pages=3), "application/pdf"),
    # The content decides, not the name.
    ("photo.pdf", scan_samples.png(), "image/png"),
    ("no extension", scan_samples.jpeg(), "image/jpeg"),
]

BAD = [
    ("empty.png", b"", "is empty"),
    ("notes.jpg", b"a text file named like a photo\n", "is not a PNG, JPEG or PDF file"),
    ("junk.png", b"\x89PNG\r\n\x1a\n" + JUNK[:300], "is not a readable PNG image"),
    ("junk.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50, "is not a readable JPEG image"),
    ("cut.jpg", scan_samples.jpeg((64, 64))[:200], "is not a readable JPEG image"),
    ("bomb.png", scan_samples.png_declaring(100_000, 100_000), "more than 40 megapixels"),
    ("huge.png", scan_samples.png_declaring(7000, 7000), "is 7000×7000 pixels"),
    ("wide.png", scan_samples.png_declaring(2**31 - 1, 1), "megapixels"),
    ("fake.pdf", b"%PDF-1.4\n%%EOF\n", "is not a readable PDF"),
    ("junk.pdf", b"%PDF-1.7\n" + JUNK[:500], "is not a readable PDF"),
    ("locked.pdf", scan_samples.pdf(password="secret"), "password-protected PDF"),
    ("blank.pdf", scan_samples.pdf(pages=0), "PDF without pages"),
    ("long.pdf", scan_samples.pdf(pages=501), "has 501 pages"),
    ("mix.gif", b"GIF89a" + b"\x00" * 20, "is not a PNG, JPEG or PDF file"),
]


def _one_line(error: BaseException) -> str:
    for line in (str(error), message_for(error)):
        assert line.strip() and "\n" not in line and "\r" not in line
    return str(error)


@pytest.mark.parametrize(("name", "content", "media_type"), GOOD)
def test_real_scans_are_accepted_and_typed_by_content(
    tmp_path: Path, name: str, content: bytes, media_type: str
) -> None:
    assert check_attachment(name, content) == media_type
    path = tmp_path / name
    path.write_bytes(content)
    attachment = read_attachment(path, "front side")
    assert (attachment.file_name, attachment.media_type) == (name, media_type)
    assert attachment.content == content
    assert attachment.description == "front side"


@pytest.mark.parametrize(("name", "content", "problem"), BAD)
def test_bad_files_are_refused_with_one_line_naming_the_file(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    with pytest.raises(AttachmentError) as caught:
        check_attachment(name, content)
    message = _one_line(caught.value)
    assert message.startswith(f"{name} ")
    assert problem in message
    assert exit_code_for(caught.value) == 2  # a ValueError: the caseworker's input
    path = tmp_path / name
    path.write_bytes(content)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(AttachmentError, match=problem):
        read_attachment(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "scan.jpg"
    with open(path, "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.write(scan_samples.jpeg())
        handle.truncate(MAX_ATTACHMENT_BYTES + 1024 * 1024)
    opened: list[object] = []
    monkeypatch.setattr(attachments, "open", lambda *a: opened.append(a), raising=False)
    with pytest.raises(AttachmentError) as caught:
        read_attachment(path)
    assert str(caught.value) == "scan.jpg is too large (21 MB); scans over 20 MB are refused."
    assert opened == []
    content = scan_samples.jpeg() + bytes(MAX_ATTACHMENT_BYTES)
    with pytest.raises(AttachmentError, match="is too large"):
        check_attachment("scan.jpg", content)


def test_a_file_that_is_just_under_the_cap_is_checked_by_content() -> None:
    padded = scan_samples.jpeg()
    padded += bytes(MAX_ATTACHMENT_BYTES - len(padded))  # after the image's end marker
    assert len(padded) == MAX_ATTACHMENT_BYTES
    assert check_attachment("padded.jpg", padded) == "image/jpeg"


def test_folders_pipes_and_missing_files_are_refused_without_blocking(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="is a folder"):
        read_attachment(tmp_path)
    with pytest.raises(AttachmentError, match="does not exist"):
        read_attachment(tmp_path / "gone.png")
    pipe = tmp_path / "scanner.png"
    os.mkfifo(pipe)  # reading a pipe nobody writes to would block forever
    with pytest.raises(AttachmentError, match="is not an ordinary file"):
        read_attachment(pipe)


def test_names_in_messages_stay_on_one_line() -> None:
    with pytest.raises(AttachmentError) as caught:
        check_attachment("evil\nname\r\t" + "x" * 300 + ".png", b"")
    message = _one_line(caught.value)
    assert len(message) < 120
    assert message.startswith("evil?name??")


def test_pillow_is_used_directly_and_listed_as_a_dependency() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert '"Pillow' in pyproject


# --- import ----------------------------------------------------------------------------------
def _case_file(*scans: tuple[str, bytes, str | None]) -> str:
    entries = [
        {
            "file_name": name,
            "media_type": media_type,
            "content_base64": base64.b64encode(content).decode(),
        }
        for name, content, media_type in scans
    ]
    case = {"applicant": {"given_names": "Test"}, "attachments": entries}
    return json.dumps({"format": "asylum-desk.cases", "version": 1, "cases": [case]})


def test_import_keeps_real_scans_and_takes_the_media_type_from_the_content(
    vault: OpenVault,
) -> None:
    data = _case_file(
        ("front.jpg", scan_samples.jpeg(), "image/jpeg"),
        ("letter", scan_samples.pdf(), None),
        ("back.jpg", scan_samples.png(), "image/jpeg"),
    )
    [number] = import_cases(vault, data)
    stored = CaseService(vault).get_case(number).attachments
    assert [a.media_type for a in stored] == ["image/jpeg", "application/pdf", "image/png"]
    assert stored[2].content == scan_samples.png()


@pytest.mark.parametrize(("name", "content", "problem"), BAD[:8])
def test_import_refuses_a_bad_scan_and_changes_nothing(
    vault: OpenVault, name: str, content: bytes, problem: str
) -> None:
    data = _case_file(("good.png", scan_samples.png(), None), (name, content, "image/png"))
    with pytest.raises(InterchangeError) as caught:
        import_cases(vault, data)
    assert caught.value.path == "cases[0].attachments[1]"
    assert problem in caught.value.problem
    assert name in caught.value.problem
    message = message_for(caught.value)
    assert message.startswith("the file was not imported, nothing was changed: cases[0]")
    assert "\n" not in message
    assert exit_code_for(caught.value) == 4
    assert CaseService(vault).count() == 0
