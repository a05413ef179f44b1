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
        return self._chosen(category, item_type)[1]

    def _chosen(self, category: str, item_type: str) -> tuple[tuple[str, str] | None, LoanRule]:
        # The most specific rule wins; a category rule is more specific than an item-type rule
        # because branches set limits per kind of reader first (children, pupils).
        for key in ((category, item_type), (category, ANY), (ANY, item_type), (ANY, ANY)):
            rule = self.rules.get(key)
            if rule is not None:
                return key, rule
        return None, self.default

    def limits_for(self, category: str, item_type: str) -> tuple[LoanLimit, ...]:
        """The limits a new loan of `item_type` must keep, as Koha reads its matrix: a rule
        written for a kind of item limits the loans of that kind, and the reader's general
        rule (any kind) still limits all loans together. Five books and two magazines:
        {(*, *): 5, (*, magazine): 2} lets a reader hold two magazines beside three books,
        but not a sixth item of any kind."""
        key, rule = self._chosen(category, item_type)
        if key is None or key[1] == ANY:
            return (LoanLimit(rule.max_loans, None),)
        general = next(
            (self.rules[k] for k in ((category, ANY), (ANY, ANY)) if k in self.rules),
            self.default,
        )
        return (LoanLimit(rule.max_loans, item_type), LoanLimit(general.max_loans, None))


@dataclass(frozen=True)
class LoanLimit:
    """At most `most` open loans of one kind of item (`item_type`), or of all (None)."""

    most: int
    item_type: str | None
