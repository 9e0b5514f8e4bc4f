"""Encrypted case bundles in the app: Send cases…, Receive bundle…, Offices and identity…."""
