"""Turning the texts of catalogue fields into the values a record keeps."""

from __future__ import annotations

import re
from datetime import date, datetime

from stdnum import isbn as stdnum_isbn
from stdnum.exceptions import ValidationError

from branchdesk.domain.codes import is_item_barcode, normalise_scan
from branchdesk.domain.model import Language

# ISBD punctuation that cataloguers leave at the end of a subfield ("Абай жолы :", "Алматы ;").
_TRAILING = " \t/:;,=+."
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_ISO_LANGUAGES = {"kaz": Language.KAZAKH, "kk": Language.KAZAKH, "rus": Language.RUSSIAN}
_ISO_LANGUAGES["ru"] = Language.RUSSIAN


def clean(value: str | None, limit: int = 1000) -> str | None:
    """Trimmed text without the ISBD punctuation at its end, cut to what the column holds;
    None when nothing is left."""
    if value is None:
        return None
    text = " ".join(value.split()).rstrip(_TRAILING).strip()
    # "[Б. м.]" and the like stay; an abbreviation's dot is lost, which search does not mind.
    return text[:limit] or None


def join(parts: list[str | None], separator: str = "; ", limit: int = 1000) -> str | None:
    seen: list[str] = []
    for part in parts:
        text = clean(part, limit)
        if text and text not in seen:
            seen.append(text)
    return clean(separator.join(seen), limit) if seen else None


def normalise_isbn(value: str | None) -> str | None:
    """The ISBN as ISBN-13 with its hyphens (978-601-…), or None when it is not valid.

    "5-7133-0741-4 (в пер.)": the number is the first word, as catalogues write it.
    """
    if not value or not value.split():
        return None
    candidate = value.split()[0]
    try:
        valid = stdnum_isbn.validate(candidate)
        return stdnum_isbn.format(stdnum_isbn.to_isbn13(valid))
    except ValidationError:
        return None


def isbn_forms(value: str) -> tuple[str, ...]:
    """The ways a stored ISBN may be written: with and without hyphens, 13 and 10 digits."""
    compact = stdnum_isbn.compact(value)
    forms = {value, compact}
    try:
        forms.add(stdnum_isbn.format(compact))
        ten = stdnum_isbn.to_isbn10(compact)
        forms.update({ten, stdnum_isbn.format(ten)})
    except ValidationError:
        pass  # a 979 ISBN has no ten-digit form
    return tuple(sorted(forms))


def isbn_key(value: str | None) -> int | None:
    """One number for every way an ISBN is written (10 or 13 digits, hyphens or not)."""
    if not value:
        return None
    try:
        return hash(stdnum_isbn.compact(stdnum_isbn.to_isbn13(value)))
    except ValidationError:
        return None


def year_of(value: str | None) -> int | None:
    """The first four-digit year in "2019", "c2019.", "[2019]", "2019-2020"."""
    if not value:
        return None
    found = _YEAR.search(value)
    return int(found.group(1)) if found else None


def language_of(code: str | None, title: str) -> Language:
    """The language from a MARC code (kaz, rus), or from the title's letters when none is
    given: Kazakh-specific letters mean Kazakh, other Cyrillic Russian."""
    if code:
        found = _ISO_LANGUAGES.get(code.strip().lower()[:3])
        if found is not None:
            return found
        if code.strip():
            return Language.OTHER
    if any(ch in _KAZAKH for ch in title):
        return Language.KAZAKH
    if any("\u0400" <= ch <= "\u04ff" for ch in title):
        return Language.RUSSIAN
    return Language.OTHER


def barcode_of(value: str | None) -> str | None:
    """The barcode as the desk's scanner would read it, or None when it is not one."""
    if not value:
        return None
    code = normalise_scan(value)
    return code if is_item_barcode(code) else None


def date_of(value: object) -> date | None:
    """A date from an Excel cell, ISO text, "31.12.2019" or IRBIS's "20191231"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%Y%m%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)
