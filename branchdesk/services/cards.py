"""Printing reader cards: which readers, and what their cards say (DESIGN §7)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from branchdesk.domain.codes import normalise_scan, parse_card
from branchdesk.errors import InvalidInput, NotFound, WorldError
from branchdesk.printing.cards import ReaderCard, write_cards
from branchdesk.services.context import BranchContext
from branchdesk.services.settings import branch_details
from branchdesk.store.queries import reader_from_row
from branchdesk.store.schema import ReaderRow
from branchdesk.store.settings import Key, get_setting

# The library system's name as the card prints it, until the settings give another.
LIBRARY_KK = "Степногор қаласының орталықтандырылған кітапхана жүйесі"
LIBRARY_RU = "Централизованная библиотечная система г. Степногорска"


@dataclass(frozen=True)
class CardsPrinted:
    path: Path
    cards: tuple[str, ...]  # card numbers, in the order printed
    pages: int


def print_cards(
    ctx: BranchContext,
    out: Path,
    *,
    cards: Sequence[str] = (),
    new_since: date | None = None,
    sheet: bool = True,
) -> CardsPrinted:
    """Cards for the readers named by card number, or for every reader registered on or
    after `new_since`: A4 sheets of ten (`sheet`) or one CR80 card per page."""
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("pdf_expected", field="out")
    found = reader_cards(ctx, cards, new_since)
    pages = write_cards(out, found, sheet=sheet)
    return CardsPrinted(out, tuple(c.card_number for c in found), pages)


def reader_cards(
    ctx: BranchContext, cards: Sequence[str] = (), new_since: date | None = None
) -> list[ReaderCard]:
    if bool(cards) == (new_since is not None):
        raise InvalidInput("cards_or_since", field="readers")
    if new_since is not None and new_since > ctx.today():
        raise InvalidInput("in_future", field="new_since")
    with ctx.db.read() as session:
        library = get_setting(session, Key.LIBRARY_NAME) or {}
        if cards:
            wanted = [parse_card(c) or normalise_scan(c) for c in cards]
            rows = {
                r.card_number: r
                for r in session.scalars(select(ReaderRow).where(ReaderRow.card_number.in_(wanted)))
            }
            missing = [c for c in wanted if c not in rows]
            if missing:
                raise NotFound("unknown_card", card=missing[0])
            chosen = [rows[c] for c in dict.fromkeys(wanted)]
        else:
            chosen = list(
                session.scalars(
                    select(ReaderRow)
                    .where(ReaderRow.registered_on >= new_since)
                    .order_by(ReaderRow.card_number)
                )
            )
        readers = [reader_from_row(row) for row in chosen]
    if not readers:
        raise WorldError("nothing_to_print")
    branch = branch_details(ctx)
    return [
        ReaderCard(
            card_number=r.card_number,
            full_name=r.full_name,
            valid_until_year=None if r.card_valid_until is None else r.card_valid_until.year,
            library_kk=str(library.get("kk") or LIBRARY_KK),
            library_ru=str(library.get("ru") or LIBRARY_RU),
            branch_kk=branch.name_in("kk"),
            branch_ru=branch.name_in("ru"),
        )
        for r in readers
    ]
