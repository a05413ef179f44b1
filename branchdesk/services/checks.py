"""Field checks the services share: a required text is trimmed, present and within limits."""

from __future__ import annotations

from branchdesk.domain.readers import check_text
from branchdesk.errors import InvalidInput, raise_if_problem


def required_text(value: str, field: str, limit: int = 500) -> str:
    text = value.strip()
    if not text:
        raise InvalidInput("required", field=field)
    raise_if_problem(check_text(text, field, limit))
    return text
