"""What an unexpected error leaves behind: one line naming the place, never the data.

A normal traceback prints the exception's message and the source lines around it; either
can quote a name or a statement. Asylum Desk's handlers print only the error's type and
where it happened (file, function, line), on every thread, so that a crash report can be
sent to a developer without disclosing anyone. ``--debug`` on the command line still shows
full tracebacks on purpose.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

PREFIX = "Asylum Desk: unexpected error"


def describe(error_type: type[BaseException], tb: TracebackType | None) -> str:
    """``PREFIX: TypeName at package/module.py:function:line`` (the innermost own frame)."""
    place = "unknown place"
    for frame in reversed(traceback.extract_tb(tb)):
        if "asylum_desk" in frame.filename:
            path = frame.filename.replace("\\", "/")
            place = f"{path[path.rindex('asylum_desk') :]}:{frame.name}:{frame.lineno}"
            break
    else:
        frames = traceback.extract_tb(tb)
        if frames:
            place = f"{frames[-1].name}:{frames[-1].lineno}"
    return f"{PREFIX}: {error_type.__name__} at {place}. No case data is included here."


def install(stream: Callable[[], TextIO] = lambda: sys.stderr) -> None:
    """Replace the process's and threads' exception hooks with the one-line report."""

    def hook(
        error_type: type[BaseException],
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(error_type, KeyboardInterrupt):
            sys.__excepthook__(error_type, error or error_type(), tb)
            return
        print(describe(error_type, tb), file=stream(), flush=True)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
