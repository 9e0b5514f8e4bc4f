"""How sensitive each field of a case is: the one table every disclosure rule reads.

Paths use the interchange format's names; list items are written without an index
(``family_left_behind.name``). Anything not listed is identifying, so an unlisted new
field is withheld rather than leaked.
"""

from __future__ import annotations

from types import MappingProxyType

from asylum_desk.domain.enums import Sensitivity

P = Sensitivity.PUBLIC
S = Sensitivity.IDENTIFYING
SPLUS = Sensitivity.HIGHLY_SENSITIVE

_PERSON: dict[str, Sensitivity] = {
    "given_names": S,
    "family_name": S,
    "name_original_script": S,
    "aliases": S,
    "sex": P,
    "date_of_birth": S,
    "nationality": P,
    "ethnicity": SPLUS,
    "religion": S,
    "languages": P,
    "occupation": S,
    "service.force": P,
    "service.rank": SPLUS,
    "service.unit": SPLUS,
    "service.service_number": SPLUS,
    "place_of_origin.country": P,
    "place_of_origin.region": S,
    "place_of_origin.township": S,
    "place_of_origin.village": SPLUS,
    "contact": SPLUS,
    "anonymity.requested": P,
    "anonymity.pseudonym": P,
}

_TABLE: dict[str, Sensitivity] = {
    "case_number": P,
    "status": P,
    "registered_on": P,
    "caseworker": P,
    "vulnerabilities": SPLUS,
    **{f"applicant.{key}": value for key, value in _PERSON.items()},
    **{f"dependents.{key}": value for key, value in _PERSON.items()},
    "dependents.relationship": P,
    "family_left_behind.relationship": P,
    "family_left_behind.name": SPLUS,
    "family_left_behind.age": S,
    "family_left_behind.date_of_birth": SPLUS,
    "family_left_behind.location.country": S,
    "family_left_behind.location.region": SPLUS,
    "family_left_behind.location.exact": SPLUS,
    "family_left_behind.location.granularity": P,
    "family_left_behind.situation": S,
    "family_left_behind.last_contact": S,
    "family_left_behind.safe_to_contact": SPLUS,
    "family_left_behind.notes": SPLUS,
    "flight.reasons.category": P,
    "flight.reasons.detail": S,
    "flight.statement.text": S,
    "flight.statement.language": P,
    "flight.statement.translation": S,
    "flight.statement.interpreter": S,
    "flight.events.date": P,
    "flight.events.place": S,
    "flight.events.description": S,
    "flight.fears_on_return": S,
    "crossing.date": S,
    "crossing.crossing_point": S,
    "crossing.district": S,
    "crossing.state": P,
    "crossing.country": P,
    "crossing.route": SPLUS,
    "crossing.travelled_with": SPLUS,
    "crossing.received_by": SPLUS,
    "crossing.current_location": SPLUS,
    "documents.kind": P,
    "documents.number": SPLUS,
    "documents.held": P,
    "documents.description": S,
    "consents.recipient": P,
    "consents.disclose_identity": P,
    "consents.disclose_family": P,
    "consents.given_on": P,
    "consents.obtained_by": P,
    "consents.interpreter": P,
    "notes.text": SPLUS,
    "notes.written_on": P,
    "notes.author": P,
    "coi_refs.title": P,
    "coi_refs.publisher": P,
    "coi_refs.date": P,
    "coi_refs.url": P,
    "coi_refs.excerpt": P,
    "coi_refs.document_type": P,
    "coi_refs.accessed_on": P,
    "coi_refs.pinpoint": P,
    "coi_refs.supports": P,
    "service_record.force": P,
    "service_record.unit": SPLUS,
    "service_record.station": SPLUS,
    "service_record.rank": SPLUS,
    "service_record.service_number": SPLUS,
    "service_record.joined_on": S,
    "service_record.left_on": S,
    "service_record.duties": S,
    "service_record.protest_deployments": S,
    "service_record.orders.content": S,
    "service_record.orders.date": S,
    "service_record.orders.issuing_rank": SPLUS,
    "service_record.refusal.what": S,
    "service_record.refusal.date": S,
    "service_record.refusal.how": S,
    "service_record.refusal.witnesses": SPLUS,
    "service_record.separation": S,
    "service_record.consequences": SPLUS,
    "service_record.conduct_statement": S,
    "service_record.colleagues_who_fled": SPLUS,
    "service_record.crossing_helpers": SPLUS,
    "attachments": SPLUS,
    "closed_reason": P,
}

FIELD_SENSITIVITY = MappingProxyType(_TABLE)


def sensitivity_of(path: str) -> Sensitivity:
    """The sensitivity of a field path; list indexes (``[3]``) are ignored, unknown is S."""
    plain = ".".join(part.split("[", 1)[0] for part in path.split("."))
    return FIELD_SENSITIVITY.get(plain, S)
