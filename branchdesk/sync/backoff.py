"""When to try again: capped exponential backoff with full jitter (DESIGN §5).

sleep = random(0, min(cap, base * 2**failures)), reset after a success: many branches that
lost the network together do not come back in lockstep (AWS Architecture Blog,
"Exponential Backoff And Jitter").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

BASE_SECONDS = 2.0
CAP_SECONDS = 300.0


@dataclass
class Backoff:
    base: float = BASE_SECONDS
    cap: float = CAP_SECONDS
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def failed(self) -> float:
        """Count a failure and return how long to wait before the next try, in seconds."""
        ceiling = min(self.cap, self.base * 2.0 ** min(self.failures, 30))
        self.failures += 1
        return self.rng.uniform(0.0, ceiling)

    def succeeded(self) -> None:
        self.failures = 0
