"""The case and everything it holds, as plain dataclasses (no storage, no Qt).

Field names follow the case interchange format v1 (``docs/interchange-format.md``), so that
reading, writing and storing a case never need a translation table of names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)


@dataclass(slots=True)
class ServiceDetails:
    """Police or armed-forces service, in brief (the full record is ``ServiceRecord``)."""

    force: str | None = None
    rank: str | None = None
    unit: str | None = None
    service_number: str | None = None


@dataclass(slots=True)
class PlaceOfOrigin:
    """Where a person comes from, from country down to village."""

    country: str | None = None
    region: str | None = None
    township: str | None = None
    village: str | None = None


@dataclass(slots=True)
class Anonymity:
    """Whether the person asked not to be named, and the name used instead."""

    requested: bool = False
    pseudonym: str | None = None


@dataclass(slots=True)
class Person:
    """A principal applicant or an accompanying dependent."""

    given_names: str | None = None
    family_name: str | None = None
    name_original_script: str | None = None
    aliases: list[str] = field(default_factory=list)
    sex: Sex | None = None
    date_of_birth: PartialDate | None = None
    nationality: str | None = None
    ethnicity: str | None = None
    religion: str | None = None
    languages: list[str] = field(default_factory=list)
    occupation: str | None = None
    service: ServiceDetails | None = None
    place_of_origin: PlaceOfOrigin | None = None
    contact: str | None = None
    anonymity: Anonymity = field(default_factory=Anonymity)

    @property
    def full_name(self) -> str:
        """The real name in Latin script as written (may be empty)."""
        parts = [self.given_names or "", self.family_name or ""]
        return " ".join(part for part in parts if part).strip()

    @property
    def display_name(self) -> str:
        """The name to show in lists and on anonymous documents: the pseudonym if requested."""
        if self.anonymity.requested:
            return self.anonymity.pseudonym or "Anonymous applicant"
        return self.full_name or self.name_original_script or "(no name)"


@dataclass(slots=True)
class Dependent(Person):
    """A person who came with the applicant (spouse, child, parent...)."""

    relationship: str | None = None


@dataclass(slots=True)
class FamilyLocation:
    """Where a family member left behind is, and how precisely that may ever be disclosed."""

    country: str | None = None
    region: str | None = None
    exact: str | None = None
    granularity: LocationGranularity = LocationGranularity.COUNTRY


@dataclass(slots=True)
class FamilyMember:
    """A relative left behind, who may suffer reprisals."""

    relationship: str
    name: str | None = None
    age: int | None = None
    date_of_birth: PartialDate | None = None
    location: FamilyLocation | None = None
    situation: FamilySituation = FamilySituation.UNKNOWN
    last_contact: PartialDate | None = None
    safe_to_contact: bool = False
    notes: str | None = None


@dataclass(slots=True)
class Reason:
    """One reason for flight with the applicant's details."""

    category: ReasonCategory
    detail: str | None = None


@dataclass(slots=True)
class Statement:
    """The applicant's own account, in its language, with its translation."""

    text: str | None = None
    language: str | None = None
    translation: str | None = None
    interpreter: str | None = None


@dataclass(slots=True)
class Event:
    """One dated event of the timeline leading to flight."""

    description: str
    date: PartialDate | None = None
    place: str | None = None


@dataclass(slots=True)
class Flight:
    """Why and how the person fled."""

    reasons: list[Reason] = field(default_factory=list)
    statement: Statement | None = None
    events: list[Event] = field(default_factory=list)
    fears_on_return: str | None = None


@dataclass(slots=True)
class Crossing:
    """The border crossing and where the person is now."""

    date: PartialDate | None = None
    crossing_point: str | None = None
    district: str | None = None
    state: str | None = None
    country: str | None = None
    route: str | None = None
    travelled_with: str | None = None
    received_by: str | None = None
    current_location: str | None = None


@dataclass(slots=True)
class IdentityDocument:
    """A document the applicant holds or has lost."""

    kind: str
    number: str | None = None
    held: bool = True
    description: str | None = None


@dataclass(slots=True)
class Consent:
    """What the applicant agreed may be disclosed to one recipient."""

    recipient: str
    disclose_identity: bool = False
    disclose_family: bool = False
    given_on: PartialDate | None = None
    obtained_by: str | None = None
    interpreter: str | None = None


@dataclass(slots=True)
class Note:
    """A caseworker's note."""

    text: str
    written_on: PartialDate | None = None
    author: str | None = None


@dataclass(slots=True)
class CoiReference:
    """A country-of-origin information source cited for the claim (public sources only)."""

    title: str
    publisher: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    excerpt: str | None = None
    document_type: str | None = None
    accessed_on: PartialDate | None = None
    pinpoint: str | None = None
    supports: str | None = None


@dataclass(slots=True)
class Order:
    """An order the officer received."""

    content: str
    date: PartialDate | None = None
    issuing_rank: str | None = None


@dataclass(slots=True)
class Refusal:
    """How the officer refused an unlawful order."""

    what: str | None = None
    date: PartialDate | None = None
    how: str | None = None
    witnesses: str | None = None


@dataclass(slots=True)
class ServiceRecord:
    """The full service history of a police or military applicant."""

    force: str | None = None
    unit: str | None = None
    station: str | None = None
    rank: str | None = None
    service_number: str | None = None
    joined_on: PartialDate | None = None
    left_on: PartialDate | None = None
    duties: str | None = None
    protest_deployments: str | None = None
    orders: list[Order] = field(default_factory=list)
    refusal: Refusal | None = None
    separation: str | None = None
    consequences: str | None = None
    conduct_statement: str | None = None
    colleagues_who_fled: list[str] = field(default_factory=list)
    crossing_helpers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Attachment:
    """A scan or file stored inside the vault."""

    file_name: str
    media_type: str
    content: bytes
    description: str | None = None


@dataclass(slots=True)
class Case:
    """One application: the principal applicant, the people around them and their account."""

    applicant: Person
    case_number: str | None = None
    status: CaseStatus = CaseStatus.REGISTERED
    registered_on: PartialDate | None = None
    caseworker: str | None = None
    vulnerabilities: list[Vulnerability] = field(default_factory=list)
    dependents: list[Dependent] = field(default_factory=list)
    family_left_behind: list[FamilyMember] = field(default_factory=list)
    flight: Flight = field(default_factory=Flight)
    crossing: Crossing | None = None
    documents: list[IdentityDocument] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    coi_refs: list[CoiReference] = field(default_factory=list)
    service_record: ServiceRecord | None = None
    attachments: list[Attachment] = field(default_factory=list)
    closed_reason: str | None = None

    @property
    def display_name(self) -> str:
        """The applicant's name as lists show it (pseudonym for anonymous applicants)."""
        return self.applicant.display_name


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list: only what a list may show."""

    case_number: str
    display_name: str
    status: CaseStatus
    registered_on: PartialDate | None
    crossing_date: PartialDate | None
    crossing_district: str | None
    caseworker: str | None
    updated_at: str
    anonymous: bool
