"""The branch's HTTP client for the central server: one kept-alive connection per round."""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any

import httpx

from branchdesk.sync.errors import SyncError
from branchdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, Health, PushAnswer

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class CentralClient:
    def __init__(self, url: str, token: str, *, timeout: httpx.Timeout = TIMEOUT) -> None:
        self.url = url.rstrip("/")
        self.http = httpx.Client(
            base_url=self.url,
            timeout=timeout,
            headers={
                "Authorization": f"Bearer {token}",
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                "User-Agent": "branchdesk",
            },
        )

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncError("offline", url=self.url, reason="timeout") from exc
        except httpx.TransportError as exc:
            raise SyncError("offline", url=self.url, reason=type(exc).__name__) from exc
        if response.status_code == 401:
            raise SyncError("token", url=self.url)
        if response.status_code == 426:
            raise SyncError("upgrade", url=self.url)
        if response.status_code in (403, 404):
            raise SyncError("refused", url=self.url, reason=_error_of(response))
        if response.status_code >= 500 or response.status_code == 429:
            raise SyncError("server", url=self.url, status=response.status_code)
        if response.status_code >= 400:
            raise SyncError("refused", url=self.url, reason=_error_of(response))
        return response

    def health(self) -> Health:
        return Health.model_validate_json(self._send("GET", "/api/v1/health").content)

    def push(self, body: bytes) -> PushAnswer:
        response = self._send(
            "POST",
            "/api/v1/sync/push",
            content=body,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        try:
            return PushAnswer.model_validate_json(response.content)
        except ValueError as exc:
            raise SyncError("server", url=self.url, status=response.status_code) from exc

    def pull(self, cursor: int, limit: int, check: str | None = None) -> dict[str, Any]:
        params: dict[str, str | int] = {"cursor": cursor, "limit": limit}
        if check is not None:
            params["check"] = check
        response = self._send("GET", "/api/v1/sync/pull", params=params)
        try:
            answer: dict[str, Any] = json.loads(response.content)
        except ValueError as exc:
            raise SyncError("server", url=self.url, status=response.status_code) from exc
        return answer


def _error_of(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", response.status_code))
    except ValueError:
        return str(response.status_code)
