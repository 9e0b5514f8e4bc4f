import re
from pathlib import Path

from asylum_desk.domain.enums import Sensitivity
from asylum_desk.domain.sensitivity import FIELD_SENSITIVITY, sensitivity_of

DOC = Path(__file__).resolve().parents[2] / "docs" / "data-model.md"
LABELS = {
    "P — public": Sensitivity.PUBLIC,
    "S — identifying": Sensitivity.IDENTIFYING,
    "S+ — highly sensitive": Sensitivity.HIGHLY_SENSITIVE,
}


def test_documented_table_matches_the_code() -> None:
    rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \|$", DOC.read_text(encoding="utf-8"), re.M)
    documented = {path: LABELS[label.strip()] for path, label in rows}
    assert documented == dict(FIELD_SENSITIVITY)


def test_list_indexes_are_ignored_and_unknown_fields_are_withheld() -> None:
    assert sensitivity_of("family_left_behind[2].name") is Sensitivity.HIGHLY_SENSITIVE
    assert sensitivity_of("applicant.anonymity.pseudonym") is Sensitivity.PUBLIC
    assert sensitivity_of("applicant.favourite_colour") is Sensitivity.IDENTIFYING


def test_the_most_dangerous_fields_are_highly_sensitive() -> None:
    for path in [
        "family_left_behind.name",
        "family_left_behind.location.exact",
        "applicant.service.service_number",
        "service_record.crossing_helpers",
        "service_record.colleagues_who_fled",
        "documents.number",
        "applicant.ethnicity",
        "crossing.received_by",
    ]:
        assert sensitivity_of(path) is Sensitivity.HIGHLY_SENSITIVE, path
