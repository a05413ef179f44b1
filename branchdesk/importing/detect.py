"""Which format and character set a file is in, from its first bytes.

Both can be wrong (an exporter that leaves MARC21 leader/09 blank while writing UTF-8, a
RUSMARC file without its character-set code), so both can be overridden by the user.
"""

from __future__ import annotations

from pathlib import Path

from branchdesk.errors import WorldError
from branchdesk.importing.model import Encoding, Format

HEAD_BYTES = 1 << 16
RECORD_END = 0x1D
FIELD_END = 0x1E
_LEADER = 24
# RUSMARC 100$a/26-27: the character set (RUSMARC adds 79 cp866, 89 cp1251, 99 KOI-8).
_RUSMARC_SETS = {"50": Encoding.UTF8, "89": Encoding.CP1251}


def read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(HEAD_BYTES)
    except OSError as exc:
        raise WorldError("file_error", path=str(path), reason=exc.strerror or str(exc)) from exc


def _tags(head: bytes) -> set[str]:
    """The tags named in the directories of the records that begin in `head`."""
    tags: set[str] = set()
    start = 0
    while start + _LEADER < len(head):
        end = head.find(bytes([FIELD_END]), start + _LEADER)
        if end < 0:
            break
        directory = head[start + _LEADER : end]
        for at in range(0, len(directory) - 11, 12):
            tags.add(directory[at : at + 3].decode("ascii", "replace"))
        nxt = head.find(bytes([RECORD_END]), end)
        if nxt < 0:
            break
        start = nxt + 1
    return tags


def detect_format(path: Path, head: bytes) -> Format:
    if not head.strip():
        raise WorldError("empty_file", path=str(path))
    if head.startswith(b"PK\x03\x04"):
        return Format.XLSX
    text_start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text_start.startswith(b"<"):
        return Format.MARCXML
    if RECORD_END in head or FIELD_END in head:
        if not (head[:5].isdigit() and head[12:17].isdigit()):
            # Binary, but not ISO 2709 from its first byte: say so rather than list every
            # byte run as a broken record. A damaged first record: --format marc21.
            raise WorldError("unknown_format", path=str(path))
        tags = _tags(head)
        if "245" not in tags and "200" in tags:
            return Format.RUSMARC
        return Format.MARC21
    if b"\x00" in head:
        raise WorldError("unknown_format", path=str(path))
    return Format.CSV


def _is_utf8(head: bytes) -> bool:
    """Valid UTF-8 with some letters beyond ASCII (pure ASCII says nothing)."""
    if head.isascii():
        return False
    for cut in range(4):  # the head may end inside a character
        try:
            head[: len(head) - cut].decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


def _rusmarc_set(head: bytes) -> Encoding | None:
    """100$a/26-27 of the first record, when it names a set we read."""
    end = head.find(bytes([FIELD_END]), _LEADER)
    if end < 0 or not head[12:17].isdigit():
        return None
    base = int(head[12:17])
    directory = head[_LEADER:end]
    for at in range(0, len(directory) - 11, 12):
        if directory[at : at + 3] == b"100" and directory[at + 7 : at + 12].isdigit():
            start = base + int(directory[at + 7 : at + 12])
            data = head[start : start + 40]
            # indicators (2), subfield mark and code (2), then the 36 positions of $a.
            code = data[4 + 26 : 4 + 28].decode("ascii", "replace")
            return _RUSMARC_SETS.get(code)
    return None


def detect_encoding(fmt: Format, head: bytes) -> Encoding:
    if fmt is Format.XLSX or fmt is Format.MARCXML:
        return Encoding.UTF8  # both say their own encoding; the XML parser reads it
    if fmt is Format.MARC21:
        if len(head) > 9 and head[9:10] == b"a":
            return Encoding.UTF8
        return Encoding.UTF8 if _is_utf8(head) else Encoding.MARC8
    if fmt is Format.RUSMARC:
        stated = _rusmarc_set(head)
        if stated is not None:
            return stated
    if head.isascii() or _is_utf8(head):
        return Encoding.UTF8
    return Encoding.CP1251
