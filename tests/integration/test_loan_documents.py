"""The desk's loan documents read back with pdftotext and measured with pdfinfo: the slip
(80 mm receipt and A5, and its reprint), the формуляр, the overdue list and letters, each
in the reader's language; figures checked against SQL counted here, not by the code."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from support.printed import needs, pdf_text

from branchdesk.services import circulation

CLI_LANG = "kk"
pytestmark = needs("pdftotext", "pdfinfo")


def _pages(pdf: Path) -> tuple[int, float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout)
    assert size is not None
    return pages, float(size.group(1)), float(size.group(2))


@pytest.fixture
def lent(ctx, clock, add_reader, add_item):
    """A Kazakh-served reader with two books and a Russian-served one with one, lent 30
    days ago (overdue now), and a returned loan in the Kazakh reader's history."""
    kk = add_reader("Серікова", "Айгүл", language="kk")
    ru = add_reader("Петрова", "Анастасия", language="ru")
    books = {
        "Абай жолы": add_item("Абай жолы"),
        "Қан мен тер": add_item("Қан мен тер"),
        "Тихий Дон": add_item("Тихий Дон"),
        "Көшпенділер": add_item("Көшпенділер"),
    }
    clock.advance(days=-30)
    for card, title in ((kk, "Абай жолы"), (kk, "Қан мен тер"), (ru, "Тихий Дон")):
        assert circulation.lend(ctx, card, books[title], "admin").done
    assert circulation.lend(ctx, kk, books["Көшпенділер"], "admin").done
    assert circulation.return_item(ctx, books["Көшпенділер"], "admin").done
    clock.advance(days=30)
    ctx.db.dispose()
    return kk, ru, books


def test_the_slip_lists_open_loans_on_a_receipt_and_reprints(run, lent, tmp_path):
    kk, _, books = lent
    out = tmp_path / "slip.pdf"
    code, _, err = run("slip", kk, "--out", str(out))
    assert code == 0, err
    pages, width, _ = _pages(out)
    assert (pages, round(width / 72 * 25.4)) == (1, 80)  # one piece of an 80 mm roll
    text = pdf_text(out, layout=True)
    assert "Серікова Айгүл" in text
    assert "Қолдағы кітаптар" in text  # in the reader's language: Kazakh
    for title in ("Абай жолы", "Қан мен тер"):
        assert title in text
        assert books[title] in text
    assert books["Көшпенділер"] not in text  # returned: not on the slip
    a5 = tmp_path / "slip-a5.pdf"
    assert run("slip", kk, "--out", str(a5), "--a5")[0] == 0
    assert [round(v / 72 * 25.4) for v in _pages(a5)[1:]] == [148, 210]
    again = tmp_path / "again.pdf"
    assert run("slip", "--last", "--out", str(again))[0] == 0
    assert again.read_bytes() == a5.read_bytes()


def test_no_last_slip_yet_is_said(run, tmp_path):
    out = tmp_path / "again.pdf"
    code, _, err = run("slip", "--last", "--out", str(out))
    assert code != 0
    assert "бірде-бір парақша" in err
    assert not out.exists()


def test_the_formular_lists_every_loan_of_the_reader(run, ctx, lent, tmp_path):
    kk, _, books = lent
    out = tmp_path / "formular.pdf"
    assert run("formular", kk, "--out", str(out))[0] == 0
    text = pdf_text(out, layout=True)
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        expected = conn.execute(
            "SELECT i.barcode FROM loan l JOIN reader r ON r.id = l.reader_id "
            "JOIN item i ON i.id = l.item_id WHERE r.card_number = ?",
            (kk,),
        ).fetchall()
    assert len(expected) == 3
    assert all(barcode in text for (barcode,) in expected)
    assert books["Тихий Дон"] not in text  # another reader's loan
    assert "Оқырман формуляры" in text


def test_overdue_list_and_letters_match_the_database(run, ctx, lent, tmp_path):
    kk, ru, _ = lent
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        readers, books = conn.execute(
            "SELECT count(DISTINCT reader_id), count(*) FROM loan "
            "WHERE returned_at IS NULL AND due_on < '2026-11-17'"
        ).fetchone()
    assert (readers, books) == (2, 3)
    listing = tmp_path / "overdue.pdf"
    code, stdout, err = run("overdue", "--out", str(listing), "--json")
    assert code == 0, err
    assert f'"readers": {readers}' in stdout
    text = pdf_text(listing, layout=True)
    assert f"Оқырман саны: {readers}; кітап саны: {books}." in text
    assert kk in text
    assert ru in text
    letters = tmp_path / "letters.pdf"
    assert run("overdue", "--letters", "--out", str(letters))[0] == 0
    assert _pages(letters)[0] == readers  # a letter each
    text = pdf_text(letters, layout=True)
    assert "Құрметті Серікова Айгүл" in text  # each in the reader's language
    assert "Уважаемый(ая) Петрова Анастасия" in text
