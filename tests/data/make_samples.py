"""Makes the import sample files in this folder: `python tests/data/make_samples.py`.

pymarc writes the UTF-8 MARC21 and the MARCXML; it writes no MARC-8 and no cp1251, so those
two go through the small ISO 2709 writer below (a leader, a directory, the fields), with
MARC-8 encoded from pymarc's own MARC-8 tables. The readers' ИИН are made by the domain's
make_iin, so they are valid; the bad files are the good ones damaged on purpose.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from pymarc import Field, Indicators, Leader, Record, Subfield, XMLWriter
from pymarc.marc8_mapping import CODESETS
from stdnum import ean

from branchdesk.domain.iin import Sex, make_iin

HERE = Path(__file__).resolve().parent
FT, RT, SF = "\x1e", "\x1d", "\x1f"


def workbook() -> Workbook:
    """A workbook with fixed times, so that making the samples again changes no file."""
    book = Workbook()
    book.properties.created = book.properties.modified = datetime(2026, 1, 1)
    return book


def isbn13(body: str) -> str:
    """An ISBN-13 with its check digit, from the first twelve digits."""
    return body + ean.calc_check_digit(body)


@dataclass
class Book:
    control: str
    title: str
    subtitle: str | None
    authors: list[tuple[str, str]]  # (surname, given names)
    publisher: str
    place: str
    year: int
    lang: str  # kaz, rus, eng
    bbk: str | None
    udc: str | None
    isbn: str | None
    children: bool = False
    copies: list[tuple[str, str, str]] = field(default_factory=list)  # barcode, inventory, place


KAZAKH = [
    Book(
        "KZ-0001",
        "Абай жолы",
        "роман-эпопея",
        [("Әуезов", "Мұхтар")],
        "Жазушы",
        "Алматы",
        2019,
        "kaz",
        "84(5Каз)6-44",
        "821.512.122",
        isbn13("978601200001"),
        copies=[("100001", "И-1001", "Абонемент"), ("100002", "И-1002", "Оқу залы")],
    ),
    Book(
        "KZ-0002",
        "Қара сөздер",
        None,
        [("Құнанбайұлы", "Абай")],
        "Өнер",
        "Алматы",
        2020,
        "kaz",
        "84(5Каз)5",
        None,
        isbn13("978601200002"),
        copies=[("100003", "И-1003", "Абонемент")],
    ),
    Book(
        "KZ-0003",
        "Көшпенділер",
        "тарихи трилогия",
        [("Есенберлин", "Ілияс")],
        "Жазушы",
        "Алматы",
        2018,
        "kaz",
        "84(5Каз)6",
        None,
        isbn13("978601200003"),
        copies=[("100004", "И-1004", "Абонемент")],
    ),
    Book(
        "KZ-0004",
        "Балаларға арналған ертегілер",
        None,
        [("Алтынсарин", "Ыбырай")],
        "Балауса",
        "Астана",
        2021,
        "kaz",
        "84(5Каз)-5",
        None,
        isbn13("978601200004"),
        children=True,
        copies=[("100005", "И-1005", "Балалар бөлімі")],
    ),
    # No BBK: lands in the unclassified diary section and is listed.
    Book(
        "KZ-0005",
        "Үйдегі бақша",
        "кеңестер",
        [("Сәрсенбаева", "Гүлнұр")],
        "Фолиант",
        "Астана",
        2022,
        "kaz",
        None,
        None,
        isbn13("978601200005"),
        copies=[("100006", "И-1006", "Абонемент")],
    ),
]
RUSSIAN = [
    Book(
        "RU-0001",
        "Война и мир",
        "роман",
        [("Толстой", "Лев Николаевич")],
        "Эксмо",
        "Москва",
        2015,
        "rus",
        "84(2Рос=Рус)1",
        "821.161.1",
        isbn13("978569900001"),
        copies=[("200001", "И-2001", "Абонемент")],
    ),
    Book(
        "RU-0002",
        "Степные кочевники",
        "история Казахстана",
        [("Кляшторный", "Сергей"), ("Султанов", "Турсун")],
        "Дайк-Пресс",
        "Алматы",
        2004,
        "rus",
        "63.3(5Каз)",
        "94(574)",
        isbn13("978996500001"),
        copies=[("200002", "И-2002", "Читальный зал"), ("200003", "И-2003", "Абонемент")],
    ),
    Book(
        "RU-0003",
        "Овощеводство",
        "учебник",
        [("Иванова", "Мария")],
        "Колос",
        "Москва",
        2011,
        "rus",
        "42.34",
        "635",
        "5-00000-000-0",  # a wrong ISBN: dropped and listed
        copies=[("200004", "И-2004", "Абонемент")],
    ),
    Book(
        "RU-0004",
        "Сказки",
        None,
        [("Пушкин", "Александр Сергеевич")],
        "Детская литература",
        "Москва",
        2017,
        "rus",
        "84(2Рос=Рус)1-5",
        None,
        isbn13("978508000001"),
        children=True,
        copies=[("200005", "И-2005", "Детский отдел")],
    ),
]


def marc21(book: Book, koha: bool = True, utf8: bool = True) -> Record:
    record = Record(force_utf8=utf8, to_unicode=True)
    record.leader = Leader(f"00000nam {'a' if utf8 else ' '}2200000 i 4500")
    audience = "j" if book.children else "e"
    # 008: entered, date type and year, place (15-17), audience (22), language (35-37).
    fixed = f"260101s{book.year}    kz     {audience}            {book.lang} d"
    assert len(fixed) == 40
    assert fixed[22] == audience
    assert fixed[35:38] == book.lang
    record.add_field(Field(tag="001", data=book.control))
    record.add_field(Field(tag="008", data=fixed))
    if book.isbn:
        record.add_field(Field("020", Indicators(" ", " "), [Subfield("a", book.isbn)]))
    record.add_field(Field("041", Indicators("0", " "), [Subfield("a", book.lang)]))
    if book.udc:
        record.add_field(Field("080", Indicators(" ", " "), [Subfield("a", book.udc)]))
    if book.bbk:
        record.add_field(
            Field("084", Indicators(" ", " "), [Subfield("a", book.bbk), Subfield("2", "rubbk")])
        )
    surname, given = book.authors[0]
    record.add_field(Field("100", Indicators("1", " "), [Subfield("a", f"{surname}, {given}")]))
    title = [Subfield("a", book.title + (" :" if book.subtitle else " /"))]
    if book.subtitle:
        title.append(Subfield("b", book.subtitle + " /"))
    record.add_field(Field("245", Indicators("1", "0"), title))
    record.add_field(
        Field(
            "264",
            Indicators(" ", "1"),
            [
                Subfield("a", book.place + " :"),
                Subfield("b", book.publisher + ","),
                Subfield("c", f"{book.year}."),
            ],
        )
    )
    for surname, given in book.authors[1:]:
        record.add_field(Field("700", Indicators("1", " "), [Subfield("a", f"{surname}, {given}")]))
    for barcode, inventory, place in book.copies:
        if koha:
            subs = [
                Subfield("a", "BST"),
                Subfield("c", place),
                Subfield("i", inventory),
                Subfield("p", barcode),
                Subfield("d", "2024-03-01"),
            ]
            record.add_field(Field("952", Indicators(" ", " "), subs))
        else:
            subs = [Subfield("a", "BST"), Subfield("b", place), Subfield("p", barcode)]
            record.add_field(Field("852", Indicators(" ", " "), subs))
    return record


def rusmarc_fields(book: Book, charset: str) -> list[tuple[str, str]]:
    """(tag, data) in RUSMARC; data fields carry their indicators and subfield marks."""
    audience = "d" if book.children else "m"
    general = f"20260101d{book.year}    {audience}  y0rusy{charset}    ca"
    general = general[:17] + audience + general[18:26] + charset + general[28:]
    fields = [("001", book.control), ("100", f"  {SF}a{general}")]
    if book.isbn:
        fields.append(("010", f"  {SF}a{book.isbn}"))
    fields.append(("101", f"0 {SF}a{book.lang}"))
    title = f"1 {SF}a{book.title}" + (f"{SF}e{book.subtitle}" if book.subtitle else "")
    fields.append(("200", title + f"{SF}f{book.authors[0][1]} {book.authors[0][0]}"))
    fields.append(("210", f"  {SF}a{book.place}{SF}c{book.publisher}{SF}d{book.year}"))
    if book.udc:
        fields.append(("675", f"  {SF}a{book.udc}"))
    if book.bbk:
        fields.append(("686", f"  {SF}a{book.bbk}{SF}2rubbk"))
    surname, given = book.authors[0]
    fields.append(("700", f" 1{SF}a{surname}{SF}g{given}"))
    for surname, given in book.authors[1:]:
        fields.append(("701", f" 1{SF}a{surname}{SF}g{given}"))
    for barcode, inventory, place in book.copies:
        # IRBIS's copy field: ^a status (0 = available), ^b inventory number, ^c received,
        # ^d place, ^h barcode.
        fields.append(("910", f"  {SF}a0{SF}b{inventory}{SF}c20240301{SF}d{place}{SF}h{barcode}"))
    return fields


def iso2709(leader: str, fields: list[tuple[str, str]], encode) -> bytes:  # type: ignore[no-untyped-def]
    """One record in ISO 2709 with each field's text encoded by `encode`."""
    directory, data = b"", b""
    for tag, text in fields:
        body = encode(text) + FT.encode()
        directory += f"{tag}{len(body):04d}{len(data):05d}".encode()
        data += body
    directory += FT.encode()
    base = 24 + len(directory)
    total = base + len(data) + 1
    head = f"{total:05d}{leader[5:12]}{base:05d}{leader[17:24]}".encode()
    return head + directory + data + RT.encode()


def _marc8_tables() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    basic = {chr(u): b for b, (u, _c) in CODESETS[0x42].items()}
    ansel = {chr(u): b for b, (u, _c) in CODESETS[0x45].items()}
    cyrillic = {chr(u): b for b, (u, _c) in CODESETS[0x4E].items()}
    return basic, ansel, cyrillic


def marc8(text: str) -> bytes:
    """MARC-8: ASCII as is, Latin diacritics as ANSEL combining marks before their letter,
    Cyrillic in the basic Cyrillic set (ESC ( N ... ESC ( B)."""
    basic, ansel, cyrillic = _marc8_tables()
    out = bytearray()
    in_cyrillic = False
    for ch in unicodedata.normalize("NFC", text):
        if ch in cyrillic and not ch.isascii():
            if not in_cyrillic:
                out += b"\x1b(N"
                in_cyrillic = True
            out.append(cyrillic[ch])
            continue
        if in_cyrillic:
            out += b"\x1b(B"
            in_cyrillic = False
        if ch.isascii():
            out += ch.encode()
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        out += bytes(ansel[m] for m in marks) + basic.get(base, ord(base)).to_bytes(1, "big")
    if in_cyrillic:
        out += b"\x1b(B"
    return bytes(out)


def write_marc21() -> list[bytes]:
    books = KAZAKH + RUSSIAN
    chunks = [marc21(b, koha=i % 3 != 2).as_marc() for i, b in enumerate(books)]
    (HERE / "marc21-utf8.mrc").write_bytes(b"".join(chunks))
    with (HERE / "marc21.xml").open("wb") as out:
        writer = XMLWriter(out)
        for book in books:
            writer.write(marc21(book))
        writer.close(close_fh=False)
    return chunks


def write_marc8() -> None:
    latin = Book(
        "EN-0001",
        "Café society",
        "a novel",
        [("Dupré", "Zoë")],
        "Éditions Sud",
        "Paris",
        2009,
        "fre",
        "84(4Фра)",
        None,
        isbn13("978200000001"),
        copies=[("300001", "И-3001", "Abonement")],
    )
    chunks = []
    for book in [*RUSSIAN[:2], latin]:
        record = marc21(book, utf8=False)
        fields = [(f.tag, f.data if f.is_control_field() else _data(f)) for f in record.fields]
        chunks.append(iso2709(str(record.leader), fields, marc8))
    (HERE / "marc21-marc8.mrc").write_bytes(b"".join(chunks))


def _data(f: Field) -> str:
    return f.indicator1 + f.indicator2 + "".join(f"{SF}{s.code}{s.value}" for s in f.subfields)


def write_rusmarc() -> None:
    leader = "00000nam0 2200000   450 "
    cp1251 = [
        iso2709(leader, rusmarc_fields(b, "89"), lambda t: t.encode("cp1251")) for b in RUSSIAN
    ]
    (HERE / "rusmarc-irbis-cp1251.iso").write_bytes(b"".join(cp1251))
    utf8 = [iso2709(leader, rusmarc_fields(b, "50"), lambda t: t.encode("utf-8")) for b in KAZAKH]
    (HERE / "rusmarc-utf8.iso").write_bytes(b"".join(utf8))


def write_damaged(chunks: list[bytes]) -> None:
    # Truncated: the file stops in the middle of its last record.
    whole = b"".join(chunks[:4])
    (HERE / "marc21-truncated.mrc").write_bytes(whole[: len(whole) - 40])
    # Record 2: a leader whose length is letters. Record 4: a directory entry whose length
    # is not a number. Record 6: Russian text in cp1251 in a record that says UTF-8.
    broken_leader = b"x0y1z" + chunks[1][5:]
    entry = chunks[3]
    broken_directory = entry[: 24 + 3] + b"ab" + entry[24 + 5 :]
    wrong = marc21(RUSSIAN[0])
    fields = [(f.tag, f.data if f.is_control_field() else _data(f)) for f in wrong.fields]
    wrong_encoding = iso2709(str(wrong.leader), fields, lambda t: t.encode("cp1251"))
    damaged = [chunks[0], broken_leader, chunks[2], broken_directory, chunks[4], wrong_encoding]
    (HERE / "marc21-damaged.mrc").write_bytes(b"".join(damaged))
    (HERE / "not-a-catalogue.bin").write_bytes(bytes(range(256)) * 4)


RECORD_HEADER = [
    "Заглавие",
    "Сведения к заглавию",
    "Автор",
    "ISBN",
    "Издательство",
    "Год",
    "Язык",
    "ББК",
    "УДК",
    "Штрих-код",
    "Инвентарный номер",
    "Место хранения",
]


def _record_rows() -> list[list[str]]:
    rows = []
    for book in KAZAKH + RUSSIAN:
        for barcode, inventory, place in book.copies:
            authors = "; ".join(f"{surname}, {given}" for surname, given in book.authors)
            rows.append(
                [
                    book.title,
                    book.subtitle or "",
                    authors,
                    book.isbn or "",
                    book.publisher,
                    str(book.year),
                    book.lang,
                    book.bbk or "",
                    book.udc or "",
                    barcode,
                    inventory,
                    place,
                ]
            )
    return rows


def write_tables() -> None:
    rows = _record_rows()
    with (HERE / "records.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(RECORD_HEADER)
        writer.writerows(rows)
    with (HERE / "records-missing-columns.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(RECORD_HEADER[1:])  # no title column
        writer.writerows(r[1:] for r in rows)
    book = workbook()
    sheet = book.active
    sheet.append(RECORD_HEADER)
    for row in rows:
        sheet.append(row)
    book.save(HERE / "records.xlsx")


READER_HEADER = [
    "Номер билета",
    "Фамилия",
    "Имя",
    "Отчество",
    "ИИН",
    "Дата рождения",
    "Пол",
    "Категория",
    "Телефон",
    "Поручитель",
]


def _readers() -> list[list[str]]:
    def iin(day: date, sex: Sex, serial: int) -> str:
        found = make_iin(day, sex, serial)
        assert found is not None
        return found

    return [
        [
            "BST-000101",
            "Сейітқали",
            "Әлия",
            "Бауыржанқызы",
            iin(date(1985, 4, 12), Sex.FEMALE, 101),
            "12.04.1985",
            "ж",
            "служащий",
            "+7 701 111 2233",
            "",
        ],
        [
            "",
            "Нұрланов",
            "Ерғали",
            "",
            iin(date(1990, 7, 3), Sex.MALE, 102),
            "1990-07-03",
            "м",
            "рабочий",
            "",
            "",
        ],
        ["", "Иванова", "Ольга", "Петровна", "", "1960-01-20", "ж", "пенсионер", "", ""],
        [
            "BST-000104",
            "Өмірзақ",
            "Айгүл",
            "",
            iin(date(2015, 9, 1), Sex.FEMALE, 103),
            "2015-09-01",
            "ж",
            "учащийся",
            "",
            "Өмірзақ Ғалым",
        ],
    ]


def write_readers() -> None:
    rows = _readers()
    with (HERE / "readers.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(READER_HEADER)
        writer.writerows(rows)
    bad = [
        ["", "Қасымов", "Бақыт", "", "123456789012", "1980-02-02", "м", "", "", ""],  # ИИН
        ["", "Петров", "Иван", "", "", "31.02.1975", "м", "", "", ""],  # no such date
        # The ИИН of the first reader of readers.csv under another card: a duplicate.
        ["BST-000999", *rows[0][1:]],
        ["", "Ахметова", "Дана", "", "", "1999-05-05", "ж", "", "", ""],  # a good row
    ]
    with (HERE / "readers-bad.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(READER_HEADER)
        writer.writerows(bad)
    for name, merged in (("readers.xlsx", None), ("readers-merged.xlsx", "B3:C3")):
        book = workbook()
        sheet = book.active
        sheet.append(READER_HEADER)
        for row in rows:
            sheet.append(row)
        if merged:
            sheet.merge_cells(merged)
        book.save(HERE / name)


def main() -> None:
    chunks = write_marc21()
    write_marc8()
    write_rusmarc()
    write_damaged(chunks)
    write_tables()
    write_readers()


if __name__ == "__main__":
    main()
