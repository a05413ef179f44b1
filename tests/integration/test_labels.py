"""Item labels as the librarian gets them: `branchdesk labels` writes A4 sheets of 24 whose
barcodes zbarimg reads from a 200 dpi raster and whose shelf marks and titles read back."""

from __future__ import annotations

import json

from support.printed import barcodes, needs, pdf_text

from branchdesk.printing import fonts
from branchdesk.printing.labels import LABEL_W, PAD, short_title

CLI_LANG = "kk"
pytestmark = needs("pdftoppm", "pdftotext", "zbarimg")


def test_labels_for_named_copies_decode_and_read_back(run, add_item, tmp_path):
    copies = [add_item(title="Абай жолы: роман-эпопея") for _ in range(26)]
    out = tmp_path / "labels.pdf"
    code, stdout, err = run("labels", "--items", *copies, "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout) == {"out": str(out), "items": copies, "pages": 2}
    assert sorted(barcodes(out, tmp_path)) == sorted(copies)
    text = pdf_text(out)
    assert text.count("84(5Каз)") == 26
    assert text.count("Әуезов М.") == 26
    assert "Абай жолы: роман-эпопея" in text


def test_copies_of_one_title_and_bad_choices(run, add_item, tmp_path):
    first = add_item(title="Қан мен тер")
    out = tmp_path / "one.pdf"
    code, stdout, err = run("labels", "--copies-of", first, "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout)["items"] == [first]
    missing = tmp_path / "missing.pdf"
    code, _, err = run("labels", "--items", "99999999", "--out", str(missing))
    assert code != 0
    assert "99999999" in err
    assert not missing.exists()


def test_a_long_title_is_shortened_at_a_word_with_an_ellipsis():
    fonts.register()
    room = LABEL_W - 2 * PAD
    title = (
        "Қазақ әдебиетінің тарихы: он томдық, бірінші том, ауыз әдебиеті мен ежелгі дәуір, "
        "екінші кітап, толықтырылған басылым, түсініктемелерімен және көрсеткіштерімен"
    )
    lines = short_title(title, fonts.REGULAR, 6.5, room, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(fonts.width(line, fonts.REGULAR, 6.5) <= room for line in lines)
    assert title.startswith(" ".join(lines)[:-1].rstrip())
