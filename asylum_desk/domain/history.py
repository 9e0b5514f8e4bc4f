"""One line of a case's history, as read from the audit trail (no personal data)."""

from __future__ import annotations

from dataclasses import dataclass

ACTION_WORDS = {
    "create": "created",
    "import": "imported",
    "update": "saved",
    "view": "opened",
    "close": "closed",
    "add": "added",
    "export": "exported",
    "packet": "made",
    "save": "saved",
    "print": "printed",
    "link": "linked",
    "unlink": "unlinked",
    "not_duplicate": "dismissed",
    "undo_not_duplicate": "reopened",
    "merge": "merged",
    "resolve": "resolved",
}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One thing that happened to a case."""

    at: str
    actor: str
    action: str
    entity: str

    @property
    def description(self) -> str:
        """A short sentence such as "saved case" or "added family member"."""
        verb = ACTION_WORDS.get(self.action, self.action.replace("_", " "))
        return f"{verb} {self.entity.replace('_', ' ')}"
