"""Staff accounts: who is at the desk. Passwords are hashed with the standard library's scrypt."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets

from sqlalchemy import select
from uuid6 import uuid7

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.domain.readers import check_name
from branchdesk.errors import InvalidInput, raise_if_problem
from branchdesk.services.context import BranchContext
from branchdesk.store.schema import StaffRow

# scrypt cost: about 50 ms on an old desk PC, enough to make a stolen file slow to crack.
_N, _R, _P = 2**14, 8, 1
PASSWORD_MIN = 6
# Who signed in and who was refused go to the log, for the helper on the phone; what was
# typed as a password never does (tests/gui/test_safety.py reads the log to be sure).
log = logging.getLogger("branchdesk.staff")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode(),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)


def create_staff(
    ctx: BranchContext, login: str, full_name: str, role: StaffRole, password: str
) -> Staff:
    login = login.strip().lower()
    if not login or len(login) > 64 or not login.replace(".", "").replace("_", "").isalnum():
        raise InvalidInput("bad_login", field="login")
    raise_if_problem(check_name(full_name, "full_name", required=True))
    if len(password) < PASSWORD_MIN:
        raise InvalidInput("password_too_short", field="password", min=PASSWORD_MIN)
    with ctx.db.write() as session:
        if session.scalar(select(StaffRow.id).where(StaffRow.login == login)) is not None:
            raise InvalidInput("login_taken", field="login", login=login)
        session.add(
            StaffRow(
                uuid=str(uuid7()),
                login=login,
                full_name=full_name.strip(),
                role=role.value,
                password_hash=hash_password(password),
                active=True,
            )
        )
    log.info("staff account %s created (%s)", login, role.value)
    return Staff(login, full_name.strip(), role, True)


def authenticate(ctx: BranchContext, login: str, password: str) -> Staff | None:
    with ctx.db.read() as session:
        row = session.scalars(
            select(StaffRow).where(StaffRow.login == login.strip().lower(), StaffRow.active)
        ).first()
        if row is None or not verify_password(password, row.password_hash):
            log.info("sign-in refused for login %r", login.strip().lower()[:64])
            return None
        log.info("signed in: %s", row.login)
        return Staff(row.login, row.full_name, StaffRole(row.role), row.active)


def has_staff(ctx: BranchContext) -> bool:
    """Whether anyone can sign in yet: the first start creates the administrator."""
    with ctx.db.read() as session:
        return session.scalar(select(StaffRow.id).limit(1)) is not None
