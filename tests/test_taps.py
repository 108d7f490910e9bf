"""Taps on the real default model: parity with a plain forward pass, padding, threads, cleanup."""

import threading

import pytest
import torch

from guardrail.taps import Tap, hook_count

LAYERS = [2, 12, 25]


def _generate(lm, prompts, n=6, **tap_kw):
    enc = lm.encode([lm.render(p) for p in prompts])
    with Tap(lm, LAYERS, **tap_kw) as tap, torch.no_grad():
        out = lm.model.generate(**enc, max_new_tokens=n, do_sample=False, min_new_tokens=n)
    return enc, out, tap


def test_generate_tap_equals_plain_forward_over_final_sequence(lm):
    enc, out, tap = _generate(lm, ["Name three rivers in Europe."])
    # the tap saw every token the model read: the prompt plus all generated tokens but the last
    assert tap.activations(12).shape[1] == out.shape[1] - 1
    assert tap.steps[0].index == 0 and len(tap.steps) == 6  # one prefill + 5 decode steps
    with torch.no_grad():
        ref = lm.model(out[:, :-1], output_hidden_states=True).hidden_states
    for layer in LAYERS:
        torch.testing.assert_close(tap.activations(layer), ref[layer + 1], rtol=1e-3, atol=2e-4)


def test_left_padded_batch_rows_equal_rows_run_alone(lm):
    prompts = ["Hi", "Explain in two sentences how vaccines train the immune system."]
    _, out_b, tap_b = _generate(lm, prompts)
    assert not tap_b.mask()[0, 0]  # row 0 really is padded
    for i, p in enumerate(prompts):
        _, out_1, tap_1 = _generate(lm, [p])
        real = out_b[i][out_b[i] != lm.tokenizer.pad_token_id] if i == 0 else out_b[i]
        assert real.tolist()[-6:] == out_1[0].tolist()[-6:]
        for layer in LAYERS:
            torch.testing.assert_close(tap_b.row(layer, i), tap_1.row(layer, 0), rtol=1e-3, atol=3e-4)


def test_on_step_streams_each_token_as_it_is_produced(lm):
    seen = []
    _generate(lm, ["Count to five."], n=4, on_step=lambda s: seen.append((s.index, s.start, s.length)), store=False)
    prompt_len = seen[0][2]
    assert seen == [(0, 0, prompt_len)] + [(k, prompt_len + k - 1, 1) for k in range(1, 4)]


def test_two_threads_each_get_their_own_activations(lm):
    prompts = ["What is the boiling point of water?", "Write a haiku about autumn leaves."]
    alone = {p: _generate(lm, [p])[2].row(12, 0) for p in prompts}
    results, errors = {}, []
    barrier = threading.Barrier(2)

    def work(p):
        try:
            barrier.wait()
            for _ in range(2):
                results[p] = _generate(lm, [p])[2].row(12, 0)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(p,)) for p in prompts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for p in prompts:
        torch.testing.assert_close(results[p], alone[p], rtol=1e-3, atol=3e-4)


def test_hooks_are_removed_when_generation_raises(lm):
    before = hook_count(lm.model)

    def boom(step):
        if step.index == 2:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        _generate(lm, ["Tell me a story."], on_step=boom)
    assert hook_count(lm.model) == before
    # and a tap outside its block records nothing
    tap = Tap(lm, [3])
    with torch.no_grad():
        lm.model(**lm.encode([lm.render("x")]))
    assert tap.steps == []


def test_the_tap_reads_a_layer_before_other_hooks_on_it_and_hands_it_to_on_layer():
    """Score, then steer: a hook registered on the same layer *before* the tap still runs after it."""
    from tiny_models import tiny_lm

    lm = tiny_lm("llama")
    layer = lm.adapter.layer(lm.model, 1)
    enc = lm.encode([lm.render("hi there")])
    with torch.no_grad():
        plain = lm.model(**enc, output_hidden_states=True).hidden_states[2]
    handle = layer.register_forward_hook(lambda m, a, out: out + 100.0)  # a "steering" hook, registered first
    seen = []
    try:
        with Tap(lm, [1], on_layer=lambda i, h, mask, k: seen.append((i, h.clone(), k))) as tap, torch.no_grad():
            lm.model(**enc)
    finally:
        handle.remove()
    torch.testing.assert_close(tap.activations(1), plain)
    assert [(i, k) for i, _, k in seen] == [(1, 0)]
    torch.testing.assert_close(seen[0][1], plain)
