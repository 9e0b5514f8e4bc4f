"""Eight invented demo cases for trying Asylum Desk and for demonstrations.

Every person, name, number, unit, station and event in this package is invented. No case
describes a real person; where a real public organisation is cited (the COI reference), its
excerpt is marked as illustrative. Case numbers are left empty: the vault assigns them on storing.
"""

from collections.abc import Callable

from asylum_desk.domain.model import Case
from asylum_desk.services.demo_cases.anonymous_officers import (
    anonymous_chin_officer,
    anonymous_kachin_officer,
    anonymous_soldier,
)
from asylum_desk.services.demo_cases.civilians import (
    cdm_teacher,
    chin_grandmother,
    student_protester,
)
from asylum_desk.services.demo_cases.named_officers import (
    family_police_sergeant,
    police_constable,
)

_BUILDERS: tuple[Callable[[], Case], ...] = (
    police_constable,
    anonymous_chin_officer,
    anonymous_soldier,
    family_police_sergeant,
    anonymous_kachin_officer,
    cdm_teacher,
    student_protester,
    chin_grandmother,
)


def demo_cases() -> list[Case]:
    """Return eight invented, fully filled-in cases (fresh objects on every call)."""
    return [build() for build in _BUILDERS]
