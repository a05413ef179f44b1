"""Translations without Qt, for the command line and the rest of the non-UI code.

The desk translates with Qt (QTranslator over the compiled .qm); the command line reads the
same Qt Linguist .ts files directly, so there is one catalogue for both. Source texts are
English; placeholders are `{name}` fields filled after translation.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")
# Kazakh in the 2021 Latin alphabet: generated from the Kazakh (Cyrillic) translation.
KAZAKH_LATIN = "kk-latn"


def translations_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled is not None:
        return Path(bundled) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


Catalog = dict[tuple[str, str], list[str]]


@cache
def _catalog(lang: str) -> Catalog:
    path = translations_dir() / f"branchdesk_{lang}.ts"
    catalog: Catalog = {}
    if not path.exists():
        return catalog
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            if any(forms):
                catalog[(name, source)] = forms
    return catalog


def plural_index(lang: str, n: int) -> int:
    """Which plural form Qt's rules pick: Russian has three, Kazakh and English two."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def translate(lang: str, context: str, source: str, n: int | None = None) -> str:
    if lang == KAZAKH_LATIN:
        from branchdesk.domain.kazlatin import to_latin

        return to_latin(translate("kk", context, source, n))
    forms = _catalog(lang).get((context, source)) if lang != "en" else None
    if not forms:
        text = source
    elif n is None:
        text = forms[0]
    else:
        text = forms[min(plural_index(lang, n), len(forms) - 1)]
    return text.replace("%n", str(n)) if n is not None else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for pyside6-lupdate without translating it here."""
    return source
