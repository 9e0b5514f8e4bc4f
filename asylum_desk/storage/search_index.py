"""The FTS5 search index over cases, kept current by the case repository.

The index is contentless (it stores no copy of the text, only the token lists), lives inside
the encrypted database, and its rowid is the case's id.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

CREATE_INDEX = (
    "CREATE VIRTUAL TABLE case_search USING fts5("
    "body, content='', contentless_delete=1, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
DROP_INDEX = "DROP TABLE IF EXISTS case_search"


def put(connection: Connection, case_id: int, body: str) -> None:
    """Index (or re-index) one case."""
    remove(connection, case_id)
    connection.execute(
        text("INSERT INTO case_search(rowid, body) VALUES (:id, :body)"),
        {"id": case_id, "body": body},
    )


def remove(connection: Connection, case_id: int) -> None:
    """Drop a case from the index."""
    connection.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})
