"""Errors of the service layer, each with a one-line message for a person."""

from asylum_desk.storage.errors import database_trouble
from asylum_desk.storage.shared import connection_problem

__all__ = [
    "NewerVaultError",
    "PermissionDeniedError",
    "ServiceError",
    "connection_problem",
    "database_trouble",
]


class ServiceError(Exception):
    """Base of service-layer errors."""


class PermissionDeniedError(ServiceError):
    """The signed-in user's role does not allow this action."""


class NewerVaultError(ServiceError):
    """The vault was written by a newer version of Asylum Desk."""
