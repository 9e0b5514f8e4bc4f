"""What the demo cases share: caseworkers, interpreters, one COI citation, a date helper."""

from __future__ import annotations

import dataclasses

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import CoiReference

CASEWORKERS = ("Esther Lalnunziri", "Rohan Dasgupta", "Mercy Zothansangi")
INTERPRETERS = ("Nilar Htwe (Burmese–English)", "Khup Lian Mung (Burmese, Tedim–English)")

_AAPP_REPORT = CoiReference(
    title="Daily briefing in relation to the military coup (demonstration entry)",
    publisher="Assistance Association for Political Prisoners (Burma)",
    date=PartialDate(2025, 3, 20),
    url="https://aappb.org/",
    excerpt=(
        'Illustrative excerpt for the demo, not a quotation: "Police and soldiers who '
        "refused orders or joined the civil disobedience movement are being sought, and "
        'their relatives questioned."'
    ),
    document_type="NGO report",
    accessed_on=PartialDate(2025, 4, 2),
    pinpoint="para. 4",
    supports="Risk to police officers who refused orders and to their families",
)


def d(text: str) -> PartialDate:
    """Read a (partial) ISO date; keeps the data short."""
    return PartialDate.parse(text)


def aapp_reference() -> CoiReference:
    """A fresh copy of the shared COI entry (cases must not share objects)."""
    return dataclasses.replace(_AAPP_REPORT)
