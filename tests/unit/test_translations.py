"""The Kazakh and Russian catalogues: complete, well-formed, and true to their sources.

The .ts files are read both by Qt (compiled to .qm) and, at run time, by branchdesk.i18n for
the command line, so a broken or stale catalogue shows up at the desk and in scripts alike.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from branchdesk import i18n
from branchdesk.messages import OUTCOMES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGS = ("kk", "ru")
# Letters that Kazakh Cyrillic has and Russian does not.
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# Texts that rightly stay as in the source.
SAME_AS_SOURCE = {"kk": {"ISBN"}, "ru": {"ISBN", "ИИН"}}


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"branchdesk_{lang}.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    return [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]


def catalogue(lang: str) -> list[tuple[str, str, list[str]]]:
    return [
        (context, message.findtext("source", ""), forms(message))
        for context, message in messages(ts_path(lang))
    ]


def lupdate() -> str:
    pytest.importorskip("PySide6")
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_finished(lang: str) -> None:
    root = ET.parse(ts_path(lang)).getroot()
    assert root.get("language", "").startswith(lang)
    found = messages(ts_path(lang))
    assert found
    for context, message in found:
        source = message.findtext("source", "")
        node = message.find("translation")
        assert node is not None, (context, source)
        assert node.get("type") is None, (context, source, node.get("type"))
        texts = forms(message)
        if message.get("numerus") == "yes":
            assert len(texts) == (3 if lang == "ru" else 2), (context, source)
        for text in texts:
            assert text.strip(), (context, source)
            assert text != source or source in SAME_AS_SOURCE[lang], (context, source)
            # Leading spaces are layout (indented command-line hints); keep them.
            assert (
                text[: len(text) - len(text.lstrip())]
                == source[: len(source) - len(source.lstrip())]
            ), (context, source)
            assert not {"“", "”"} & set(text), (context, text)
    assert 'type="unfinished"' not in ts_path(lang).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match_source(lang: str) -> None:
    for context, source, texts in catalogue(lang):
        expected = Counter(PLACEHOLDER.findall(source))
        for text in texts:
            assert Counter(PLACEHOLDER.findall(text)) == expected, (context, source, text)
            assert ("%n" in text) == ("%n" in source), (context, source, text)
            # Fills like the code does, so a stray brace fails here and not at the desk.
            text.format_map(dict.fromkeys(expected, "X"))


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_covers_current_sources(lang: str, tmp_path: Path) -> None:
    tool = lupdate()
    copy = tmp_path / ts_path(lang).name
    shutil.copyfile(ts_path(lang), copy)
    result = subprocess.run(
        [tool, "-silent", "-extensions", "py", "-no-obsolete", "branchdesk", "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    before = {(c, s) for c, s, _ in catalogue(lang)}
    after = messages(copy)
    missing = [
        (context, message.findtext("source", ""))
        for context, message in after
        if message.find("translation[@type='unfinished']") is not None
        or (context, message.findtext("source", "")) not in before
    ]
    assert not missing, f"texts not yet translated into {lang}: {missing}"
    assert len(after) == len(before), "the catalogue holds texts the sources no longer have"


def test_kazakh_is_kazakh_and_russian_is_russian() -> None:
    kk = catalogue("kk")
    kazakh_text = "".join(t for _, _, texts in kk for t in texts)
    assert len(KAZAKH_LETTERS & set(kazakh_text)) >= 6
    for context, source, texts in kk:
        for text in texts:
            words = re.findall(r"[^\W\d_]+", PLACEHOLDER.sub("", text))
            if len(words) >= 3:
                assert KAZAKH_LETTERS & set(text), (context, source, text)
    for context, source, texts in catalogue("ru"):
        # Proper names from the sources (e.g. a village) may keep their Kazakh spelling.
        names = [w for w in re.findall(r"\w+", source) if KAZAKH_LETTERS & set(w)]
        for text in texts:
            rest = text
            for name in names:
                rest = rest.replace(name, "")
            assert not KAZAKH_LETTERS & set(rest), (context, source, text)


def test_runtime_lookup_reads_the_catalogue() -> None:
    source = OUTCOMES["unknown_card"]
    (expected,) = next(t for c, s, t in catalogue("ru") if (c, s) == ("outcomes", source))
    assert i18n.translate("ru", "outcomes", source) == expected
    assert expected != source
    assert i18n.translate("en", "outcomes", source) == source


@pytest.mark.parametrize(
    ("n", "form"), [(1, 0), (3, 1), (5, 2), (11, 2), (21, 0), (22, 1), (25, 2)]
)
def test_russian_plural_forms(n: int, form: int) -> None:
    assert i18n.plural_index("ru", n) == form


@pytest.mark.parametrize("lang", LANGS)
def test_lrelease_compiles_without_warnings(lang: str, tmp_path: Path) -> None:
    lupdate()
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    tool = tool or shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / f"branchdesk_{lang}.qm"
    result = subprocess.run(
        [tool, str(ts_path(lang)), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert qm.stat().st_size > 0
    assert "warning" not in output.lower(), output
    assert " 0 unfinished" in output, output
