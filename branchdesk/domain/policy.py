"""The loan policy matrix: reader category × item type, falling back to "any" (Koha, SLiMS).

Defaults follow Kazakh practice: 5 books for 15 days.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ANY = "*"


@dataclass(frozen=True)
class LoanRule:
    loan_days: int = 15
    max_loans: int = 5
    max_renewals: int = 2
    renewal_days: int = 15

    def __post_init__(self) -> None:
        if self.loan_days < 1 or self.renewal_days < 1:
            raise ValueError("loan and renewal periods are at least one day")
        if self.max_loans < 0 or self.max_renewals < 0:
            raise ValueError("limits cannot be negative")


DEFAULT_RULE = LoanRule()


@dataclass(frozen=True)
class PolicyMatrix:
    """Rules keyed by (reader category, item type); either side may be ANY."""

    rules: Mapping[tuple[str, str], LoanRule] = field(default_factory=dict)
    default: LoanRule = DEFAULT_RULE

    def rule_for(self, category: str, item_type: str) -> LoanRule:
        # The most specific rule wins; a category rule is more specific than an item-type rule
        # because branches set limits per kind of reader first (children, pupils).
        for key in ((category, item_type), (category, ANY), (ANY, item_type), (ANY, ANY)):
            rule = self.rules.get(key)
            if rule is not None:
                return rule
        return self.default
