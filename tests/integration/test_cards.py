"""Reader cards as the librarian gets them: `branchdesk cards` writes a PDF whose barcodes a
real decoder reads (zbarimg on a pdftoppm raster at 200 dpi) and whose names read back
exactly (pdftotext), with the bundled fonts embedded; bad choices leave no file behind."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from support.printed import barcodes, needs, pdf_text

CLI_LANG = "ru"
pytestmark = needs("pdftoppm", "pdftotext", "pdffonts", "zbarimg")
LONG_NAME = ("Нұрмұхамбетова-Жақсыбекова", "Гүлнәр", "Жанқожақызы Әбілқайырқызы")


@pytest.fixture
def readers(add_reader) -> dict[str, str]:
    """card number -> full name, Kazakh and Russian letters."""
    made = {
        add_reader("Серікова", "Айгүл", patronymic="Жанатқызы"): "Серікова Айгүл Жанатқызы",
        add_reader("Михайлов", "Анатолий", patronymic="Дмитриевич"): (
            "Михайлов Анатолий Дмитриевич"
        ),
        add_reader(LONG_NAME[0], LONG_NAME[1], patronymic=LONG_NAME[2]): " ".join(LONG_NAME),
    }
    return made


def test_cr80_cards_decode_and_read_back(run, readers, tmp_path):
    out = tmp_path / "cards.pdf"
    code, stdout, err = run("cards", "--readers", *readers, "--out", str(out), "--layout", "cr80")
    assert code == 0, err
    assert str(out) in stdout
    assert sorted(barcodes(out, tmp_path)) == sorted(readers)
    text = pdf_text(out)
    squeezed = re.sub(r"\s+", "", text)
    for name in readers.values():
        # A long name may be set on two lines: every letter of it is there, none cut off.
        assert name in text or re.sub(r"\s+", "", name) in squeezed, name
    for card in readers:
        assert card in text
    assert "Бестөбе кітапханасы" in text
    assert "ОҚЫРМАН БИЛЕТІ · ЧИТАТЕЛЬСКИЙ БИЛЕТ" in text
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True)
    fonts = fonts.stdout
    assert "DejaVuSans" in fonts
    assert "Helvetica" not in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded


def test_a4_sheets_hold_ten_cards_each(run, add_reader, tmp_path):
    cards = [add_reader("Ахметов", f"Нұрлан{'а' * n}") for n in range(12)]
    out = tmp_path / "sheet.pdf"
    code, stdout, err = run("cards", "--readers", *cards, "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout) == {"out": str(out), "cards": cards, "pages": 2}
    assert sorted(barcodes(out, tmp_path)) == sorted(cards)


def test_new_since_prints_the_readers_registered_since(run, readers, ctx, tmp_path):
    out = tmp_path / "new.pdf"
    today = ctx.today().isoformat()
    code, stdout, err = run("cards", "--new-since", today, "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout)["cards"] == sorted(readers)
    later = tmp_path / "later.pdf"
    code, _, err = run("cards", "--new-since", "2099-01-01", "--out", str(later))
    assert code != 0
    assert "Записаны с: дата ещё не наступила" in err  # the field and why, in Russian
    assert not later.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--readers", "BST-999999"), "BST-999999"),
        (("--readers", "{card}", "--out-dir-missing"), "Не удаётся записать"),
        (("--readers", "{card}", "--txt"), ".pdf"),
    ],
)
def test_bad_choices_say_why_and_leave_no_file(run, readers, tmp_path, args, words):
    card = next(iter(readers))
    out = tmp_path / "cards.pdf"
    argv = [a.replace("{card}", card) for a in args if not a.startswith("--out-") and a != "--txt"]
    if "--out-dir-missing" in args:
        out = tmp_path / "no such folder" / "cards.pdf"
    if "--txt" in args:
        out = tmp_path / "cards.txt"
    code, _, err = run("cards", *argv, "--out", str(out))
    assert code != 0
    assert words in err
    assert "Traceback" not in err
    assert not out.exists()
    assert not list(tmp_path.rglob("*.part"))


def test_a_failure_while_writing_leaves_no_half_file(run, readers, tmp_path, monkeypatch):
    from branchdesk.printing import cards as printing

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing.Canvas, "save", broken)
    out = tmp_path / "cards.pdf"
    code, _, err = run("cards", "--readers", *readers, "--out", str(out))
    assert code != 0
    assert "Не удаётся записать" in err
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))


def test_a_name_too_long_for_a_line_wraps_and_keeps_every_letter():
    from branchdesk.printing import fonts
    from branchdesk.printing.cards import CARD_W, PAD

    fonts.register()
    room = CARD_W - 2 * PAD
    word = "Әбілқайырқызы" * 6  # wider than the card even in the smallest size
    name = f"Нұрмұхамбетова {word} Гүлнәр"
    lines = fonts.wrap(name, fonts.BOLD, 8, room)
    assert len(lines) > 2
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")
    assert all(fonts.width(line, fonts.BOLD, 8) <= room for line in lines)


def test_a_missing_font_file_is_said_and_nothing_is_written(run, readers, tmp_path, monkeypatch):
    from branchdesk.printing import fonts

    monkeypatch.setattr(fonts, "resources_dir", lambda: tmp_path / "no resources")
    fonts.register.cache_clear()
    try:
        out = tmp_path / "cards.pdf"
        code, _, err = run("cards", "--readers", *readers, "--out", str(out))
        assert code != 0
        assert "DejaVuSans.ttf" in err
        assert "Traceback" not in err
        assert not out.exists()
    finally:
        fonts.register.cache_clear()
