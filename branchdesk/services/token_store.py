"""Where the branch's token lives: the OS's credential store when there is one.

A token in the database file travels with every backup and every copy of the file on a
stick; in Windows Credential Manager (or macOS Keychain, or a Linux Secret Service) it stays
with the PC's user account. Where no credential store answers (a Linux PC without a Secret
Service, a locked-down account) the database keeps it, as before, and the log says so.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from branchdesk.store.settings import Key, get_setting, put_setting

log = logging.getLogger("branchdesk.token")

SERVICE = "branchdesk"
KEYRING = "keyring"


def _account(branch: str, url: str) -> str:
    return f"{branch}@{url}"


def save_token(session: Session, branch: str, url: str, token: str) -> str:
    """Keep the token; returns where: "keyring" or "database"."""
    try:
        import keyring
        import keyring.errors

        keyring.set_password(SERVICE, _account(branch, url), token)
    except ImportError:
        stored_in_keyring = False
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        log.info("no credential store (%s): the token is kept in the database", type(exc).__name__)
        stored_in_keyring = False
    else:
        stored_in_keyring = True
    if stored_in_keyring:
        put_setting(session, Key.CENTRAL_TOKEN, None)
        put_setting(session, Key.CENTRAL_TOKEN_STORE, KEYRING)
        return KEYRING
    put_setting(session, Key.CENTRAL_TOKEN, token)
    put_setting(session, Key.CENTRAL_TOKEN_STORE, None)
    return "database"


def load_token(session: Session, branch: str, url: str) -> str | None:
    """The token, or None when there is none (or the credential store lost it)."""
    if get_setting(session, Key.CENTRAL_TOKEN_STORE) != KEYRING:
        token = get_setting(session, Key.CENTRAL_TOKEN)
        return str(token) if token else None
    try:
        import keyring
        import keyring.errors

        found = keyring.get_password(SERVICE, _account(branch, url))
    except (ImportError, RuntimeError, OSError) as exc:
        log.warning("the credential store did not answer: %s", type(exc).__name__)
        return None
    return found
