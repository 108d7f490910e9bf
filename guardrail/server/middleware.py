"""API keys and the request-size limit, as one pure ASGI middleware (it runs before any body is parsed).

Keys come from ``$GUARDRAIL_API_KEYS`` (comma-separated) and / or a file (one key per line, ``#`` comments),
and are compared as SHA-256 digests with :func:`hmac.compare_digest` against every configured key (no early exit,
no length leak). Clients send ``Authorization: Bearer <key>``, as the OpenAI SDK and LangChain's ``ChatOpenAI``
do. ``/healthz`` needs no key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterable

from ..errors import GuardrailError
from .errors import APIError

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

ENV_KEYS = "GUARDRAIL_API_KEYS"
OPEN_PATHS = frozenset({"/healthz"})


def load_api_keys(keys: Iterable[str] | None = None, *, key_file: str | os.PathLike | None = None,
                  env: bool = True) -> tuple[str, ...]:
    """The configured keys: ``keys`` given in code, the lines of ``key_file`` and ``$GUARDRAIL_API_KEYS``.
    An empty result means no authentication. A key file that cannot be read is an error, not "no keys"."""
    out = [k.strip() for k in keys or () if k and k.strip()]
    if key_file is not None:
        p = Path(key_file)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise GuardrailError(f"cannot read the API key file {p}: {e}") from e
        out += [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")]
    if env:
        out += [k.strip() for k in os.environ.get(ENV_KEYS, "").split(",") if k.strip()]
    return tuple(dict.fromkeys(out))


def key_digest(key: str | bytes) -> bytes:
    """The SHA-256 digest keys are compared by: every digest has the same length, so comparing digests with
    :func:`hmac.compare_digest` leaks neither a key's content nor its length."""
    return hashlib.sha256(key.encode() if isinstance(key, str) else key).digest()


def authorized(header: str | None, digests: tuple[bytes, ...]) -> bool:
    """Whether ``header`` (``Authorization``) is ``Bearer <key>`` for one of the keys whose :func:`key_digest` are
    ``digests``. Every digest is compared, whatever matched before (no early exit)."""
    token = header[7:].strip().encode() if header and header[:7].lower() == "bearer " else b""
    presented = key_digest(token)
    ok = False
    for d in digests:
        ok |= hmac.compare_digest(presented, d)
    return ok and bool(token)


class GatewayMiddleware:
    """401 without a valid key (when keys are configured), 413 for a body over ``max_body_bytes`` (read at most
    that much, whatever ``Content-Length`` says), then the app with the body replayed."""

    def __init__(self, app: Callable, *, api_keys: tuple[str, ...], max_body_bytes: int,
                 on_error: Callable[[int], None] | None = None) -> None:
        self.app = app
        self.keys = tuple(key_digest(k) for k in api_keys)  # only digests are kept and compared
        self.max_body_bytes = max_body_bytes
        self.on_error = on_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.keys and scope.get("path") not in OPEN_PATHS and not authorized(headers.get("authorization"), self.keys):
            await self._error(send, APIError(401, "missing or invalid API key (send 'Authorization: Bearer <key>')",
                                             code="invalid_api_key"), {"www-authenticate": "Bearer"})
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        too_big = APIError(413, f"the request body is over the limit of {self.max_body_bytes} bytes",
                           code="request_too_large")
        try:
            declared = int(headers.get("content-length", "0") or 0)
        except ValueError:
            await self._error(send, APIError(400, "invalid Content-Length header"))
            return
        if declared > self.max_body_bytes:
            await self._error(send, too_big)
            return
        chunks, size = [], 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            size += len(body)
            if size > self.max_body_bytes:
                await self._error(send, too_big)
                return
            chunks.append(body)
            if not msg.get("more_body", False):
                break
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()  # later calls wait for the disconnect, as the server's own receive does

        await self.app(scope, replay, send)

    async def _error(self, send: Send, err: APIError, extra: dict[str, str] | None = None) -> None:
        if self.on_error is not None:
            self.on_error(err.status)
        body = json.dumps(err.body()).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
        await send({"type": "http.response.start", "status": err.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
