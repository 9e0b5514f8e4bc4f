import pytest
from hypothesis import given
from hypothesis import strategies as st

from asylum_desk.domain.case_number import CaseNumber, is_valid_office_code
from asylum_desk.domain.dates import PartialDate, PartialDateError


@pytest.mark.parametrize("text", ["1994", "1994-05", "1994-05-17", "2024-02-29"])
def test_partial_dates_round_trip(text: str) -> None:
    assert str(PartialDate.parse(text)) == text


@pytest.mark.parametrize(
    "text", ["1994-13", "1994-02-30", "2023-02-29", "94", "1994-5", "", "x", "١٩٩٤", "1994\n"]
)
def test_bad_dates_say_so(text: str) -> None:
    with pytest.raises(PartialDateError, match="is not a date"):
        PartialDate.parse(text)


@given(st.dates())
def test_every_calendar_date_parses(value: object) -> None:
    date = PartialDate.from_date(value)  # type: ignore[arg-type]
    assert PartialDate.parse(str(date)) == date
    assert date.earliest() == value


def test_partial_dates_sort_by_their_earliest_day() -> None:
    dates = [PartialDate.parse(t) for t in ["1994-05-17", "1994", "1994-05"]]
    assert sorted(dates, key=PartialDate.earliest)[0] == PartialDate(1994)


def test_case_numbers() -> None:
    assert str(CaseNumber.parse("cph-2026-42".replace("42", "0042"))) == "CPH-2026-0042"
    with pytest.raises(ValueError, match="is not a case number"):
        CaseNumber.parse("CPH-26-1")
    assert is_valid_office_code("CPH") and not is_valid_office_code("c p h")
