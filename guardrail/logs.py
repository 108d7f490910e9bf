"""Library logging through structlog without touching the application's global structlog configuration.

Level from ``GUARDRAIL_LOG_LEVEL`` (default ``WARNING``); ``GUARDRAIL_LOG_JSON=1`` renders JSON lines.
Output goes to stderr so that command-line results on stdout stay machine-readable.
"""

from __future__ import annotations

import logging
import os
import sys

import structlog


def _level() -> int:
    name = os.environ.get("GUARDRAIL_LOG_LEVEL", "WARNING").upper()
    return getattr(logging, name, logging.WARNING) if isinstance(getattr(logging, name, None), int) else logging.WARNING


def get_logger(name: str, *, level: int | None = None, json: bool | None = None, stream=None):
    """A structlog logger for guardrail's own messages, independent of ``structlog.configure``."""
    use_json = os.environ.get("GUARDRAIL_LOG_JSON", "") not in ("", "0", "false") if json is None else json
    processors = [
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer(colors=False),
    ]
    return structlog.wrap_logger(
        structlog.PrintLogger(stream or sys.stderr),
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(_level() if level is None else level),
        logger_name=name,
    )
