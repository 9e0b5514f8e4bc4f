"""Read a case file (interchange format v1) into domain objects, all or nothing.

The whole file is checked and turned into ``Case`` objects before the caller stores
anything; the first problem raises ``InterchangeError`` naming its JSON path.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import math
from collections.abc import Callable
from typing import Any, TypeVar

from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
from asylum_desk.domain.messages import text
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
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.fields import Fields, kind_of, show, show_number
from asylum_desk.interchange.loading import load_json

T = TypeVar("T")

_COUNTRY = text("a country code (ISO 3166 alpha-3 in capitals, like MMR)")
_LANGUAGE = text("a language code (ISO 639-1 or 639-3 in lower case, like my or mni)")
_RECIPIENT = text(
    "a recipient (lower-case letters, digits and _, starting with a letter, like unhcr)"
)
_CASE_NUMBER = text("a case number (like CPH-2026-0042)")
_FILE_NAME = text("a file name (no folders, no control characters)")
_BASE64 = text("base64 (standard alphabet)")
_LATEST_PLAUSIBLE_VERSION = 999


def read_cases(data: bytes | str) -> list[Case]:
    """Read every case of a case file; raise InterchangeError (only) on any problem."""
    top = _open_file(load_json(data))
    top.require("cases")
    if top.raw("cases") is None:
        raise InterchangeError("cases", text("cannot be null"))
    cases: list[Case] = []
    first_path_of: dict[str, str] = {}
    for value, path in top.items("cases"):
        case = read_case(value, path)
        if case.case_number is not None:
            earlier = first_path_of.setdefault(case.case_number, path)
            if earlier != path:
                problem = text(
                    "{number} is also the case number of {earlier}",
                    number=show(case.case_number),
                    earlier=earlier,
                )
                raise InterchangeError(f"{path}.case_number", problem)
        cases.append(case)
    return cases


def _open_file(document: object) -> Fields:
    """Check that this is a case file of a version we read, and open its top level."""
    if not isinstance(document, dict):
        problem = text(
            "not an Asylum Desk case file (the file holds {kind})", kind=kind_of(document)
        )
        raise InterchangeError("", problem)
    name = document.get("format")
    if name != fmt.FORMAT_NAME:
        if "format" not in document:
            problem = text("required field is missing (not an Asylum Desk case file)")
            raise InterchangeError("format", problem)
        found = show(name) if isinstance(name, str) else kind_of(name)
        problem = text(
            "expected {expected}, got {found} (not an Asylum Desk case file)",
            expected=show(fmt.FORMAT_NAME),
            found=found,
        )
        raise InterchangeError("format", problem)
    _check_version(document)
    return Fields(document, "", fmt.FILE)


def _check_version(document: dict[str, Any]) -> None:
    if "version" not in document:
        raise InterchangeError("version", text("required field is missing"))
    version = document["version"]
    if isinstance(version, float) and math.isfinite(version) and version.is_integer():
        version = int(version)
    if isinstance(version, bool) or not isinstance(version, int):
        found = show(version) if isinstance(version, str) else kind_of(version)
        problem = text("expected {expected}, got {found}", expected=fmt.FORMAT_VERSION, found=found)
        raise InterchangeError("version", problem)
    if fmt.FORMAT_VERSION < version <= _LATEST_PLAUSIBLE_VERSION:
        problem = text(
            "this file was written by a newer version of Asylum Desk (format version {version})",
            version=version,
        )
        raise InterchangeError("", problem)
    if version != fmt.FORMAT_VERSION:
        problem = text(
            "{version} is not a format version (expected {expected})",
            version=show_number(version),
            expected=fmt.FORMAT_VERSION,
        )
        raise InterchangeError("version", problem)


def _maybe(fields: Fields | None, read: Callable[[Fields], T]) -> T | None:
    return None if fields is None else read(fields)


def read_case(value: object, path: str) -> Case:
    """Read one case (the object at ``path`` of the document)."""
    f = Fields(value, path, fmt.CASE)
    return Case(
        case_number=f.code("case_number", fmt.CASE_NUMBER, _CASE_NUMBER),
        status=f.choice("status", CaseStatus) or CaseStatus.REGISTERED,
        registered_on=f.date("registered_on"),
        vulnerabilities=f.choices("vulnerabilities", Vulnerability),
        applicant=_person(f.required_child("applicant", fmt.PERSON)),
        dependents=[_dependent(d) for d in f.children("dependents", fmt.DEPENDENT)],
        family_left_behind=[
            _family_member(m) for m in f.children("family_left_behind", fmt.FAMILY_MEMBER)
        ],
        flight=_maybe(f.child("flight", fmt.FLIGHT), _flight) or Flight(),
        crossing=_maybe(f.child("crossing", fmt.CROSSING), _crossing),
        documents=[_document(d) for d in f.children("documents", fmt.DOCUMENT)],
        consents=[_consent(c) for c in f.children("consents", fmt.CONSENT)],
        notes=[_note(n) for n in f.children("notes", fmt.NOTE)],
        coi_refs=[_coi_ref(r) for r in f.children("coi_refs", fmt.COI_REF)],
        caseworker=f.text("caseworker"),
        service_record=_maybe(f.child("service_record", fmt.SERVICE_RECORD), _service_record),
        attachments=[_attachment(a) for a in f.children("attachments", fmt.ATTACHMENT)],
        closed_reason=f.text("closed_reason"),
    )


def _person(f: Fields) -> Person:
    return Person(
        given_names=f.text("given_names"),
        family_name=f.text("family_name"),
        name_original_script=f.text("name_original_script"),
        aliases=f.texts("aliases"),
        sex=f.choice("sex", Sex),
        date_of_birth=f.date("date_of_birth"),
        nationality=f.code("nationality", fmt.COUNTRY, _COUNTRY),
        ethnicity=f.text("ethnicity"),
        religion=f.text("religion"),
        languages=f.codes("languages", fmt.LANGUAGE, _LANGUAGE),
        occupation=f.text("occupation"),
        service=_maybe(f.child("service", fmt.SERVICE), _service),
        place_of_origin=_maybe(f.child("place_of_origin", fmt.PLACE_OF_ORIGIN), _origin),
        contact=f.text("contact"),
        anonymity=_maybe(f.child("anonymity", fmt.ANONYMITY), _anonymity) or Anonymity(),
    )


def _dependent(f: Fields) -> Dependent:
    person = _person(f)
    shared: dict[str, Any] = {
        field.name: getattr(person, field.name) for field in dataclasses.fields(Person)
    }
    return Dependent(**shared, relationship=f.text("relationship"))


def _service(f: Fields) -> ServiceDetails:
    return ServiceDetails(
        force=f.text("force"),
        rank=f.text("rank"),
        unit=f.text("unit"),
        service_number=f.text("service_number"),
    )


def _origin(f: Fields) -> PlaceOfOrigin:
    return PlaceOfOrigin(
        country=f.code("country", fmt.COUNTRY, _COUNTRY),
        region=f.text("region"),
        township=f.text("township"),
        village=f.text("village"),
    )


def _anonymity(f: Fields) -> Anonymity:
    return Anonymity(requested=f.boolean("requested", False), pseudonym=f.text("pseudonym"))


def _family_member(f: Fields) -> FamilyMember:
    return FamilyMember(
        relationship=f.required_text("relationship"),
        name=f.text("name"),
        age=f.integer("age", 0, 130),
        location=_maybe(f.child("location", fmt.FAMILY_LOCATION), _family_location),
        situation=f.choice("situation", FamilySituation) or FamilySituation.UNKNOWN,
        last_contact=f.date("last_contact"),
        safe_to_contact=f.boolean("safe_to_contact", False),
        notes=f.text("notes"),
        date_of_birth=f.date("date_of_birth"),
    )


def _family_location(f: Fields) -> FamilyLocation:
    return FamilyLocation(
        country=f.code("country", fmt.COUNTRY, _COUNTRY),
        region=f.text("region"),
        exact=f.text("exact"),
        granularity=f.choice("granularity", LocationGranularity) or LocationGranularity.COUNTRY,
    )


def _flight(f: Fields) -> Flight:
    return Flight(
        reasons=[_reason(r) for r in f.children("reasons", fmt.REASON)],
        statement=_maybe(f.child("statement", fmt.STATEMENT), _statement),
        events=[_event(e) for e in f.children("events", fmt.EVENT)],
        fears_on_return=f.text("fears_on_return"),
    )


def _reason(f: Fields) -> Reason:
    return Reason(category=f.required_choice("category", ReasonCategory), detail=f.text("detail"))


def _statement(f: Fields) -> Statement:
    return Statement(
        text=f.text("text"),
        language=f.code("language", fmt.LANGUAGE, _LANGUAGE),
        translation=f.text("translation"),
        interpreter=f.text("interpreter"),
    )


def _event(f: Fields) -> Event:
    return Event(
        date=f.date("date"), place=f.text("place"), description=f.required_text("description")
    )


def _crossing(f: Fields) -> Crossing:
    return Crossing(
        date=f.date("date"),
        crossing_point=f.text("crossing_point"),
        district=f.text("district"),
        state=f.text("state"),
        country=f.code("country", fmt.COUNTRY, _COUNTRY),
        route=f.text("route"),
        travelled_with=f.text("travelled_with"),
        received_by=f.text("received_by"),
        current_location=f.text("current_location"),
    )


def _document(f: Fields) -> IdentityDocument:
    return IdentityDocument(
        kind=f.required_text("kind"),
        number=f.text("number"),
        held=f.boolean("held", True),
        description=f.text("description"),
    )


def _consent(f: Fields) -> Consent:
    return Consent(
        recipient=f.required_code("recipient", fmt.RECIPIENT, _RECIPIENT),
        disclose_identity=f.boolean("disclose_identity", False),
        disclose_family=f.boolean("disclose_family", False),
        given_on=f.date("given_on"),
        obtained_by=f.text("obtained_by"),
        interpreter=f.text("interpreter"),
    )


def _note(f: Fields) -> Note:
    return Note(
        written_on=f.date("written_on"), author=f.text("author"), text=f.required_text("text")
    )


def _coi_ref(f: Fields) -> CoiReference:
    return CoiReference(
        publisher=f.text("publisher"),
        title=f.required_text("title"),
        date=f.date("date"),
        url=f.text("url"),
        excerpt=f.text("excerpt"),
        document_type=f.text("document_type"),
        accessed_on=f.date("accessed_on"),
        pinpoint=f.text("pinpoint"),
        supports=f.text("supports"),
    )


def _service_record(f: Fields) -> ServiceRecord:
    return ServiceRecord(
        force=f.text("force"),
        unit=f.text("unit"),
        station=f.text("station"),
        rank=f.text("rank"),
        service_number=f.text("service_number"),
        joined_on=f.date("joined_on"),
        left_on=f.date("left_on"),
        duties=f.text("duties"),
        protest_deployments=f.text("protest_deployments"),
        orders=[_order(o) for o in f.children("orders", fmt.ORDER)],
        refusal=_maybe(f.child("refusal", fmt.REFUSAL), _refusal),
        separation=f.text("separation"),
        consequences=f.text("consequences"),
        conduct_statement=f.text("conduct_statement"),
        colleagues_who_fled=f.texts("colleagues_who_fled"),
        crossing_helpers=f.texts("crossing_helpers"),
    )


def _order(f: Fields) -> Order:
    return Order(
        content=f.required_text("content"), date=f.date("date"), issuing_rank=f.text("issuing_rank")
    )


def _refusal(f: Fields) -> Refusal:
    return Refusal(
        what=f.text("what"), date=f.date("date"), how=f.text("how"), witnesses=f.text("witnesses")
    )


def _attachment(f: Fields) -> Attachment:
    file_name = f.required_text("file_name")
    if not fmt.FILE_NAME.fullmatch(file_name):
        problem = text("{value} is not {what}", value=show(file_name), what=_FILE_NAME)
        raise InterchangeError(f.at("file_name"), problem)
    return Attachment(
        file_name=file_name,
        media_type=f.text("media_type") or fmt.DEFAULT_MEDIA_TYPE,
        description=f.text("description"),
        content=_content(f),
    )


def _content(f: Fields) -> bytes:
    encoded = f.required_code("content_base64", fmt.BASE64, _BASE64)
    if len(encoded) % 4:
        problem = text("is not base64 (wrong length or padding)")
        raise InterchangeError(f.at("content_base64"), problem)
    try:
        return base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise InterchangeError(f.at("content_base64"), text("is not base64")) from None
