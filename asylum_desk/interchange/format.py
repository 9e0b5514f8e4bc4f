"""The case interchange format v1: its name, version, code patterns and field names in order.

The field tuples list every field of each object in the order the writer writes them (the
issue's fields first, fields added by Asylum Desk after); the reader accepts exactly these.
"""

from __future__ import annotations

import re

FORMAT_NAME = "asylum-desk.cases"
FORMAT_VERSION = 1
DEFAULT_MEDIA_TYPE = "application/octet-stream"

DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")
"""``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the calendar is checked by ``PartialDate``)."""
COUNTRY = re.compile(r"[A-Z]{3}")
"""ISO 3166-1 alpha-3 (the form only; the list of countries is not checked)."""
LANGUAGE = re.compile(r"[a-z]{2,3}")
"""ISO 639-1 or ISO 639-3 (the form only)."""
RECIPIENT = re.compile(r"[a-z][a-z0-9_]*")
CASE_NUMBER = re.compile(r"[A-Z][A-Z0-9]{1,7}-[0-9]{4}-([0-9]{4}|[1-9][0-9]{4,5})")
"""A case number as ``CaseNumber`` writes it (no lower case, no extra leading zeros)."""
FILE_NAME = re.compile(r"(?!\.\.?$)[^/\\\x00-\x1f\x7f]+")
"""A bare file name: no folders, no control characters, not ``.`` or ``..``."""
BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
"""The characters of standard padded base64 (the length must also be a multiple of 4)."""

FILE: tuple[str, ...] = ("format", "version", "cases")
CASE: tuple[str, ...] = (
    "case_number",
    "status",
    "registered_on",
    "vulnerabilities",
    "applicant",
    "dependents",
    "family_left_behind",
    "flight",
    "crossing",
    "documents",
    "consents",
    "notes",
    "coi_refs",
    "caseworker",
    "service_record",
    "attachments",
    "closed_reason",
)
PERSON: tuple[str, ...] = (
    "given_names",
    "family_name",
    "name_original_script",
    "aliases",
    "sex",
    "date_of_birth",
    "nationality",
    "ethnicity",
    "religion",
    "languages",
    "occupation",
    "service",
    "place_of_origin",
    "contact",
    "anonymity",
)
DEPENDENT: tuple[str, ...] = (*PERSON, "relationship")
SERVICE: tuple[str, ...] = ("force", "rank", "unit", "service_number")
PLACE_OF_ORIGIN: tuple[str, ...] = ("country", "region", "township", "village")
ANONYMITY: tuple[str, ...] = ("requested", "pseudonym")
FAMILY_MEMBER: tuple[str, ...] = (
    "relationship",
    "name",
    "age",
    "location",
    "situation",
    "last_contact",
    "safe_to_contact",
    "notes",
    "date_of_birth",
)
FAMILY_LOCATION: tuple[str, ...] = ("country", "region", "exact", "granularity")
FLIGHT: tuple[str, ...] = ("reasons", "statement", "events", "fears_on_return")
REASON: tuple[str, ...] = ("category", "detail")
STATEMENT: tuple[str, ...] = ("text", "language", "translation", "interpreter")
EVENT: tuple[str, ...] = ("date", "place", "description")
CROSSING: tuple[str, ...] = (
    "date",
    "crossing_point",
    "district",
    "state",
    "country",
    "route",
    "travelled_with",
    "received_by",
    "current_location",
)
DOCUMENT: tuple[str, ...] = ("kind", "number", "held", "description")
CONSENT: tuple[str, ...] = (
    "recipient",
    "disclose_identity",
    "disclose_family",
    "given_on",
    "obtained_by",
    "interpreter",
)
NOTE: tuple[str, ...] = ("written_on", "author", "text")
COI_REF: tuple[str, ...] = (
    "publisher",
    "title",
    "date",
    "url",
    "excerpt",
    "document_type",
    "accessed_on",
    "pinpoint",
    "supports",
)
SERVICE_RECORD: tuple[str, ...] = (
    "force",
    "unit",
    "station",
    "rank",
    "service_number",
    "joined_on",
    "left_on",
    "duties",
    "protest_deployments",
    "orders",
    "refusal",
    "separation",
    "consequences",
    "conduct_statement",
    "colleagues_who_fled",
    "crossing_helpers",
)
ORDER: tuple[str, ...] = ("content", "date", "issuing_rank")
REFUSAL: tuple[str, ...] = ("what", "date", "how", "witnesses")
ATTACHMENT: tuple[str, ...] = ("file_name", "media_type", "description", "content_base64")
