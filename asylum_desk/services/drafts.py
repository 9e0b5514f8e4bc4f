"""Autosaved drafts: unsaved edits kept inside the encrypted vault, offered back after a crash.

A draft belongs to one user and one editor (``draft_key``: the case number, or a key the
editor makes up for a new case). Drafts are not audit events: they are not yet changes to
the record, and autosave every few seconds would bury the trail.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from asylum_desk.domain.model import Case
from asylum_desk.interchange.reader import read_cases
from asylum_desk.interchange.writer import write_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.audit_chain import now_utc
from asylum_desk.storage.tables import DraftRow


@dataclass(frozen=True, slots=True)
class Draft:
    """A case as it was being edited, and when it was last autosaved."""

    draft_key: str
    case_number: str | None
    saved_at: str
    case: Case


class DraftService:
    """Drafts of the signed-in user."""

    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault

    def save(self, draft_key: str, case: Case) -> None:
        """Keep (or replace) the draft of one editor."""
        content = write_cases([case])
        with self.vault.transaction() as session:
            row = session.scalar(
                select(DraftRow).where(
                    DraftRow.owner == self.vault.username, DraftRow.draft_key == draft_key
                )
            )
            if row is None:
                row = DraftRow(owner=self.vault.username, draft_key=draft_key)
                session.add(row)
            row.case_number = case.case_number
            row.saved_at = now_utc()
            row.content = content

    def pending(self) -> list[Draft]:
        """The signed-in user's drafts, newest first."""
        with self.vault.transaction() as session:
            rows = session.scalars(
                select(DraftRow)
                .where(DraftRow.owner == self.vault.username)
                .order_by(DraftRow.saved_at.desc())
            ).all()
            return [
                Draft(row.draft_key, row.case_number, row.saved_at, read_cases(row.content)[0])
                for row in rows
            ]

    def discard(self, draft_key: str) -> None:
        """Forget a draft (after saving the case, or when the user declines to restore it)."""
        with self.vault.transaction() as session:
            session.execute(
                delete(DraftRow).where(
                    DraftRow.owner == self.vault.username, DraftRow.draft_key == draft_key
                )
            )
