"""The summary's words in the report's language."""

from __future__ import annotations

from branchdesk.i18n import QT_TRANSLATE_NOOP, translate

_WORDS = {
    "title": QT_TRANSLATE_NOOP("summary", "Summary of the library's work"),
    "figures": QT_TRANSLATE_NOOP("summary", "Figures"),
    "indicators": QT_TRANSLATE_NOOP("summary", "Indicators"),
    "by_month": QT_TRANSLATE_NOOP("summary", "Loans and visits by month"),
    "events": QT_TRANSLATE_NOOP("summary", "Events by programme and form"),
    "readers": QT_TRANSLATE_NOOP(
        "summary", "Readers (registered and re-registered since 1 January)"
    ),
    "new_readers": QT_TRANSLATE_NOOP("summary", "New readers in the period"),
    "visits": QT_TRANSLATE_NOOP("summary", "Visits"),
    "loans": QT_TRANSLATE_NOOP("summary", "Loans"),
    "events_held": QT_TRANSLATE_NOOP("summary", "Events held"),
    "attendance": QT_TRANSLATE_NOOP("summary", "Came to events"),
    "fund": QT_TRANSLATE_NOOP("summary", "Fund (copies not written off)"),
    "reading": QT_TRANSLATE_NOOP("summary", "Reading intensity (читаемость)"),
    "visiting": QT_TRANSLATE_NOOP("summary", "Visits per reader (посещаемость)"),
    "turnover": QT_TRANSLATE_NOOP("summary", "Fund turnover (обращаемость)"),
    "provision": QT_TRANSLATE_NOOP("summary", "Books per reader (книгообеспеченность)"),
    "month": QT_TRANSLATE_NOOP("summary", "Month"),
    "programme": QT_TRANSLATE_NOOP("summary", "Programme"),
    "form": QT_TRANSLATE_NOOP("summary", "Form"),
    "count": QT_TRANSLATE_NOOP("summary", "Events"),
    "came": QT_TRANSLATE_NOOP("summary", "Came"),
    "none": QT_TRANSLATE_NOOP("summary", "none"),
    "no_programme": QT_TRANSLATE_NOOP("summary", "outside the programmes"),
    "indicator": QT_TRANSLATE_NOOP("summary", "Indicator"),
    "value": QT_TRANSLATE_NOOP("summary", "Value"),
    "made_of": QT_TRANSLATE_NOOP("summary", "Made of"),
}


def word(lang: str, key: str) -> str:
    return translate(lang, "summary", _WORDS[key])
