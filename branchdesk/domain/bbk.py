"""BBK (ББК) index → column of the rural library diary's loans-by-content split.

The diary counts loans by subject column (reference §3.1); the catalogue stores the full BBK
index. A configurable prefix table bridges the two, because the column split is local practice
rather than a standard and a ЦБС may want 9 counted elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class DiarySection(StrEnum):
    SOCIAL_POLITICAL = "social_political"  # 6 (60–68), 86–88
    NATURAL_SCIENCE = "natural_science"  # 2, 5 (medicine)
    TECHNICAL = "technical"  # 3
    AGRICULTURAL = "agricultural"  # 4
    ARTS_SPORT = "arts_sport"  # 85, 75
    FICTION = "fiction"  # 84
    OTHER = "other"  # 70–79 except 75, 80–83, 9
    UNCLASSIFIED = "unclassified"  # no index, one not led by a digit, or no prefix matches


# Leading digits and the dots that group them: "63.3(5Каз)" → "63.3", "84(5Каз)6-44" → "84".
_LEADING = re.compile(r"[0-9][0-9.]*")
_PREFIX = re.compile(r"[0-9]+")


def _normalise(bbk_index: str) -> str:
    """The index's leading digits without spaces or dots; "" when it does not start with one.

    BBK dots only group digits for reading (63.3 is division 63, subdivision 3), so prefixes
    compare on the digits alone.
    """
    compact = "".join(bbk_index.split())
    match = _LEADING.match(compact)
    return match.group().replace(".", "") if match else ""


@dataclass(frozen=True)
class BbkMap:
    """Digit prefixes → section; the longest matching prefix wins (75 beats 7)."""

    prefixes: tuple[tuple[str, DiarySection], ...]

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for prefix, section in self.prefixes:
            if _PREFIX.fullmatch(prefix) is None:
                raise ValueError(f"BBK prefix must be digits, got {prefix!r}")
            if not isinstance(section, DiarySection):
                raise ValueError(f"unknown diary section {section!r}")
            if prefix in seen:
                raise ValueError(f"BBK prefix {prefix!r} listed twice")
            seen.add(prefix)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> BbkMap:
        """Build from (prefix, section code) text pairs, e.g. a branch's settings file."""
        prefixes: list[tuple[str, DiarySection]] = []
        for prefix, code in pairs:
            try:
                section = DiarySection(code)
            except ValueError:
                raise ValueError(f"unknown diary section {code!r}") from None
            prefixes.append((prefix, section))
        return cls(tuple(prefixes))

    def section_for(self, bbk_index: str | None) -> DiarySection:
        digits = _normalise(bbk_index or "")
        best: tuple[int, DiarySection] | None = None
        for prefix, section in self.prefixes:
            if digits.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), section)
        return DiarySection.UNCLASSIFIED if best is None else best[1]


DEFAULT_BBK_MAP = BbkMap(
    (
        ("2", DiarySection.NATURAL_SCIENCE),
        ("3", DiarySection.TECHNICAL),
        ("4", DiarySection.AGRICULTURAL),
        ("5", DiarySection.NATURAL_SCIENCE),
        ("6", DiarySection.SOCIAL_POLITICAL),
        ("7", DiarySection.OTHER),
        ("75", DiarySection.ARTS_SPORT),
        ("8", DiarySection.OTHER),  # 80–83 philology; also a bare "8"
        ("84", DiarySection.FICTION),
        ("85", DiarySection.ARTS_SPORT),
        ("86", DiarySection.SOCIAL_POLITICAL),
        ("87", DiarySection.SOCIAL_POLITICAL),
        ("88", DiarySection.SOCIAL_POLITICAL),
        ("9", DiarySection.OTHER),
    )
)
