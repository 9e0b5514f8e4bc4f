"""Alembic migrations of the vault schema (run programmatically, never from a URL)."""
