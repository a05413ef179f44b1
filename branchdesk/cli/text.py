"""The command line's words: one language per run, from the same .ts catalogue as the desk."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

from branchdesk import i18n
from branchdesk.messages import describe

_lang = "en"


def set_language(lang: str) -> None:
    global _lang  # noqa: PLW0603 (one language per process, chosen once at start)
    _lang = lang if lang in (*i18n.LANGUAGES, i18n.KAZAKH_LATIN) else "en"


def language() -> str:
    return _lang


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's signature, so pyside6-lupdate collects these texts into the .ts files."""
    return i18n.translate(_lang, context, source, None if n < 0 else n)


def message(code: str, params: Mapping[str, object]) -> str:
    return describe(code, params, _lang)


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))
