"""Zawgyi Burmese in any text field is imported as Unicode."""

from __future__ import annotations

import json
import unicodedata

from asylum_desk.interchange import read_cases, write_cases

ZAWGYI = "ေနာက္"
UNICODE = "နောက်"


def test_zawgyi_in_every_kind_of_text_field_is_converted() -> None:
    document = {
        "format": "asylum-desk.cases",
        "version": 1,
        "cases": [
            {
                "caseworker": ZAWGYI,
                "applicant": {
                    "name_original_script": ZAWGYI,
                    "aliases": [f"Ko {ZAWGYI}"],
                    "place_of_origin": {"village": ZAWGYI},
                },
                "family_left_behind": [{"relationship": ZAWGYI, "name": ZAWGYI}],
                "flight": {"statement": {"text": f"{ZAWGYI}\n{ZAWGYI}", "language": "my"}},
                "service_record": {"colleagues_who_fled": [ZAWGYI]},
                "attachments": [{"file_name": f"{ZAWGYI}.jpg", "content_base64": ""}],
            }
        ],
    }
    [case] = read_cases(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    assert case.caseworker == UNICODE
    assert case.applicant.name_original_script == UNICODE
    assert case.applicant.aliases == [f"Ko {UNICODE}"]
    assert case.applicant.place_of_origin is not None
    assert case.applicant.place_of_origin.village == UNICODE
    assert case.family_left_behind[0].relationship == UNICODE
    assert case.family_left_behind[0].name == UNICODE
    assert case.flight.statement is not None
    assert case.flight.statement.text == f"{UNICODE}\n{UNICODE}"
    assert case.service_record is not None
    assert case.service_record.colleagues_who_fled == [UNICODE]
    assert case.attachments[0].file_name == f"{UNICODE}.jpg"
    assert ZAWGYI not in write_cases([case])


def test_decomposed_text_is_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë Ngûrthan")
    document = {
        "format": "asylum-desk.cases",
        "version": 1,
        "cases": [{"applicant": {"given_names": decomposed}}],
    }
    [case] = read_cases(json.dumps(document))
    assert case.applicant.given_names == "Zoë Ngûrthan"
