"""Why a sync round could not finish: apart from the client, so the desk can name it without
importing httpx at start-up."""

from __future__ import annotations

from branchdesk.errors import WorldError


class SyncError(WorldError):
    """Why a round could not finish. `kind` tells the worker what to do next:
    offline/server -> try again later; token/upgrade/refused -> stop and ask a person."""

    def __init__(self, kind: str, /, **params: str | int) -> None:
        super().__init__(f"sync_{kind}", **params)
        self.kind = kind
