"""ISO 2709 files (MARC21, RUSMARC) read record by record, never whole.

The file is split on the record terminator rather than trusting each leader's length, so a
record with a broken leader or directory is one bad record and the next one is read as
usual; pymarc decodes each piece.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import BinaryIO

from pymarc import Record
from pymarc.exceptions import PymarcException, RecordDirectoryInvalid

from branchdesk.importing.detect import RECORD_END
from branchdesk.importing.model import Encoding, Problem

BLOCK = 1 << 20
_TERMINATOR = bytes([RECORD_END])
_LEADER = 24


class BadRecord(Exception):
    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def chunks(stream: BinaryIO) -> Iterator[tuple[int, bytes, bool]]:
    """(byte offset, record bytes, complete) for each record; the last one is incomplete
    when the file ends before its terminator (a truncated file)."""
    buffer = b""
    offset = 0  # of buffer[0] in the file
    while True:
        block = stream.read(BLOCK)
        if not block:
            break
        buffer += block
        start = 0
        while True:
            end = buffer.find(_TERMINATOR, start)
            if end < 0:
                break
            yield offset + start, buffer[start : end + 1], True
            start = end + 1
        buffer = buffer[start:]
        offset += start
    # Line breaks after the last record are common (files joined by hand); they are no record.
    if buffer.strip():
        yield offset + (len(buffer) - len(buffer.lstrip())), buffer.lstrip(), False


def decode(chunk: bytes, complete: bool, encoding: Encoding, forced: bool) -> Record:
    """One record as pymarc reads it, or BadRecord with the reason.

    pymarc decodes UTF-8 when leader/09 is "a" and MARC-8 otherwise. Detected UTF-8 is
    decoded as such whatever the leader says (exporters leave it blank); a forced encoding
    rewrites leader/09 first, so the user's choice wins over what the leader says.
    """
    chunk = chunk.lstrip(b"\r\n")
    if not complete:
        raise BadRecord("truncated_record")
    if len(chunk) < _LEADER or not chunk[:5].isdigit() or not chunk[12:17].isdigit():
        raise BadRecord("broken_leader")
    if int(chunk[:5]) != len(chunk):
        # The terminator is where the leader's length says it is not: a record cut short
        # or run together with the next one. Its directory cannot be trusted.
        raise BadRecord("broken_leader")
    if forced or encoding is Encoding.CP1251:
        mark = b"a" if encoding is Encoding.UTF8 else b" "
        chunk = chunk[:9] + mark + chunk[10:]
    file_encoding = "cp1251" if encoding is Encoding.CP1251 else "iso8859-1"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a bad subfield code is kept as pymarc reads it
            return Record(
                data=chunk,
                to_unicode=True,
                force_utf8=encoding is Encoding.UTF8,
                hide_utf8_warnings=True,
                file_encoding=file_encoding,
            )
    except UnicodeDecodeError as exc:
        raise BadRecord("wrong_encoding", encoding=encoding.value) from exc
    except (RecordDirectoryInvalid, ValueError, IndexError) as exc:
        raise BadRecord("broken_directory") from exc
    except PymarcException as exc:
        raise BadRecord("broken_record", reason=type(exc).__name__) from exc


def records(
    stream: BinaryIO, encoding: Encoding, forced: bool, consumed: list[int] | None = None
) -> Iterator[tuple[int, Record] | Problem]:
    """(position, record) for each good record, a Problem for each bad one. `consumed[0]`
    follows the end of the record being read: the progress bar's measure (the stream is
    read a megabyte ahead)."""
    for position, (offset, chunk, complete) in enumerate(chunks(stream), start=1):
        if consumed is not None:
            consumed[0] = offset + len(chunk)
        try:
            yield position, decode(chunk, complete, encoding, forced)
        except BadRecord as bad:
            yield Problem(position, bad.code, dict(bad.params), offset)
