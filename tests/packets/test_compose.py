from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.disclosure import RefusedRecipientError
from asylum_desk.domain.model import Consent
from asylum_desk.packets.compose import (
    FAMILY_WITHHELD,
    NO_CONSENT,
    completeness_problems,
    compose_packet,
    packet_file_name,
)
from asylum_desk.packets.document import PacketDocument, Paragraph, SignatureBoxes
from asylum_desk.packets.notice import compose_information_notice
from asylum_desk.packets.templates import (
    KNOWN_NEEDS,
    TemplateError,
    available_recipients,
    load_profile,
)
from asylum_desk.resources import resource_path
from asylum_desk.services.demo_cases import demo_cases
from tests.conftest import CANARY_ARABIC, CANARY_BURMESE, CANARY_NAME, CANARY_PLACE, canary_case

RECIPIENTS = ("government", "unhcr", "counsel")
WHEN = date(2026, 11, 25)
MYANMAR = re.compile("[\u1000-\u109f]")
ORDER = [
    "Cover letter",
    "Application data sheet",
    "Statement of reasons for flight",
    "Service and refusal annex",
    "Family and dependents annex",
    "Border crossing and current situation",
    "Annex of supporting documents",
    "Annex of country-of-origin information",
    "Declaration by the applicant",
    "Interpreter's certificate",
    "Caseworker's certificate",
    "Consent record",
]


def compose(case: object, recipient: str) -> tuple[PacketDocument, object]:
    return compose_packet(
        case,  # type: ignore[arg-type]
        recipient,
        office_name="Champhai field office",
        caseworker="Ruth Lalhmangaihi",
        packet_date=WHEN,
    )


def all_strings(obj: object) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from all_strings(item)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for item in dataclasses.fields(obj):
            yield from all_strings(getattr(obj, item.name))


def test_every_demo_case_composes_for_every_recipient() -> None:
    assert available_recipients() == sorted(RECIPIENTS)
    for case in demo_cases():
        for recipient in RECIPIENTS:
            document, disclosure = compose(case, recipient)
            assert document.sections[0].title == "Cover letter"
            assert document.recipient_label
            titles = [section.title for section in document.sections]
            assert titles == [title for title in ORDER if title in titles]
            assert titles[-4:] == ORDER[-4:]
            assert disclosure.recipient == recipient


def test_canary_case_packet_holds_no_canary() -> None:
    for recipient in RECIPIENTS:
        document, _ = compose(canary_case(), recipient)
        text = "\n".join(all_strings(document))
        for canary in (CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, "PX-991"):
            assert canary not in text, (recipient, canary)
        assert "Applicant K" in text
        assert FAMILY_WITHHELD in text
        assert NO_CONSENT in text


def test_identity_consent_for_counsel_shows_the_name_in_the_counsel_packet_only() -> None:
    case = canary_case()
    case.consents = [Consent("counsel", True, False, PartialDate(2026, 3, 10), "Ruth")]
    counsel = "\n".join(all_strings(compose(case, "counsel")[0]))
    assert CANARY_NAME in counsel and CANARY_BURMESE in counsel
    for recipient in ("government", "unhcr"):
        other = "\n".join(all_strings(compose(case, recipient)[0]))
        assert CANARY_NAME not in other and CANARY_BURMESE not in other


def test_section_order_for_a_full_case() -> None:
    case = demo_cases()[1]  # service record, family, crossing, documents, COI
    titles = [section.title for section in compose(case, "counsel")[0].sections]
    assert titles == ORDER


def test_declaration_has_burmese_wording_and_signature_boxes() -> None:
    document, _ = compose(demo_cases()[0], "government")
    declaration = next(s for s in document.sections if s.title == "Declaration by the applicant")
    burmese = [b for b in declaration.blocks if isinstance(b, Paragraph) and b.language == "my"]
    assert burmese and all(MYANMAR.search(b.text) for b in burmese)
    boxes = [b for b in declaration.blocks if isinstance(b, SignatureBoxes)]
    assert boxes[0].labels == ("Signature", "Right thumbprint", "Date")


def test_statement_keeps_its_language() -> None:
    document, _ = compose(demo_cases()[1], "unhcr")
    statement = next(s for s in document.sections if s.title.startswith("Statement"))
    assert any(isinstance(b, Paragraph) and b.language == "my" for b in statement.blocks)
    interpreter = next(s for s in document.sections if s.title == "Interpreter's certificate")
    assert "Burmese" in "\n".join(all_strings(interpreter))


def test_completeness_problems_are_listed() -> None:
    case = canary_case()
    assert case.flight.statement is not None
    case.flight.statement.language = "my"
    case.flight.statement.interpreter = None
    case.applicant.name_original_script = None
    problems = completeness_problems(case, "government")
    assert "The name in Burmese script is missing." in problems
    assert "The statement has no translation." in problems
    assert "No interpreter is recorded." in problems
    assert "No consent is recorded for this recipient." in problems


def test_country_of_origin_is_refused_everywhere(tmp_path: Path) -> None:
    with pytest.raises(RefusedRecipientError):
        compose(canary_case(), "country_of_origin")
    with pytest.raises(RefusedRecipientError):
        completeness_problems(canary_case(), "country_of_origin")
    profile = json.loads(resource_path("templates", "government.en.json").read_text("utf-8"))
    profile.update(recipient="embassy", **{"class": "country_of_origin"})
    (tmp_path / "embassy.en.json").write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(RefusedRecipientError):
        load_profile("embassy", folder=tmp_path)
    assert available_recipients(tmp_path) == []


def test_template_errors_name_the_file_and_key(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="known: counsel, government, unhcr"):
        load_profile("nobody")
    profile = json.loads(resource_path("templates", "unhcr.en.json").read_text("utf-8"))
    profile["wording"]["cover_letter"] = ["Dear {applicant_real_name}"]
    (tmp_path / "unhcr.en.json").write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"unhcr\.en\.json.*cover_letter"):
        load_profile("unhcr", folder=tmp_path)


def test_profiles_declare_only_known_needs() -> None:
    for recipient in RECIPIENTS:
        assert set(load_profile(recipient).procedure_needs) <= set(KNOWN_NEEDS)


def test_information_notice_in_burmese_and_english() -> None:
    notice = compose_information_notice("my", "Champhai field office")
    assert notice.language == "my"
    first = notice.sections[0]
    assert all(MYANMAR.search(b.text) for b in first.blocks if isinstance(b, Paragraph))
    english = "\n".join(all_strings(compose_information_notice("en", "Champhai field office")))
    for phrase in ("confidential", "withdraw", "same gender", "complain", "country of origin"):
        assert phrase in english


def test_file_name_is_neutral() -> None:
    name = packet_file_name("CPH-2026-0042", WHEN)
    assert name == "CPH-2026-0042_2026-11-25.pdf"
    assert "asylum" not in name.lower()


def test_declaration_language_follows_the_applicant() -> None:
    def declaration_languages(case: object, language: str | None) -> set[str]:
        document, _ = compose_packet(
            case,  # type: ignore[arg-type]
            "unhcr",
            office_name="Champhai field office",
            caseworker="Ruth Lalhmangaihi",
            packet_date=WHEN,
            language=language,
        )
        section = next(s for s in document.sections if s.title == "Declaration by the applicant")
        return {b.language for b in section.blocks if isinstance(b, Paragraph)}

    burmese_speaker = demo_cases()[0]
    assert burmese_speaker.flight.statement is not None
    assert burmese_speaker.flight.statement.language == "my"
    assert declaration_languages(burmese_speaker, None) == {"en", "my"}
    assert declaration_languages(burmese_speaker, "en") == {"en"}
    unknown = dataclasses.replace(
        burmese_speaker,
        flight=dataclasses.replace(
            burmese_speaker.flight,
            statement=dataclasses.replace(burmese_speaker.flight.statement, language="ctd"),
        ),
    )
    assert declaration_languages(unknown, None) == {"en", "my"}  # no Tedim wording yet
    with pytest.raises(ValueError, match="no declaration wording in 'xx'"):
        declaration_languages(burmese_speaker, "xx")


def test_documents_not_chosen_are_left_out_and_required_ones_stay() -> None:
    document, _ = compose_packet(
        demo_cases()[0],
        "counsel",
        office_name="Champhai field office",
        caseworker="Ruth Lalhmangaihi",
        packet_date=WHEN,
        include=["statement"],
    )
    titles = [section.title for section in document.sections]
    assert titles == [
        "Cover letter",
        "Statement of reasons for flight",
        "Declaration by the applicant",
        "Consent record",
    ]
    assert document.appended_pdfs == ()
