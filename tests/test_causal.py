"""``guardrail.causal``: interventions through removable hooks, the random-direction control, labels, and the
results stored in a pack; on the real model, a positive control (marked ``model``)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from guardrail import ProbePack
from guardrail.build import BuildConfig, build_pack
from guardrail.causal import (Case, CausalConfig, _control, cases_for, check_pack,
                              continuation_logprobs, intervene, write_results)
from guardrail.errors import InputError
from guardrail.probes import Example
from guardrail.taps import layer_output
from test_build import write_data
from tiny_models import tiny_lm


def _states(lm, text="hello there"):
    """Every block's output as the next block receives it (hooks registered last see the interventions)."""
    enc = lm.encode([lm.render(text)])
    out, layers = {}, lm.adapter.layers(lm.model)
    hs = [layers[i].register_forward_hook(lambda m, a, o, i=i: out.__setitem__(i, layer_output(o)[0].float()))
          for i in range(lm.num_layers)]
    try:
        with torch.no_grad():
            lm.model(**enc)
    finally:
        for h in hs:
            h.remove()
    return out


def test_ablation_removes_the_direction_from_its_layer_on_and_addition_adds_it_exactly():
    lm = tiny_lm("llama", num_layers=4)
    d = torch.randn(lm.hidden_size)
    u = d / d.norm()
    before = _states(lm)
    with intervene(lm, 1, d, "ablate"):
        abl = _states(lm)
    for i in (1, 2, 3):
        assert abl[i] @ u == pytest.approx(torch.zeros(abl[i].shape[0]), abs=1e-4)
    assert torch.equal(abl[0], before[0])  # layers before the probe's are untouched
    with intervene(lm, 2, d, "add", scale=3.0):
        add = _states(lm)
    assert torch.allclose(add[1], before[1]) and torch.allclose(add[2] - before[2], (3.0 * u).expand_as(add[2]),
                                                                atol=1e-4)
    assert torch.allclose(_states(lm)[3], before[3])  # hooks removed on exit
    with pytest.raises(RuntimeError):
        with intervene(lm, 1, d, "ablate"):
            raise RuntimeError("boom")
    assert torch.allclose(_states(lm)[3], before[3])  # ... also when the block raises


@pytest.mark.parametrize("bad", [dict(layer=9), dict(mode="scale"), dict(direction=torch.zeros(32)),
                                 dict(direction=torch.full((32,), float("nan"))), dict(direction=torch.ones(5))])
def test_bad_interventions_are_input_errors(bad):
    lm = tiny_lm("llama")
    args = {"layer": 1, "direction": torch.ones(lm.hidden_size), "mode": "add", **bad}
    with pytest.raises(InputError):
        with intervene(lm, args["layer"], args["direction"], args["mode"], 1.0):
            pass


def test_continuation_logprobs_is_teacher_forced_and_batch_independent():
    lm = tiny_lm("qwen2")
    cases = [Case([{"role": "user", "content": "hi"}], "yes indeed", +1),
             Case([{"role": "user", "content": "a much longer question here"}], "no", -1)]
    both = continuation_logprobs(lm, cases)
    alone = np.concatenate([continuation_logprobs(lm, [c]) for c in cases])
    assert both == pytest.approx(alone, abs=1e-4) and (both < 0).all()
    # by hand: the same tokens scored without the helper
    enc = lm.encode([lm.render("hi") + "yes indeed"])
    n = len(lm.tokenizer("yes indeed", add_special_tokens=False)["input_ids"])
    with torch.no_grad():
        lp = torch.log_softmax(lm.model(**enc).logits[0, :-1].float(), -1)
    ids = enc["input_ids"][0, 1:]
    ref = lp[torch.arange(len(ids)), ids][-n:].mean()
    assert both[0] == pytest.approx(float(ref), abs=1e-3)


def test_a_signed_pack_is_not_rewritten_without_its_key(tmp_path, monkeypatch):
    monkeypatch.delenv("GUARDRAIL_PACK_KEY", raising=False)
    lm = tiny_lm("llama")
    from guardrail.probes import LinearProbe

    pack = ProbePack([LinearProbe("refusal", 1, torch.ones(lm.hidden_size), 0.0, 0.5, "mean")], lm.fingerprint)
    pack.save_pretrained(tmp_path / "probes", key="secret")
    with pytest.raises(InputError, match="signed"):
        write_results(tmp_path / "probes", pack, {"refusal": {"label": "correlational"}})
    write_results(tmp_path / "probes", pack, {"refusal": {"label": "correlational"}}, key="secret")
    assert ProbePack.from_pretrained(tmp_path / "probes", lm, key="secret")["refusal"].metrics["causal"]


def test_the_control_needs_the_claimed_sign_and_every_random_direction_beaten():
    assert _control(float("nan"), [0.1], +1)["beats_random"] is False
    assert _control(0.3, [0.1, float("nan")], +1)["random_mean"] == pytest.approx(0.1)
    assert _control(0.2, [0.2, 0.1], +1)["p"] == pytest.approx(2 / 3, abs=1e-3)  # a tie counts against it
    assert _control(0.5, [0.1, 0.2, 0.3], +1)["beats_random"]
    assert not _control(0.25, [0.1, 0.3], +1)["beats_random"]
    assert not _control(-0.5, [0.1, 0.2], +1)["beats_random"]  # the wrong way
    down = _control(-0.5, [0.1, -0.2], -1)
    assert down["beats_random"] and down["p"] == pytest.approx(1 / 3, abs=1e-3)
    assert not _control(0.5, [0.1], -1)["beats_random"]


def test_cases_use_the_behaviour_continuations_or_the_labelled_replies():
    ex = [Example(i, f"q{i}", i % 2, group=f"g{i}", split="test") for i in range(8)]
    add, abl = cases_for("refusal", ex, 3)
    assert len(add) == len(abl) == 6 and {c.sign for c in add} == {1, -1}
    assert all(c.messages[0]["content"] in {"q0", "q2", "q4"} for c in add)  # addition on the negative class
    assert all(c.messages[0]["content"] in {"q1", "q3", "q5"} for c in abl)
    rep = [Example(i, "q", i % 2, response="x" * 500, group=f"g{i}") for i in range(6)]
    add, abl = cases_for("manipulation", rep, 2, reply_chars=40)
    assert add is abl and [c.sign for c in add] == [1, 1, -1, -1] and all(len(c.continuation) == 40 for c in add)


def test_build_pack_stores_a_causal_result_for_every_probe_and_the_cli_writes_it_back(tmp_path):
    lm = tiny_lm("llama")
    data = write_data(tmp_path / "data")
    cfg = BuildConfig(data=data, steering=False, feature_cache=tmp_path / "f",
                      causal_config=CausalConfig(n=4, random=3, generate_tokens=2))
    build_pack(lm, tmp_path / "pack", cfg)
    manifest = json.loads((tmp_path / "pack" / "probes" / "manifest.json").read_text())
    labels = {s: p["metrics"]["causal"]["label"] for s, p in manifest["probes"].items()}
    assert set(labels) == {"refusal", "familiarity", "manipulation", "agent_harm"}
    assert labels.pop("agent_harm") == "not checked"  # it names no behaviour to steer
    assert set(labels.values()) <= {"causal", "partly causal", "correlational"}
    r = manifest["probes"]["refusal"]["metrics"]["causal"]
    assert r["random_directions"] == 3 and "generated" in r and r["addition"]["p"] in (0.25, 0.5, 0.75, 1.0)
    assert r["label"] == {(True, True): "causal", (False, False): "correlational"}.get(
        (r["addition"]["beats_random"], r["ablation"]["beats_random"]), "partly causal")
    assert -1 <= r["mean_difference"]["cosine_with_probe"] <= 1
    report = (tmp_path / "pack" / "report.md").read_text()
    assert "## Causal check" in report and report.index("## Causal check") < report.index("Digests: ")
    # stored results are part of the verified manifest: editing one is refused on load
    pack = ProbePack.from_pretrained(tmp_path / "pack" / "probes", lm)
    res = check_pack(lm, pack, {"refusal": [Example(i, f"q{i}", i % 2) for i in range(6)]},
                     CausalConfig(n=2, random=2, generate_tokens=0))
    write_results(tmp_path / "pack", pack, res)
    again = ProbePack.from_pretrained(tmp_path / "pack" / "probes", lm)
    assert again["refusal"].metrics["causal"]["random_directions"] == 2
    m = json.loads((tmp_path / "pack" / "metrics.json").read_text())
    assert m["signals"]["refusal"]["causal"]["random_directions"] == 2
    assert m["digests"]["probes"] == json.loads((tmp_path / "pack" / "probes" / "manifest.json").read_text())["digest"]
    report = (tmp_path / "pack" / "report.md").read_text()
    assert report.count("## Causal check") == 1
    # the rest of the report survives: the images after the section, and the digests line, now with the new digest
    assert "![ROC](roc.png)" in report and "![layer sweep](layer_sweep.png)" in report
    assert f"probes `{m['digests']['probes'][:16]}" in report


def test_a_request_signal_without_a_behaviour_is_not_checked():
    from test_build import Shouting
    from guardrail.signals import register_signal, unregister_signal

    lm = tiny_lm("llama")
    register_signal(Shouting)
    try:
        with pytest.raises(InputError, match="behaviour"):
            cases_for("shouting", [Example(0, "A", 1), Example(1, "a", 0)], 1)
        from guardrail.probes import LinearProbe

        pack = ProbePack([LinearProbe("shouting", 1, torch.ones(lm.hidden_size), 0.0, 0.5, "mean")], lm.fingerprint)
        res = check_pack(lm, pack, {"shouting": [Example(0, "A", 1), Example(1, "a", 0)]})
        assert res["shouting"]["label"] == "not checked"
    finally:
        unregister_signal("shouting")


@pytest.mark.model
def test_the_check_finds_a_direction_known_to_be_causal_on_the_real_model(lm):
    """Positive control: the shipped refusal steering vector (which makes the model refuse when added) moves the
    refusal continuation's log-probability further than every random direction of the same norm."""
    from guardrail import SteeringSet
    from guardrail.causal import _effect, _stats, _unique
    from guardrail.data import data_dir
    from guardrail.packs import packs_root
    from guardrail.signals import get_signal

    vec = SteeringSet.from_pretrained(packs_root() / "smollm2-135m-instruct" / "steering", lm)["refusal"]
    add, _ = cases_for("refusal", get_signal("refusal").training_examples(data_dir()), 8)
    _, tokens = _stats(lm, _unique(add, +1), vec.layer, 16, replies=False)
    scale = 0.25 * float(tokens.norm(dim=-1).mean())
    base = continuation_logprobs(lm, add)
    g = torch.Generator().manual_seed(0)
    randoms = [_effect(lm, add, base, vec.layer, torch.randn(lm.hidden_size, generator=g), "add", scale, 16)
               for _ in range(6)]
    effect = _effect(lm, add, base, vec.layer, vec.vector, "add", scale, 16)
    assert _control(effect, randoms, +1)["beats_random"], (effect, randoms)
