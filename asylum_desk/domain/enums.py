"""Closed vocabularies of the case model (their values are the interchange format's words)."""

from collections.abc import Mapping
from enum import StrEnum

from asylum_desk.domain.messages import Text, text


class CaseStatus(StrEnum):
    """Where a case stands, in the order a case normally moves."""

    REGISTERED = "registered"
    INTERVIEWED = "interviewed"
    STATEMENT_DRAFTED = "statement_drafted"
    PACKET_READY = "packet_ready"
    SUBMITTED = "submitted"
    DECIDED = "decided"
    CLOSED = "closed"


class Sex(StrEnum):
    """Sex as the applicant states it."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ReasonCategory(StrEnum):
    """Why the person fled (more than one may apply)."""

    REFUSED_UNLAWFUL_ORDER = "refused_unlawful_order"
    POLITICAL_OPINION = "political_opinion"
    PROTEST_PARTICIPATION = "protest_participation"
    CIVIL_DISOBEDIENCE = "civil_disobedience"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    PARTICULAR_SOCIAL_GROUP = "particular_social_group"
    GENERALISED_VIOLENCE = "generalised_violence"
    FORCED_RECRUITMENT = "forced_recruitment"
    OTHER = "other"


class Vulnerability(StrEnum):
    """Specific needs that change how a case is handled."""

    TORTURE_SURVIVOR = "torture_survivor"
    MEDICAL = "medical"
    DISABILITY = "disability"
    SINGLE_PARENT = "single_parent"
    CHILD = "child"
    UNACCOMPANIED_MINOR = "unaccompanied_minor"
    ELDERLY = "elderly"
    PREGNANT = "pregnant"
    SGBV_SURVIVOR = "sgbv_survivor"
    OTHER = "other"


class FamilySituation(StrEnum):
    """The situation of a family member left behind, as last known."""

    IN_HIDING = "in_hiding"
    DETAINED = "detained"
    THREATENED = "threatened"
    SAFE = "safe"
    UNKNOWN = "unknown"
    DECEASED = "deceased"


class LocationGranularity(StrEnum):
    """How precisely a family member's location may ever be disclosed."""

    COUNTRY = "country"
    REGION = "region"
    EXACT = "exact"


class Sensitivity(StrEnum):
    """How dangerous a field is if disclosed (see docs/data-model.md)."""

    PUBLIC = "public"
    IDENTIFYING = "identifying"
    HIGHLY_SENSITIVE = "highly_sensitive"


class Role(StrEnum):
    """What a user of the vault may do (enforced by the services)."""

    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    CASEWORKER = "caseworker"
    INTERPRETER = "interpreter"


_ROLE_WORDS: Mapping[Role, Text] = {
    Role.ADMIN: text("admin"),
    Role.SUPERVISOR: text("supervisor"),
    Role.CASEWORKER: text("caseworker"),
    Role.INTERPRETER: text("interpreter"),
}


def role_word(role: Role) -> Text:
    """A role as a word inside a sentence: its value, as the command line takes it."""
    return _ROLE_WORDS[role]


KNOWN_RECIPIENTS: tuple[str, ...] = ("government", "unhcr", "counsel")
"""Recipients a consent can name; more may be added by packet templates."""
