"""The diary's headings in the report's language: its parts, its columns and its rows."""

from __future__ import annotations

from branchdesk.i18n import QT_TRANSLATE_NOOP, translate

_PARTS = {
    "title": QT_TRANSLATE_NOOP("diary", "Library work diary"),
    "readers": QT_TRANSLATE_NOOP("diary", "Part 1. Readers and visits"),
    "loans": QT_TRANSLATE_NOOP("diary", "Part 2. Loans"),
    "events": QT_TRANSLATE_NOOP("diary", "Part 3. Events"),
    "enquiries": QT_TRANSLATE_NOOP("diary", "Part 4. Enquiries and refusals"),
    "day": QT_TRANSLATE_NOOP("diary", "Day"),
    "period_total": QT_TRANSLATE_NOOP("diary", "Total for the period"),
    "before_period": QT_TRANSLATE_NOOP("diary", "From 1 January to the period"),
    "year_to_date": QT_TRANSLATE_NOOP("diary", "Since 1 January"),
    "date": QT_TRANSLATE_NOOP("diary", "Date"),
    "form": QT_TRANSLATE_NOOP("diary", "Form"),
    "event": QT_TRANSLATE_NOOP("diary", "Event"),
    "programme": QT_TRANSLATE_NOOP("diary", "Programme"),
    "audience": QT_TRANSLATE_NOOP("diary", "Audience"),
    "attendance": QT_TRANSLATE_NOOP("diary", "Came"),
    "no_events": QT_TRANSLATE_NOOP("diary", "No events in this period."),
    "branch": QT_TRANSLATE_NOOP("diary", "Branch"),
    "period": QT_TRANSLATE_NOOP("diary", "Period"),
}

_COLUMNS = {
    "new": QT_TRANSLATE_NOOP("diary", "New readers"),
    "new_age_children": QT_TRANSLATE_NOOP("diary", "children to 14"),
    "new_age_youth": QT_TRANSLATE_NOOP("diary", "youth"),
    "new_age_adults": QT_TRANSLATE_NOOP("diary", "adults"),
    "new_group_preschool": QT_TRANSLATE_NOOP("diary", "pre-school"),
    "new_group_pupil": QT_TRANSLATE_NOOP("diary", "pupils"),
    "new_group_student": QT_TRANSLATE_NOOP("diary", "students"),
    "new_group_employee": QT_TRANSLATE_NOOP("diary", "employees"),
    "new_group_worker": QT_TRANSLATE_NOOP("diary", "workers"),
    "new_group_pensioner": QT_TRANSLATE_NOOP("diary", "pensioners"),
    "new_group_unemployed": QT_TRANSLATE_NOOP("diary", "unemployed"),
    "new_group_other": QT_TRANSLATE_NOOP("diary", "others"),
    "reregistered": QT_TRANSLATE_NOOP("diary", "Re-registered"),
    "visits": QT_TRANSLATE_NOOP("diary", "Visits"),
    "visits_services": QT_TRANSLATE_NOOP("diary", "for loans, services"),
    "visits_events": QT_TRANSLATE_NOOP("diary", "to events"),
    "visits_children": QT_TRANSLATE_NOOP("diary", "children"),
    "visits_youth": QT_TRANSLATE_NOOP("diary", "youth"),
    "loans": QT_TRANSLATE_NOOP("diary", "Loans"),
    "loans_bbk_social_political": QT_TRANSLATE_NOOP("diary", "social, political"),
    "loans_bbk_natural_science": QT_TRANSLATE_NOOP("diary", "science, medicine"),
    "loans_bbk_technical": QT_TRANSLATE_NOOP("diary", "technical"),
    "loans_bbk_agricultural": QT_TRANSLATE_NOOP("diary", "agriculture"),
    "loans_bbk_arts_sport": QT_TRANSLATE_NOOP("diary", "arts, sport"),
    "loans_bbk_fiction": QT_TRANSLATE_NOOP("diary", "fiction"),
    "loans_bbk_other": QT_TRANSLATE_NOOP("diary", "other subjects"),
    "loans_bbk_unclassified": QT_TRANSLATE_NOOP("diary", "no BBK"),
    "loans_lang_kk": QT_TRANSLATE_NOOP("diary", "in Kazakh"),
    "loans_lang_ru": QT_TRANSLATE_NOOP("diary", "in Russian"),
    "loans_lang_other": QT_TRANSLATE_NOOP("diary", "other languages"),
    "loans_age_children": QT_TRANSLATE_NOOP("diary", "to children"),
    "loans_age_youth": QT_TRANSLATE_NOOP("diary", "to youth"),
    "loans_age_adults": QT_TRANSLATE_NOOP("diary", "to adults"),
    "loans_group_preschool": QT_TRANSLATE_NOOP("diary", "pre-school"),
    "loans_group_pupil": QT_TRANSLATE_NOOP("diary", "pupils"),
    "loans_group_student": QT_TRANSLATE_NOOP("diary", "students"),
    "loans_group_employee": QT_TRANSLATE_NOOP("diary", "employees"),
    "loans_group_worker": QT_TRANSLATE_NOOP("diary", "workers"),
    "loans_group_pensioner": QT_TRANSLATE_NOOP("diary", "pensioners"),
    "loans_group_unemployed": QT_TRANSLATE_NOOP("diary", "unemployed"),
    "loans_group_other": QT_TRANSLATE_NOOP("diary", "others"),
    "enquiries": QT_TRANSLATE_NOOP("diary", "Enquiries"),
    "enquiries_kind_thematic": QT_TRANSLATE_NOOP("diary", "thematic"),
    "enquiries_kind_address": QT_TRANSLATE_NOOP("diary", "address"),
    "enquiries_kind_clarifying": QT_TRANSLATE_NOOP("diary", "clarifying"),
    "enquiries_kind_factual": QT_TRANSLATE_NOOP("diary", "factual"),
    "refusals": QT_TRANSLATE_NOOP("diary", "Refusals"),
}


# The events screen's own words for the codes an event stores (the same catalogue entries).
_FORMS = {
    "exhibition": QT_TRANSLATE_NOOP("EventLabels", "book exhibition"),
    "literary_evening": QT_TRANSLATE_NOOP("EventLabels", "literary evening"),
    "reading_hour": QT_TRANSLATE_NOOP("EventLabels", "reading hour"),
    "talk": QT_TRANSLATE_NOOP("EventLabels", "talk"),
    "review": QT_TRANSLATE_NOOP("EventLabels", "book review"),
    "contest": QT_TRANSLATE_NOOP("EventLabels", "contest"),
    "author_meeting": QT_TRANSLATE_NOOP("EventLabels", "meeting with an author"),
    "loud_reading": QT_TRANSLATE_NOOP("EventLabels", "reading aloud"),
    "other": QT_TRANSLATE_NOOP("EventLabels", "other"),
}
_AUDIENCES = {
    "children": QT_TRANSLATE_NOOP("EventLabels", "children"),
    "youth": QT_TRANSLATE_NOOP("EventLabels", "youth"),
    "adults": QT_TRANSLATE_NOOP("EventLabels", "adults"),
    "all": QT_TRANSLATE_NOOP("EventLabels", "everyone"),
}


def event_form(lang: str, code: str) -> str:
    return translate(lang, "EventLabels", _FORMS[code]) if code in _FORMS else code


def audience(lang: str, code: str | None) -> str:
    """An audience code in words; free text (older or imported events) as it is."""
    if code in _AUDIENCES:
        return translate(lang, "EventLabels", _AUDIENCES[code])
    return code or ""


def part(lang: str, key: str) -> str:
    return translate(lang, "diary", _PARTS[key])


def column(lang: str, key: str) -> str:
    return translate(lang, "diary", _COLUMNS[key])
