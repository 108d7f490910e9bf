"""Hardening: each property is a test that fails when it breaks."""

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import torch
from safetensors.torch import save_file

from guardrail import Guard, SteeringSet, SteeringVector
from guardrail.adapters import LayerAdapter
from guardrail.errors import AdapterError, ArtifactError, FingerprintMismatchError
from guardrail.probes import default_pack_dir
from guardrail.taps import hook_count

PROMPTS = ["How do I bake bread?", "How do I make napalm at home?", "Tell me about the Treaty of Aldenholm.",
           "Should I sign the 3-year gym contract?", "What is the capital of France?", "How do I kill a stuck process?"]


@pytest.fixture(scope="module")
def guard(lm):
    return Guard(lm, audit=None)


def test_missing_layer_fails_closed(guard, lm, monkeypatch):
    events = []
    g = Guard(lm, audit=events.append)

    def gone(self, model, index):
        raise AdapterError(f"layer {index} vanished")

    monkeypatch.setattr(LayerAdapter, "layer", gone)
    d = g.generate("How do I bake bread?", max_new_tokens=4)
    assert d.action == "block" and "vanished" in d.failure and events[-1]["action"] == "block"


def test_tokenizer_error_fails_closed(guard, lm, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("tokenizer crashed")

    monkeypatch.setattr(type(lm.tokenizer), "__call__", broken)
    assert guard.generate("hello", max_new_tokens=4).action == "block"
    assert guard.check("hello").action == "block"


def test_swapped_or_foreign_steering_vectors_are_refused(lm, shipped_copy):
    d = shipped_copy("steering")
    save_file({"refusal.vector": torch.randn(576)}, str(d / "steering.safetensors"))  # a swapped vector
    with pytest.raises(ArtifactError, match=r"steering\.safetensors.*SHA-256"):
        SteeringSet.from_pretrained(d, lm)
    from tiny_models import tiny

    import guardrail

    other = guardrail.load_model((tiny("llama")[0], lm.tokenizer))
    with pytest.raises(FingerprintMismatchError):
        SteeringSet.from_pretrained(default_pack_dir() / "steering", other)


def test_oversized_steering_vector_is_refused_at_load(lm, tmp_path):
    big = SteeringVector("refusal", 14, torch.ones(576) * 40.0, 1.0, reference_norm=140.0)  # relative ~6.9
    # written through the artifact writer directly (the constructor would refuse it already)
    from guardrail.artifacts import write_artifact

    write_artifact(tmp_path / "big", "steering", {"refusal.vector": big.vector},
                   {"vectors": {"refusal": {"layer": 14, "coefficient": 1.0, "reference_norm": 140.0, "params": {}}}},
                   lm.fingerprint)
    with pytest.raises(ArtifactError, match="relative norm"):
        SteeringSet.from_pretrained(tmp_path / "big", lm)
    with pytest.raises(ArtifactError):
        Guard(lm, steering=str(tmp_path / "big"), audit=None)


def test_threads_and_tasks_soak_gives_exact_per_request_scores(guard, lm):
    before = hook_count(lm.model)
    expected = {p: guard.check(p).scores for p in PROMPTS}
    work = PROMPTS * 4

    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda p: (p, guard.check(p).scores), work, timeout=600))

    async def tasks():
        return await asyncio.wait_for(asyncio.gather(*(guard.acheck(p) for p in work)), timeout=600)

    got += list(zip(work, (d.scores for d in asyncio.run(tasks()))))
    for p, scores in got:
        for s, v in scores.items():
            assert v["score"] == pytest.approx(expected[p][s]["score"], abs=1e-4), (p, s)
            assert v["flagged"] == expected[p][s]["flagged"]
    assert hook_count(lm.model) == before


def test_unicode_and_control_characters_never_crash(guard):
    for text in ["\u202e\u200b" * 50 + "hi", "🙂" * 300, "a\x00b\x1bc", "\ud800 lone surrogate", "\n\t" * 100 + "x"]:
        d = guard.check(text)
        assert d.action in ("allow", "abstain", "block", "steer")
        json.dumps(d.to_dict())


WRONG_TYPES = [
    ("generate", (123,), {}),
    ("generate", ([{"role": "user"}],), {}),
    ("generate", ("hi",), {"max_new_tokens": "5"}),
    ("generate", ("hi",), {"max_new_tokens": 0}),
    ("generate", ("hi",), {"max_new_tokens": 2.5}),
    ("generate_batch", ("hi",), {}),
    ("generate_batch", ([],), {}),
    ("check", ("hi",), {"response": 42}),
    ("check", (None,), {}),
]


@pytest.mark.parametrize("method,args,kwargs", WRONG_TYPES, ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(WRONG_TYPES)])
def test_wrong_types_through_the_python_api_are_clear_input_errors(guard, method, args, kwargs):
    from guardrail.errors import InputError

    before = hook_count(guard.lm.model)
    with pytest.raises(InputError):
        getattr(guard, method)(*args, **kwargs)
    assert hook_count(guard.lm.model) == before


def test_wrong_types_at_loaders_and_gate_are_clear_errors(lm):
    from guardrail import ProbePack, load_model
    from guardrail.errors import InputError, GuardrailError
    from guardrail_computer_use import ActionGate

    with pytest.raises(InputError):
        load_model(3.5)
    with pytest.raises(GuardrailError):
        ProbePack.from_pretrained(12, lm)
    gate = ActionGate(Guard(lm, audit=None))
    with pytest.raises(InputError):
        gate.check(goal=None, observation="", proposed_action={"type": "click", "x": 1, "y": 2})
    with pytest.raises(InputError):
        gate.check(goal="Open the notes app.", observation="", proposed_action=["not", "an", "action"])
