"""Write cases as a case file (interchange format v1), the same bytes for the same cases.

Every field is written, in the order of ``format``'s field tuples: null for unknown values,
``[]`` for empty lists. ``read_cases(write_cases(cases)) == cases`` for valid cases.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

from asylum_desk.domain.dates import PartialDate, format_optional
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
from asylum_desk.interchange import format as fmt

Json = dict[str, Any]


def write_cases(cases: Sequence[Case]) -> str:
    """Return the case file holding ``cases``, as text (UTF-8 when saved, newline at the end)."""
    document: Json = {
        "format": fmt.FORMAT_NAME,
        "version": fmt.FORMAT_VERSION,
        "cases": [case_to_json(case) for case in cases],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _date(value: PartialDate | None) -> str | None:
    return format_optional(value)


def case_to_json(case: Case) -> Json:
    """Return one case as the JSON object the case file holds."""
    return {
        "case_number": case.case_number,
        "status": case.status.value,
        "registered_on": _date(case.registered_on),
        "vulnerabilities": [vulnerability.value for vulnerability in case.vulnerabilities],
        "applicant": _person(case.applicant),
        "dependents": [_dependent(dependent) for dependent in case.dependents],
        "family_left_behind": [_family_member(member) for member in case.family_left_behind],
        "flight": _flight(case.flight),
        "crossing": None if case.crossing is None else _crossing(case.crossing),
        "documents": [_document(document) for document in case.documents],
        "consents": [_consent(consent) for consent in case.consents],
        "notes": [_note(note) for note in case.notes],
        "coi_refs": [_coi_ref(ref) for ref in case.coi_refs],
        "caseworker": case.caseworker,
        "service_record": (
            None if case.service_record is None else _service_record(case.service_record)
        ),
        "attachments": [_attachment(attachment) for attachment in case.attachments],
        "closed_reason": case.closed_reason,
    }


def _person(person: Person) -> Json:
    return {
        "given_names": person.given_names,
        "family_name": person.family_name,
        "name_original_script": person.name_original_script,
        "aliases": list(person.aliases),
        "sex": None if person.sex is None else person.sex.value,
        "date_of_birth": _date(person.date_of_birth),
        "nationality": person.nationality,
        "ethnicity": person.ethnicity,
        "religion": person.religion,
        "languages": list(person.languages),
        "occupation": person.occupation,
        "service": None if person.service is None else _service(person.service),
        "place_of_origin": (
            None if person.place_of_origin is None else _origin(person.place_of_origin)
        ),
        "contact": person.contact,
        "anonymity": _anonymity(person.anonymity),
    }


def _dependent(dependent: Dependent) -> Json:
    return {**_person(dependent), "relationship": dependent.relationship}


def _service(service: ServiceDetails) -> Json:
    return {
        "force": service.force,
        "rank": service.rank,
        "unit": service.unit,
        "service_number": service.service_number,
    }


def _origin(origin: PlaceOfOrigin) -> Json:
    return {
        "country": origin.country,
        "region": origin.region,
        "township": origin.township,
        "village": origin.village,
    }


def _anonymity(anonymity: Anonymity) -> Json:
    return {"requested": anonymity.requested, "pseudonym": anonymity.pseudonym}


def _family_member(member: FamilyMember) -> Json:
    return {
        "relationship": member.relationship,
        "name": member.name,
        "age": member.age,
        "location": None if member.location is None else _family_location(member.location),
        "situation": member.situation.value,
        "last_contact": _date(member.last_contact),
        "safe_to_contact": member.safe_to_contact,
        "notes": member.notes,
        "date_of_birth": _date(member.date_of_birth),
    }


def _family_location(location: FamilyLocation) -> Json:
    return {
        "country": location.country,
        "region": location.region,
        "exact": location.exact,
        "granularity": location.granularity.value,
    }


def _flight(flight: Flight) -> Json:
    return {
        "reasons": [_reason(reason) for reason in flight.reasons],
        "statement": None if flight.statement is None else _statement(flight.statement),
        "events": [_event(event) for event in flight.events],
        "fears_on_return": flight.fears_on_return,
    }


def _reason(reason: Reason) -> Json:
    return {"category": reason.category.value, "detail": reason.detail}


def _statement(statement: Statement) -> Json:
    return {
        "text": statement.text,
        "language": statement.language,
        "translation": statement.translation,
        "interpreter": statement.interpreter,
    }


def _event(event: Event) -> Json:
    return {"date": _date(event.date), "place": event.place, "description": event.description}


def _crossing(crossing: Crossing) -> Json:
    return {
        "date": _date(crossing.date),
        "crossing_point": crossing.crossing_point,
        "district": crossing.district,
        "state": crossing.state,
        "country": crossing.country,
        "route": crossing.route,
        "travelled_with": crossing.travelled_with,
        "received_by": crossing.received_by,
        "current_location": crossing.current_location,
    }


def _document(document: IdentityDocument) -> Json:
    return {
        "kind": document.kind,
        "number": document.number,
        "held": document.held,
        "description": document.description,
    }


def _consent(consent: Consent) -> Json:
    return {
        "recipient": consent.recipient,
        "disclose_identity": consent.disclose_identity,
        "disclose_family": consent.disclose_family,
        "given_on": _date(consent.given_on),
        "obtained_by": consent.obtained_by,
        "interpreter": consent.interpreter,
    }


def _note(note: Note) -> Json:
    return {"written_on": _date(note.written_on), "author": note.author, "text": note.text}


def _coi_ref(ref: CoiReference) -> Json:
    return {
        "publisher": ref.publisher,
        "title": ref.title,
        "date": _date(ref.date),
        "url": ref.url,
        "excerpt": ref.excerpt,
        "document_type": ref.document_type,
        "accessed_on": _date(ref.accessed_on),
        "pinpoint": ref.pinpoint,
        "supports": ref.supports,
    }


def _service_record(record: ServiceRecord) -> Json:
    return {
        "force": record.force,
        "unit": record.unit,
        "station": record.station,
        "rank": record.rank,
        "service_number": record.service_number,
        "joined_on": _date(record.joined_on),
        "left_on": _date(record.left_on),
        "duties": record.duties,
        "protest_deployments": record.protest_deployments,
        "orders": [_order(order) for order in record.orders],
        "refusal": None if record.refusal is None else _refusal(record.refusal),
        "separation": record.separation,
        "consequences": record.consequences,
        "conduct_statement": record.conduct_statement,
        "colleagues_who_fled": list(record.colleagues_who_fled),
        "crossing_helpers": list(record.crossing_helpers),
    }


def _order(order: Order) -> Json:
    return {"content": order.content, "date": _date(order.date), "issuing_rank": order.issuing_rank}


def _refusal(refusal: Refusal) -> Json:
    return {
        "what": refusal.what,
        "date": _date(refusal.date),
        "how": refusal.how,
        "witnesses": refusal.witnesses,
    }


def _attachment(attachment: Attachment) -> Json:
    return {
        "file_name": attachment.file_name,
        "media_type": attachment.media_type,
        "description": attachment.description,
        "content_base64": base64.b64encode(attachment.content).decode("ascii"),
    }
