"""Which column of a sheet holds which field: the user's mapping, else the header's words.

A mapping is {field: header text}. The user's choice is remembered per kind (records,
readers) in the branch's settings; fields it does not name are found by the usual header
words in Kazakh, Russian and English, compared folded (case, spaces, ё/е).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from branchdesk.errors import WorldError

RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "заглавие", "название", "атауы", "кітап атауы"),
    "subtitle": ("subtitle", "подзаголовок", "сведения к заглавию"),
    "authors": ("authors", "author", "автор", "авторы", "авторлар"),
    "isbn": ("isbn",),
    "publisher": ("publisher", "издательство", "баспа"),
    "year": ("year", "год", "год издания", "жылы", "басылым жылы"),
    "language": ("language", "язык", "тілі", "тіл"),
    "bbk": ("bbk", "ббк", "ббк индекс"),
    "udc": ("udc", "удк", "әож"),
    "audience": ("audience", "читательское назначение", "оқырман"),
    "subjects": ("subjects", "рубрики", "тақырып"),
    "control_number": ("control_number", "id", "номер записи", "шифр записи"),
    "barcode": ("barcode", "штрих-код", "штрихкод", "штрих код", "штрихкод нөмірі"),
    "inventory_number": ("inventory_number", "инвентарный номер", "инв. номер", "инв. №"),
    "location": ("location", "место хранения", "орны", "сақтау орны"),
    "home_branch": ("home_branch", "филиал", "branch"),
    "price": ("price", "цена", "бағасы"),
    "acquired_on": ("acquired_on", "дата поступления", "түскен күні"),
}
RECORD_REQUIRED = ("title",)

READER_FIELDS: dict[str, tuple[str, ...]] = {
    "card": ("card", "card_number", "номер билета", "читательский билет", "билет нөмірі"),
    "surname": ("surname", "фамилия", "тегі"),
    "name": ("name", "имя", "аты"),
    "patronymic": ("patronymic", "отчество", "әкесінің аты"),
    "iin": ("iin", "иин", "жсн"),
    "birth_date": ("birth_date", "дата рождения", "туған күні"),
    "sex": ("sex", "пол", "жынысы"),
    "category": ("category", "категория", "группа", "санаты", "тобы"),
    "school_or_work": ("school_or_work", "место учебы", "место работы", "оқу/жұмыс орны"),
    "education": ("education", "образование", "білімі"),
    "settlement": ("settlement", "населенный пункт", "елді мекен"),
    "street": ("street", "улица", "көше"),
    "house": ("house", "дом", "үй"),
    "flat": ("flat", "квартира", "пәтер"),
    "phone": ("phone", "телефон"),
    "guarantor_name": ("guarantor_name", "поручитель", "кепіл"),
    "guarantor_iin": ("guarantor_iin", "иин поручителя", "кепілдің жсн"),
    "guarantor_phone": ("guarantor_phone", "телефон поручителя", "кепілдің телефоны"),
    "consent_date": ("consent_date", "согласие", "келісім"),
    "language": ("language", "язык обслуживания", "қызмет тілі"),
    "notes": ("notes", "примечание", "ескертпе"),
    "registered_on": ("registered_on", "дата записи", "тіркелген күні"),
}
READER_REQUIRED = ("surname", "name")


def fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").replace("_", " ").split())


def parse_mapping(text: str, fields: Mapping[str, object]) -> dict[str, str]:
    """`field=Header,field=Header` or a JSON object, as typed on the command line."""
    text = text.strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            found = json.loads(text)
        except ValueError:
            raise WorldError("bad_mapping", mapping=text[:80]) from None
        if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
            raise WorldError("bad_mapping", mapping=text[:80])
        pairs = list(found.items())
    else:
        pairs = []
        for part in text.split(","):
            name, sep, header = part.partition("=")
            if not sep:
                raise WorldError("bad_mapping", mapping=part[:80])
            pairs.append((name.strip(), header.strip()))
    for name, _header in pairs:
        if name not in fields:
            raise WorldError("unknown_column_field", field=name[:40])
    return dict(pairs)


def match(
    header: list[str],
    fields: Mapping[str, tuple[str, ...]],
    chosen: Mapping[str, str],
    *,
    lenient: bool = False,
) -> tuple[dict[str, str], dict[str, str]]:
    """({field: header text} found in this sheet, {field: chosen header it does not have}).

    A field chosen as "" is deliberately not read (no header word stands in for it). With
    `lenient` (a remembered mapping, made for another file), a chosen header this sheet
    lacks is not an error: the field is found by its usual words instead.
    """
    by_fold = {fold(h): h for h in header if h}
    found: dict[str, str] = {}
    absent: dict[str, str] = {}
    for name, words in fields.items():
        wanted = chosen.get(name)
        if wanted is not None and (wanted == "" or fold(wanted) in by_fold or not lenient):
            if wanted and fold(wanted) in by_fold:
                found[name] = by_fold[fold(wanted)]
            elif wanted:
                absent[name] = wanted
            continue
        for word in (name, *words):
            if fold(word) in by_fold:
                found[name] = by_fold[fold(word)]
                break
    return found, absent


def resolve(
    header: list[str],
    fields: Mapping[str, tuple[str, ...]],
    required: tuple[str, ...],
    chosen: Mapping[str, str],
    *,
    lenient: bool = False,
) -> dict[str, str]:
    """{field: header text} for this sheet; missing required columns are refused here,
    before anything is written."""
    found, absent = match(header, fields, chosen, lenient=lenient)
    missing = list(absent.values())
    missing += [name for name in required if name not in found and name not in absent]
    if missing:
        raise WorldError("missing_columns", columns=", ".join(missing))
    return found
