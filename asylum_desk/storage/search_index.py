"""The search index over cases, kept current by the case repository.

In the vault file it is an FTS5 table, contentless (it stores no copy of the text, only the
token lists), whose rowid is the case's id. In a shared PostgreSQL database it is a table of
text-search documents (folded words and positions, see ``search_text.document``) with a GIN
index, keyed by the case's id the same way.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from asylum_desk.storage.search_text import document

CREATE_INDEX = (
    "CREATE VIRTUAL TABLE case_search USING fts5("
    "body, content='', contentless_delete=1, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
DROP_INDEX = "DROP TABLE IF EXISTS case_search"


def _shared(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def put(connection: Connection, case_id: int, body: str) -> None:
    """Index (or re-index) one case."""
    if _shared(connection):
        connection.execute(
            text(
                "INSERT INTO case_search (rowid, document) VALUES (:id, CAST(:doc AS tsvector)) "
                "ON CONFLICT (rowid) DO UPDATE SET document = excluded.document"
            ),
            {"id": case_id, "doc": document(body)},
        )
        return
    remove(connection, case_id)
    connection.execute(
        text("INSERT INTO case_search(rowid, body) VALUES (:id, :body)"),
        {"id": case_id, "body": body},
    )


def remove(connection: Connection, case_id: int) -> None:
    """Drop a case from the index."""
    connection.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})

