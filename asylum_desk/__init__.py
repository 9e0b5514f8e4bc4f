"""Asylum Desk: offline, encrypted case records and application packets for field offices."""

__version__ = "0.1.0"
