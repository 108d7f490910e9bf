"""Audit trail: every guard decision is one structlog event (``guard_decision``) with request id, scores,
thresholds, action, reasons and latency. Prompt and output text are replaced by a SHA-256 prefix and a length
unless the policy sets ``redact: false``.

Events go to the sink given to the Guard: ``"stderr"`` (default), ``"stdout"``, a file path (JSON lines),
or any callable taking the event dict (tests and custom shippers).
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from pathlib import Path
from typing import Any, Callable

import structlog

from .logs import get_logger

Sink = Callable[[dict[str, Any]], None]


def redact_text(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    return {"sha256": hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16], "chars": len(text)}


class _FileSink:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> None:
        line = json.dumps(event, default=str)
        with self._lock, open(self.path, "a") as f:
            f.write(line + "\n")


class AuditLog:
    """Emit decisions as structlog events (JSON renderer when ``json=True``) and/or to a callable sink."""

    def __init__(self, sink: str | Path | Sink | None = "stderr", *, json_lines: bool = True):
        self._callable: Sink | None = None
        self._logger = None
        if callable(sink):
            self._callable = sink
        elif sink in ("stderr", "stdout"):
            self._logger = get_logger("guardrail.audit", level=20, json=json_lines,
                                      stream=sys.stderr if sink == "stderr" else sys.stdout)
        elif sink is not None:
            self._callable = _FileSink(Path(sink))

    def emit(self, event: str, **fields: Any) -> dict[str, Any]:
        record = {"event": event, **fields}
        if self._callable is not None:
            self._callable(dict(record))
        if self._logger is not None:
            self._logger.info(event, **fields)
        return record


def warn(message: str, **fields: Any) -> None:
    get_logger("guardrail").warning(message, **fields)


__all__ = ["AuditLog", "redact_text", "warn", "structlog"]
