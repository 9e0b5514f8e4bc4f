"""A fingerprint of a case's whole content, recorded in the audit trail at every save.

``verify`` recomputes it to find cases changed behind Asylum Desk's back.
"""

from __future__ import annotations

import hashlib

from asylum_desk.domain.model import Case
from asylum_desk.interchange.writer import write_cases


def case_digest(case: Case) -> str:
    """SHA-256 of the case in the interchange format (hex)."""
    return hashlib.sha256(write_cases([case]).encode()).hexdigest()
