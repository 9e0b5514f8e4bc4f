"""What one recipient may receive from a case: the one rule set every packet goes through.

``disclose`` returns a copy of the case with everything the recipient may not receive removed,
plus a report for the "what will be disclosed" preview. The rules read ``FIELD_SENSITIVITY``:
S+ fields leave only with consent for this recipient, and a field missing from the table is
treated as withheld, so a new field never leaks by default.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import LocationGranularity, Sensitivity
from asylum_desk.domain.errors import DomainError
from asylum_desk.domain.messages import Text, text
from asylum_desk.domain.model import Case, Consent, Person
from asylum_desk.domain.sensitivity import FIELD_SENSITIVITY

COUNTRY_OF_ORIGIN = "country_of_origin"
"""The recipient class of the country of origin's authorities: it exists only to be refused."""

NAME_WITHHELD = "[name withheld]"
NUMBER_WITHHELD = "[number withheld]"
PLACE_WITHHELD = "[place withheld]"
WITHHELD = "[withheld]"

# Redacting identifiers and places shorter than this would mangle ordinary words.
_MIN_REDACTED_LENGTH = 4


class RefusedRecipientError(DomainError):
    """Nothing is ever produced for the authorities of the country of origin."""

    def __init__(self, recipient: str) -> None:
        super().__init__(
            text(
                "Refused: {recipient!r} is the country of origin's authorities; "
                "nothing is ever produced for them.",
                recipient=recipient,
            )
        )
        self.recipient = recipient


def is_country_of_origin(recipient: str, recipient_class: str | None = None) -> bool:
    """Whether a recipient (or its template's class) is the country of origin's authorities."""
    if recipient_class is not None and recipient_class.strip().lower() == COUNTRY_OF_ORIGIN:
        return True
    return "origin" in recipient.strip().lower()


@dataclass(frozen=True, slots=True)
class Disclosure:
    """What a packet for one recipient holds and what it leaves out (for the preview)."""

    withheld: list[str]
    included: list[str]
    identity_disclosed: bool
    family_disclosed: bool
    recipient: str = ""
    name_disclosed: bool = False


@dataclass(frozen=True, slots=True)
class DisclosedCase:
    """A case limited to what one recipient may receive, with the report of what was cut."""

    case: Case
    disclosure: Disclosure


class _Gate(Enum):
    ALWAYS = "always"  # public, or identifying but needed by every packet
    IDENTITY = "identity"  # needs identity consent for this recipient
    FAMILY = "family"  # needs family consent for this recipient
    ANONYMOUS = "anonymous"  # withheld when the person is anonymous without identity consent
    NEVER = "never"  # never leaves the vault in a packet


# Never in any packet: naming helpers exposes them; notes are internal; contact channels of
# relatives are never exported.
_NEVER = frozenset(
    {
        "notes",
        "service_record.crossing_helpers",
        "family_left_behind.notes",
        "family_left_behind.safe_to_contact",
    }
)
# S+ in the table but always kept: colleagues appear only under pseudonyms already.
_ALWAYS = frozenset({"service_record.colleagues_who_fled"})
# Identifying fields a person who asked for anonymity keeps out of packets without consent.
_ANONYMOUS_FIELDS = frozenset(
    {
        "given_names",
        "family_name",
        "name_original_script",
        "aliases",
        "date_of_birth",
        "place_of_origin.township",
    }
)
# Kept for every family member: what the adjudicator needs to see that relatives are at risk.
_FAMILY_ALWAYS = frozenset({"relationship", "situation", "last_contact", "location.granularity"})
_NAME_FIELDS = ("given_names", "family_name", "name_original_script", "aliases")
# The applicant's own shown name fields are never rewritten by the name redaction.
_NOT_REDACTED = frozenset(
    {f"applicant.{name}" for name in _NAME_FIELDS} | {"applicant.anonymity.pseudonym"}
)

_DESCRIPTIONS: dict[str, Text] = {
    "applicant.given_names": text("real name (all scripts) and aliases"),
    "applicant.family_name": text("real name (all scripts) and aliases"),
    "applicant.name_original_script": text("real name (all scripts) and aliases"),
    "applicant.aliases": text("real name (all scripts) and aliases"),
    "applicant.date_of_birth": text("date of birth"),
    "applicant.ethnicity": text("ethnicity"),
    "applicant.contact": text("contact"),
    "applicant.service.rank": text("rank"),
    "applicant.service.unit": text("unit and station"),
    "applicant.service.service_number": text("service number"),
    "applicant.place_of_origin.village": text("exact village"),
    "applicant.place_of_origin.township": text("township of origin"),
    "vulnerabilities": text("specific needs"),
    "family_left_behind.name": text("family members' names and locations"),
    "family_left_behind.location.country": text("family members' names and locations"),
    "family_left_behind.location.region": text("family members' names and locations"),
    "family_left_behind.location.exact": text("family members' names and locations"),
    "family_left_behind.age": text("family members' ages and dates of birth"),
    "family_left_behind.date_of_birth": text("family members' ages and dates of birth"),
    "family_left_behind.notes": text("notes on family members"),
    "family_left_behind.safe_to_contact": text("whether family members can be contacted"),
    "family_left_behind.last_contact": text("family members' last contact"),
    "crossing.route": text("route of the crossing"),
    "crossing.travelled_with": text("who travelled with the applicant"),
    "crossing.received_by": text("who received the applicant after the crossing"),
    "crossing.current_location": text("current address"),
    "documents.number": text("document numbers"),
    "notes": text("notes"),
    "service_record.unit": text("unit and station"),
    "service_record.station": text("unit and station"),
    "service_record.rank": text("rank"),
    "service_record.service_number": text("service number"),
    "service_record.orders.issuing_rank": text("ranks of those who gave the orders"),
    "service_record.refusal.witnesses": text("witnesses of the refusal"),
    "service_record.consequences": text("consequences known since the flight"),
    "service_record.crossing_helpers": text("people who helped the crossing"),
    "attachments": text("scanned documents and photographs"),
}


def describe(path: str) -> str:
    """A human description of a field path for the disclosure preview (a ``Text``, when known)."""
    if path in _DESCRIPTIONS:
        return _DESCRIPTIONS[path]
    if path.startswith("dependents."):
        rest = path.removeprefix("dependents.")
        if rest in _NAME_FIELDS:
            return text("dependents' names")
        return text("dependents' {what}", what=describe(f"applicant.{rest}"))
    return _words(path.removeprefix("applicant."))


def _words(path: str) -> str:
    return path.replace(".", " ").replace("_", " ")


def consent_for(case: Case, recipient: str) -> Consent | None:
    """The consent recorded for this recipient, if any (none means no consent)."""
    for consent in case.consents:
        if consent.recipient == recipient:
            return consent
    return None


@dataclass(slots=True)
class _Context:
    identity: bool
    family: bool
    anonymous: bool
    withheld: list[str] = field(default_factory=list)
    included: list[str] = field(default_factory=list)
    withheld_values: list[tuple[str, str]] = field(default_factory=list)  # (path, value)

    def gate(self, path: str) -> _Gate:
        if path in _NEVER:
            return _Gate.NEVER
        if path in _ALWAYS:
            return _Gate.ALWAYS
        if path.startswith("family_left_behind."):
            rest = path.removeprefix("family_left_behind.")
            return _Gate.ALWAYS if rest in _FAMILY_ALWAYS else _Gate.FAMILY
        sensitivity = FIELD_SENSITIVITY.get(path)
        if sensitivity is None or sensitivity is Sensitivity.HIGHLY_SENSITIVE:
            return _Gate.IDENTITY
        for prefix in ("applicant.", "dependents."):
            if path.startswith(prefix) and path.removeprefix(prefix) in _ANONYMOUS_FIELDS:
                return _Gate.ANONYMOUS
        return _Gate.ALWAYS

    def allows(self, gate: _Gate, anonymous: bool) -> bool:
        if gate is _Gate.ALWAYS:
            return True
        if gate is _Gate.IDENTITY:
            return self.identity
        if gate is _Gate.FAMILY:
            return self.family
        if gate is _Gate.ANONYMOUS:
            return self.identity or not anonymous
        return False

    def add_withheld(self, piece: str) -> None:
        if piece not in self.withheld:
            self.withheld.append(piece)

    def note(self, target: list[str], path: str) -> None:
        piece = describe(path)
        if piece not in target:
            target.append(piece)


def disclose(case: Case, recipient: str, *, recipient_class: str | None = None) -> DisclosedCase:
    """Return a new case holding only what ``recipient`` may receive, and the report.

    Raises RefusedRecipientError for the country of origin's authorities.
    """
    if is_country_of_origin(recipient, recipient_class):
        raise RefusedRecipientError(recipient)
    consent = consent_for(case, recipient)
    anonymous = case.applicant.anonymity.requested
    context = _Context(
        identity=bool(consent and consent.disclose_identity),
        family=bool(consent and consent.disclose_family),
        anonymous=anonymous,
    )
    result = copy.deepcopy(case)
    result.consents = [copy.deepcopy(consent)] if consent is not None else []
    _filter(result, "", context, anonymous)
    for dependent in result.dependents:
        _filter(dependent, "dependents.", context, anonymous or dependent.anonymity.requested)
    _limit_dates_and_places(result, context)
    _redact_texts(result, context)
    name_disclosed = bool(result.applicant.full_name or result.applicant.name_original_script)
    report = Disclosure(
        withheld=context.withheld,
        included=[item for item in context.included if item not in context.withheld],
        identity_disclosed=context.identity,
        family_disclosed=context.family,
        recipient=recipient,
        name_disclosed=name_disclosed,
    )
    return DisclosedCase(result, report)


def _filter(obj: Any, prefix: str, context: _Context, anonymous: bool) -> None:
    """Empty every field of ``obj`` (and below) that its gate does not allow."""
    for item in dataclasses.fields(obj):
        path = prefix + item.name
        value = getattr(obj, item.name)
        if path == "dependents" or value is None or value == []:
            continue  # dependents are filtered with their own anonymity
        nested = dataclasses.is_dataclass(value) or (
            isinstance(value, list) and dataclasses.is_dataclass(value[0])
        )
        if nested and path not in FIELD_SENSITIVITY and path not in _NEVER:
            for child in value if isinstance(value, list) else [value]:
                _filter(child, path + ".", context, anonymous)
            continue
        if context.allows(context.gate(path), anonymous):
            context.note(context.included, path)
            continue
        if path.endswith("date_of_birth") and not path.startswith("family_left_behind"):
            # The year of birth stays: it tells the adjudicator the age without identifying.
            setattr(obj, item.name, PartialDate(value.year))
            if value.month is not None:
                context.add_withheld(
                    text("dependents' exact date of birth (year kept)")
                    if path.startswith("dependents.")
                    else text("applicant's exact date of birth (year kept)")
                )
            continue
        for piece in _strings(value):
            context.withheld_values.append((path, piece))
        setattr(obj, item.name, _empty(item, value))
        context.note(context.withheld, path)


def _empty(item: dataclasses.Field[Any], value: object) -> object:
    if item.default is not dataclasses.MISSING:
        return item.default
    if item.default_factory is not dataclasses.MISSING:
        return item.default_factory()
    return WITHHELD if isinstance(value, str) else None


def _limit_dates_and_places(result: Case, context: _Context) -> None:
    """Family: last contact to the month, locations no finer than their granularity."""
    for member in result.family_left_behind:
        if not context.family:
            last = member.last_contact
            if last is not None and last.day is not None:
                member.last_contact = PartialDate(last.year, last.month)
                context.add_withheld(text("day of last contact with family (month kept)"))
            member.location = None
            continue
        location = member.location
        if location is None:
            continue
        if location.granularity is not LocationGranularity.EXACT and location.exact:
            context.withheld_values.append(("family_left_behind.location.exact", location.exact))
            location.exact = None
            context.note(context.withheld, "family_left_behind.location.exact")
        if location.granularity is LocationGranularity.COUNTRY and location.region:
            context.withheld_values.append(("family_left_behind.location.region", location.region))
            location.region = None
            context.note(context.withheld, "family_left_behind.location.region")


_PLACE_PATHS = frozenset(
    {
        "applicant.place_of_origin.village",
        "applicant.place_of_origin.township",
        "family_left_behind.location.region",
        "family_left_behind.location.exact",
        "crossing.current_location",
        "service_record.station",
    }
)


def _replacement(path: str) -> str | None:
    field_name = path.rsplit(".", 1)[-1]
    if field_name in _NAME_FIELDS or path == "family_left_behind.name":
        return NAME_WITHHELD
    if field_name in {"service_number", "number"}:
        return NUMBER_WITHHELD
    if path in _PLACE_PATHS or path.startswith("dependents.place_of_origin."):
        return PLACE_WITHHELD
    return None


def _redact_texts(result: Case, context: _Context) -> None:
    """Replace withheld names, numbers and places typed into the texts that remain."""
    pseudonym = result.applicant.anonymity.pseudonym or "the applicant"
    kept = {piece for path, piece in _string_leaves(result)}
    replacements: dict[str, str] = {}
    for path, piece in context.withheld_values:
        token = piece.strip()
        replacement = _replacement(path)
        if not token or replacement is None or token in kept or token in replacements:
            continue
        if replacement == NAME_WITHHELD and path.startswith("applicant."):
            replacement = pseudonym
        elif replacement != NAME_WITHHELD and len(token) < _MIN_REDACTED_LENGTH:
            continue
        replacements[token] = replacement
    if not replacements:
        return
    redactor = _Redactor(replacements)
    for path, obj, name in _string_slots(result, ""):
        if path in _NOT_REDACTED:
            continue
        value = getattr(obj, name)
        if isinstance(value, list):
            setattr(obj, name, [_redact_one(redactor, piece) for piece in value])
        elif isinstance(value, str) and not isinstance(value, Enum):
            setattr(obj, name, redactor(value))


def _redact_one(redactor: _Redactor, value: object) -> object:
    if isinstance(value, str) and not isinstance(value, Enum):
        return redactor(value)
    return value


def _is_myanmar(piece: str) -> bool:
    return any("\u1000" <= char <= "\u109f" or "\uaa60" <= char <= "\uaa7f" for char in piece)


class _Redactor:
    """One pass over a text replacing every listed name, longest first."""

    def __init__(self, replacements: dict[str, str]) -> None:
        ordered = sorted(replacements, key=len, reverse=True)
        parts = []
        self._by_group: dict[str, str] = {}
        for index, token in enumerate(ordered):
            group = f"n{index}"
            self._by_group[group] = replacements[token]
            if _is_myanmar(token):
                parts.append(f"(?P<{group}>{re.escape(token)})")
            else:  # Latin and other scripts: whole words, any case
                parts.append(f"(?P<{group}>(?i:(?<!\\w){re.escape(token)}(?!\\w)))")
        self._pattern = re.compile("|".join(parts))

    def __call__(self, piece: str) -> str:
        return self._pattern.sub(self._replace, piece)

    def _replace(self, match: re.Match[str]) -> str:
        return self._by_group[match.lastgroup or ""]


def _strings(value: object) -> Iterator[str]:
    """Every string inside a value (dataclasses and lists included; enums excluded)."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name))


def _string_slots(obj: Any, prefix: str) -> Iterator[tuple[str, Any, str]]:
    """(path, owner, attribute) of every string or list-of-strings field below ``obj``."""
    for item in dataclasses.fields(obj):
        path = prefix + item.name
        value = getattr(obj, item.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield from _string_slots(value, path + ".")
        elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            for child in value:
                yield from _string_slots(child, path + ".")
        elif isinstance(value, str | list):
            yield path, obj, item.name


def _string_leaves(case: Case) -> Iterator[tuple[str, str]]:
    for path, obj, name in _string_slots(case, ""):
        for piece in _strings(getattr(obj, name)):
            yield path, piece


def shown_name(person: Person) -> str:
    """The name a disclosed person appears under: the real name if left in, else the pseudonym."""
    real = person.full_name or person.name_original_script
    if real:
        return real
    return person.anonymity.pseudonym or "Anonymous applicant"
