"""A fault-injecting HTTP/1.1 proxy on loopback, between a branch and the central server.

It works on raw TCP, one thread per client connection, and understands just enough HTTP to
tell requests apart on a kept-alive connection (request: headers plus a Content-Length or
chunked body; response: Content-Length, chunked, or read to the close). That lets it fail in
the ways a rural line fails, at exact points (reference/anchors-code-and-sync.md §3.8):

    proxy = FaultProxy(central.address)  # a clean wire
    proxy.queue_fault(Fault.DROP_RESPONSE, path="/api/v1/sync/push")
    ...  # the next push commits at the centre, and its answer is lost
    proxy.faults  # a Counter of the faults injected, by kind

    slow = FaultProxy(central.address, latency_s=0.2, bandwidth_bps=1_000_000)

A queued fault applies to the next request that matches it (method, path prefix) after
`after` matching requests went through untouched. The slow link delays each message by half
the round trip plus its transmission time at the given bandwidth, in each direction, on one
shared link per direction; a new connection first costs one round trip (the TCP handshake).
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit


class Fault(StrEnum):
    DROP_REQUEST = "drop_request"  # the request never reaches the server; the connection closes
    DROP_RESPONSE = "drop_response"  # the server answers (and commits); the client never hears
    DUPLICATE = "duplicate"  # delivered twice, one after the other; the client gets the last answer
    DUPLICATE_CONCURRENT = "duplicate_concurrent"  # delivered twice at once, on two connections
    CUT_BODY = "cut_body"  # half the request body reaches the server, then both sides close
    CUT_RESPONSE = "cut_response"  # the answer's headers and half its body arrive, then a close
    ERROR_5XX = "error_5xx"  # a 502 from "the proxy", the server never sees the request


class ProxyBroken(Exception):
    """A connection closed in the middle of a message."""


@dataclass
class Request:
    method: str
    target: str
    head: bytes  # request line and headers, as received
    body: bytes  # as received (chunk framing included)

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def raw(self) -> bytes:
        return self.head + self.body


@dataclass
class Response:
    status: int
    head: bytes
    body: bytes
    close: bool  # the server will not take another request on this connection

    def raw(self) -> bytes:
        return self.head + self.body


@dataclass
class _Queued:
    kind: Fault
    method: str | None
    path: str | None
    after: int

    def matches(self, request: Request) -> bool:
        if self.method is not None and request.method != self.method:
            return False
        return self.path is None or request.path.startswith(self.path)


@dataclass
class Stats:
    connections: int = 0
    requests: int = 0  # requests received from clients
    deliveries: int = 0  # requests sent on to the server (a duplicate counts twice)
    responses: int = 0  # responses handed to clients
    bytes_up: int = 0  # from clients
    bytes_down: int = 0  # to clients
    by_path: Counter[str] = field(default_factory=Counter)


class _Stream:
    """Buffered reads from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        if not chunk:
            return False
        self.buffer += chunk
        return True

    def read_line(self, limit: int = 65536) -> bytes:
        while b"\r\n" not in self.buffer:
            if len(self.buffer) > limit:
                raise ProxyBroken("line too long")
            if not self._fill():
                raise ProxyBroken("closed in a line")
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line + b"\r\n"

    def read_exact(self, size: int) -> bytes:
        while len(self.buffer) < size:
            if not self._fill():
                raise ProxyBroken("closed in a body")
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def read_to_close(self) -> bytes:
        while self._fill():
            pass
        data, self.buffer = self.buffer, b""
        return data

    def at_eof(self) -> bool:
        """Nothing buffered and the peer has closed: the next read would fail."""
        if self.buffer:
            return False
        readable, _, _ = select.select([self.sock], [], [], 0)
        if not readable:
            return False
        try:
            return self.sock.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True


def _read_head(stream: _Stream) -> tuple[bytes, list[bytes], dict[str, str]]:
    first = stream.read_line()
    lines = [first]
    headers: dict[str, str] = {}
    while True:
        line = stream.read_line()
        lines.append(line)
        if line == b"\r\n":
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return first, lines, headers


def _read_chunked(stream: _Stream) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line = stream.read_line()
        parts.append(size_line)
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while True:  # trailers, then the empty line
                trailer = stream.read_line()
                parts.append(trailer)
                if trailer == b"\r\n":
                    return b"".join(parts)
        parts.append(stream.read_exact(size + 2))


def read_request(stream: _Stream) -> Request | None:
    """The next request on a connection, or None if the client closed it between requests."""
    if not stream.buffer and not stream._fill():
        return None
    first, lines, headers = _read_head(stream)
    method, target, _version = first.decode("latin-1").split(" ", 2)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _read_chunked(stream)
    else:
        body = stream.read_exact(int(headers.get("content-length", "0")))
    return Request(method, target, b"".join(lines), body)


def read_response(stream: _Stream, method: str) -> Response:
    first, lines, headers = _read_head(stream)
    status = int(first.split(b" ", 2)[1])
    close = headers.get("connection", "").lower() == "close"
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        body = b""
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        body = _read_chunked(stream)
    elif "content-length" in headers:
        body = stream.read_exact(int(headers["content-length"]))
    else:
        body = stream.read_to_close()
        close = True
    return Response(status, b"".join(lines), body, close)


def _bad_gateway() -> bytes:
    body = b'{"error":"bad_gateway","message":"injected by the fault proxy"}'
    return (
        b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: application/json\r\n"
        + f"content-length: {len(body)}\r\n\r\n".encode()
        + body
    )


class _Link:
    """One direction of a slow line: messages queue for the bandwidth, then travel."""

    def __init__(self, latency_s: float, bandwidth_bps: float | None) -> None:
        self.one_way = latency_s / 2
        self.bandwidth = bandwidth_bps
        self.lock = threading.Lock()
        self.free_at = 0.0

    @property
    def slow(self) -> bool:
        return self.one_way > 0 or self.bandwidth is not None

    def carry(self, size: int) -> None:
        if not self.slow:
            return
        with self.lock:
            start = max(time.monotonic(), self.free_at)
            done = start + (size * 8 / self.bandwidth if self.bandwidth else 0.0)
            self.free_at = done
        _wait_until(done + self.one_way)


def _wait_until(moment: float) -> None:
    # The simulated line's own delay, not a wait for something to happen.
    delay = moment - time.monotonic()
    if delay > 0:
        time.sleep(delay)


def _close(sock: socket.socket | None) -> None:
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class FaultProxy:
    """An HTTP/1.1 proxy on a free loopback port in front of `target_url`."""

    def __init__(
        self,
        target_url: str,
        *,
        latency_s: float = 0.0,
        bandwidth_bps: float | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        target = urlsplit(target_url)
        if target.hostname is None or target.port is None:
            raise ValueError(f"the proxy needs a host and a port: {target_url}")
        self.target = (target.hostname, target.port)
        self.up_link = _Link(latency_s, bandwidth_bps)
        self.down_link = _Link(latency_s, bandwidth_bps)
        self.latency_s = latency_s
        self.stats = Stats()
        self.faults: Counter[str] = Counter()
        # Called in the proxy's thread with each request before it goes on (or fails).
        self.on_request: Callable[[Request], None] | None = None
        self._queue: list[_Queued] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server((host, 0))
        self.url = f"http://{host}:{self._listener.getsockname()[1]}"
        accept = threading.Thread(target=self._accept, name="faultproxy", daemon=True)
        accept.start()
        self._threads.append(accept)

    # --- control, from the test's thread ----------------------------------------------

    def queue_fault(
        self,
        kind: Fault | str,
        count: int = 1,
        *,
        path: str | None = None,
        method: str | None = None,
        after: int = 0,
    ) -> None:
        """Fail the next `count` requests matching `method` and `path` (a prefix), after
        letting `after` of them through first."""
        with self._lock:
            for number in range(count):
                self._queue.append(_Queued(Fault(kind), method, path, after if number == 0 else 0))

    def clear_faults(self) -> None:
        with self._lock:
            self._queue.clear()

    @property
    def queued(self) -> int:
        with self._lock:
            return len(self._queue)

    def close(self) -> None:
        self._closed.set()
        _close(self._listener)
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _close(sock)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the proxy's threads ----------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._sockets.add(client)
                self.stats.connections += 1
                self._threads = [t for t in self._threads if t.is_alive()]
                worker = threading.Thread(
                    target=self._serve, args=(client,), name="faultproxy-conn", daemon=True
                )
                self._threads.append(worker)
            worker.start()

    def _take_fault(self, request: Request) -> Fault | None:
        with self._lock:
            for queued in self._queue:
                if queued.matches(request):
                    if queued.after > 0:
                        queued.after -= 1
                        return None
                    self._queue.remove(queued)
                    self.faults[queued.kind.value] += 1
                    return queued.kind
        return None

    def _connect(self) -> tuple[socket.socket, _Stream]:
        sock = socket.create_connection(self.target, timeout=30)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._sockets.add(sock)
        return sock, _Stream(sock)

    def _forget(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.discard(sock)
        _close(sock)

    def _deliver(self, request: Request, upstream: _Stream) -> Response:
        upstream.sock.sendall(request.raw())
        with self._lock:
            self.stats.deliveries += 1
        return read_response(upstream, request.method)

    def _deliver_on_new(self, request: Request, answers: list[Response | None]) -> None:
        sock, stream = self._connect()
        try:
            answers.append(self._deliver(request, stream))
        except (OSError, ProxyBroken):
            answers.append(None)
        finally:
            self._forget(sock)

    def _serve(self, client: socket.socket) -> None:
        stream = _Stream(client)
        up: socket.socket | None = None
        upstream: _Stream | None = None
        fresh = True
        try:
            while not self._closed.is_set():
                request = read_request(stream)
                if request is None:
                    return
                with self._lock:
                    self.stats.requests += 1
                    self.stats.bytes_up += len(request.raw())
                    self.stats.by_path[request.path] += 1
                if fresh:
                    self.up_link.carry(0)  # the handshake's round trip
                    self.down_link.carry(0)
                    fresh = False
                if self.on_request is not None:
                    self.on_request(request)
                fault = self._take_fault(request)
                if fault is Fault.ERROR_5XX:
                    self.up_link.carry(len(request.raw()))
                    self._answer(client, _bad_gateway())
                    continue
                if fault is Fault.DROP_REQUEST:
                    return
                self.up_link.carry(len(request.raw()))
                if upstream is None or upstream.at_eof():
                    # The server closed our idle connection (it restarted, or timed it out):
                    # open another, as any client would.
                    self._forget(up)
                    up, upstream = self._connect()
                if fault is Fault.CUT_BODY:
                    half = request.head + request.body[: max(len(request.body) // 2, 1)]
                    upstream.sock.sendall(half)
                    return
                if fault is Fault.DUPLICATE_CONCURRENT:
                    answers: list[Response | None] = []
                    twin = threading.Thread(target=self._deliver_on_new, args=(request, answers))
                    twin.start()
                    response = self._deliver(request, upstream)
                    twin.join()
                else:
                    response = self._deliver(request, upstream)
                    if fault is Fault.DUPLICATE:
                        if response.close:
                            self._forget(up)
                            up, upstream = self._connect()
                        response = self._deliver(request, upstream)
                if fault is Fault.DROP_RESPONSE:
                    return
                if fault is Fault.CUT_RESPONSE:
                    self._answer(client, response.head + response.body[: len(response.body) // 2])
                    return
                self._answer(client, response.raw())
                if response.close:
                    return
        except (OSError, ProxyBroken):
            return
        finally:
            self._forget(up)
            self._forget(client)

    def _answer(self, client: socket.socket, data: bytes) -> None:
        self.down_link.carry(len(data))
        client.sendall(data)
        with self._lock:
            self.stats.responses += 1
            self.stats.bytes_down += len(data)
