"""The encrypted database: SQLCipher engine, ORM tables, repositories, search index, migrations."""
