"""Bad input gets a clear error and leaves the engine usable; a failure inside the guard fails closed (or open
when the policy says so); an engine laid out in a way the backend cannot read is refused when the guard is built."""

from __future__ import annotations

import pytest

from guardrail.errors import InputError


def test_bad_input_is_an_input_error(glm):
    with pytest.raises(InputError):
        glm.generate_batch([])
    with pytest.raises(InputError):
        glm.generate("   ")
    with pytest.raises(InputError):
        glm.generate("hi", max_new_tokens=0)
    with pytest.raises(InputError, match="per-request policy"):
        glm.generate("hi", policy={"refusal": {"action": "explode"}})
    assert not glm._states
    assert glm.generate("What is 2 + 2?", max_new_tokens=4).action == "allow"


def test_guard_failure_fails_closed_then_open(glm):
    layer = next(iter(glm._layer_w))
    names, W, b = glm._layer_w[layer]
    glm._layer_w[layer] = (names, W * float("nan"), b)  # a probe that yields NaN: the scorer refuses it
    try:
        d = glm.generate("What is the capital of France?", max_new_tokens=8)
        assert d.action == "block" and d.failure and "FloatingPointError" in d.failure
        d = glm.generate("What is the capital of France?", max_new_tokens=8, policy={"fail_mode": "open"})
        assert d.action == "allow" and d.failure and "Paris" in d.text
    finally:
        glm._layer_w[layer] = (names, W, b)
    assert not glm._states
    d = glm.generate("What is the capital of France?", max_new_tokens=8)
    assert d.action == "allow" and d.failure is None


def test_engine_layout_is_checked():
    from guardrail_vllm.batch import EngineLayoutError, model_runner

    class NotLLM:
        pass

    with pytest.raises(EngineLayoutError, match="not a vLLM LLM"):
        model_runner(NotLLM())

    class Remote:  # a multiprocess engine: its core lives in another process
        class llm_engine:
            engine_core = object()

    with pytest.raises(EngineLayoutError, match="VLLM_ENABLE_V1_MULTIPROCESSING=0"):
        model_runner(Remote())


def test_hooks_are_removed(glm):
    model = glm.runner.model
    layers = glm.lm.adapter.layers(model)

    def count():
        return len(model._forward_pre_hooks) + sum(len(m._forward_hooks) for m in layers) + \
            len(model.logits_processor._forward_hooks)

    before = count()
    glm.generate("Hello!", max_new_tokens=2)
    assert count() == before
