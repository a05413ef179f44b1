"""Running the central server: uvicorn in the foreground, or in a thread for tests."""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass
from typing import Any

import uvicorn
from sqlalchemy import Engine

from branchdesk.central.app import create_app


def serve(engine: Engine, host: str, port: int) -> None:
    app = create_app(engine)
    # What the server holds from here on (modules, tables, the app) lives as long as the
    # process: the collector need never walk it again.
    gc.collect()
    gc.freeze()
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=True)


@dataclass
class Running:
    server: uvicorn.Server
    thread: threading.Thread
    url: str

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start_in_thread(engine: Engine, host: str = "127.0.0.1", port: int = 0) -> Running:
    """A real server on a loopback socket, in this process (tests, benchmarks)."""
    return run_in_thread(create_app(engine), host, port)


def run_in_thread(app: Any, host: str = "127.0.0.1", port: int = 0) -> Running:
    """Any ASGI app under uvicorn in a thread of this process, once it listens."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="central", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    return Running(server, thread, f"http://{host}:{bound}")
