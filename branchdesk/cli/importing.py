"""`branchdesk import` at a branch and `branchdesk central import` at the centre (issue 6)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from branchdesk.cli.common import AddCommon, Commands, open_branch, operator
from branchdesk.cli.text import emit_json, err, message, out, translate
from branchdesk.importing.model import Encoding, Format
from branchdesk.importing.report import ImportReport

FORMATS = tuple(f.value for f in Format)
ENCODINGS = tuple(e.value for e in Encoding)


def _file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", choices=FORMATS, help="instead of the detected format")
    parser.add_argument("--encoding", choices=ENCODINGS, help="instead of the detected one")
    parser.add_argument(
        "--mapping",
        metavar="MAPPING",
        help="a sheet's columns: field=Header,field=Header (or JSON); remembered",
    )
    parser.add_argument("--json", action="store_true", help="the result as JSON")


def add_commands(commands: Commands, common: AddCommon) -> None:
    found = commands.add_parser(
        "import", help="catalogue records and copies (MARC, MARCXML, CSV, XLSX), or readers"
    )
    _file_options(found)
    found.add_argument("--readers", action="store_true", help="the file lists readers")
    found.set_defaults(handler=_import)
    common(found)


def add_central_command(sub: Commands) -> argparse.ArgumentParser:
    """`central import`, declared beside the other central commands."""
    found: argparse.ArgumentParser = sub.add_parser(
        "import", help="catalogue records and copies at the centre; branches pull them"
    )
    _file_options(found)
    found.add_argument("--branch", metavar="CODE", help="home branch of every copy")
    found.set_defaults(handler=_central_import)
    return found


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total}%", end="", file=sys.stderr, flush=True)


def _columns(args: argparse.Namespace, readers: bool) -> dict[str, str] | None:
    from branchdesk.importing import columns

    if not args.mapping:
        return None
    fields = columns.READER_FIELDS if readers else columns.RECORD_FIELDS
    return columns.parse_mapping(args.mapping, fields)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "fmt": Format(args.format) if args.format else None,
        "encoding": Encoding(args.encoding) if args.encoding else None,
    }


def _import(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    try:
        if args.readers:
            from branchdesk.services.import_readers import import_readers

            report = import_readers(
                ctx,
                Path(args.file),
                operator(args),
                columns=_columns(args, True),
                **_options(args),
            )
        else:
            from branchdesk.services.importing import import_catalogue

            report = import_catalogue(
                ctx,
                Path(args.file),
                operator(args),
                columns=_columns(args, False),
                progress=_progress,
                **_options(args),
            )
    finally:
        ctx.db.dispose()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    return show(report, args.json)


def _central_import(args: argparse.Namespace) -> int:
    from branchdesk.central.importing import import_at_centre
    from branchdesk.cli.sync_commands import central_engine

    report = import_at_centre(
        central_engine(args),
        Path(args.file),
        branch=args.branch,
        columns=_columns(args, False),
        **_options(args),
    )
    return show(report, args.json)


def show(report: ImportReport, as_json: bool) -> int:
    """Print the result; exit 1 when some record, row or copy was left out."""
    if as_json:
        emit_json(report.as_json(message))
        return 1 if report.counts["problems"] else 0
    c = report.counts
    out(
        translate("cli", "File {file}: {format}, {encoding}.").format(
            file=report.file, format=report.format, encoding=report.encoding
        )
    )
    if report.kind == "readers":
        out(
            translate("cli", "Readers: {added} added, {unchanged} already there.").format(
                added=c["readers_added"], unchanged=c["readers_unchanged"]
            )
        )
    else:
        out(
            translate(
                "cli", "Records: {added} added, {updated} updated, {unchanged} unchanged."
            ).format(
                added=c["records_added"],
                updated=c["records_updated"],
                unchanged=c["records_unchanged"],
            )
        )
        out(
            translate("cli", "Copies: {added} added, {unchanged} already there.").format(
                added=c["items_added"], unchanged=c["items_unchanged"]
            )
        )
    out(translate("cli", "Left out: {count}.").format(count=c["problems"]))
    for p in report.problems:
        err(_where(p.position, p.offset) + message(p.code, p.params))
    for p in report.notes:
        out(_where(p.position, p.offset) + message(p.code, p.params))
    if c["unclassified"]:
        out(
            translate(
                "cli", "Without a BBK index (the diary counts them as unclassified): {count}."
            ).format(count=c["unclassified"])
        )
        for position, title in report.unclassified:
            out(f"  {position}: {title}")
    if c["not_in_file"]:
        out(
            translate(
                "cli", "Copies in the catalogue that the file no longer lists (kept): {count}."
            ).format(count=c["not_in_file"])
        )
        out("  " + " ".join(report.not_in_file))
    return 1 if c["problems"] else 0


def _where(position: int, offset: int | None) -> str:
    if offset is None:
        return translate("cli", "#{position}: ").format(position=position)
    return translate("cli", "#{position} (byte {offset}): ").format(
        position=position, offset=offset
    )
