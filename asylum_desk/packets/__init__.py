"""PDF application packets rendered with reportlab (built on the vault services)."""
