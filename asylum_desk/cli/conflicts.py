"""`asylum-desk conflicts list|resolve`: the conflicts of received cases (supervisors)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from asylum_desk.services import merge
from asylum_desk.services.open_vault import OpenVault

OK = 0


def _cell(text: str) -> str:
    """One tab-separated cell: line breaks and tabs become spaces."""
    return " ".join(text.replace("\t", " ").splitlines())


def cmd_conflicts(
    args: argparse.Namespace, unlock: Callable[[argparse.Namespace], OpenVault]
) -> int:
    """List the open conflicts, or resolve one by keeping ours or taking theirs."""
    if args.conflicts_command == "list":
        with unlock(args) as vault:
            found = merge.open_conflicts(vault, args.case)
        for view in found:
            cells = (
                str(view.id),
                view.case_number,
                view.field,
                view.office_code,
                view.received_at,
                view.ours,
                view.theirs,
                view.base,
            )
            print("\t".join(_cell(cell) for cell in cells))
        print(
            f"{len(found)} open conflict{'' if len(found) == 1 else 's'}"
            + (": ID, case, field, office, received, ours, theirs, base." if found else "."),
            file=sys.stderr,
        )
        return OK
    if args.conflicts_command == "resolve":
        with unlock(args) as vault:
            merge.resolve_conflict(vault, args.id, args.take)
        kept = "kept this office's value" if args.take == "ours" else "took the other office's"
        print(f"Conflict {args.id} resolved: {kept}.", file=sys.stderr)
        return OK
    raise ValueError("Say what to do: asylum-desk conflicts list|resolve.")
