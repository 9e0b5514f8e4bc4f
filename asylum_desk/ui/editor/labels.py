"""Human words for the case model's vocabularies, and the texts the editor repeats."""

from __future__ import annotations

from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sensitivity,
    Sex,
    Vulnerability,
)
from asylum_desk.domain.sensitivity import sensitivity_of

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REGISTERED: "Registered",
    CaseStatus.INTERVIEWED: "Interviewed",
    CaseStatus.STATEMENT_DRAFTED: "Statement drafted",
    CaseStatus.PACKET_READY: "Packet ready",
    CaseStatus.SUBMITTED: "Submitted",
    CaseStatus.DECIDED: "Decided",
    CaseStatus.CLOSED: "Closed",
}

SEX_LABELS: dict[Sex, str] = {
    Sex.FEMALE: "Female",
    Sex.MALE: "Male",
    Sex.OTHER: "Other",
    Sex.UNKNOWN: "Unknown",
}

REASON_LABELS: dict[ReasonCategory, str] = {
    ReasonCategory.REFUSED_UNLAWFUL_ORDER: "Refused an unlawful order",
    ReasonCategory.POLITICAL_OPINION: "Political opinion (also imputed)",
    ReasonCategory.PROTEST_PARTICIPATION: "Took part in protests",
    ReasonCategory.CIVIL_DISOBEDIENCE: "Civil disobedience movement",
    ReasonCategory.ETHNICITY: "Ethnicity",
    ReasonCategory.RELIGION: "Religion",
    ReasonCategory.PARTICULAR_SOCIAL_GROUP: "Particular social group",
    ReasonCategory.GENERALISED_VIOLENCE: "Generalised violence",
    ReasonCategory.FORCED_RECRUITMENT: "Forced recruitment",
    ReasonCategory.OTHER: "Other reason",
}

VULNERABILITY_LABELS: dict[Vulnerability, str] = {
    Vulnerability.TORTURE_SURVIVOR: "Survivor of torture",
    Vulnerability.MEDICAL: "Medical needs",
    Vulnerability.DISABILITY: "Disability",
    Vulnerability.SINGLE_PARENT: "Single parent",
    Vulnerability.CHILD: "Child in the case",
    Vulnerability.UNACCOMPANIED_MINOR: "Unaccompanied minor",
    Vulnerability.ELDERLY: "Elderly",
    Vulnerability.PREGNANT: "Pregnant",
    Vulnerability.SGBV_SURVIVOR: "Survivor of sexual or gender-based violence",
    Vulnerability.OTHER: "Other specific need",
}

SITUATION_LABELS: dict[FamilySituation, str] = {
    FamilySituation.UNKNOWN: "Unknown",
    FamilySituation.IN_HIDING: "In hiding",
    FamilySituation.DETAINED: "Detained",
    FamilySituation.THREATENED: "Threatened",
    FamilySituation.SAFE: "Safe",
    FamilySituation.DECEASED: "Deceased",
}

GRANULARITY_LABELS: dict[LocationGranularity, str] = {
    LocationGranularity.COUNTRY: "country only",
    LocationGranularity.REGION: "region",
    LocationGranularity.EXACT: "exact",
}

RECIPIENT_LABELS: dict[str, str] = {
    "government": "Host government",
    "unhcr": "UNHCR",
    "counsel": "Legal counsel",
}

DATE_PLACEHOLDER = "e.g. 1994-05"
DATE_FORMAT_HINT = "use YYYY, YYYY-MM or YYYY-MM-DD"
SENSITIVE_TOOLTIP = (
    "Highly sensitive: leaves the vault only with the applicant's consent for that recipient."
)
PSEUDONYMS_ONLY = "Pseudonyms only — never real names. One per line."


def recipient_label(recipient: str) -> str:
    """The name a caseworker knows a consent recipient by."""
    return RECIPIENT_LABELS.get(recipient, recipient)


def is_highly_sensitive(path: str) -> bool:
    """Whether a field path is highly sensitive (marked with a lock in the editor)."""
    return sensitivity_of(path) == Sensitivity.HIGHLY_SENSITIVE
