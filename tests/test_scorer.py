"""StepScorer: the vectorised per-row buffer equals the plain per-row reference (padding, growth, batch rows)."""

import torch

from guardrail import LinearProbe, ProbePack
from guardrail.scorer import StepScorer
from guardrail.taps import TapStep

H = 8


def _pack() -> ProbePack:
    torch.manual_seed(0)
    probes = [LinearProbe("refusal", 1, torch.randn(H), 0.1, 0.5), LinearProbe("manipulation", 2, torch.randn(H), -0.2, 0.5),
              LinearProbe("familiarity", 1, torch.randn(H), 0.0, 0.5)]
    return ProbePack(probes, "fp", {})


def test_row_equals_per_row_reference_over_prefill_and_many_decode_steps():
    pack = _pack()
    signals = ["refusal", "manipulation", "familiarity"]
    B = 3
    sc = StepScorer(pack, signals, B)
    ref = {s: [[] for _ in range(B)] for s in signals}
    g = torch.Generator().manual_seed(1)
    lens = [5, 2, 7]  # left padding to 7
    steps = [torch.tensor([[i >= 7 - n for i in range(7)] for n in lens])]
    steps += [torch.tensor([[True], [k % 3 != 0], [True]]) for k in range(150)]  # row 1 skips some steps
    for index, mask in enumerate(steps):
        hidden = {layer: torch.randn(B, mask.shape[1], H, generator=g) for layer in (1, 2)}
        sc.on_step(TapStep(index=index, start=0, hidden=hidden, mask=mask))
        for s in signals:
            p = pack[s]
            lg = hidden[p.layer] @ p.weight + p.bias
            for r in range(B):
                ref[s][r].append(lg[r][mask[r]])
    assert sc.steps == len(steps)
    for s in signals:
        for r in range(B):
            want = torch.cat(ref[s][r])
            assert torch.allclose(sc.row(s, r), want, atol=1e-5), (s, r)
            assert sc.last[s].shape == (B,)
    # a view handed out earlier keeps its values while more is appended (and the buffer grows)
    early = sc.row("refusal", 0)
    before = early.clone()
    for index in range(len(steps), len(steps) + 300):
        mask = torch.ones(B, 1, dtype=torch.bool)
        sc.on_step(TapStep(index=index, start=0, hidden={1: torch.randn(B, 1, H), 2: torch.randn(B, 1, H)}, mask=mask))
    assert torch.equal(early, before)
    assert sc.row("refusal", 0).shape[0] == before.shape[0] + 300


def test_non_finite_logits_name_the_layer():
    sc = StepScorer(_pack(), ["refusal", "manipulation"], 1)
    hidden = {1: torch.ones(1, 2, H), 2: torch.full((1, 2, H), float("nan"))}
    try:
        sc.on_step(TapStep(index=0, start=0, hidden=hidden, mask=torch.ones(1, 2, dtype=torch.bool)))
    except FloatingPointError as e:
        assert "layer 2" in str(e)
    else:
        raise AssertionError("NaN logits were accepted")


def test_add_pass_equals_on_layer_and_on_step():
    """An engine backend's host-side path (one request, logits computed elsewhere) fills the same buffer."""
    pack = _pack()
    signals = ["refusal", "manipulation", "familiarity"]
    a, b = StepScorer(pack, signals, 1), StepScorer(pack, signals, 1)
    g = torch.Generator().manual_seed(2)
    for index, T in enumerate([40] + [1] * 100):  # a prompt, then decode steps past the first growth
        hidden = {layer: torch.randn(1, T, H, generator=g) for layer in (1, 2)}
        a.on_step(TapStep(index=index, start=0, hidden=hidden, mask=torch.ones(1, T, dtype=torch.bool)))
        out = torch.stack([hidden[pack[s].layer][0] @ pack[s].weight + pack[s].bias for s in b.names], dim=-1)
        b.add_pass(out.unsqueeze(0))
    for s in signals:
        assert torch.allclose(a.row(s, 0), b.row(s, 0), atol=1e-6)
        assert torch.allclose(a.last[s], b.last[s], atol=1e-6)
    assert a.steps == b.steps
    import pytest

    with pytest.raises(ValueError):
        b.add_pass(torch.zeros(2, 1, len(b.names)))
