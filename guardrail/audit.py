"""Audit trail: every guard decision is one event (``guard_decision``) with request id, scores,
thresholds, action, reasons and latency. Prompt and output text are replaced by a SHA-256 prefix and a length
unless the policy sets ``redact: false``.

Events go to the sink given to the Guard: ``"logging"`` (default: the ``guardrail.audit`` logger, silent until
the application configures logging), ``"stderr"`` / ``"stdout"``, a file path (JSON lines, created ``0600``,
never through a symlink, checked when the Guard is built), any callable taking the event dict (tests and custom
shippers), or ``None``.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import threading
from pathlib import Path
from typing import Any, Callable

from .errors import InputError
from .logs import get_logger

Sink = Callable[[dict[str, Any]], None]


def redact_text(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    return {"sha256": hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16], "chars": len(text)}


class _FileSink:
    """Append-only JSON-lines file, opened once at construction: created ``0600`` (audit events describe users'
    requests), never through a symbolic link, and only as a regular file. A path that cannot be opened that way
    is an :class:`~guardrail.errors.InputError` at once, not a warning at the first decision."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags, 0o600)
        except OSError as e:
            why = "it is a symbolic link" if path.is_symlink() else e.strerror
            raise InputError(f"audit sink {path}: cannot open for appending ({why})") from e
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise InputError(f"audit sink {path}: not a regular file")
        if stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:  # an existing file readable by others is made private
            try:
                os.fchmod(fd, 0o600)
            except OSError as e:
                os.close(fd)
                raise InputError(f"audit sink {path}: readable by others and cannot be made private ({e})") from e
        self._f = os.fdopen(fd, "a", encoding="utf-8")

    def __call__(self, event: dict[str, Any]) -> None:
        line = json.dumps(event, default=str)
        with self._lock:
            self._f.write(line + "\n")
            self._f.flush()

    def close(self) -> None:
        with self._lock:
            self._f.close()


class AuditLog:
    """Where decisions go: ``"logging"`` (default: one INFO record on the ``guardrail.audit`` logger, silent until
    the application configures logging), ``"stderr"`` / ``"stdout"`` (a JSON line per decision), a file path
    (JSON lines, ``0600``), any callable taking the event dict, or ``None`` (nowhere)."""

    def __init__(self, sink: str | Path | Sink | None = "logging", *, json_lines: bool = True):
        self._callable: Sink | None = None
        self._stream = None
        self._logger = None
        if callable(sink):
            self._callable = sink
        elif sink == "logging":
            self._logger = get_logger("guardrail.audit")
        elif sink in ("stderr", "stdout"):
            self._stream = sys.stderr if sink == "stderr" else sys.stdout
        elif sink is not None:
            self._callable = _FileSink(Path(sink))

    def emit(self, event: str, **fields: Any) -> dict[str, Any]:
        record = {"event": event, **fields}
        if self._callable is not None:
            self._callable(dict(record))
        if self._logger is not None:
            self._logger.info(event, **fields)
        if self._stream is not None:
            self._stream.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
            self._stream.flush()
        return record


def warn(message: str, **fields: Any) -> None:
    get_logger("guardrail").warning(message, **fields)


__all__ = ["AuditLog", "redact_text", "warn"]
