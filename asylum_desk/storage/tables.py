"""ORM tables of the vault: one case aggregate spread over small, typed tables.

Value objects of the domain (a person's service details, place of origin, a family member's
location) are stored as prefixed columns with a ``has_…`` flag, so that "absent" and "present
but empty" survive a round trip.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Role,
    Sex,
    Vulnerability,
)
from asylum_desk.storage.column_types import PartialDateType, StringListType, VocabularyType

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_CASE_FK = "cases.id"
_CHILD: dict[str, Any] = {"cascade": "all, delete-orphan", "passive_deletes": True}


class Base(DeclarativeBase):
    """Declarative base with a stable constraint naming convention (for migrations)."""

    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Vault-wide settings: office code and name, schema facts, the retention period."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    """A person who may unlock the vault; the key slot lives in the key file."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[Role] = mapped_column(VocabularyType(Role))
    created_at: Mapped[str] = mapped_column(String(32))


class CaseSequence(Base):
    """The last sequence number used per office and year."""

    __tablename__ = "case_sequences"
    office: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class CaseRow(Base):
    """A case with its one-to-one sections (flight summary, statement, crossing) inline."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(24), unique=True)
    status: Mapped[CaseStatus] = mapped_column(VocabularyType(CaseStatus), index=True)
    registered_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    caseworker: Mapped[str | None] = mapped_column(String(100), index=True)
    closed_reason: Mapped[str | None] = mapped_column(Text)
    # The day the case was closed (ISO ``YYYY-MM-DD``), set and cleared with the status: the
    # retention period runs from it. Not part of the case model (a storage fact, like
    # ``updated_at``), so it is not in the interchange format.
    closed_on: Mapped[str | None] = mapped_column(String(10), index=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Denormalised for the case list: what a list shows and sorts by, without joins.
    display_name: Mapped[str] = mapped_column(String(200))
    anonymous: Mapped[bool] = mapped_column(Boolean)
    fears_on_return: Mapped[str | None] = mapped_column(Text)
    has_statement: Mapped[bool] = mapped_column(Boolean, default=False)
    statement_text: Mapped[str | None] = mapped_column(Text)
    statement_language: Mapped[str | None] = mapped_column(String(3))
    statement_translation: Mapped[str | None] = mapped_column(Text)
    statement_interpreter: Mapped[str | None] = mapped_column(String(200))
    has_crossing: Mapped[bool] = mapped_column(Boolean, default=False)
    crossing_date: Mapped[PartialDate | None] = mapped_column(PartialDateType, index=True)
    crossing_crossing_point: Mapped[str | None] = mapped_column(Text)
    crossing_district: Mapped[str | None] = mapped_column(String(200), index=True)
    crossing_state: Mapped[str | None] = mapped_column(Text)
    crossing_country: Mapped[str | None] = mapped_column(String(3))
    crossing_route: Mapped[str | None] = mapped_column(Text)
    crossing_travelled_with: Mapped[str | None] = mapped_column(Text)
    crossing_received_by: Mapped[str | None] = mapped_column(Text)
    crossing_current_location: Mapped[str | None] = mapped_column(Text)

    people: Mapped[list[PersonRow]] = relationship(order_by="PersonRow.position", **_CHILD)
    family: Mapped[list[FamilyMemberRow]] = relationship(
        order_by="FamilyMemberRow.position", **_CHILD
    )
    reasons: Mapped[list[ReasonRow]] = relationship(order_by="ReasonRow.position", **_CHILD)
    events: Mapped[list[EventRow]] = relationship(order_by="EventRow.position", **_CHILD)
    documents: Mapped[list[DocumentRow]] = relationship(order_by="DocumentRow.position", **_CHILD)
    consents: Mapped[list[ConsentRow]] = relationship(order_by="ConsentRow.position", **_CHILD)
    notes: Mapped[list[NoteRow]] = relationship(order_by="NoteRow.position", **_CHILD)
    coi_refs: Mapped[list[CoiRefRow]] = relationship(order_by="CoiRefRow.position", **_CHILD)
    service_records: Mapped[list[ServiceRecordRow]] = relationship(**_CHILD)
    orders: Mapped[list[OrderRow]] = relationship(order_by="OrderRow.position", **_CHILD)
    attachments: Mapped[list[AttachmentRow]] = relationship(
        order_by="AttachmentRow.position", **_CHILD
    )
    vulnerabilities: Mapped[list[VulnerabilityRow]] = relationship(
        order_by="VulnerabilityRow.position", **_CHILD
    )
    assignments: Mapped[list[CaseAssignment]] = relationship(**_CHILD)


Index("ix_cases_display_name_nocase", CaseRow.display_name.collate("NOCASE"))


class _CaseChild:
    """Columns every list item of a case has: its case and its place in the list."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class VulnerabilityRow(_CaseChild, Base):
    """A specific need of a case (a table, not a list in a column, so filters use an index)."""

    __tablename__ = "case_vulnerabilities"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    vulnerability: Mapped[Vulnerability] = mapped_column(VocabularyType(Vulnerability))

    __table_args__ = (Index("ix_case_vulnerabilities_kind", "vulnerability", "case_id"),)


class PersonRow(_CaseChild, Base):
    """The principal applicant (position 0) or a dependent (position 1 and up)."""

    __tablename__ = "people"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    relationship_: Mapped[str | None] = mapped_column("relationship", String(100))
    given_names: Mapped[str | None] = mapped_column(Text)
    family_name: Mapped[str | None] = mapped_column(Text)
    name_original_script: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(StringListType)
    sex: Mapped[Sex | None] = mapped_column(VocabularyType(Sex))
    date_of_birth: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    nationality: Mapped[str | None] = mapped_column(String(3))
    ethnicity: Mapped[str | None] = mapped_column(Text)
    religion: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[list[str]] = mapped_column(StringListType)
    occupation: Mapped[str | None] = mapped_column(Text)
    has_service: Mapped[bool] = mapped_column(Boolean, default=False)
    service_force: Mapped[str | None] = mapped_column(Text)
    service_rank: Mapped[str | None] = mapped_column(Text)
    service_unit: Mapped[str | None] = mapped_column(Text)
    service_service_number: Mapped[str | None] = mapped_column(Text)
    has_place_of_origin: Mapped[bool] = mapped_column(Boolean, default=False)
    place_of_origin_country: Mapped[str | None] = mapped_column(String(3))
    place_of_origin_region: Mapped[str | None] = mapped_column(Text)
    place_of_origin_township: Mapped[str | None] = mapped_column(Text)
    place_of_origin_village: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    anonymity_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymity_pseudonym: Mapped[str | None] = mapped_column(String(200))


class FamilyMemberRow(_CaseChild, Base):
    """A relative left behind."""

    __tablename__ = "family_members"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    relationship_: Mapped[str] = mapped_column("relationship", String(100))
    name: Mapped[str | None] = mapped_column(Text)
    age: Mapped[int | None] = mapped_column(Integer)
    date_of_birth: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    has_location: Mapped[bool] = mapped_column(Boolean, default=False)
    location_country: Mapped[str | None] = mapped_column(String(3))
    location_region: Mapped[str | None] = mapped_column(Text)
    location_exact: Mapped[str | None] = mapped_column(Text)
    location_granularity: Mapped[LocationGranularity | None] = mapped_column(
        VocabularyType(LocationGranularity)
    )
    situation: Mapped[FamilySituation] = mapped_column(VocabularyType(FamilySituation))
    last_contact: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    safe_to_contact: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)


class ReasonRow(_CaseChild, Base):
    """A reason for flight."""

    __tablename__ = "reasons"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    category: Mapped[ReasonCategory] = mapped_column(VocabularyType(ReasonCategory))
    detail: Mapped[str | None] = mapped_column(Text)


class EventRow(_CaseChild, Base):
    """An event of the flight timeline."""

    __tablename__ = "events"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    date: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    place: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)


class DocumentRow(_CaseChild, Base):
    """An identity or other document, held or lost."""

    __tablename__ = "documents"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(Text)
    number: Mapped[str | None] = mapped_column(Text)
    held: Mapped[bool] = mapped_column(Boolean)
    description: Mapped[str | None] = mapped_column(Text)


class ConsentRow(_CaseChild, Base):
    """Consent given for one recipient."""

    __tablename__ = "consents"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(40))
    disclose_identity: Mapped[bool] = mapped_column(Boolean)
    disclose_family: Mapped[bool] = mapped_column(Boolean)
    given_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    obtained_by: Mapped[str | None] = mapped_column(Text)
    interpreter: Mapped[str | None] = mapped_column(Text)


class NoteRow(_CaseChild, Base):
    """A caseworker's note."""

    __tablename__ = "notes"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    written_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    author: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class CoiRefRow(_CaseChild, Base):
    """A country-of-origin information citation."""

    __tablename__ = "coi_refs"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    date: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    url: Mapped[str | None] = mapped_column(Text)
    excerpt: Mapped[str | None] = mapped_column(Text)
    document_type: Mapped[str | None] = mapped_column(Text)
    accessed_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    pinpoint: Mapped[str | None] = mapped_column(Text)
    supports: Mapped[str | None] = mapped_column(Text)


class ServiceRecordRow(Base):
    """The police or military service record of the applicant (at most one per case)."""

    __tablename__ = "service_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), unique=True)
    force: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    station: Mapped[str | None] = mapped_column(Text)
    rank: Mapped[str | None] = mapped_column(Text)
    service_number: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    left_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    duties: Mapped[str | None] = mapped_column(Text)
    protest_deployments: Mapped[str | None] = mapped_column(Text)
    has_refusal: Mapped[bool] = mapped_column(Boolean, default=False)
    refusal_what: Mapped[str | None] = mapped_column(Text)
    refusal_date: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    refusal_how: Mapped[str | None] = mapped_column(Text)
    refusal_witnesses: Mapped[str | None] = mapped_column(Text)
    separation: Mapped[str | None] = mapped_column(Text)
    consequences: Mapped[str | None] = mapped_column(Text)
    conduct_statement: Mapped[str | None] = mapped_column(Text)
    colleagues_who_fled: Mapped[list[str]] = mapped_column(StringListType)
    crossing_helpers: Mapped[list[str]] = mapped_column(StringListType)


class OrderRow(_CaseChild, Base):
    """An order received by a police or military applicant."""

    __tablename__ = "service_orders"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    content: Mapped[str] = mapped_column(Text)
    date: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    issuing_rank: Mapped[str | None] = mapped_column(Text)


class AttachmentRow(_CaseChild, Base):
    """A scan or file, its bytes inside the encrypted database."""

    __tablename__ = "attachments"
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEventRow(Base):
    """One event of the hash-chained audit trail; ``hash`` covers ``prev_hash`` and the row."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Indexed for reading the trail by day, user, action or case (newest first by id).
    at: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    case_number: Mapped[str | None] = mapped_column(String(24), index=True)
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DraftRow(Base):
    """Unsaved edits of one case by one user, autosaved every few seconds (encrypted like all)."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(100))
    draft_key: Mapped[str] = mapped_column(String(64))
    case_number: Mapped[str | None] = mapped_column(String(24))
    saved_at: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("owner", "draft_key"),)


class CaseAssignment(Base):
    """A case handed to a user besides its own caseworker, in the capacity of ``role``.

    A caseworker assigned a case works on all of it; an interpreter sees only its statement
    sections. The assignment counts only while the user still has that role.
    """

    __tablename__ = "case_assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"), index=True)
    username: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(VocabularyType(Role))
    assigned_at: Mapped[str] = mapped_column(String(32))
    assigned_by: Mapped[str] = mapped_column(String(100))

    __table_args__ = (
        UniqueConstraint("case_id", "username"),
        # The case list's access filter: "the cases assigned to me in my role", by index only.
        Index("ix_case_assignments_user", "username", "role", "case_id"),
    )


class CaseExchange(Base):
    """A case as last sent to, or received from, another office: the base of the next merge.

    ``content`` is the case in the interchange format (v1 JSON of that one case), encrypted at
    rest like everything in the vault; it goes when the case is erased.
    """

    __tablename__ = "case_exchanges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"))
    office_fingerprint: Mapped[str] = mapped_column(String(64))
    office_code: Mapped[str] = mapped_column(String(8))
    direction: Mapped[str] = mapped_column(String(8))  # "sent" or "received"
    at: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("case_id", "office_fingerprint"),)


class MergeConflict(Base):
    """One field edited differently here and at another office, kept for a supervisor.

    ``ours``, ``theirs`` and ``base`` are JSON values (``null`` for "absent"); ``field`` is a
    path into the case such as ``applicant.given_names`` or ``family_left_behind[1].name``.
    Resolved conflicts stay, with who chose which side and when.
    """

    __tablename__ = "merge_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(200))
    ours: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    office_code: Mapped[str] = mapped_column(String(8))
    received_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[str | None] = mapped_column(String(8))  # "ours" or "theirs"

    __table_args__ = (Index("ix_merge_conflicts_open", "resolved_at", "case_id"),)


class PersonLink(Base):
    """A decision that a person of one case is, or is not, a person of another case.

    ``position`` 0 is a case's applicant, 1 and up its dependents (as in duplicate checks).
    ``decision`` is ``same`` (linked: the same person) or ``different`` (not a duplicate: do
    not flag this pair again). Stored once per pair, the lower case id first.
    """

    __tablename__ = "person_links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    other_case_id: Mapped[int] = mapped_column(ForeignKey(_CASE_FK, ondelete="CASCADE"))
    other_position: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (
        UniqueConstraint("case_id", "position", "other_case_id", "other_position"),
        Index("ix_person_links_other", "other_case_id"),
    )
