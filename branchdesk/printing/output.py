"""Writing a document to its file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from branchdesk.errors import WorldError


def write_whole(out: Path, make: Callable[[Path], None]) -> None:
    """`make` writes the document to a temporary file beside `out`, which then takes its
    place in one step: a failure half way leaves no half-written document behind."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise WorldError("output_unwritable", path=str(out))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WorldError("output_unwritable", path=str(out)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        make(temporary)
        os.replace(temporary, out)
    except OSError as exc:
        raise WorldError("output_unwritable", path=str(out)) from exc
    finally:
        temporary.unlink(missing_ok=True)
