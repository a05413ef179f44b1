"""Item labels as the librarian gets them: `branchdesk labels` writes A4 sheets of 24 whose
barcodes zbarimg reads from a 200 dpi raster and whose shelf marks and titles read back."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from branchdesk.cli import main
from branchdesk.printing import fonts
from branchdesk.printing.labels import LABEL_W, PAD, short_title

TOOLS = ("pdftoppm", "pdftotext", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="poppler-utils and zbar-tools are needed (.ci/run installs them)",
)


@pytest.fixture
def run(ctx, capsys):
    ctx.db.dispose()

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(ctx.db.path.parent), "--lang", "kk", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def _decoded(pdf, folder) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(folder / "page")], check=True)
    found: list[str] = []
    for page in sorted(folder.glob("page-*.png")):
        result = subprocess.run(
            ["zbarimg", "-q", str(page)], check=False, capture_output=True, text=True
        )
        found += [line.split(":", 1)[1] for line in result.stdout.splitlines()]
    return found


def test_labels_for_named_copies_decode_and_read_back(run, add_item, tmp_path):
    barcodes = [add_item(title="Абай жолы: роман-эпопея") for _ in range(26)]
    out = tmp_path / "labels.pdf"
    code, stdout, err = run("labels", "--items", *barcodes, "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout) == {"out": str(out), "items": barcodes, "pages": 2}
    assert sorted(_decoded(out, tmp_path)) == sorted(barcodes)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
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
