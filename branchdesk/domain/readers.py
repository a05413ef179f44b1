"""Checking what a librarian types into a reader's record, field by field.

Returns problems as (field, code, params) so a form can mark the field as the user types and
the command line can word the same codes.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from branchdesk.domain.groups import AgeBands, SocialGroup, age_on
from branchdesk.domain.iin import IinError, IinInfo, parse_iin

NAME_MAX = 100
TEXT_MAX = 300


@dataclass(frozen=True)
class ReaderInput:
    """What the registration form holds; optional fields are None when left empty."""

    surname: str
    name: str
    patronymic: str | None = None
    iin: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    category: str = SocialGroup.OTHER.value
    school_or_work: str | None = None
    education: str | None = None
    settlement: str | None = None
    street: str | None = None
    house: str | None = None
    flat: str | None = None
    phone: str | None = None
    guarantor_name: str | None = None
    guarantor_iin: str | None = None
    guarantor_phone: str | None = None
    consent_date: date | None = None
    language: str | None = None
    notes: str | None = None


# The reader's own fields, as the form, the journal's payloads and the reader table name them.
READER_INPUT_FIELDS = tuple(ReaderInput.__dataclass_fields__)


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    params: dict[str, str | int] = dataclasses.field(default_factory=dict)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def check_name(value: str | None, field_name: str, *, required: bool) -> Problem | None:
    text = (value or "").strip()
    if not text:
        return Problem(field_name, "required") if required else None
    if len(text) > NAME_MAX:
        return Problem(field_name, "too_long", {"max": NAME_MAX})
    if _has_control(text) or not any(ch.isalpha() for ch in text):
        return Problem(field_name, "not_a_name")
    return None


def check_text(value: str | None, field_name: str, limit: int = TEXT_MAX) -> Problem | None:
    if value is None:
        return None
    if len(value) > limit:
        return Problem(field_name, "too_long", {"max": limit})
    if _has_control(value.replace("\n", "")):
        return Problem(field_name, "bad_characters")
    return None


def check_iin(value: str | None, field_name: str = "iin") -> IinInfo | Problem | None:
    if value is None or not value.strip():
        return None
    parsed = parse_iin(value)
    if isinstance(parsed, IinError):
        return Problem(field_name, f"iin_{parsed.value}")
    return parsed


def check_reader(data: ReaderInput, today: date, bands: AgeBands) -> list[Problem]:
    """Every problem in the form; an empty list means it can be saved."""
    problems: list[Problem] = []
    for name, required in (("surname", True), ("name", True), ("patronymic", False)):
        problem = check_name(getattr(data, name), name, required=required)
        if problem:
            problems.append(problem)
    for name in (
        "school_or_work",
        "education",
        "settlement",
        "street",
        "house",
        "flat",
        "phone",
        "guarantor_name",
        "guarantor_phone",
    ):
        problem = check_text(getattr(data, name), name)
        if problem:
            problems.append(problem)
    text_problem = check_text(data.notes, "notes", limit=5000)
    if text_problem:
        problems.append(text_problem)
    if data.category not in {g.value for g in SocialGroup}:
        problems.append(Problem("category", "unknown_category", {"category": data.category}))
    iin = check_iin(data.iin)
    if isinstance(iin, Problem):
        problems.append(iin)
    elif iin is not None:
        if data.birth_date is not None and data.birth_date != iin.birth_date:
            problems.append(Problem("birth_date", "birth_date_differs_from_iin"))
        if data.sex is not None and data.sex != iin.sex.value:
            problems.append(Problem("sex", "sex_differs_from_iin"))
    guarantor_iin = check_iin(data.guarantor_iin, "guarantor_iin")
    if isinstance(guarantor_iin, Problem):
        problems.append(guarantor_iin)
    birth = iin.birth_date if isinstance(iin, IinInfo) else data.birth_date
    if birth is not None:
        if birth > today:
            problems.append(Problem("birth_date", "in_future"))
        elif age_on(birth, today) <= bands.children_max and not (data.guarantor_name or "").strip():
            # Children register on a parent's or guardian's guarantee.
            problems.append(Problem("guarantor_name", "guarantor_required"))
    if data.sex is not None and data.sex not in ("m", "f"):
        problems.append(Problem("sex", "unknown_sex"))
    if data.consent_date is not None and data.consent_date > today:
        problems.append(Problem("consent_date", "in_future"))
    return problems


def filled_from_iin(data: ReaderInput) -> ReaderInput:
    """Birth date and sex come from a valid ИИН when the form left them empty."""
    iin = check_iin(data.iin)
    if not isinstance(iin, IinInfo):
        return data
    return replace(
        data,
        iin=iin.iin,
        birth_date=data.birth_date or iin.birth_date,
        sex=data.sex or iin.sex.value,
    )


MASK = "•"


def mask_iin(iin: str | None) -> str:
    """An ИИН as lists show it: the last four digits, enough to tell two namesakes apart;
    the whole number only on the reader's card."""
    digits = "".join(ch for ch in iin or "" if ch.isdigit())
    return "" if not digits else MASK * max(len(digits) - 4, 0) + digits[-4:]


def mask_phone(phone: str | None) -> str:
    """A phone number as lists show it: its last two digits only."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return "" if not digits else MASK * max(len(digits) - 2, 0) + digits[-2:]
