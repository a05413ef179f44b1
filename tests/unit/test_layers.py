"""The house rules of DESIGN §2, checked on the source: who may import what."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "branchdesk"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py")) if sub else sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", modules(""), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_ui_imports_qt(path):
    if "ui" in path.relative_to(PACKAGE).parts[:1]:
        return
    assert not {m for m in imports_of(path) if m.split(".")[0] == "PySide6"}


@pytest.mark.parametrize("path", modules("domain"), ids=lambda p: p.name)
def test_domain_is_pure(path):
    for module in imports_of(path):
        top = module.split(".")[0]
        if top == "branchdesk":
            assert module.startswith("branchdesk.domain"), module
        else:
            assert top in {"__future__", *__import__("sys").stdlib_module_names}, module


@pytest.mark.parametrize("path", modules("services") + modules("store"), ids=lambda p: p.name)
def test_services_and_store_never_reach_up(path):
    for module in imports_of(path):
        assert not module.startswith(("branchdesk.ui", "branchdesk.cli")), module


def test_the_desk_starts_without_the_http_client_wire_models_and_printing():
    """httpx and pydantic cost ~0.4 s to import, reportlab and openpyxl ~0.45 s more: the
    desk loads them with its first sync or printout, after the window shows (start-up bar:
    1.5 s). pymarc comes with the first catalogue import. Every screen is imported here, as
    build_window imports them."""
    heavy = ("httpx", "pydantic", "fastapi", "reportlab", "openpyxl", "pymarc")
    screens = (
        "desk, readers, reports, catalogue, events, settings, conflicts, card_button, importing"
    )
    code = (
        f"import sys, branchdesk.ui.main_window, branchdesk.ui.app\n"
        f"from branchdesk.ui import {screens}\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    assert _offscreen(code).strip() == "[]"


def test_the_command_line_loads_pymarc_only_to_import():
    """Every command goes through branchdesk.cli; only `import` needs MARC."""
    code = (
        "import sys, branchdesk.cli, branchdesk.services.importing\n"
        "print(sorted(m for m in ('pymarc',) if m in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_the_desk_starts_without_the_other_screens_modules():
    """build_window imports a screen's module when the screen is built, after the window
    shows; the import screen's would bring python-stdnum, for one."""
    later = ("readers", "catalogue", "events", "settings", "conflicts", "reports", "importing")
    code = (
        "import sys, branchdesk.ui.app\n"
        f"print(sorted(m for m in {later!r} if 'branchdesk.ui.' + m in sys.modules))\n"
        "print('stdnum' in sys.modules)"
    )
    assert _offscreen(code).split() == ["[]", "False"]


def _offscreen(code: str) -> str:
    """What `code` prints, run by a fresh interpreter with Qt offscreen."""
    found = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return found.stdout
