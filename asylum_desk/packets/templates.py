"""Packet profiles as data: one JSON file per recipient in ``resources/templates/``.

A new recipient or a new country's authority is added by writing ``<recipient>.<lang>.json``.
The applicant's own wording (declaration, information notice) lives in
``applicant.<lang>.json``. A profile of the class ``country_of_origin`` is always refused.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_desk.domain.disclosure import (
    COUNTRY_OF_ORIGIN,
    RefusedRecipientError,
    is_country_of_origin,
)
from asylum_desk.domain.errors import DomainError
from asylum_desk.resources import resource_path

KNOWN_NEEDS: tuple[str, ...] = (
    "name_original_script",
    "statement",
    "statement_translation",
    "interpreter",
    "consent",
    "date_of_arrival",
    "place_of_origin",
    "current_location",
    "coi",
)
"""What a procedure may declare it needs (``completeness_problems`` checks each)."""

PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "case_number",
        "office_name",
        "display_name",
        "date",
        "arrival_date",
        "caseworker",
        "title",
        "recipient_label",
        "addressee",
        "interpreter",
        "language",
    }
)
"""The ``{placeholders}`` a template's wording may use."""

MAX_TEMPLATE_BYTES = 1024 * 1024
"""A template is a few kilobytes of wording; anything larger is refused unread."""

_APPLICANT_PREFIX = "applicant."
_RECIPIENT_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


class TemplateError(DomainError):
    """A template is missing or malformed (the message names the file and the key)."""


@dataclass(frozen=True, slots=True)
class Wording:
    """A profile's texts; paragraphs may hold ``{placeholders}``."""

    cover_letter: tuple[str, ...]
    confidentiality_notice: str
    confidentiality_line: str
    index_title: str
    declaration: tuple[str, ...]
    interpreter_certificate: tuple[str, ...]
    caseworker_certificate: tuple[str, ...]
    consent_record_intro: str
    missing_documents_intro: str


@dataclass(frozen=True, slots=True)
class Profile:
    """What one recipient's packet holds, how it is addressed and worded."""

    recipient: str
    recipient_class: str
    label: str
    addressee: str
    title: str
    procedure_needs: tuple[str, ...]
    language: str
    wording: Wording
    source: str


@dataclass(frozen=True, slots=True)
class ApplicantWording:
    """The texts addressed to the applicant in one language."""

    language: str
    language_name: str
    declaration: tuple[str, ...]
    notice_title: str
    notice_paragraphs: tuple[str, ...]


def _folder(folder: Path | None) -> Path:
    return folder if folder is not None else resource_path("templates")


def _read(path: Path) -> dict[str, Any]:
    try:
        if not path.is_file():  # a folder, or a pipe that would block reading forever
            raise TemplateError(f"Template {path.name} is not a file.")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_TEMPLATE_BYTES + 1)
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                f"Template {path.name} is too large (templates are at most "
                f"{MAX_TEMPLATE_BYTES // 1024} KB)."
            )
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise TemplateError(f"Template {path.name} cannot be read: nested too deeply.") from None
    except (OSError, ValueError) as error:
        raise TemplateError(f"Template {path.name} cannot be read: {error}") from None
    if not isinstance(data, dict):
        raise TemplateError(f"Template {path.name} is not a JSON object.")
    return data


def _text(data: dict[str, Any], key: str, file: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(f"Template {file}: {key!r} must be a non-empty text.")
    _check_placeholders(value, key, file)
    return value


def _texts(data: dict[str, Any], key: str, file: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise TemplateError(f"Template {file}: {key!r} must be a non-empty list of texts.")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise TemplateError(f"Template {file}: {key}[{index}] must be a non-empty text.")
        _check_placeholders(item, f"{key}[{index}]", file)
    return tuple(value)


def _check_placeholders(text: str, key: str, file: str) -> None:
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError as error:
        raise TemplateError(
            f"Template {file}: {key!r} has a broken placeholder ({error})."
        ) from None
    # Only plain {name}: a conversion or format spec ({date!z}, {date:>999999999}) would
    # fail, or blow up, only later when a packet is made.
    for name, spec, conversion in fields:
        if spec or conversion:
            raise TemplateError(
                f"Template {file}: {key!r} may use only plain placeholders like "
                f"{_placeholder(name)}."
            )
    names = {name for name, _, _ in fields}
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise TemplateError(
            f"Template {file}: {key!r} uses unknown placeholder {_placeholder(unknown[0])}."
        )


def _placeholder(name: str) -> str:
    """``{name}`` on one line and of bounded length, for a message."""
    shown = " ".join(name.split())
    return "{" + (shown if len(shown) <= 40 else shown[:39] + "…") + "}"


def _profile_files(folder: Path) -> dict[str, Path]:
    """Recipient id → file, for the profiles in ``folder`` (any language)."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith(_APPLICANT_PREFIX) or not path.is_file():
            continue
        found.setdefault(path.name.split(".", 1)[0], path)
    return found


def available_recipients(folder: Path | None = None) -> list[str]:
    """The recipients a packet can be made for (country-of-origin profiles never listed)."""
    recipients = []
    for recipient, path in _profile_files(_folder(folder)).items():
        if str(_read(path).get("class", "")).strip().lower() != COUNTRY_OF_ORIGIN:
            recipients.append(recipient)
    return recipients


def load_profile(recipient: str, language: str = "en", *, folder: Path | None = None) -> Profile:
    """Read the profile of ``recipient``; refuse the country of origin's authorities."""
    if is_country_of_origin(recipient):
        raise RefusedRecipientError(recipient)
    base = _folder(folder)
    path = base / f"{recipient}.{language}.json"
    if not path.is_file():
        path = base / f"{recipient}.en.json"
    if not _RECIPIENT_ID.fullmatch(recipient) or recipient == "applicant" or not path.is_file():
        known = ", ".join(available_recipients(folder)) or "none"
        raise TemplateError(f"Unknown recipient {recipient!r} (known: {known}).")
    data = _read(path)
    file = path.name
    recipient_class = _text(data, "class", file)
    if is_country_of_origin(recipient, recipient_class):
        raise RefusedRecipientError(recipient)
    if data.get("recipient") != recipient:
        raise TemplateError(f"Template {file}: 'recipient' must be {recipient!r}.")
    needs = data.get("procedure_needs", [])
    if not isinstance(needs, list) or any(need not in KNOWN_NEEDS for need in needs):
        raise TemplateError(
            f"Template {file}: 'procedure_needs' must list only {', '.join(KNOWN_NEEDS)}."
        )
    wording = data.get("wording")
    if not isinstance(wording, dict):
        raise TemplateError(f"Template {file}: 'wording' must be an object.")
    return Profile(
        recipient=recipient,
        recipient_class=recipient_class,
        label=_text(data, "label", file),
        addressee=_text(data, "addressee", file),
        title=_text(data, "title", file),
        procedure_needs=tuple(needs),
        language=_text(data, "language", file),
        wording=Wording(
            cover_letter=_texts(wording, "cover_letter", file),
            confidentiality_notice=_text(wording, "confidentiality_notice", file),
            confidentiality_line=_text(wording, "confidentiality_line", file),
            index_title=_text(wording, "index_title", file),
            declaration=_texts(wording, "declaration", file),
            interpreter_certificate=_texts(wording, "interpreter_certificate", file),
            caseworker_certificate=_texts(wording, "caseworker_certificate", file),
            consent_record_intro=_text(wording, "consent_record_intro", file),
            missing_documents_intro=_text(wording, "missing_documents_intro", file),
        ),
        source=file,
    )


def applicant_languages(folder: Path | None = None) -> list[str]:
    """Languages the applicant's declaration and notice are written in (``en`` first)."""
    prefix = _APPLICANT_PREFIX
    found = {
        path.name[len(prefix) : -len(".json")] for path in _folder(folder).glob(f"{prefix}*.json")
    }
    return sorted(found, key=lambda code: (code != "en", code))


def load_applicant_wording(language: str, *, folder: Path | None = None) -> ApplicantWording:
    """The declaration and information notice addressed to the applicant in ``language``."""
    path = _folder(folder) / f"{_APPLICANT_PREFIX}{language}.json"
    if not path.is_file():
        raise TemplateError(f"There is no applicant wording in {language!r} ({path.name}).")
    data = _read(path)
    file = path.name
    notice = data.get("information_notice")
    if not isinstance(notice, dict):
        raise TemplateError(f"Template {file}: 'information_notice' must be an object.")
    return ApplicantWording(
        language=_text(data, "language", file),
        language_name=_text(data, "language_name", file),
        declaration=_texts(data, "declaration", file),
        notice_title=_text(notice, "title", file),
        notice_paragraphs=_texts(notice, "paragraphs", file),
    )
