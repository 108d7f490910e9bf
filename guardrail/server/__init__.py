"""``guardrail serve``: an OpenAI-compatible chat-completions server guarded by a :class:`~guardrail.Guard`.

Needs the ``server`` extra (FastAPI, uvicorn, prometheus-client), imported only when an app is made, so that
``guardrail.server.cli`` loads without it. The server never imports LangChain or vLLM.

>>> from guardrail import Guard
>>> from guardrail.server import serve
>>> serve(Guard(), port=8000)          # http://127.0.0.1:8000/v1/chat/completions
"""

from __future__ import annotations

from typing import Any

_LAZY = ("ServerConfig", "create_app")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module 'guardrail.server' has no attribute {name!r}")


def serve(guard: Any, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info",
          **app_options: Any) -> None:
    """Run :func:`create_app` ``(guard, **app_options)`` on uvicorn until interrupted. Loopback by default: binding
    another address without API keys logs a warning."""
    import uvicorn

    from ..audit import warn
    from .app import create_app

    app = create_app(guard, **app_options)
    if host not in ("127.0.0.1", "localhost", "::1") and not app.state.server.has_keys:
        warn("guardrail serve is listening beyond loopback without API keys", host=host)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


__all__ = ["ServerConfig", "create_app", "serve"]
