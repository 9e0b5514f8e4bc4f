"""Hypothesis strategies for valid cases (the interchange round trip, the vault, search).

Text mixes scripts: Latin with diacritics, Unicode Burmese built from real words (so that
Zawgyi detection leaves it alone), Arabic and arbitrary non-Myanmar text. Every text is
NFC and stable under ``to_unicode``, and never empty, so a case survives
``read_cases(write_cases(...))`` unchanged. Lists hold at most three items.
"""

from __future__ import annotations

import functools
import random
import unicodedata
from datetime import date
from typing import TypeVar

from hypothesis import strategies as st

from asylum_desk.domain.case_number import CaseNumber
from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
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
from asylum_desk.text.burmese import to_unicode
from tests.scan_samples import valid_scans

T = TypeVar("T")

MAX_ITEMS = 3

LATIN_WORDS = (
    "Aung",
    "Kyaw",
    "Htet",
    "Naing",
    "Thida",
    "Lalrin",
    "Zothan",
    "Mawi",
    "Sangi",
    "Tlang",
    "Zoë",
    "Ngûrthan",
    "Łucja",
    "São",
    "Thành",
    "Müller",
    "Ñandú",
    "Ṭhiam",
    "Café",
    "Hnuai",
    "police",
    "constable",
    "Tahan",
    "Kalay",
    "Champhai",
    "Aizawl",
    "border",
    "order",
    "refused",
    "mother",
    "is safe",
    "—",
    "(approx.)",
    "No. 7",
    "3rd battalion",
    "Brigade 44",
)
BURMESE_WORDS = (
    "မောင်",
    "အောင်",
    "ကျော်",
    "ဇော်",
    "နောက်",
    "ရန်ကုန်",
    "မြန်မာ",
    "ရဲ",
    "သူ",
    "ကို",
    "မန္တလေး",
    "စစ်ကိုင်း",
    "မင်း",
    "ကြည်",
    "ဝင်း",
    "ထွန်း",
    "နိုင်",
    "သန့်",
    "မြင့်",
    "ချင်း",
    "တောင်",
    "ရွာ",
    "မိသားစု",
    "အမေ",
    "အဖေ",
    "ညီမ",
    "ရဲတပ်ဖွဲ့",
    "ဆန္ဒပြ",
    "အမိန့်",
    "ပစ်",
    "ငြင်းဆန်",
)
ARABIC_WORDS = ("سلام", "مدينة", "شرطة", "عائلة", "أم", "حدود", "رفض")

_MYANMAR_BLOCK = range(0x1000, 0x10A0)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _stable(text: str) -> bool:
    return bool(text) and to_unicode(text) == text


def _text_pool(size: int = 400) -> tuple[str, ...]:
    """Mixed-script phrases drawn once (one draw each in tests, which keeps tests fast)."""
    rng = random.Random(20210301)
    words = LATIN_WORDS + BURMESE_WORDS + ARABIC_WORDS
    pool: list[str] = [*words]
    while len(pool) < size:
        lines = [
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
            for _ in range(1 if rng.random() < 0.85 else rng.randint(2, 3))
        ]
        pool.append("\n".join(lines))
    return tuple(text for text in pool if _stable(text))


TEXT_POOL = _text_pool()
_arbitrary = (
    st.text(
        alphabet=st.characters(
            codec="utf-8",
            exclude_categories=["Cc", "Cs"],  # no NUL or other control characters
            exclude_characters="".join(chr(c) for c in _MYANMAR_BLOCK),
        ),
        min_size=1,
        max_size=8,
    )
    .map(_nfc)
    .filter(lambda text: _stable(text) and bool(text.strip()))
)
_pooled = st.sampled_from(TEXT_POOL)
_TEXTS = st.one_of(_pooled, _pooled, _pooled, _arbitrary)


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Non-empty text in mixed scripts, stable under ``to_unicode``."""
    return draw(_TEXTS)


@functools.cache
def optional_texts() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


@functools.cache
def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Dates known to the year, the month or the day."""
    years = st.integers(1900, 2100)
    return st.one_of(
        years.map(PartialDate),
        st.builds(PartialDate, years, st.integers(1, 12)),
        st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(PartialDate.from_date),
    )


@functools.cache
def _optional_dates() -> st.SearchStrategy[PartialDate | None]:
    return st.none() | partial_dates()


@functools.cache
def case_numbers() -> st.SearchStrategy[str]:
    """Valid case numbers as ``CaseNumber`` writes them (``CPH-2026-0042``)."""
    return st.builds(
        lambda office, year, sequence: str(CaseNumber(office, year, sequence)),
        st.from_regex(r"[A-Z][A-Z0-9]{1,7}", fullmatch=True),
        st.integers(2000, 2099),
        st.integers(1, 999_999),
    )


@functools.cache
def _countries() -> st.SearchStrategy[str | None]:
    return (
        st.none()
        | st.sampled_from(("MMR", "IND", "THA", "BGD"))
        | st.from_regex(r"[A-Z]{3}", fullmatch=True)
    )


@functools.cache
def _languages() -> st.SearchStrategy[str]:
    return st.sampled_from(("my", "en", "hi", "mni", "lus", "cnh")) | st.from_regex(
        r"[a-z]{2,3}", fullmatch=True
    )


def _small_lists(elements: st.SearchStrategy[T]) -> st.SearchStrategy[list[T]]:
    return st.lists(elements, max_size=MAX_ITEMS)


@functools.cache
def _person_parts() -> dict[str, st.SearchStrategy[object]]:
    return {
        "given_names": optional_texts(),
        "family_name": optional_texts(),
        "name_original_script": optional_texts(),
        "aliases": _small_lists(texts()),
        "sex": st.none() | st.sampled_from(Sex),
        "date_of_birth": _optional_dates(),
        "nationality": _countries(),
        "ethnicity": optional_texts(),
        "religion": optional_texts(),
        "languages": _small_lists(_languages()),
        "occupation": optional_texts(),
        "service": st.none()
        | st.builds(
            ServiceDetails,
            force=optional_texts(),
            rank=optional_texts(),
            unit=optional_texts(),
            service_number=optional_texts(),
        ),
        "place_of_origin": st.none()
        | st.builds(
            PlaceOfOrigin,
            country=_countries(),
            region=optional_texts(),
            township=optional_texts(),
            village=optional_texts(),
        ),
        "contact": optional_texts(),
        # The domain rule: whoever asks for anonymity has a pseudonym.
        "anonymity": st.builds(Anonymity, requested=st.just(False), pseudonym=optional_texts())
        | st.builds(Anonymity, requested=st.just(True), pseudonym=texts()),
    }


@functools.cache
def persons() -> st.SearchStrategy[Person]:
    return st.builds(Person, **_person_parts())


@functools.cache
def dependents() -> st.SearchStrategy[Dependent]:
    return st.builds(
        Dependent,
        **_person_parts(),
        relationship=optional_texts(),
    )


@functools.cache
def family_members() -> st.SearchStrategy[FamilyMember]:
    return st.builds(
        FamilyMember,
        relationship=texts(),
        name=optional_texts(),
        age=st.none() | st.integers(0, 130),
        date_of_birth=_optional_dates(),
        location=st.none()
        | st.builds(
            FamilyLocation,
            country=_countries(),
            region=optional_texts(),
            exact=optional_texts(),
            granularity=st.sampled_from(LocationGranularity),
        ),
        situation=st.sampled_from(FamilySituation),
        last_contact=_optional_dates(),
        safe_to_contact=st.booleans(),
        notes=optional_texts(),
    )


@functools.cache
def flights() -> st.SearchStrategy[Flight]:
    return st.builds(
        Flight,
        reasons=_small_lists(
            st.builds(Reason, category=st.sampled_from(ReasonCategory), detail=optional_texts())
        ),
        statement=st.none()
        | st.builds(
            Statement,
            text=optional_texts(),
            language=st.none() | _languages(),
            translation=optional_texts(),
            interpreter=optional_texts(),
        ),
        events=_small_lists(
            st.builds(Event, description=texts(), date=_optional_dates(), place=optional_texts())
        ),
        fears_on_return=optional_texts(),
    )


@functools.cache
def crossings() -> st.SearchStrategy[Crossing]:
    return st.builds(
        Crossing,
        date=_optional_dates(),
        crossing_point=optional_texts(),
        district=optional_texts(),
        state=optional_texts(),
        country=_countries(),
        route=optional_texts(),
        travelled_with=optional_texts(),
        received_by=optional_texts(),
        current_location=optional_texts(),
    )


@functools.cache
def service_records() -> st.SearchStrategy[ServiceRecord]:
    return st.builds(
        ServiceRecord,
        force=optional_texts(),
        unit=optional_texts(),
        station=optional_texts(),
        rank=optional_texts(),
        service_number=optional_texts(),
        joined_on=_optional_dates(),
        left_on=_optional_dates(),
        duties=optional_texts(),
        protest_deployments=optional_texts(),
        orders=_small_lists(
            st.builds(Order, content=texts(), date=_optional_dates(), issuing_rank=optional_texts())
        ),
        refusal=st.none()
        | st.builds(
            Refusal,
            what=optional_texts(),
            date=_optional_dates(),
            how=optional_texts(),
            witnesses=optional_texts(),
        ),
        separation=optional_texts(),
        consequences=optional_texts(),
        conduct_statement=optional_texts(),
        colleagues_who_fled=_small_lists(texts()),
        crossing_helpers=_small_lists(texts()),
    )


_FILE_STEMS = st.sampled_from(("card", "scan 2", "ရဲကတ်", "letter-ii", "Zoë_photo", "وثيقة"))
_EXTENSIONS = st.sampled_from((".jpg", ".pdf", ".png", ""))


def _attachment(name: str, scan: tuple[str, bytes], description: str | None) -> Attachment:
    return Attachment(name, scan[0], scan[1], description)


@functools.cache
def attachments() -> st.SearchStrategy[Attachment]:
    """Real (tiny) PNG, JPEG and PDF scans: an import refuses anything else."""
    return st.builds(
        _attachment,
        st.builds(lambda stem, ext: stem + ext, _FILE_STEMS, _EXTENSIONS),
        st.sampled_from(valid_scans()),
        optional_texts(),
    )


@st.composite
def cases(draw: st.DrawFn, *, with_number: bool = False) -> Case:
    """Valid cases; ``with_number=True`` always gives a case number (else it may be None)."""
    return draw(_cases(with_number))


@functools.cache
def _cases(with_number: bool) -> st.SearchStrategy[Case]:
    number = case_numbers() if with_number else st.none() | case_numbers()
    return st.builds(
        Case,
        applicant=persons(),
        case_number=number,
        status=st.sampled_from(CaseStatus),
        registered_on=_optional_dates(),
        caseworker=optional_texts(),
        vulnerabilities=_small_lists(st.sampled_from(Vulnerability)),
        dependents=_small_lists(dependents()),
        family_left_behind=_small_lists(family_members()),
        flight=flights(),
        crossing=st.none() | crossings(),
        documents=_small_lists(
            st.builds(
                IdentityDocument,
                kind=texts(),
                number=optional_texts(),
                held=st.booleans(),
                description=optional_texts(),
            )
        ),
        consents=st.lists(
            st.builds(
                Consent,
                recipient=st.sampled_from(("government", "unhcr", "counsel"))
                | st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True),
                disclose_identity=st.booleans(),
                disclose_family=st.booleans(),
                given_on=_optional_dates(),
                obtained_by=optional_texts(),
                interpreter=optional_texts(),
            ),
            max_size=3,
            unique_by=lambda consent: consent.recipient,  # one consent record per recipient
        ),
        notes=_small_lists(
            st.builds(Note, text=texts(), written_on=_optional_dates(), author=optional_texts())
        ),
        coi_refs=_small_lists(
            st.builds(
                CoiReference,
                title=texts(),
                publisher=optional_texts(),
                date=_optional_dates(),
                url=st.none() | st.sampled_from(("https://example.org/report/1", "urn:x:1")),
                excerpt=optional_texts(),
                document_type=optional_texts(),
                accessed_on=_optional_dates(),
                pinpoint=optional_texts(),
                supports=optional_texts(),
            )
        ),
        service_record=st.none() | service_records(),
        attachments=_small_lists(attachments()),
        closed_reason=optional_texts(),
    )


def case_lists(*, max_size: int = MAX_ITEMS) -> st.SearchStrategy[list[Case]]:
    """Lists of cases that all have case numbers, no two the same."""
    return st.lists(
        cases(with_number=True), max_size=max_size, unique_by=lambda case: case.case_number
    )
