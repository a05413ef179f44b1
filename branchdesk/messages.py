"""How codes from the domain and the services read to a person, in English source form.

One catalogue for the desk and the command line: the texts are marked for pyside6-lupdate
and translated in translations/branchdesk_{kk,ru}.ts. Placeholders are `{name}` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

from branchdesk.i18n import QT_TRANSLATE_NOOP, translate

OUTCOMES = {
    "malformed_barcode": QT_TRANSLATE_NOOP(
        "outcomes", "“{barcode}” is not a barcode. Scan the book's barcode again."
    ),
    "malformed_card": QT_TRANSLATE_NOOP(
        "outcomes", "“{card}” is not a reader card number (it looks like BST-000123)."
    ),
    "unknown_barcode": QT_TRANSLATE_NOOP(
        "outcomes", "No copy with barcode {barcode} in this branch's catalogue."
    ),
    "unknown_card": QT_TRANSLATE_NOOP("outcomes", "No reader with card {card}."),
    "item_withdrawn": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} is written off and cannot be lent."
    ),
    "reader_cancelled": QT_TRANSLATE_NOOP("outcomes", "Card {card} is cancelled."),
    "card_reported_lost": QT_TRANSLATE_NOOP(
        "outcomes", "Card {card} was reported lost. Ask for an identity document."
    ),
    "already_lent_to_reader": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} is already on loan to this reader. Renew it instead."
    ),
    "not_on_loan": QT_TRANSLATE_NOOP("outcomes", "Copy {barcode} is not on loan."),
    "due_date_in_past": QT_TRANSLATE_NOOP("outcomes", "The due date {due} is in the past."),
    "renewal_needs_reregistration": QT_TRANSLATE_NOOP(
        "outcomes",
        "The reader's card is valid only until {valid_until}: re-register the reader, then renew.",
    ),
    "reader_blocked": QT_TRANSLATE_NOOP("outcomes", "The reader is blocked: {reason}."),
    "card_expired": QT_TRANSLATE_NOOP(
        "outcomes", "The reader's card was valid until {valid_until}. Re-register the reader."
    ),
    "loan_limit": QT_TRANSLATE_NOOP(
        "outcomes", "Books the reader already has: {count}; the limit is {limit}."
    ),
    "loan_limit_of_kind": QT_TRANSLATE_NOOP(
        "outcomes", "{kind} on loan to the reader: {count}; the limit is {limit}."
    ),
    "on_loan_to_other": QT_TRANSLATE_NOOP(
        "outcomes",
        "Copy {barcode} is still on loan to reader {card}: its return was missed. "
        "Lending it closes that loan.",
    ),
    "reference_only": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} is for use in the library only."
    ),
    "item_marked_lost": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} is marked lost. Lending it marks it found."
    ),
    "item_in_transit": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} is in transit to its home branch."
    ),
    "renewal_limit": QT_TRANSLATE_NOOP(
        "outcomes", "The loan has reached the renewal limit ({limit})."
    ),
    "overdue_loans": QT_TRANSLATE_NOOP("outcomes", "The reader has overdue books: {count}."),
    "other_branch_item": QT_TRANSLATE_NOOP("outcomes", "The copy belongs to branch {branch}."),
    "reregistration_due": QT_TRANSLATE_NOOP(
        "outcomes", "The reader has not been re-registered for {year}."
    ),
    "returned_late": QT_TRANSLATE_NOOP(
        "outcomes", "Returned late: days overdue {days} (reader {card})."
    ),
    "send_to_home_branch": QT_TRANSLATE_NOOP(
        "outcomes", "Put the copy aside to be sent to branch {branch}."
    ),
    "one_loan_left": QT_TRANSLATE_NOOP(
        "outcomes", "One more book and the reader reaches the limit of {limit}."
    ),
    "due_date_clamped": QT_TRANSLATE_NOOP(
        "outcomes", "Due date shortened to the card's end of validity, {valid_until}."
    ),
    "transit_received": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} is back at its home branch and on the shelf again."
    ),
    "item_found": QT_TRANSLATE_NOOP(
        "outcomes", "Copy {barcode} was marked lost and is now found again."
    ),
}

ERRORS = {
    "required": QT_TRANSLATE_NOOP("errors", "{field}: this field is required."),
    "too_long": QT_TRANSLATE_NOOP("errors", "{field}: at most {max} characters."),
    "not_a_name": QT_TRANSLATE_NOOP("errors", "{field}: this does not look like a name."),
    "bad_characters": QT_TRANSLATE_NOOP("errors", "{field}: contains characters not allowed."),
    "in_future": QT_TRANSLATE_NOOP("errors", "{field}: the date is in the future."),
    "in_past": QT_TRANSLATE_NOOP("errors", "{field}: the date is in the past."),
    "iin_format": QT_TRANSLATE_NOOP("errors", "{field}: an ИИН has exactly 12 digits."),
    "iin_century": QT_TRANSLATE_NOOP("errors", "{field}: the 7th digit of an ИИН must be 1 to 6."),
    "iin_date": QT_TRANSLATE_NOOP(
        "errors", "{field}: the first six digits are not a real birth date."
    ),
    "iin_checksum": QT_TRANSLATE_NOOP(
        "errors", "{field}: the check digit is wrong; look for a mistyped digit."
    ),
    "iin_unusable": QT_TRANSLATE_NOOP("errors", "{field}: such an ИИН is never issued."),
    "birth_date_differs_from_iin": QT_TRANSLATE_NOOP(
        "errors", "{field}: differs from the birth date in the ИИН."
    ),
    "sex_differs_from_iin": QT_TRANSLATE_NOOP("errors", "{field}: differs from the ИИН."),
    "guarantor_required": QT_TRANSLATE_NOOP(
        "errors", "{field}: a child registers with a parent or guardian as guarantor."
    ),
    "unknown_category": QT_TRANSLATE_NOOP("errors", "{field}: unknown group {category}."),
    "unknown_sex": QT_TRANSLATE_NOOP("errors", "{field}: must be m or f."),
    "barcode_taken": QT_TRANSLATE_NOOP("errors", "Barcode {barcode} is already on another copy."),
    "bad_year": QT_TRANSLATE_NOOP("errors", "{field}: {year} is not a possible year."),
    "status_not_settable": QT_TRANSLATE_NOOP(
        "errors", "A copy cannot be set to “{status}” by hand."
    ),
    "status_change_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "A copy that is “{old}” cannot be made “{new}”."
    ),
    "item_on_loan": QT_TRANSLATE_NOOP("errors", "Copy {barcode} is on loan; take it back first."),
    "negative_count": QT_TRANSLATE_NOOP("errors", "{field}: counts cannot be negative."),
    "parts_exceed_total": QT_TRANSLATE_NOOP(
        "errors", "{field}: children and youth together exceed the total of {total}."
    ),
    "override_reason_required": QT_TRANSLATE_NOOP(
        "errors", "Give a reason to go ahead despite the warning."
    ),
    "bad_login": QT_TRANSLATE_NOOP(
        "errors", "{field}: letters, digits, dots and underscores only."
    ),
    "login_taken": QT_TRANSLATE_NOOP("errors", "{field}: {login} is already taken."),
    "password_too_short": QT_TRANSLATE_NOOP("errors", "{field}: at least {min} characters."),
    "bad_branch_code": QT_TRANSLATE_NOOP(
        "errors", "“{code}” is not a branch code: 2 to 5 capital Latin letters, such as BST."
    ),
    "other_branch_database": QT_TRANSLATE_NOOP(
        "errors", "This database belongs to branch {found}, not {wanted}."
    ),
    "branch_not_initialised": QT_TRANSLATE_NOOP(
        "errors",
        "No branch is set up yet ({path}). Run “branchdesk init --branch CODE --name NAME” "
        "or “branchdesk demo”.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "errors", "The disk is full; nothing was saved. Free some space and try again."
    ),
    "database_read_only": QT_TRANSLATE_NOOP(
        "errors", "The database {path} is read-only; nothing was saved. Check its permissions."
    ),
    "database_corrupt": QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is damaged. Restore the latest backup with “branchdesk restore FILE”.",
    ),
    "database_cannot_open": QT_TRANSLATE_NOOP(
        "errors", "The database {path} cannot be opened. Check the folder and its permissions."
    ),
    "database_busy": QT_TRANSLATE_NOOP(
        "errors", "The database {path} is busy in another program. Try again in a moment."
    ),
    "disk_io_error": QT_TRANSLATE_NOOP(
        "errors", "The disk could not be read or written ({path}). Check the disk."
    ),
    "not_a_branch_database": QT_TRANSLATE_NOOP("errors", "{path} is not a branchdesk database."),
    "database_too_new": QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} was written by a newer branchdesk (schema {found}; this version "
        "knows {known}). Install the newer version.",
    ),
    "migration_broke_references": QT_TRANSLATE_NOOP(
        "errors", "Updating {path} would break links between records; it was left unchanged."
    ),
    "too_small": QT_TRANSLATE_NOOP("errors", "{field}: must be at least 1."),
    "unknown_record": QT_TRANSLATE_NOOP("errors", "This title is no longer in the catalogue."),
    "unknown_language": QT_TRANSLATE_NOOP(
        "errors", "{field}: {language} is not a language of the desk."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "{field}: must be from {min} to {max}."),
    "unknown_item_type": QT_TRANSLATE_NOOP("errors", "{field}: unknown item type {item_type}."),
    "duplicate_rule": QT_TRANSLATE_NOOP(
        "errors", "{field}: two rules for group {category} and item type {item_type}; keep one."
    ),
    "policy_needs_fallback": QT_TRANSLATE_NOOP(
        "errors", "The loan rules need a row for any group and any item type."
    ),
    "no_open_weekday": QT_TRANSLATE_NOOP(
        "errors", "{field}: the branch must be open on at least one day of the week."
    ),
    "ends_before_start": QT_TRANSLATE_NOOP(
        "errors", "{field}: the closed dates end before they start."
    ),
    "closed_too_long": QT_TRANSLATE_NOOP(
        "errors", "{field}: a closed period is at most {max} days."
    ),
    "unknown_staff": QT_TRANSLATE_NOOP("errors", "No staff account {login}."),
    "last_admin": QT_TRANSLATE_NOOP(
        "errors", "{login} is the last active branch admin; make another admin first."
    ),
    "file_not_found": QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."),
    "not_a_journal_file": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a journal exported by branchdesk, or it is damaged."
    ),
    "not_an_answers_file": QT_TRANSLATE_NOOP(
        "errors", "{path} is not an answer file from the central library, or it is damaged."
    ),
    "other_branch_answers": QT_TRANSLATE_NOOP(
        "errors", "The answers in {path} are for branch {found}, not for {wanted}."
    ),
    "branch_revoked": QT_TRANSLATE_NOOP(
        "errors", "The token of branch {branch} is revoked: give it a new token first."
    ),
    "device_of_other_branch": QT_TRANSLATE_NOOP(
        "errors", "The journal names a computer that belongs to another branch than {branch}."
    ),
    "central_busy": QT_TRANSLATE_NOOP(
        "errors", "The central database failed for a moment ({reason}); try again."
    ),
    "other_branch_backup": QT_TRANSLATE_NOOP(
        "errors", "The backup {path} belongs to branch {found}, not to this branch {wanted}."
    ),
    "restore_would_lose_operations": QT_TRANSLATE_NOOP(
        "errors",
        "{pending} operations have not reached the central library yet and would be lost. "
        "Sync first, or repeat with --force (the current database is kept in {path}).",
    ),
    "backup_onto_database": QT_TRANSLATE_NOOP(
        "errors", "{path} is the branch database itself; choose another file for the backup."
    ),
    "file_error": QT_TRANSLATE_NOOP("errors", "Cannot use {path}: {reason}."),
    "central_not_installed": QT_TRANSLATE_NOOP(
        "errors",
        "The central library's server is not part of this installation: it runs on the "
        "centre's computer, installed there with branchdesk[central].",
    ),
    "sync_offline": QT_TRANSLATE_NOOP(
        "errors",
        "The central library ({url}) cannot be reached. Work goes on; it will be sent later.",
    ),
    "sync_token": QT_TRANSLATE_NOOP(
        "errors",
        "The central library refused this branch's token. Ask the central library for a new "
        "token and enter it in Settings.",
    ),
    "sync_upgrade": QT_TRANSLATE_NOOP(
        "errors",
        "The central library needs a newer branchdesk. Nothing is lost: update the program, "
        "then sync again.",
    ),
    "sync_server": QT_TRANSLATE_NOOP(
        "errors", "The central library had a problem (code {status}). It will be tried again."
    ),
    "sync_refused": QT_TRANSLATE_NOOP(
        "errors", "The central library refused the request ({reason})."
    ),
    "not_joined": QT_TRANSLATE_NOOP(
        "errors",
        "This branch is not connected to a central library. Set the address and the token in "
        "Settings, or run “branchdesk init --central URL --token TOKEN”.",
    ),
    "bad_central_url": QT_TRANSLATE_NOOP(
        "errors", "“{url}” is not an address of a central library (it starts with https://)."
    ),
    "central_needs_token": QT_TRANSLATE_NOOP(
        "errors", "Give the branch's token with --token as well as --central."
    ),
    "central_db_unreachable": QT_TRANSLATE_NOOP(
        "errors", "Cannot open the central database: {reason}"
    ),
    "central_db_unsupported": QT_TRANSLATE_NOOP(
        "errors", "{url}: the central database must be sqlite:/// or postgresql+psycopg://."
    ),
    "not_a_central_database": QT_TRANSLATE_NOOP(
        "errors", "This database is not a branchdesk central database."
    ),
    "branch_exists": QT_TRANSLATE_NOOP(
        "errors", "Branch {branch} exists already. To give it a new token, use new-token."
    ),
    "unknown_branch": QT_TRANSLATE_NOOP("errors", "There is no branch {branch}."),
    "malformed_branch_code": QT_TRANSLATE_NOOP(
        "errors", "“{code}” is not a branch code (2 to 5 Latin capital letters, e.g. BST)."
    ),
    "unknown_conflict": QT_TRANSLATE_NOOP("errors", "No such conflict."),
    "token_of_other_branch": QT_TRANSLATE_NOOP(
        "errors", "This token belongs to branch {branch}, not {wanted}. Check the token."
    ),
    "bad_rules_file": QT_TRANSLATE_NOOP(
        "errors", "{field}: the rules file does not have this part right (see the README)."
    ),
    "bad_role": QT_TRANSLATE_NOOP(
        "errors", "{field}: “{role}” is not a role (librarian or branch_admin)."
    ),
    "conflict_closed": QT_TRANSLATE_NOOP(
        "errors", "This conflict is resolved already, or its resolution is on its way."
    ),
    "bad_resolution": QT_TRANSLATE_NOOP("errors", "“{action}” is not a way to resolve a conflict."),
    "card_numbers_exhausted": QT_TRANSLATE_NOOP(
        "errors", "This branch has used up its card numbers; ask the central library."
    ),
    "card_not_active": QT_TRANSLATE_NOOP(
        "errors", "Card {card} is “{status}”; only an active reader can be blocked."
    ),
    "duplicate_iin": QT_TRANSLATE_NOOP(
        "errors", "{field}: this ИИН already belongs to reader {card}."
    ),
    "bad_date": QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (use YYYY-MM-DD)."),
    "demo_needs_empty_branch": QT_TRANSLATE_NOOP(
        "errors", "The branch already has {readers} readers; demo data goes into a new one."
    ),
    "pdf_expected": QT_TRANSLATE_NOOP("errors", "{field}: the file name must end in .pdf."),
    "cards_or_since": QT_TRANSLATE_NOOP(
        "errors", "Name the readers by card number, or give the date they registered since."
    ),
    "nothing_to_print": QT_TRANSLATE_NOOP("errors", "There is nothing to print for this choice."),
    "bad_period": QT_TRANSLATE_NOOP(
        "errors",
        "“{value}” is not a period: give a month (2026-11), a quarter (2026-Q4) or a year.",
    ),
    "unknown_report": QT_TRANSLATE_NOOP("errors", "No such report; the reports are: {known}."),
    "pdf_or_xlsx": QT_TRANSLATE_NOOP("errors", "{field}: the file name must end in .pdf or .xlsx."),
    "no_last_slip": QT_TRANSLATE_NOOP("errors", "No slip has been printed at this desk yet."),
    "labels_choice": QT_TRANSLATE_NOOP(
        "errors", "Name the copies by barcode, give a date they came since, or one copy's title."
    ),
    "output_unwritable": QT_TRANSLATE_NOOP(
        "errors", "Cannot write {path}: check the folder exists and is not read-only."
    ),
    "font_missing": QT_TRANSLATE_NOOP(
        "errors", "The font file {path} is missing; reinstall branchdesk."
    ),
    # Import (issue 6): bad records, rows and files.
    "bad_isbn": QT_TRANSLATE_NOOP(
        "errors",
        "ISBN “{isbn}” is not valid; the record is imported without it.",
    ),
    "broken_leader": QT_TRANSLATE_NOOP(
        "errors",
        "The record's leader is damaged (its length or data address is not a number, or wrong).",
    ),
    "broken_directory": QT_TRANSLATE_NOOP(
        "errors",
        "The record's directory is damaged: its fields cannot be found.",
    ),
    "wrong_encoding": QT_TRANSLATE_NOOP(
        "errors",
        "The record is not in {encoding}: choose the file's character set (--encoding).",
    ),
    "truncated_record": QT_TRANSLATE_NOOP(
        "errors",
        "The file ends in the middle of this record (the file is cut short).",
    ),
    "broken_record": QT_TRANSLATE_NOOP(
        "errors",
        "The record cannot be read ({reason}).",
    ),
    "broken_xml": QT_TRANSLATE_NOOP(
        "errors",
        "The XML is damaged at line {line}, column {column}; nothing after it can be read.",
    ),
    "no_title": QT_TRANSLATE_NOOP(
        "errors",
        "The record has no title.",
    ),
    "copy_without_barcode": QT_TRANSLATE_NOOP(
        "errors",
        "A copy has neither a barcode nor an inventory number; it is left out.",
    ),
    "duplicate_reader": QT_TRANSLATE_NOOP(
        "errors",
        "This reader is already registered under card {card}.",
    ),
    "card_taken": QT_TRANSLATE_NOOP(
        "errors",
        "Card {card} already belongs to another reader.",
    ),
    "merged_cells": QT_TRANSLATE_NOOP(
        "errors",
        "The row has merged cells: unmerge them in Excel and import again.",
    ),
    "merged_header": QT_TRANSLATE_NOOP(
        "errors",
        "The header row of {path} has merged cells: unmerge them in Excel.",
    ),
    "extra_cells": QT_TRANSLATE_NOOP(
        "errors",
        "The row has {count} cells, the header only {max}.",
    ),
    "missing_columns": QT_TRANSLATE_NOOP(
        "errors",
        "The file has no column for: {columns}. Choose the columns (--mapping).",
    ),
    "empty_file": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is empty.",
    ),
    "unknown_format": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a catalogue file branchdesk reads (MARC, MARCXML, CSV, XLSX); "
        "choose the format (--format) if it is one.",
    ),
    "unreadable_file": QT_TRANSLATE_NOOP(
        "errors",
        "{path} cannot be read as a workbook.",
    ),
    "no_header": QT_TRANSLATE_NOOP(
        "errors",
        "The first row of {path} is empty: it must name the columns.",
    ),
    "bad_mapping": QT_TRANSLATE_NOOP(
        "errors",
        "“{mapping}” is not a column mapping (write field=Header,field=Header).",
    ),
    "unknown_column_field": QT_TRANSLATE_NOOP(
        "errors",
        "There is no field “{field}” to map a column to.",
    ),
    "encoding_not_for_format": QT_TRANSLATE_NOOP(
        "errors",
        "The {encoding} character set is not used in {format} files.",
    ),
    "readers_need_table": QT_TRANSLATE_NOOP(
        "errors",
        "Readers are imported from CSV or Excel lists, not from {format}.",
    ),
    "copy_without_branch": QT_TRANSLATE_NOOP(
        "errors",
        "Copy {barcode} names no branch: give one (--branch).",
    ),
}

# The same news worded for the desk's Import screen, where the choices the command line
# takes as options are on the screen itself.
DESK_ERRORS = {
    # The command line adds the system's reason, in English; the desk says what to check.
    "file_error": QT_TRANSLATE_NOOP(
        "errors",
        "Cannot open {path}: check that the file is there and can be read.",
    ),
    "wrong_encoding": QT_TRANSLATE_NOOP(
        "errors",
        "The record is not in {encoding}: choose the file's character set above.",
    ),
    "missing_columns": QT_TRANSLATE_NOOP(
        "errors",
        "The file has no column for: {columns}. Choose the columns on the right.",
    ),
    "unknown_format": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a catalogue file branchdesk reads (MARC, MARCXML, CSV, XLSX); "
        "choose its format above if it is one.",
    ),
}

STATUSES = {
    "active": QT_TRANSLATE_NOOP("statuses", "active"),
    "blocked": QT_TRANSLATE_NOOP("statuses", "blocked"),
    "card_lost": QT_TRANSLATE_NOOP("statuses", "card lost"),
    "cancelled": QT_TRANSLATE_NOOP("statuses", "cancelled"),
    "available": QT_TRANSLATE_NOOP("statuses", "on the shelf"),
    "on_loan": QT_TRANSLATE_NOOP("statuses", "on loan"),
    "in_transit": QT_TRANSLATE_NOOP("statuses", "in transit"),
    "lost": QT_TRANSLATE_NOOP("statuses", "lost"),
    "withdrawn": QT_TRANSLATE_NOOP("statuses", "written off"),
    "reference_only": QT_TRANSLATE_NOOP("statuses", "library use only"),
    "pending": QT_TRANSLATE_NOOP("statuses", "waiting"),
    "applied": QT_TRANSLATE_NOOP("statuses", "applied"),
    "duplicate": QT_TRANSLATE_NOOP("statuses", "duplicate"),
    "conflict": QT_TRANSLATE_NOOP("statuses", "conflict"),
    "rejected": QT_TRANSLATE_NOOP("statuses", "rejected"),
}

# Kinds of item (ItemType) as a limit names them, at the start of a sentence.
ITEM_KINDS = {
    "book": QT_TRANSLATE_NOOP("item_kinds", "Books"),
    "periodical": QT_TRANSLATE_NOOP("item_kinds", "Periodicals"),
    "audiovisual": QT_TRANSLATE_NOOP("item_kinds", "Audio and video"),
}

FIELDS = {
    "central": QT_TRANSLATE_NOOP("fields", "Central library address"),
    "out": QT_TRANSLATE_NOOP("fields", "Output file"),
    "new_since": QT_TRANSLATE_NOOP("fields", "Registered since"),
    "registered_on": QT_TRANSLATE_NOOP("fields", "Registered on"),
    "period": QT_TRANSLATE_NOOP("fields", "Period"),
    "card_valid_until": QT_TRANSLATE_NOOP("fields", "Card valid until"),
    "policy": QT_TRANSLATE_NOOP("fields", "Loan rules"),
    "file": QT_TRANSLATE_NOOP("fields", "File"),
    "weekly_days_off": QT_TRANSLATE_NOOP("fields", "Weekly days off"),
    "closed": QT_TRANSLATE_NOOP("fields", "Closed days"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "token": QT_TRANSLATE_NOOP("fields", "Branch token"),
    "conflict": QT_TRANSLATE_NOOP("fields", "Conflict"),
    "action": QT_TRANSLATE_NOOP("fields", "Resolution"),
    "loan": QT_TRANSLATE_NOOP("fields", "Loan"),
    "surname": QT_TRANSLATE_NOOP("fields", "Surname"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("fields", "Patronymic"),
    "iin": QT_TRANSLATE_NOOP("fields", "ИИН"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "category": QT_TRANSLATE_NOOP("fields", "Reader group"),
    "school_or_work": QT_TRANSLATE_NOOP("fields", "School or workplace"),
    "education": QT_TRANSLATE_NOOP("fields", "Education"),
    "settlement": QT_TRANSLATE_NOOP("fields", "Settlement"),
    "street": QT_TRANSLATE_NOOP("fields", "Street"),
    "house": QT_TRANSLATE_NOOP("fields", "House"),
    "flat": QT_TRANSLATE_NOOP("fields", "Flat"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "guarantor_name": QT_TRANSLATE_NOOP("fields", "Guarantor"),
    "guarantor_iin": QT_TRANSLATE_NOOP("fields", "Guarantor's ИИН"),
    "guarantor_phone": QT_TRANSLATE_NOOP("fields", "Guarantor's phone"),
    "consent_date": QT_TRANSLATE_NOOP("fields", "Consent to data processing"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "card": QT_TRANSLATE_NOOP("fields", "Card"),
    "barcode": QT_TRANSLATE_NOOP("fields", "Barcode"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "authors": QT_TRANSLATE_NOOP("fields", "Authors"),
    "author": QT_TRANSLATE_NOOP("fields", "Author"),
    "publisher": QT_TRANSLATE_NOOP("fields", "Publisher"),
    "year": QT_TRANSLATE_NOOP("fields", "Year"),
    "isbn": QT_TRANSLATE_NOOP("fields", "ISBN"),
    "bbk": QT_TRANSLATE_NOOP("fields", "BBK index"),
    "udc": QT_TRANSLATE_NOOP("fields", "UDC index"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "until": QT_TRANSLATE_NOOP("fields", "Until"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "topic": QT_TRANSLATE_NOOP("fields", "Topic"),
    "programme": QT_TRANSLATE_NOOP("fields", "Programme"),
    "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "audience": QT_TRANSLATE_NOOP("fields", "Audience"),
    "responsible": QT_TRANSLATE_NOOP("fields", "Responsible"),
    "attendance": QT_TRANSLATE_NOOP("fields", "Attendance"),
    "login": QT_TRANSLATE_NOOP("fields", "Login"),
    "full_name": QT_TRANSLATE_NOOP("fields", "Full name"),
    "password": QT_TRANSLATE_NOOP("fields", "Password"),
    "branch": QT_TRANSLATE_NOOP("fields", "Branch"),
    "limit": QT_TRANSLATE_NOOP("fields", "Limit"),
    "operator": QT_TRANSLATE_NOOP("fields", "Staff login"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "day": QT_TRANSLATE_NOOP("fields", "Date"),
    "inventory_number": QT_TRANSLATE_NOOP("fields", "Inventory number"),
    "location": QT_TRANSLATE_NOOP("fields", "Location"),
    "price": QT_TRANSLATE_NOOP("fields", "Price"),
    "language": QT_TRANSLATE_NOOP("fields", "Language"),
    "days_off": QT_TRANSLATE_NOOP("fields", "Days off"),
    "item_type": QT_TRANSLATE_NOOP("fields", "Item type"),
    "name_kk": QT_TRANSLATE_NOOP("fields", "Name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("fields", "Name in Russian"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "loan_days": QT_TRANSLATE_NOOP("fields", "Loan days"),
    "max_loans": QT_TRANSLATE_NOOP("fields", "Max loans"),
    "max_renewals": QT_TRANSLATE_NOOP("fields", "Max renewals"),
    "renewal_days": QT_TRANSLATE_NOOP("fields", "Renewal days"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("fields", "Idle lock (minutes)"),
    "readers": QT_TRANSLATE_NOOP("fields", "Readers"),
    "items": QT_TRANSLATE_NOOP("fields", "Copies"),
    "years": QT_TRANSLATE_NOOP("fields", "Years"),
    "due": QT_TRANSLATE_NOOP("fields", "Due date"),
    # Columns of an imported sheet (issue 6).
    "subtitle": QT_TRANSLATE_NOOP("fields", "Subtitle"),
    "subjects": QT_TRANSLATE_NOOP("fields", "Subject headings"),
    "control_number": QT_TRANSLATE_NOOP("fields", "Record number"),
    "home_branch": QT_TRANSLATE_NOOP("fields", "Home branch"),
    "acquired_on": QT_TRANSLATE_NOOP("fields", "Date received"),
}


# Parameters that carry a status code, shown by its name in the user's language.
_STATUS_PARAMS = ("status", "old", "new")


class _Params(dict[str, object]):
    """Leaves an unknown placeholder visible instead of failing on it."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(code: str, params: Mapping[str, object], lang: str) -> str:
    """The message for a code in `lang`; an unknown code shows as itself, never crashes.

    Desk outcomes and errors share codes where they mean the same (an unknown card is the
    same news from a scan or from a form), so outcomes are looked up first.
    """
    if code in OUTCOMES:
        context, source = "outcomes", OUTCOMES[code]
    elif code in ERRORS:
        context, source = "errors", ERRORS[code]
    else:
        return f"{code} {dict(params)}" if params else code
    return _worded(context, source, params, lang)


def describe_at_desk(code: str, params: Mapping[str, object], lang: str) -> str:
    """As `describe`, in the desk's words where the command line's name an option."""
    if code in DESK_ERRORS and code not in OUTCOMES:
        return _worded("errors", DESK_ERRORS[code], params, lang)
    return describe(code, params, lang)


def _worded(context: str, source: str, params: Mapping[str, object], lang: str) -> str:
    values = _Params(params)
    for key in _STATUS_PARAMS:
        value = params.get(key)
        if isinstance(value, str) and value in STATUSES:
            values[key] = translate(lang, "statuses", STATUSES[value])
    kind = params.get("kind")
    if isinstance(kind, str):
        values["kind"] = item_kind_label(kind, lang)
    field = params.get("field")
    if isinstance(field, str):
        values["field"] = translate(lang, "fields", FIELDS[field]) if field in FIELDS else field
    return translate(lang, context, source).format_map(values)


def item_kind_label(code: str, lang: str) -> str:
    """A kind of item (ItemType) by its name in `lang` ("Periodicals")."""
    source = ITEM_KINDS.get(code)
    return code if source is None else translate(lang, "item_kinds", source)


def status_label(code: str, lang: str) -> str:
    source = STATUSES.get(code)
    return code if source is None else translate(lang, "statuses", source)
