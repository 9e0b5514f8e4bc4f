"""Packet profiles as data: one JSON file per recipient in ``resources/templates/``.

A new recipient or a new country's authority is added by writing ``<recipient>.<lang>.json``.
A recipient's wording in another letter language (``government.hi.json``) must have exactly
the wording keys of its English profile and the same placeholders in every text; a language
without a file for a recipient falls back to English.
The applicant's own wording (declaration, information notice) lives in
``applicant.<lang>.json``. A profile of the class ``country_of_origin`` is always refused.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asylum_desk.domain.disclosure import (
    COUNTRY_OF_ORIGIN,
    RefusedRecipientError,
    is_country_of_origin,
)
from asylum_desk.domain.errors import DomainError
from asylum_desk.domain.messages import text
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

TITLE_KEYS: tuple[str, ...] = (
    "cover_letter",
    "declaration",
    "interpreter",
    "caseworker",
    "consent",
)
"""Documents whose title a profile may word (``wording.titles``); the others keep theirs."""

_APPLICANT_PREFIX = "applicant."
_RECIPIENT_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


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
    titles: Mapping[str, str] = field(default_factory=dict)
    """Document key (``TITLE_KEYS``) → its title in this language; optional."""


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
            raise TemplateError(text("Template {file} is not a file.", file=path.name))
        with open(path, "rb") as handle:
            raw = handle.read(MAX_TEMPLATE_BYTES + 1)
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                text(
                    "Template {file} is too large (templates are at most {size} KB).",
                    file=path.name,
                    size=MAX_TEMPLATE_BYTES // 1024,
                )
            )
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        problem = text("Template {file} cannot be read: nested too deeply.", file=path.name)
        raise TemplateError(problem) from None
    except (OSError, ValueError) as error:
        problem = text(
            "Template {file} cannot be read: {reason}", file=path.name, reason=str(error)
        )
        raise TemplateError(problem) from None
    if not isinstance(data, dict):
        raise TemplateError(text("Template {file} is not a JSON object.", file=path.name))
    return data


def _text(data: dict[str, Any], key: str, file: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(
            text("Template {file}: {key!r} must be a non-empty text.", file=file, key=key)
        )
    _check_placeholders(value, key, file)
    return value


def _texts(data: dict[str, Any], key: str, file: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise TemplateError(
            text("Template {file}: {key!r} must be a non-empty list of texts.", file=file, key=key)
        )
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise TemplateError(
                text(
                    "Template {file}: {key}[{index}] must be a non-empty text.",
                    file=file,
                    key=key,
                    index=index,
                )
            )
        _check_placeholders(item, f"{key}[{index}]", file)
    return tuple(value)


def _check_placeholders(value: str, key: str, file: str) -> None:
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(value)
            if name is not None
        ]
    except ValueError as error:
        problem = text(
            "Template {file}: {key!r} has a broken placeholder ({reason}).",
            file=file,
            key=key,
            reason=str(error),
        )
        raise TemplateError(problem) from None
    # Only plain {name}: a conversion or format spec ({date!z}, {date:>999999999}) would
    # fail, or blow up, only later when a packet is made.
    for name, spec, conversion in fields:
        if spec or conversion:
            raise TemplateError(
                text(
                    "Template {file}: {key!r} may use only plain placeholders like {placeholder}.",
                    file=file,
                    key=key,
                    placeholder=_placeholder(name),
                )
            )
    names = {name for name, _, _ in fields}
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise TemplateError(
            text(
                "Template {file}: {key!r} uses unknown placeholder {placeholder}.",
                file=file,
                key=key,
                placeholder=_placeholder(unknown[0]),
            )
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


def profile_languages(recipient: str, *, folder: Path | None = None) -> list[str]:
    """The letter languages of ``recipient``'s wording: ``en`` first, then every translation."""
    if not _RECIPIENT_ID.fullmatch(recipient) or recipient == "applicant":
        return ["en"]
    found = {
        path.name[len(recipient) + 1 : -len(".json")]
        for path in _folder(folder).glob(f"{recipient}.*.json")
        if path.is_file()
    }
    others = sorted(code for code in found if code != "en" and _LANGUAGE_CODE.fullmatch(code))
    return ["en", *others]


def load_profile(recipient: str, language: str = "en", *, folder: Path | None = None) -> Profile:
    """Read the profile of ``recipient`` in ``language`` (English when there is none).

    A translated profile is checked against the English one: the same wording keys, the
    same number of paragraphs and the same placeholders in every text. The country of
    origin's authorities are refused.
    """
    if is_country_of_origin(recipient):
        raise RefusedRecipientError(recipient)
    if not _LANGUAGE_CODE.fullmatch(language):
        raise TemplateError(
            text("{language!r} is not a language code (such as en or hi).", language=language)
        )
    base = _folder(folder)
    path = base / f"{recipient}.{language}.json"
    if not path.is_file():
        path = base / f"{recipient}.en.json"
    if not _RECIPIENT_ID.fullmatch(recipient) or recipient == "applicant" or not path.is_file():
        known = ", ".join(available_recipients(folder)) or text("none")
        raise TemplateError(
            text(
                "Unknown recipient {recipient!r} (known: {known}).",
                recipient=recipient,
                known=known,
            )
        )
    data = _read(path)
    if path.name == f"{recipient}.en.json":
        return _profile(recipient, data, path.name)
    english = load_profile(recipient, folder=folder)
    english_data = _read(base / english.source)
    _same_keys(data.get("wording"), english_data["wording"], "", path.name, english.source)
    profile = _profile(recipient, data, path.name)
    _check_translation(data, english_data, english, path.name)
    if profile.language != language:
        raise TemplateError(
            text(
                "Template {file}: 'language' must be {language!r}.",
                file=path.name,
                language=language,
            )
        )
    return profile


def _profile(recipient: str, data: dict[str, Any], file: str) -> Profile:
    recipient_class = _text(data, "class", file)
    if is_country_of_origin(recipient, recipient_class):
        raise RefusedRecipientError(recipient)
    if data.get("recipient") != recipient:
        raise TemplateError(
            text(
                "Template {file}: 'recipient' must be {recipient!r}.",
                file=file,
                recipient=recipient,
            )
        )
    needs = data.get("procedure_needs", [])
    if not isinstance(needs, list) or any(need not in KNOWN_NEEDS for need in needs):
        raise TemplateError(
            text(
                "Template {file}: 'procedure_needs' must list only {needs}.",
                file=file,
                needs=", ".join(KNOWN_NEEDS),
            )
        )
    wording = data.get("wording")
    if not isinstance(wording, dict):
        raise TemplateError(text("Template {file}: 'wording' must be an object.", file=file))
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
            titles=_titles(wording, file),
        ),
        source=file,
    )


def _titles(wording: dict[str, Any], file: str) -> dict[str, str]:
    value = wording.get("titles", {})
    if not isinstance(value, dict) or any(key not in TITLE_KEYS for key in value):
        raise TemplateError(
            text(
                "Template {file}: 'titles' must be an object with only {keys}.",
                file=file,
                keys=", ".join(TITLE_KEYS),
            )
        )
    return {key: _text(value, key, file) for key in value}


def _placeholder_names(value: object) -> list[frozenset[str]]:
    """The placeholders of a (checked) text, or of each text of a list."""
    texts = value if isinstance(value, list) else [value]
    return [
        frozenset(name for _, name, _, _ in string.Formatter().parse(str(item)) if name)
        for item in texts
    ]


def _check_translation(
    data: dict[str, Any], english_data: dict[str, Any], english: Profile, file: str
) -> None:
    """Refuse a translation whose keys or placeholders differ from its English profile's."""
    for key in ("class", "procedure_needs"):
        if data.get(key) != english_data.get(key):
            raise TemplateError(
                text(
                    "Template {file}: {key!r} must be as in {source}.",
                    file=file,
                    key=key,
                    source=english.source,
                )
            )
    for key in ("label", "addressee", "title"):
        if _placeholder_names(data[key]) != _placeholder_names(english_data[key]):
            raise TemplateError(
                text(
                    "Template {file}: {key!r} must have the placeholders of {source}.",
                    file=file,
                    key=key,
                    source=english.source,
                )
            )
    wording, english_wording = data["wording"], english_data["wording"]
    _same_texts(wording, english_wording, "", file, english.source)
    titles, english_titles = wording.get("titles", {}), english_wording.get("titles", {})
    _same_texts(titles, english_titles, "titles.", file, english.source)


def _same_keys(texts: object, english: object, prefix: str, file: str, source: str) -> None:
    """Refuse a translation that lacks a key of the English wording or adds one."""
    if not isinstance(texts, dict) or not isinstance(english, dict):
        return  # not an object: reading the profile says so
    keys = {key for key in texts if not key.startswith("_")}
    english_keys = {key for key in english if not key.startswith("_")}
    missing, extra = sorted(english_keys - keys), sorted(keys - english_keys)
    if missing:
        raise TemplateError(
            text(
                "Template {file}: {key!r} is missing (it is in {source}).",
                file=file,
                key=prefix + missing[0],
                source=source,
            )
        )
    if extra:
        raise TemplateError(
            text(
                "Template {file}: {key!r} is not in {source}.",
                file=file,
                key=prefix + extra[0],
                source=source,
            )
        )
    if not prefix:
        _same_keys(texts.get("titles", {}), english.get("titles", {}), "titles.", file, source)


def _same_texts(
    texts: dict[str, Any], english: dict[str, Any], prefix: str, file: str, source: str
) -> None:
    """Refuse a translated text whose paragraphs or placeholders differ from the English."""
    for key in sorted(key for key in texts if not key.startswith("_")):
        if isinstance(english[key], dict):
            continue
        ours, theirs = _placeholder_names(texts[key]), _placeholder_names(english[key])
        if len(ours) != len(theirs):
            raise TemplateError(
                text(
                    "Template {file}: {key!r} must have {count} paragraphs, as in {source}.",
                    file=file,
                    key=prefix + key,
                    count=len(theirs),
                    source=source,
                )
            )
        for index, (names, expected) in enumerate(zip(ours, theirs, strict=True)):
            if names != expected:
                where = prefix + (f"{key}[{index}]" if isinstance(english[key], list) else key)
                wanted = ", ".join(_placeholder(name) for name in sorted(expected)) or text("none")
                raise TemplateError(
                    text(
                        "Template {file}: {key!r} must use the placeholders of "
                        "{source} ({wanted}).",
                        file=file,
                        key=where,
                        source=source,
                        wanted=wanted,
                    )
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
        raise TemplateError(
            text(
                "There is no applicant wording in {language!r} ({file}).",
                language=language,
                file=path.name,
            )
        )
    data = _read(path)
    file = path.name
    notice = data.get("information_notice")
    if not isinstance(notice, dict):
        raise TemplateError(
            text("Template {file}: 'information_notice' must be an object.", file=file)
        )
    return ApplicantWording(
        language=_text(data, "language", file),
        language_name=_text(data, "language_name", file),
        declaration=_texts(data, "declaration", file),
        notice_title=_text(notice, "title", file),
        notice_paragraphs=_texts(notice, "paragraphs", file),
    )
