"""The import's word-by-word folding gives the same keys as the desk's search_key."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.folding import search_key
from branchdesk.importing.matching import fold, record_values, search_text, title_key
from branchdesk.importing.model import RecordData
from branchdesk.importing.source import open_source, records
from branchdesk.services.catalogue import RecordInput, record_search_text

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    "text",
    ["Абай жолы : роман-эпопея", "İstanbul, ıslak", "Шығыс-Батыс  (2-бас.)", "Yuliya Ii", ""],
)
def test_fold_is_search_key(text: str) -> None:
    assert fold(text) == search_key(text)


@given(st.text(alphabet=st.sampled_from("аәбғқңөұүһіyuaiI İı-.,: 0Ё"), max_size=40))
def test_fold_is_search_key_for_any_text(text: str) -> None:
    assert fold(text) == search_key(text)


def test_search_text_is_the_desks() -> None:
    for record in records(open_source(DATA / "marc21-utf8.mrc")):
        assert isinstance(record, RecordData)
        values = record_values(record)
        desk = RecordInput(
            title=record.title,
            authors=record.authors,
            isbn=record.isbn,
            publisher=record.publisher,
            bbk=record.bbk,
        )
        assert search_text(values) == record_search_text(desk)


def test_title_key_ignores_case_subtitle_and_other_authors() -> None:
    key = title_key("Абай жолы : роман-эпопея", "Әуезов, Мұхтар; Басқа", 2019)
    assert key == title_key("АБАЙ ЖОЛЫ", "әуезов, мұхтар", 2019)
    assert key != title_key("Абай жолы", "Әуезов, Мұхтар", 2020)
