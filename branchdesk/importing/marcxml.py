"""MARCXML read record by record with iterparse: memory stays flat on a big file.

pymarc's parse_xml_to_array keeps every record; its map_xml streams but calls back, so the
records are built here from the same elements, each cleared once read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import BinaryIO

from pymarc import Field, Indicators, Leader, Record, Subfield

from branchdesk.importing.model import Problem


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _record(element: ET.Element) -> Record:
    record = Record(force_utf8=True)
    for child in element:
        name = _local(child.tag)
        if name == "leader" and child.text and len(child.text) == 24:
            record.leader = Leader(child.text)
        elif name == "controlfield":
            record.fields.append(Field(tag=child.get("tag", "   "), data=child.text or ""))
        elif name == "datafield":
            subfields = [
                Subfield(code=sub.get("code", " "), value=sub.text or "")
                for sub in child
                if _local(sub.tag) == "subfield"
            ]
            indicators = Indicators(child.get("ind1", " ") or " ", child.get("ind2", " ") or " ")
            record.fields.append(
                Field(tag=child.get("tag", "   "), indicators=indicators, subfields=subfields)
            )
    return record


def records(stream: BinaryIO) -> Iterator[tuple[int, Record] | Problem]:
    position = 0
    root: ET.Element | None = None
    try:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            if root is None:
                root = element
                continue
            if event != "end" or _local(element.tag) != "record":
                continue
            position += 1
            yield position, _record(element)
            root.clear()  # the records read so far, and their elements
    except ET.ParseError as exc:
        line, column = exc.position
        # Everything after the fault is unreadable XML: it ends the file.
        yield Problem(position + 1, "broken_xml", {"line": line, "column": column})
