"""The branch's token: in the OS's credential store when there is one, else the database."""

from __future__ import annotations

import sqlite3

import keyring
import pytest
from keyring.backend import KeyringBackend

from branchdesk.services.sync import client_for, set_central
from branchdesk.store.settings import Key
from branchdesk.sync.errors import SyncError

URL = "https://library.example.kz"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def _stored(ctx) -> dict[str, str]:
    with sqlite3.connect(ctx.db.path) as conn:
        return dict(conn.execute("SELECT key, value FROM setting"))


def test_without_a_credential_store_the_database_keeps_the_token(ctx):
    set_central(ctx.db, URL, "secret-token")
    assert _stored(ctx)[Key.CENTRAL_TOKEN] == '"secret-token"'
    with client_for(ctx.db) as client:
        assert client.url == URL


def test_with_a_credential_store_the_token_is_not_in_the_database_file(ctx, memory_keyring):
    set_central(ctx.db, URL, "secret-token")
    assert memory_keyring.saved == {("branchdesk", f"BST@{URL}"): "secret-token"}
    files = [ctx.db.path, ctx.db.path.with_name(ctx.db.path.name + "-wal")]
    assert all(b"secret-token" not in f.read_bytes() for f in files if f.exists())
    assert _stored(ctx)[Key.CENTRAL_TOKEN_STORE] == '"keyring"'
    with client_for(ctx.db) as client:
        assert client.url == URL
    memory_keyring.saved.clear()  # another Windows account, a reset profile
    with pytest.raises(SyncError) as lost:
        client_for(ctx.db)
    assert lost.value.kind == "token"
