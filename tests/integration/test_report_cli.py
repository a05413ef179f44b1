"""`branchdesk report diary` as a script drives it: the PDF reads back in the chosen
language with the period's totals, the workbook's totals are SUM formulas over real numbers
that add up to the same figures, and a bad period or file name leaves no file."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing

import pytest
from openpyxl import load_workbook
from support.printed import needs, pdf_text

from branchdesk.services import circulation

CLI_LANG = "kk"


@pytest.fixture
def loans(ctx, clock, add_reader, add_item) -> int:
    """Loans on three days of November 2026, and one in October (carried over)."""
    card = add_reader("Серікова", "Айгүл")
    clock.advance(days=-20)
    circulation.lend(ctx, card, add_item("Абай жолы"), "admin")
    clock.advance(days=10)
    for title in ("Қан мен тер", "Көшпенділер"):
        circulation.lend(ctx, card, add_item(title), "admin")
    clock.advance(days=10)
    circulation.lend(ctx, card, add_item("Тихий Дон"), "admin")
    ctx.db.dispose()
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM loan WHERE lent_at >= '2026-11-01' AND lent_at < '2026-12-01'"
            ).fetchone()[0]
        )


@needs("pdftotext")
def test_the_diary_pdf_reads_back_with_its_totals(run, loans, tmp_path):
    out = tmp_path / "diary.pdf"
    code, stdout, err = run("report", "diary", "--period", "2026-11", "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout) == {
        "report": "diary",
        "period": "2026-11",
        "start": "2026-11-01",
        "end": "2026-11-30",
        "out": str(out),
    }
    text = pdf_text(out, layout=True)
    assert "Кітапхана жұмысының күнделігі" in text
    assert "2-бөлім. Кітап беруді есепке алу" in text
    loans_part = text.split("2-бөлім")[1]
    total = re.search(r"Кезеңдегі жиыны\s+(\d+)", loans_part)
    assert total is not None
    assert int(total.group(1)) == loans == 3
    since = re.search(r"Жыл басынан бері\s+(\d+)", loans_part)
    assert since is not None
    assert int(since.group(1)) == 4  # with October's


def test_the_diary_workbook_sums_real_numbers(run, loans, tmp_path):
    out = tmp_path / "diary.xlsx"
    code, _, err = run("report", "diary", "--period", "2026-11", "--out", str(out), lang="ru")
    assert code == 0, err
    book = load_workbook(out)
    sheet = book.worksheets[1]  # the loans
    assert sheet.title.startswith("Раздел 2")
    assert sheet["B2"].value == "Выдано"
    days = [sheet.cell(row=r, column=2).value for r in range(3, 33)]
    assert all(isinstance(v, int) for v in days)
    assert sum(days) == loans
    assert sheet["A33"].value == "Итого за период"
    assert sheet["B33"].value == "=SUM(B3:B32)"
    assert sheet["B34"].value == 1  # carried over from October
    assert sheet["B35"].value == "=B33+B34"


@pytest.mark.parametrize(
    ("period", "name", "words"),
    [
        ("2026-13", "diary.pdf", "не период"),
        ("2027", "diary.pdf", "дата ещё не наступила"),
        ("2026-11", "diary.txt", ".xlsx"),
    ],
)
def test_bad_requests_say_why_and_leave_no_file(run, tmp_path, period, name, words):
    out = tmp_path / name
    code, _, err = run("report", "diary", "--period", period, "--out", str(out), lang="ru")
    assert code != 0
    assert words in err
    assert not out.exists()


@needs("pdftotext")
def test_the_summary_states_each_indicator_with_its_totals(run, loans, tmp_path):
    out = tmp_path / "summary.pdf"
    code, _, err = run("report", "summary", "--period", "2026-11", "--out", str(out), lang="ru")
    assert code == 0, err
    text = pdf_text(out)
    assert "Сводка о работе библиотеки" in text
    assert "Читаемость" in text
    assert f"{loans} ÷ 1" in text  # three loans to the one reader of the year
    book = tmp_path / "summary.xlsx"
    assert run("report", "summary", "--period", "2026-11", "--out", str(book))[0] == 0
    sheet = load_workbook(book).worksheets[0]
    values = {
        sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=2).value for r in range(2, 20)
    }
    assert values["Кітап беру"] == loans
    assert values["Оқылым (читаемость)"] == '=IF(B2=0,"",ROUND(B5/B2,2))'
