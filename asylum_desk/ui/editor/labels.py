"""Human words for the case model's vocabularies, and the texts the editor repeats.

The tables hold the English texts, marked for translation in the context "Labels"; show them
through ``label`` or ``translated`` (see ``asylum_desk.ui.i18n``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

K = TypeVar("K")

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    CaseStatus.INTERVIEWED: QT_TRANSLATE_NOOP("Labels", "Interviewed"),
    CaseStatus.STATEMENT_DRAFTED: QT_TRANSLATE_NOOP("Labels", "Statement drafted"),
    CaseStatus.PACKET_READY: QT_TRANSLATE_NOOP("Labels", "Packet ready"),
    CaseStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
    CaseStatus.DECIDED: QT_TRANSLATE_NOOP("Labels", "Decided"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}

SEX_LABELS: dict[Sex, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}

REASON_LABELS: dict[ReasonCategory, str] = {
    ReasonCategory.REFUSED_UNLAWFUL_ORDER: QT_TRANSLATE_NOOP("Labels", "Refused an unlawful order"),
    ReasonCategory.POLITICAL_OPINION: QT_TRANSLATE_NOOP(
        "Labels", "Political opinion (also imputed)"
    ),
    ReasonCategory.PROTEST_PARTICIPATION: QT_TRANSLATE_NOOP("Labels", "Took part in protests"),
    ReasonCategory.CIVIL_DISOBEDIENCE: QT_TRANSLATE_NOOP("Labels", "Civil disobedience movement"),
    ReasonCategory.ETHNICITY: QT_TRANSLATE_NOOP("Labels", "Ethnicity"),
    ReasonCategory.RELIGION: QT_TRANSLATE_NOOP("Labels", "Religion"),
    ReasonCategory.PARTICULAR_SOCIAL_GROUP: QT_TRANSLATE_NOOP("Labels", "Particular social group"),
    ReasonCategory.GENERALISED_VIOLENCE: QT_TRANSLATE_NOOP("Labels", "Generalised violence"),
    ReasonCategory.FORCED_RECRUITMENT: QT_TRANSLATE_NOOP("Labels", "Forced recruitment"),
    ReasonCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
}

VULNERABILITY_LABELS: dict[Vulnerability, str] = {
    Vulnerability.TORTURE_SURVIVOR: QT_TRANSLATE_NOOP("Labels", "Survivor of torture"),
    Vulnerability.MEDICAL: QT_TRANSLATE_NOOP("Labels", "Medical needs"),
    Vulnerability.DISABILITY: QT_TRANSLATE_NOOP("Labels", "Disability"),
    Vulnerability.SINGLE_PARENT: QT_TRANSLATE_NOOP("Labels", "Single parent"),
    Vulnerability.CHILD: QT_TRANSLATE_NOOP("Labels", "Child in the case"),
    Vulnerability.UNACCOMPANIED_MINOR: QT_TRANSLATE_NOOP("Labels", "Unaccompanied minor"),
    Vulnerability.ELDERLY: QT_TRANSLATE_NOOP("Labels", "Elderly"),
    Vulnerability.PREGNANT: QT_TRANSLATE_NOOP("Labels", "Pregnant"),
    Vulnerability.SGBV_SURVIVOR: QT_TRANSLATE_NOOP(
        "Labels", "Survivor of sexual or gender-based violence"
    ),
    Vulnerability.OTHER: QT_TRANSLATE_NOOP("Labels", "Other specific need"),
}

SITUATION_LABELS: dict[FamilySituation, str] = {
    FamilySituation.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
    FamilySituation.IN_HIDING: QT_TRANSLATE_NOOP("Labels", "In hiding"),
    FamilySituation.DETAINED: QT_TRANSLATE_NOOP("Labels", "Detained"),
    FamilySituation.THREATENED: QT_TRANSLATE_NOOP("Labels", "Threatened"),
    FamilySituation.SAFE: QT_TRANSLATE_NOOP("Labels", "Safe"),
    FamilySituation.DECEASED: QT_TRANSLATE_NOOP("Labels", "Deceased"),
}

GRANULARITY_LABELS: dict[LocationGranularity, str] = {
    LocationGranularity.COUNTRY: QT_TRANSLATE_NOOP("Labels", "country only"),
    LocationGranularity.REGION: QT_TRANSLATE_NOOP("Labels", "region"),
    LocationGranularity.EXACT: QT_TRANSLATE_NOOP("Labels", "exact"),
}

RECIPIENT_LABELS: dict[str, str] = {
    "government": QT_TRANSLATE_NOOP("Labels", "Host government"),
    "unhcr": QT_TRANSLATE_NOOP("Labels", "UNHCR"),
    "counsel": QT_TRANSLATE_NOOP("Labels", "Legal counsel"),
}

DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("Labels", "e.g. 1994-05")
DATE_FORMAT_HINT = QT_TRANSLATE_NOOP("Labels", "use YYYY, YYYY-MM or YYYY-MM-DD")
SENSITIVE_TOOLTIP = QT_TRANSLATE_NOOP(
    "Labels",
    "Highly sensitive: leaves the vault only with the applicant's consent for that recipient.",
)
PSEUDONYMS_ONLY = QT_TRANSLATE_NOOP("Labels", "Pseudonyms only — never real names. One per line.")


def label(text: str) -> str:
    """One of this module's texts in the interface language (they are marked, not translated)."""
    return QCoreApplication.translate("Labels", text)


def translated(table: Mapping[K, str]) -> dict[K, str]:
    """A table of this module's labels with every label in the interface language."""
    return {key: label(text) for key, text in table.items()}


def recipient_label(recipient: str) -> str:
    """The name a caseworker knows a consent recipient by (an unknown code is shown as is)."""
    known = RECIPIENT_LABELS.get(recipient)
    return recipient if known is None else label(known)


def is_highly_sensitive(path: str) -> bool:
    """Whether a field path is highly sensitive (marked with a lock in the editor)."""
    return sensitivity_of(path) == Sensitivity.HIGHLY_SENSITIVE
