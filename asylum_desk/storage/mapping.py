"""Translate between a domain ``Case`` and its ORM rows (both ways, field by field).

Most list items map one to one by field name; value objects become prefixed columns.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from asylum_desk.domain.enums import LocationGranularity
from asylum_desk.domain.model import (
    Anonymity,
    Attachment,
    Case,
    CoiReference,
    Consent,
    Crossing,
    Dependent,
    Event,
    FamilyLocation,
    FamilyMember,
    Flight,
    IdentityDocument,
    Note,
    Order,
    Person,
    PlaceOfOrigin,
    Reason,
    Refusal,
    ServiceDetails,
    ServiceRecord,
    Statement,
)
from asylum_desk.storage.tables import (
    AttachmentRow,
    CaseRow,
    CoiRefRow,
    ConsentRow,
    DocumentRow,
    EventRow,
    FamilyMemberRow,
    NoteRow,
    OrderRow,
    PersonRow,
    ReasonRow,
    ServiceRecordRow,
    VulnerabilityRow,
)

T = TypeVar("T")
_PERSON_GROUPS = {"service": ServiceDetails, "place_of_origin": PlaceOfOrigin}
_PERSON_PLAIN = [f.name for f in fields(Person) if f.name not in {*_PERSON_GROUPS, "anonymity"}]


def _put_group(row: Any, prefix: str, value: Any, cls: type, *, flag: bool = True) -> None:
    if flag:
        setattr(row, f"has_{prefix}", value is not None)
    for item in fields(cls):
        setattr(row, f"{prefix}_{item.name}", None if value is None else getattr(value, item.name))


def _get_group(row: Any, prefix: str, cls: type[T], *, flag: bool = True) -> T | None:
    if flag and not getattr(row, f"has_{prefix}"):
        return None
    return cls(**{item.name: getattr(row, f"{prefix}_{item.name}") for item in fields(cls)})  # type: ignore[arg-type]


def _copy_plain(source: Any, cls: type, target: Any) -> Any:
    for item in fields(cls):
        setattr(target, item.name, getattr(source, item.name))
    return target


def _build(cls: type[T], row: Any) -> T:
    return cls(**{item.name: getattr(row, item.name) for item in fields(cls)})  # type: ignore[arg-type]


def _person_row(person: Person, position: int) -> PersonRow:
    row = PersonRow(position=position)
    for name in _PERSON_PLAIN:
        setattr(row, name, getattr(person, name))
    for prefix, cls in _PERSON_GROUPS.items():
        _put_group(row, prefix, getattr(person, prefix), cls)
    _put_group(row, "anonymity", person.anonymity, Anonymity, flag=False)
    row.relationship_ = person.relationship if isinstance(person, Dependent) else None
    return row


def _person(row: PersonRow, cls: type[Person]) -> Person:
    values: dict[str, Any] = {name: getattr(row, name) for name in _PERSON_PLAIN}
    values["aliases"] = list(row.aliases)
    values["languages"] = list(row.languages)
    for prefix, group in _PERSON_GROUPS.items():
        values[prefix] = _get_group(row, prefix, group)
    values["anonymity"] = _get_group(row, "anonymity", Anonymity, flag=False)
    if cls is Dependent:
        values["relationship"] = row.relationship_
    return cls(**values)


def _family_row(member: FamilyMember, position: int) -> FamilyMemberRow:
    row = FamilyMemberRow(position=position, relationship_=member.relationship)
    for name in ("name", "age", "date_of_birth", "situation", "last_contact", "notes"):
        setattr(row, name, getattr(member, name))
    row.safe_to_contact = member.safe_to_contact
    _put_group(row, "location", member.location, FamilyLocation)
    return row


def _family(row: FamilyMemberRow) -> FamilyMember:
    location = _get_group(row, "location", FamilyLocation)
    if location is not None and location.granularity is None:
        location.granularity = LocationGranularity.COUNTRY
    return FamilyMember(
        relationship=row.relationship_,
        name=row.name,
        age=row.age,
        date_of_birth=row.date_of_birth,
        location=location,
        situation=row.situation,
        last_contact=row.last_contact,
        safe_to_contact=row.safe_to_contact,
        notes=row.notes,
    )


def _rows(items: list[Any], cls: type, row_cls: type[Any]) -> list[Any]:
    return [_copy_plain(item, cls, row_cls(position=index)) for index, item in enumerate(items)]


def fill_row(row: CaseRow, case: Case) -> None:
    """Write every part of ``case`` into ``row``, replacing all of its list items."""
    row.status = case.status
    row.registered_on = case.registered_on
    row.caseworker = case.caseworker
    row.vulnerabilities = [
        VulnerabilityRow(position=index, vulnerability=item)
        for index, item in enumerate(case.vulnerabilities)
    ]
    row.closed_reason = case.closed_reason
    row.display_name = case.display_name
    row.anonymous = case.applicant.anonymity.requested
    row.fears_on_return = case.flight.fears_on_return
    _put_group(row, "statement", case.flight.statement, Statement)
    _put_group(row, "crossing", case.crossing, Crossing)
    row.people = [_person_row(case.applicant, 0)] + [
        _person_row(dependent, index) for index, dependent in enumerate(case.dependents, 1)
    ]
    row.family = [_family_row(member, i) for i, member in enumerate(case.family_left_behind)]
    row.reasons = _rows(case.flight.reasons, Reason, ReasonRow)
    row.events = _rows(case.flight.events, Event, EventRow)
    row.documents = _rows(case.documents, IdentityDocument, DocumentRow)
    row.consents = _rows(case.consents, Consent, ConsentRow)
    row.notes = _rows(case.notes, Note, NoteRow)
    row.coi_refs = _rows(case.coi_refs, CoiReference, CoiRefRow)
    row.attachments = _rows(case.attachments, Attachment, AttachmentRow)
    record = case.service_record
    if record is None:
        row.service_records = []
        row.orders = []
    else:
        # One record per case (unique case_id): update the stored row in place, since a new
        # row would be inserted before the old one is deleted.
        service = row.service_records[0] if row.service_records else ServiceRecordRow()
        for item in fields(ServiceRecord):
            if item.name not in {"orders", "refusal"}:
                setattr(service, item.name, getattr(record, item.name))
        _put_group(service, "refusal", record.refusal, Refusal)
        row.service_records = [service]
        row.orders = _rows(record.orders, Order, OrderRow)


def _service_record(row: CaseRow) -> ServiceRecord | None:
    if not row.service_records:
        return None
    stored = row.service_records[0]
    values: dict[str, Any] = {
        item.name: getattr(stored, item.name)
        for item in fields(ServiceRecord)
        if item.name not in {"orders", "refusal"}
    }
    values["colleagues_who_fled"] = list(stored.colleagues_who_fled)
    values["crossing_helpers"] = list(stored.crossing_helpers)
    values["refusal"] = _get_group(stored, "refusal", Refusal)
    values["orders"] = [_build(Order, order) for order in row.orders]
    return ServiceRecord(**values)


def to_case(row: CaseRow) -> Case:
    """Rebuild the domain case from its rows."""
    people = sorted(row.people, key=lambda person: person.position)
    return Case(
        case_number=row.case_number,
        status=row.status,
        registered_on=row.registered_on,
        caseworker=row.caseworker,
        vulnerabilities=[item.vulnerability for item in row.vulnerabilities],
        applicant=_person(people[0], Person),
        dependents=[_person(person, Dependent) for person in people[1:]],  # type: ignore[misc]
        family_left_behind=[_family(member) for member in row.family],
        flight=Flight(
            reasons=[_build(Reason, item) for item in row.reasons],
            statement=_get_group(row, "statement", Statement),
            events=[_build(Event, item) for item in row.events],
            fears_on_return=row.fears_on_return,
        ),
        crossing=_get_group(row, "crossing", Crossing),
        documents=[_build(IdentityDocument, item) for item in row.documents],
        consents=[_build(Consent, item) for item in row.consents],
        notes=[_build(Note, item) for item in row.notes],
        coi_refs=[_build(CoiReference, item) for item in row.coi_refs],
        service_record=_service_record(row),
        attachments=[_build(Attachment, item) for item in row.attachments],
        closed_reason=row.closed_reason,
    )
