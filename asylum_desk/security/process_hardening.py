"""Process-wide protections applied before any vault is opened."""

from __future__ import annotations

import sys


def disable_core_dumps() -> bool:
    """Forbid core dumps, which would write decrypted memory to disk; True if it applied."""
    if sys.platform == "win32":
        return False
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True
