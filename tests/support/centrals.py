"""Real central servers for tests: a central database (SQLite file or PostgreSQL), a uvicorn
server on a free loopback port in this process, and branches joined to it."""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from branchdesk.central.branches import add_branch
from branchdesk.central.schema import metadata
from branchdesk.central.serve import Running, start_in_thread
from branchdesk.central.store import open_central
from branchdesk.services.context import BranchContext
from branchdesk.services.setup import init_branch
from branchdesk.services.sync import set_central

# The database .ci/run creates (reference/toolchain.md, recipe I).
DEFAULT_PG = "postgresql+psycopg://branchdesk:branchdesk@127.0.0.1:5432/branchdesk_test"


def postgres_url() -> str | None:
    """The test PostgreSQL if one answers, else None (the caller skips and says why)."""
    url = os.environ.get("DATABASE_URL") or DEFAULT_PG
    if url.startswith("postgresql://"):
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:
        return None
    return url


def private_schema(url: str) -> tuple[str, str]:
    """A schema of its own in the test database, so that tests (and helpers running tests
    at the same time) never see each other's tables: (url using it, schema name)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    engine.dispose()
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{name}", name


def drop_schema(url: str, name: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
    engine.dispose()


def wipe_postgres(url: str) -> None:
    """Drop the central tables in the schema `url` uses."""
    engine = create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@dataclass
class Central:
    """A central library under test: its database and, once started, its server."""

    url: str
    engine: Engine
    server: Running | None = None
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def address(self) -> str:
        assert self.server is not None, "start() the server first"
        return self.server.url

    def start(self, port: int = 0) -> str:
        self.server = start_in_thread(self.engine, port=port)
        return self.server.url

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def restart(self) -> None:
        """Stop the server, drop every pooled connection, start again on the same port."""
        port = int(self.address.rsplit(":", 1)[1])
        self.stop()
        self.engine.dispose()
        self.engine = open_central(self.url)
        self.start(port)

    def add_branch(self, code: str, name: str = "") -> str:
        token = add_branch(self.engine, code, name or f"{code} кітапханасы")
        self.tokens[code] = token
        return token

    def close(self) -> None:
        self.stop()
        self.engine.dispose()


def make_central(url: str) -> Central:
    return Central(url=url, engine=open_central(url))


def join_branch(
    central: Central,
    folder: Path,
    code: str,
    template: Path | None = None,
    url: str | None = None,
) -> BranchContext:
    """A branch database set up and connected to `central` (at `url`, e.g. through a proxy),
    without the first pull (tests decide when to sync)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branch.sqlite"
    if template is not None:
        shutil.copyfile(template, path)
    token = central.tokens.get(code) or central.add_branch(code)
    db = init_branch(path, code, f"{code} кітапханасы")
    set_central(db, url or central.address, token)
    return BranchContext.load(db)
