"""How an imported record finds the one already catalogued, and what a newer export changes.

The order is the issue's: control number, then ISBN, then title + first author + year. A
candidate found by ISBN or by title that carries another control number is a different
record (volumes of a set share an ISBN): matching it would make two records of the file
overwrite each other on every import.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from branchdesk.domain.folding import search_key
from branchdesk.importing.model import RecordData


@lru_cache(maxsize=200_000)
def _word_key(word: str) -> str:
    return search_key(word)


def fold(text: str) -> str:
    """search_key, word by word with the words' keys remembered: names, publishers and
    common title words repeat through a catalogue, and folding letter by letter was a
    third of an import's time. The same key, as search_key folds each word on its own."""
    return " ".join(key for word in text.split() if (key := _word_key(word)))


def search_text(values: Mapping[str, Any]) -> str:
    """What record_search_text makes of a record, by `fold`."""
    parts = (values[n] for n in ("title", "authors", "isbn", "publisher", "bbk"))
    return fold(" ".join(p for p in parts if p))


def title_key(title: str, authors: str | None, year: int | None) -> int:
    """A hash of the folded title proper (without what follows " : "), first author and
    year. Only the hash is kept in memory, so a catalogue of hundreds of thousands of titles
    costs a few megabytes."""
    first = (authors or "").split(";")[0]
    proper = title.split(" : ", maxsplit=1)[0]
    return hash(f"{fold(proper)}|{fold(first)}|{year or ''}")


def record_values(record: RecordData) -> dict[str, Any]:
    return {
        "title": record.title,
        "authors": record.authors,
        "isbn": record.isbn,
        "publisher": record.publisher,
        "year": record.year,
        "language": record.language.value,
        "bbk": record.bbk,
        "udc": record.udc,
        "audience": record.audience.value,
        "subjects": record.subjects,
        "control_number": record.control_number,
    }


def same_identity(record: RecordData, stored_control: str | None) -> bool:
    """Whether a candidate found by ISBN or title may be this record."""
    return (
        record.control_number is None
        or stored_control is None
        or stored_control == record.control_number
    )


def changes(stored: Mapping[str, Any], record: RecordData) -> dict[str, Any]:
    """The fields a newer export changes. An empty field in the file never clears what the
    catalogue has (a librarian may have filled it in at the desk)."""
    found: dict[str, Any] = {}
    for name, value in record_values(record).items():
        if value is not None and stored.get(name) != value:
            found[name] = value
    return found
