"""A person's name for a field of a case (a path in the interchange format), translatable.

The merge view and the "changed elsewhere" dialog name fields this way:
``family_left_behind[1].name`` → "Family left behind 2 › Name". Each word is a ``Text`` and
the whole label is built from ``Text`` templates, so the interface shows it in its own
language (``ui/workers.py`` ``translated``).
"""

from __future__ import annotations

from asylum_desk.domain.messages import Text, text
from asylum_desk.domain.three_way import path_steps

_LABELS: dict[str, Text] = {
    "accessed_on": text("Accessed on"),
    "age": text("Age"),
    "aliases": text("Aliases"),
    "anonymity": text("Anonymity"),
    "applicant": text("Applicant"),
    "attachments": text("Attachments"),
    "author": text("Author"),
    "case_number": text("Case number"),
    "caseworker": text("Caseworker"),
    "category": text("Category"),
    "closed_reason": text("Closed reason"),
    "coi_refs": text("COI reference"),
    "colleagues_who_fled": text("Colleagues who fled"),
    "conduct_statement": text("Conduct statement"),
    "consents": text("Consents"),
    "consequences": text("Consequences"),
    "contact": text("Contact"),
    "content": text("Content"),
    "content_base64": text("Scan"),
    "content_sha256": text("Content sha256"),
    "country": text("Country"),
    "crossing": text("Crossing"),
    "crossing_helpers": text("Crossing helpers"),
    "crossing_point": text("Crossing point"),
    "current_location": text("Current location"),
    "date": text("Date"),
    "date_of_birth": text("Date of birth"),
    "dependents": text("Dependents"),
    "description": text("Description"),
    "detail": text("Detail"),
    "disclose_family": text("Disclose family"),
    "disclose_identity": text("Disclose identity"),
    "district": text("District"),
    "document_type": text("Document type"),
    "documents": text("Documents"),
    "duties": text("Duties"),
    "ethnicity": text("Ethnicity"),
    "events": text("Events"),
    "exact": text("Exact"),
    "excerpt": text("Excerpt"),
    "family_left_behind": text("Family left behind"),
    "family_name": text("Family name"),
    "fears_on_return": text("Fears on return"),
    "file_name": text("File name"),
    "flight": text("Flight"),
    "force": text("Force"),
    "given_names": text("Given names"),
    "given_on": text("Given on"),
    "granularity": text("Granularity"),
    "held": text("Held"),
    "how": text("How"),
    "interpreter": text("Interpreter"),
    "issuing_rank": text("Issuing rank"),
    "joined_on": text("Joined on"),
    "kind": text("Kind"),
    "language": text("Language"),
    "languages": text("Languages"),
    "last_contact": text("Last contact"),
    "left_on": text("Left on"),
    "location": text("Location"),
    "media_type": text("Media type"),
    "name": text("Name"),
    "name_original_script": text("Name in original script"),
    "nationality": text("Nationality"),
    "notes": text("Notes"),
    "number": text("Number"),
    "obtained_by": text("Obtained by"),
    "occupation": text("Occupation"),
    "orders": text("Orders"),
    "pinpoint": text("Pinpoint"),
    "place": text("Place"),
    "place_of_origin": text("Place of origin"),
    "protest_deployments": text("Protest deployments"),
    "pseudonym": text("Pseudonym"),
    "publisher": text("Publisher"),
    "rank": text("Rank"),
    "reasons": text("Reasons"),
    "received_by": text("Received by"),
    "recipient": text("Recipient"),
    "refusal": text("Refusal"),
    "region": text("Region"),
    "registered_on": text("Registered on"),
    "relationship": text("Relationship"),
    "religion": text("Religion"),
    "requested": text("Requested"),
    "route": text("Route"),
    "safe_to_contact": text("Safe to contact"),
    "separation": text("Separation"),
    "service": text("Service"),
    "service_number": text("Service number"),
    "service_record": text("Service record"),
    "sex": text("Sex"),
    "situation": text("Situation"),
    "state": text("State"),
    "statement": text("Statement"),
    "station": text("Station"),
    "status": text("Status"),
    "supports": text("Supports"),
    "text": text("Text"),
    "title": text("Title"),
    "township": text("Township"),
    "translation": text("Translation"),
    "travelled_with": text("Travelled with"),
    "unit": text("Unit"),
    "url": text("Url"),
    "village": text("Village"),
    "vulnerabilities": text("Vulnerabilities"),
    "what": text("What"),
    "witnesses": text("Witnesses"),
    "written_on": text("Written on"),
}
"""Every key of a case in the interchange format (and a scan's ``content_sha256``); a test
checks none is missing."""


def _word(step: str) -> str:
    known = _LABELS.get(step)
    return known if known is not None else step.replace("_", " ").capitalize()


def field_label(path: str) -> str:
    """A person's name for a field path (a ``Text`` for every path of a case).

    ``family_left_behind[1].name`` → "Family left behind 2 › Name".
    """
    label: str | None = None
    for step in path_steps(path):
        if isinstance(step, int):
            if label is None:
                label = text("Item {number}", number=step + 1)
            else:
                label = text("{field} {number}", field=label, number=step + 1)
        elif label is None:
            label = _word(step)
        else:
            label = text("{path} › {field}", path=label, field=_word(step))
    return label or ""
