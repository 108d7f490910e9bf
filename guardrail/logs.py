"""Library logging through the standard :mod:`logging` machinery, as transformers and LangChain do: guardrail
prints nothing by itself. Its loggers are ``guardrail`` (warnings: a fail-open guard, a failed audit sink),
``guardrail.models`` (loading) and ``guardrail.audit`` (one INFO record per decision when the Guard's audit sink
is ``"logging"``, the default). Configure them like any other logger, or with structlog's stdlib integration;
without configuration Python shows WARNING and above on stderr and drops the rest.

``GUARDRAIL_LOG_LEVEL`` (say ``INFO``) sets the level of the ``guardrail`` logger when the application has not.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any


class _Logger:
    """A thin keyword-argument front end over a stdlib logger: ``log.warning("event", key=value)`` logs
    ``event {"key": value}`` with the fields also attached as ``record.guardrail``."""

    def __init__(self, name: str):
        self._log = logging.getLogger(name)

    def _emit(self, level: int, event: str, fields: dict[str, Any]) -> None:
        if self._log.isEnabledFor(level):
            msg = event + (" " + json.dumps(fields, default=str, ensure_ascii=False) if fields else "")
            self._log.log(level, msg, extra={"guardrail": {"event": event, **fields}})

    def debug(self, event: str, **fields: Any) -> None:
        self._emit(logging.DEBUG, event, fields)

    def info(self, event: str, **fields: Any) -> None:
        self._emit(logging.INFO, event, fields)

    def warning(self, event: str, **fields: Any) -> None:
        self._emit(logging.WARNING, event, fields)


def get_logger(name: str) -> _Logger:
    root = logging.getLogger("guardrail")
    level = os.environ.get("GUARDRAIL_LOG_LEVEL", "").upper()
    if level and root.level == logging.NOTSET and isinstance(getattr(logging, level, None), int):
        root.setLevel(getattr(logging, level))
    return _Logger(name)
