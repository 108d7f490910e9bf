"""OpenAI-style errors: every 4xx / 5xx answer of the server is ``{"error": {"message", "type", "param", "code"}}``."""

from __future__ import annotations

from typing import Any

#: HTTP status -> the OpenAI error ``type`` used for it when the raiser names none
_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
          404: "not_found_error", 405: "invalid_request_error", 408: "timeout_error",
          413: "invalid_request_error", 415: "invalid_request_error", 422: "invalid_request_error",
          429: "rate_limit_error", 499: "cancelled", 500: "server_error", 503: "server_error",
          504: "timeout_error"}


class APIError(Exception):
    """An error answered with ``status`` and an OpenAI-style body; ``param`` names the offending field."""

    def __init__(self, status: int, message: str, *, type: str | None = None, param: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type or _TYPES.get(status, "invalid_request_error" if status < 500 else "server_error")
        self.param = param
        self.code = code

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.type, self.param, self.code)


def error_body(message: str, type: str, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def loc_to_param(loc: tuple[Any, ...] | list[Any]) -> str | None:
    """A pydantic error location as an OpenAI ``param``: ``("body", "messages", 0, "role")`` -> ``messages[0].role``."""
    parts = [p for p in loc if p != "body"]
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif not _is_union_tag(p):
            out += ("." if out else "") + str(p)
    return out or None


def _is_union_tag(p: Any) -> bool:
    """pydantic adds the union member's name to locations ("str", "list[ContentPart]", "function-after[...]")."""
    s = str(p)
    return s in ("str", "int", "float", "bool", "dict", "list", "none") or "[" in s or s.startswith("function-")


class QueueFull(APIError):
    def __init__(self, size: int) -> None:
        super().__init__(429, f"the server is busy: {size} requests are already waiting; retry later",
                         type="rate_limit_error", code="queue_full")


class RequestTimeout(APIError):
    def __init__(self, seconds: float) -> None:
        super().__init__(504, f"the request did not finish within {seconds:g} s", type="timeout_error",
                         code="timeout")
