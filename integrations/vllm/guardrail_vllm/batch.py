"""Which tokens of vLLM's flattened batch belong to which request, for the forward pass now running.

vLLM runs every scheduled request in one pass over a flat ``(tokens, hidden)`` batch: prompt chunks and decode
tokens side by side, no padding between rows. The model runner knows the order (``input_batch.req_ids``) and the
offsets (``query_start_loc``); the model's ``positions`` argument gives each token's place in its sequence. This
module reads them once per pass; nothing here changes the engine.

Supported: vLLM's V1 GPU/CPU model runner, engine in this process (``VLLM_ENABLE_V1_MULTIPROCESSING=0``), no
speculative decoding. Anything else raises :class:`EngineLayoutError` when the guard is built, not mid-request.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch


class EngineLayoutError(RuntimeError):
    """The vLLM engine is not laid out the way this backend reads it (see the module docstring)."""


@dataclass(frozen=True)
class PassView:
    """One forward pass: request ``i`` (engine id ``req_ids[i]``) owns flat tokens ``starts[i]:ends[i]``, the first
    at absolute position ``first_pos[i]`` of its sequence; the logits row of request ``i`` is row ``i``."""

    req_ids: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    first_pos: tuple[int, ...]

    @property
    def n_tokens(self) -> int:
        return self.ends[-1] if self.ends else 0


def model_runner(llm):
    """The model runner of an in-process vLLM ``LLM`` (where hooks on its model see every pass)."""
    try:
        core = llm.llm_engine.engine_core
    except AttributeError as e:
        raise EngineLayoutError(f"not a vLLM LLM: {type(llm).__name__}") from e
    inner = getattr(core, "engine_core", None)
    if inner is None:
        raise EngineLayoutError(
            "the vLLM engine runs in another process, where hooks in this one never fire: build the LLM with "
            "VLLM_ENABLE_V1_MULTIPROCESSING=0 (GuardedLLM.from_model sets it)")
    try:
        runner = inner.model_executor.driver_worker.worker.model_runner
    except AttributeError as e:
        raise EngineLayoutError(
            f"unsupported vLLM executor {type(inner.model_executor).__name__}: the guard needs the single-process "
            "executor (tensor_parallel_size=1, pipeline_parallel_size=1)") from e
    for attr in ("input_batch", "query_start_loc", "model"):
        if not hasattr(runner, attr):
            raise EngineLayoutError(f"unsupported vLLM model runner {type(runner).__name__} (no {attr}); the guard "
                                    "reads the V1 runner's batch layout (set VLLM_USE_V2_MODEL_RUNNER=0)")
    return runner


def read_pass(runner, positions: torch.Tensor) -> PassView:
    n = int(runner.input_batch.num_reqs)
    qsl = runner.query_start_loc.cpu[: n + 1].tolist()
    ids = tuple(runner.input_batch.req_ids[:n])
    if len(ids) != n or len(qsl) != n + 1 or (n and qsl[-1] > positions.shape[0]):
        raise EngineLayoutError(f"batch metadata does not match the pass ({n} requests, offsets {qsl[:4]}..., "
                                f"{positions.shape[0]} tokens)")
    starts, ends = tuple(qsl[:-1]), tuple(qsl[1:])
    first = positions[list(starts)].tolist() if n else []
    return PassView(ids, starts, ends, tuple(int(p) for p in first))
