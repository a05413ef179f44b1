"""What a sync round reports, kept apart from the round itself so that the desk can name it
without importing the HTTP client and the wire models at start-up (they cost ~0.4 s)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[str, int, int | None], None]
CLOCK_WARNING_MS = 5 * 60 * 1000


@dataclass
class Summary:
    pushed: dict[str, int] = field(default_factory=dict)
    pulled: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    bytes_sent: int = 0
    pending: int = 0
    clock_offset_ms: int | None = None
    reset: bool = False
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "pending": self.pending,
            "requests": self.requests,
            "bytes_sent": self.bytes_sent,
            "clock_offset_ms": self.clock_offset_ms,
            "reset": self.reset,
            "skipped": len(self.skipped),
            "seconds": round(self.seconds, 3),
        }
