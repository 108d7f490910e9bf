"""Causal checks: does a probe's direction drive the behaviour its signal claims, or only go along with it?

A linear probe can separate two classes with a direction the model never uses to act (the interpretability-
illusion problem). For each probe this module intervenes on the residual stream along the probe's (unit) weight
direction ``d`` (the direction the guard reads) at the probe's layer and measures the model's behaviour, against
random directions treated the same way as a control:

- **addition**: ``h += alpha * r * d`` at the probe's layer (``r``: the mean residual norm of the scored tokens
  there); controls: isotropic random directions of the same norm;
- **ablation**: ``h -= (h . d) d`` at the probe's layer and every later one (so later layers cannot write it
  back); controls: random directions shaped like the activations (random combinations of centred token states),
  so that a control removes as much of the stream as a typical direction does.

For a request signal, addition runs on inputs of the negative class and ablation on inputs of the positive class;
for a reply signal both run on both classes' labelled replies. The behaviour is measured by teacher forcing, as
the change in the mean per-token log-probability of a continuation. A request signal names two continuations
(:attr:`~guardrail.signals.Signal.behaviour`: what the model says when the signal is right, and what it says
otherwise; for refusal "I'm sorry, but I can't help ..." against "Sure, here is ..."); a reply signal uses its own
labelled replies (a manipulative e-mail against an honest one):

    effect = mean over cases of  sign * (log p_intervened(continuation) - log p(continuation))

with sign +1 for the positive continuation and -1 for the negative one, so a positive effect is a move towards
the signal's positive behaviour. A direction is **causal** when its addition effect is positive and larger than
every random direction's, and its ablation effect is negative and below every random direction's (with the default
12 controls each test is an empirical one-sided p of 1/13 = 0.077, no correction for the two tests); **partly
causal** when one of the two holds (about 15% of directions with no effect would get it by chance);
**correlational** when neither does: no evidence, at this sample size and scale, that moving the direction moves
the behaviour. The same two tests are reported for the classes' mean-difference direction at the same layer
(``mean_difference``), which is often more causal than a logistic probe's weights. For a signal with a reply judge
(refusal: a keyword refusal judge) the check also generates greedy replies and reports the judged rates with and
without each intervention. Long rows are cut to their last 192 tokens for the teacher-forced measure.

What it does not show: that the model uses *only* this direction, or that an attacker cannot move the
activations along it (see the robustness benchmark); and a teacher-forced shift is a proxy for behaviour.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

import numpy as np
import torch

from .errors import InputError
from .models import LoadedModel, Message
from .probes import Example, ProbePack, example_messages
from .prompts import encode_chats
from .signals import get_signal
from .taps import layer_output, replace_layer_output


@dataclass
class CausalConfig:
    n: int = 16  # inputs per class (from the test split, then val, then train)
    random: int = 12  # random control directions: beating all 12 is an empirical one-sided p of 1/13
    alpha: float = 0.25  # the addition's norm, relative to the mean residual norm at the probe's layer
    reply_chars: int = 300  # a reply signal's labelled replies are measured on their first characters
    generate_tokens: int = 24  # greedy reply length for a signal with a judge (0: no generation)
    batch_size: int = 16
    seed: int = 0


@dataclass(frozen=True)
class Case:
    messages: list[Message]
    continuation: str
    sign: int  # +1: the signal's positive behaviour, -1: the other


@contextmanager
def intervene(lm: LoadedModel, layer: int, direction: torch.Tensor, mode: str, scale: float = 0.0) -> Iterator[None]:
    """Within the block, ``mode="add"`` adds ``scale * direction`` to decoder block ``layer``'s output (every
    position), and ``mode="ablate"`` projects the unit ``direction`` out of the outputs of block ``layer`` and every
    later block. Hooks are removable handles, removed on exit (also on error)."""
    if mode not in ("add", "ablate"):
        raise InputError(f"unknown intervention {mode!r} (add or ablate)")
    n = lm.num_layers
    if not 0 <= layer < n:
        raise InputError(f"layer {layer} does not exist: the model has {n} decoder layers")
    d = direction.detach().float().flatten()
    if d.numel() != lm.hidden_size or not torch.isfinite(d).all() or float(d.norm()) == 0.0:
        raise InputError(f"a direction must be a finite, non-zero vector of size {lm.hidden_size}")
    d = d / d.norm()

    def add(module, args, output):
        h = layer_output(output)
        return replace_layer_output(output, h + (scale * d).to(h.device, h.dtype))

    def ablate(module, args, output):
        h = layer_output(output)
        u = d.to(h.device, h.dtype)
        return replace_layer_output(output, h - (h @ u).unsqueeze(-1) * u)

    layers = lm.adapter.layers(lm.model)
    handles = [layers[layer].register_forward_hook(add)] if mode == "add" else \
        [layers[i].register_forward_hook(ablate) for i in range(layer, n)]
    try:
        yield
    finally:
        for h in handles:
            h.remove()


@torch.no_grad()
def continuation_logprobs(lm: LoadedModel, cases: Sequence[Case], batch_size: int = 16,
                          max_tokens: int | None = 192) -> np.ndarray:
    """Mean per-token log-probability of each case's continuation after its conversation (teacher forcing). A row
    longer than ``max_tokens`` keeps its last tokens (the continuation and the context just before it); rows are
    batched by length."""
    order = sorted(range(len(cases)), key=lambda i: sum(len(m["content"]) for m in cases[i].messages)
                   + len(cases[i].continuation))
    res = np.empty(len(cases), dtype=np.float64)
    for i in range(0, len(order), batch_size):
        idx = order[i:i + batch_size]
        res[idx] = _logprobs(lm, [cases[j] for j in idx], max_tokens)
    return res


def _logprobs(lm: LoadedModel, batch: Sequence[Case], max_tokens: int | None) -> np.ndarray:
    enc = encode_chats(lm, [c.messages for c in batch], [c.continuation for c in batch], max_length=max_tokens)
    inputs = enc.inputs(lm.device)
    logits = lm.model(**inputs).logits.float()
    logp = torch.log_softmax(logits[:, :-1], -1).gather(-1, inputs["input_ids"][:, 1:, None])[..., 0]
    mask = (enc.span[:, 1:] & enc.attention_mask[:, 1:].bool()).to(logp.device)
    return ((logp * mask).sum(1) / mask.sum(1).clamp(min=1)).cpu().numpy()


@torch.no_grad()
def _stats(lm: LoadedModel, cases: Sequence[Case], layer: int, batch_size: int, *, replies: bool,
           max_tokens: int | None = 192) -> tuple[torch.Tensor, torch.Tensor]:
    """At ``layer``, over each case's scored tokens (the last message's content, or the reply with ``replies``):
    ``(per-case mean activation (n, d), every scored token's activation (tokens, d))``."""
    from .taps import Tap

    means, tokens = [], []
    for i in range(0, len(cases), batch_size):
        batch = cases[i:i + batch_size]
        enc = encode_chats(lm, [c.messages for c in batch], [c.continuation for c in batch] if replies else None,
                           max_length=max_tokens)
        with Tap(lm, [layer]) as tap:
            lm.model(**enc.inputs(lm.device))
        h = tap.activations(layer).float().cpu()
        for r in range(h.shape[0]):
            sel = h[r][enc.span[r]]
            if sel.numel():
                means.append(sel.mean(0))
                tokens.append(sel)
    return torch.stack(means), torch.cat(tokens)


def _unique(cases: Sequence[Case], sign: int) -> list[Case]:
    """The cases of one sign, each conversation + continuation once."""
    seen, out = set(), []
    for c in cases:
        key = (repr(c.messages), c.continuation)
        if c.sign == sign and key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _pick(examples: Sequence[Example], label: int, n: int, *, reply: bool) -> list[Example]:
    order = {"test": 0, "val": 1, "train": 2}
    ok = [e for e in examples if e.label == label and (e.response is not None) == reply]
    ok.sort(key=lambda e: order.get(e.split or "train", 3))
    seen, out = set(), []
    for e in ok:  # one per group first, so a few groups cannot fill the sample
        if e.group not in seen or e.group is None:
            seen.add(e.group)
            out.append(e)
        if len(out) == n:
            return out
    rest = [e for e in ok if e not in out]
    return out + rest[:n - len(out)]


def cases_for(signal: str, examples: Sequence[Example], n: int, reply_chars: int = 300
              ) -> tuple[list[Case], list[Case]]:
    """``(addition cases, ablation cases)`` for ``signal`` from its labelled ``examples`` (a reply signal's replies
    cut to their first ``reply_chars`` characters)."""
    sig = get_signal(signal)
    if sig.reads == "reply":
        pos, neg = _pick(examples, 1, n, reply=True), _pick(examples, 0, n, reply=True)
        cases = [Case(example_messages(e), e.response[:reply_chars], +1) for e in pos] + \
                [Case(example_messages(e), e.response[:reply_chars], -1) for e in neg]
        return cases, cases
    if sig.behaviour is None:
        raise InputError(f"signal {signal!r} names no behaviour to check (Signal.behaviour)")
    yes, no = sig.behaviour
    both = lambda ex: [Case(example_messages(e), c, s) for e in ex for c, s in ((yes, +1), (no, -1))]  # noqa: E731
    return both(_pick(examples, 0, n, reply=False)), both(_pick(examples, 1, n, reply=False))


def _effect(lm, cases, base, layer, d, mode, scale, bs) -> float:
    with intervene(lm, layer, d, mode, scale):
        lp = continuation_logprobs(lm, cases, bs)
    sign = np.array([c.sign for c in cases], dtype=np.float64)
    return float(np.mean(sign * (lp - base)))


@torch.no_grad()
def _generated_rate(lm, cases: Sequence[Case], judge: Callable[[str], bool], tokens: int, bs: int) -> float:
    convs = [c.messages for c in cases if c.sign > 0]  # each prompt once
    hits = []
    for i in range(0, len(convs), bs):
        enc = encode_chats(lm, convs[i:i + bs])
        inputs = enc.inputs(lm.device)
        out = lm.model.generate(**inputs, max_new_tokens=tokens, do_sample=False,
                                pad_token_id=lm.tokenizer.pad_token_id)
        texts = lm.tokenizer.batch_decode(out[:, inputs["input_ids"].shape[1]:], skip_special_tokens=True)
        hits += [bool(judge(t)) for t in texts]
    return float(np.mean(hits)) if hits else float("nan")


def _finite(x: float, digits: int) -> float | None:
    return round(float(x), digits) if x is not None and math.isfinite(x) else None


def _control(effect: float, randoms: Sequence[float], want: int) -> dict[str, Any]:
    """``effect`` against the random directions' effects, ``want`` the claimed sign: ``beats_random`` when it has that
    sign and is more extreme than every random one; ``p`` the empirical one-sided p-value (1 / (random + 1) at best)."""
    if not math.isfinite(effect):
        return {"effect": None, "p": None, "random_mean": None, "random_extreme": None, "z": None,
                "beats_random": False}
    r = np.asarray([x for x in randoms if math.isfinite(x)], dtype=np.float64)
    sd = float(r.std(ddof=1)) if r.size > 1 else float("nan")
    beats = bool(want * effect > 0 and (r.size == 0 or want * effect > float((want * r).max())))
    # the empirical one-sided p-value: the share of random directions (and the probe's) at least as extreme
    p = (1 + int((want * r >= want * effect).sum())) / (r.size + 1)
    return {"effect": _finite(effect, 4), "p": round(p, 4),
            "random_mean": _finite(float(r.mean()), 4) if r.size else None,
            "random_extreme": _finite(float(want * (want * r).max()), 4) if r.size else None,
            "z": _finite((effect - float(r.mean())) / sd, 2) if r.size > 1 and sd > 0 else None,
            "beats_random": beats}


def causal_check(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example],
                 config: CausalConfig | None = None, *, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The causal check of ``pack[signal]`` on ``lm`` (see the module docstring), as a JSON-able report with
    ``label`` ``causal`` / ``partly causal`` / ``correlational``."""
    cfg = config or CausalConfig()
    probe = pack[signal]
    sig = get_signal(signal)
    add_cases, abl_cases = cases_for(signal, examples, cfg.n, cfg.reply_chars)
    if not add_cases or not abl_cases:
        raise InputError(f"{signal}: not enough labelled examples for a causal check")
    bs, layer = cfg.batch_size, probe.layer
    d = probe.weight.detach().float()
    replies = sig.reads == "reply"
    pos_cases = _unique(abl_cases, +1)
    neg_cases = _unique(abl_cases if replies else add_cases, -1 if replies else +1)
    pos_mean, pos_tokens = _stats(lm, pos_cases, layer, bs, replies=replies)
    neg_mean, neg_tokens = _stats(lm, neg_cases, layer, bs, replies=replies)
    tokens = torch.cat([pos_tokens, neg_tokens])
    ref = float(tokens.norm(dim=-1).mean())
    scale = cfg.alpha * ref
    mean_diff = pos_mean.mean(0) - neg_mean.mean(0)  # the classes' mean difference (the signal's own class means)
    base_add = continuation_logprobs(lm, add_cases, bs)
    base_abl = base_add if abl_cases is add_cases else continuation_logprobs(lm, abl_cases, bs)
    gen = torch.Generator().manual_seed(cfg.seed)
    # addition controls: isotropic random directions of the same norm. Ablation controls: random directions shaped
    # like the activations (random combinations of centred token states), so that a control removes as much of the
    # stream as a typical direction would; an isotropic one removes almost nothing and beating it would mean little
    rand_add = [torch.randn(lm.hidden_size, generator=gen) for _ in range(cfg.random)]
    centred = tokens - tokens.mean(0)
    pick = torch.randperm(centred.shape[0], generator=gen)[:512]
    rand_abl = [torch.randn(len(pick), generator=gen) @ centred[pick] for _ in range(cfg.random)]
    add = _effect(lm, add_cases, base_add, layer, d, "add", scale, bs)
    abl = _effect(lm, abl_cases, base_abl, layer, d, "ablate", 0.0, bs)
    r_add = [_effect(lm, add_cases, base_add, layer, v, "add", scale, bs) for v in rand_add]
    r_abl = [_effect(lm, abl_cases, base_abl, layer, v, "ablate", 0.0, bs) for v in rand_abl]
    u = d / d.norm()
    removed = lambda v: float(((tokens @ (v / v.norm())) ** 2).sum() / (tokens ** 2).sum())  # noqa: E731
    out: dict[str, Any] = {
        "direction": "the probe's weight vector (what the guard reads)",
        "layer": layer, "alpha": cfg.alpha, "residual_norm": round(ref, 3), "random_directions": cfg.random,
        "cases": {"addition": len(add_cases), "ablation": len(abl_cases)},
        "measure": ("log p of the signal's behaviour continuations: " + " / ".join(map(repr, sig.behaviour)))
        if not replies else "log p of the signal's labelled replies (positive vs negative), on both classes",
        "addition": _control(add, r_add, +1), "ablation": _control(abl, r_abl, -1),
        "share_of_stream_ablated": {"probe": round(removed(u), 5),
                                    "random_mean": round(float(np.mean([removed(v) for v in rand_abl])), 5)}}
    if float(mean_diff.norm()) > 0:
        # the same test for the direction along which the classes' activations differ: a probe whose own weights
        # are correlational can still sit next to a causal mean-difference direction
        out["mean_difference"] = {
            "cosine_with_probe": round(float(torch.nn.functional.cosine_similarity(mean_diff, d, 0)), 4),
            "addition": _control(_effect(lm, add_cases, base_add, layer, mean_diff, "add", scale, bs), r_add, +1),
            "ablation": _control(_effect(lm, abl_cases, base_abl, layer, mean_diff, "ablate", 0.0, bs), r_abl, -1)}
    judge = sig.behaviour_judge if sig.reads == "request" else None
    if judge is not None and cfg.generate_tokens > 0:
        t = cfg.generate_tokens
        with torch.random.fork_rng():
            rates = {"positive_inputs": _generated_rate(lm, abl_cases, judge, t, bs),
                     "negative_inputs": _generated_rate(lm, add_cases, judge, t, bs)}
            with intervene(lm, layer, d, "ablate"):
                rates["positive_inputs_ablated"] = _generated_rate(lm, abl_cases, judge, t, bs)
            with intervene(lm, layer, rand_abl[0], "ablate"):
                rates["positive_inputs_random_ablated"] = _generated_rate(lm, abl_cases, judge, t, bs)
            with intervene(lm, layer, d, "add", scale):
                rates["negative_inputs_added"] = _generated_rate(lm, add_cases, judge, t, bs)
            with intervene(lm, layer, rand_add[0], "add", scale):
                rates["negative_inputs_random_added"] = _generated_rate(lm, add_cases, judge, t, bs)
        out["generated"] = {"judge": getattr(judge, "__name__", type(judge).__name__),
                            "tokens": t, **{k: _finite(v, 3) for k, v in rates.items()}}
    a, b = out["addition"]["beats_random"], out["ablation"]["beats_random"]
    out["label"] = "causal" if a and b else ("partly causal" if a or b else "correlational")
    if log:
        log(f"{signal}: {out['label']} (addition {add:+.3f} vs random max {out['addition']['random_extreme']}, "
            f"ablation {abl:+.3f} vs random min {out['ablation']['random_extreme']})")
    return out


def check_pack(lm: LoadedModel, pack: ProbePack, examples: dict[str, Sequence[Example]],
               config: CausalConfig | None = None, *, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """:func:`causal_check` for every probe in ``pack`` with examples; the results are also stored in each probe's
    ``metrics["causal"]`` (written into the manifest when the pack is saved)."""
    results = {}
    for s, ex in examples.items():
        if s not in pack:
            continue
        sig = get_signal(s)
        if sig.reads == "request" and sig.behaviour is None:
            res = {"label": "not checked", "why": "the signal names no behaviour (Signal.behaviour)"}
        else:
            res = causal_check(lm, pack, s, ex, config, log=log)
        pack[s].metrics["causal"] = res
        results[s] = res
    return results


def write_results(folder, pack: ProbePack, results: dict[str, dict[str, Any]], *, key: str | bytes | None = None):
    """Store causal-check ``results`` in the pack at ``folder``: each probe's ``metrics["causal"]`` in the probes
    manifest (re-saved: its digest changes, with an HMAC when ``key`` or ``$GUARDRAIL_PACK_KEY`` is set), and, when
    the folder has them, ``metrics.json`` and a "Causal check" section of ``report.md``. Returns the probes folder."""
    import json
    import os

    from .packs import resolve_pack

    probes_dir = resolve_pack(folder)[0]
    manifest = json.loads((probes_dir / "manifest.json").read_text())
    if manifest.get("hmac") and key is None and not os.environ.get("GUARDRAIL_PACK_KEY"):
        raise InputError(f"{probes_dir} is signed (hmac): pass its key (or set $GUARDRAIL_PACK_KEY) to re-sign it")
    for s, r in results.items():
        pack[s].metrics["causal"] = r
    pack.save_pretrained(probes_dir, key=key)
    digest = json.loads((probes_dir / "manifest.json").read_text())["digest"]
    root = probes_dir.parent
    mpath, rpath = root / "metrics.json", root / "report.md"
    if mpath.is_file():
        m = json.loads(mpath.read_text())
        for s, r in results.items():
            m.setdefault("signals", {}).setdefault(s, {})["causal"] = r
        m.setdefault("digests", {})["probes"] = digest
        mpath.write_text(json.dumps(m, indent=1, default=str))
    if rpath.is_file():
        rpath.write_text(_with_section(rpath.read_text(), causal_section(results), digest))
    return probes_dir


def _with_section(text: str, section: list[str], digest: str) -> str:
    """``report.md`` with its "Causal check" section replaced (or put before the digests line) and the probes
    digest updated; everything else (tables, images) kept."""
    import re

    lines = text.split("\n")
    if "## Causal check" in lines:
        a = lines.index("## Causal check")
        b = next((i for i in range(a + 1, len(lines)) if lines[i].startswith(("## ", "Digests: "))), len(lines))
        lines[a:b] = section + [""]
    else:
        at = next((i for i, ln in enumerate(lines) if ln.startswith("Digests: ")), len(lines))
        lines[at:at] = section + [""]
    out = "\n".join(lines)
    return re.sub(r"probes `[0-9a-f]{16}…`", f"probes `{digest[:16]}…`", out)


def causal_section(results: dict[str, dict[str, Any]]) -> list[str]:
    """The "Causal check" section of a pack report."""
    return ["## Causal check", "",
            "Each probe's direction added and ablated at its layer, against random directions (`guardrail.causal`: "
            "addition on inputs of the negative class, ablation on the positive class; a reply signal on both "
            "classes' replies). Effects are changes in the mean log-probability of the signal's behaviour "
            "(positive: towards it), with the most extreme random direction's in brackets. *causal*: both beat "
            "every random direction; *correlational*: neither does, so the probe may still detect well but there "
            "is no evidence that moving its direction moves the model's behaviour. The mean-difference column "
            "runs the same two tests on the classes' mean-difference direction.", ""] + summary_rows(results)


def summary_rows(results: dict[str, dict[str, Any]]) -> list[str]:
    """Markdown table rows of causal-check results (for reports)."""
    f = lambda x: "-" if x is None else f"{x:+.3f}"  # noqa: E731
    g2 = lambda x: "-" if x is None else f"{x:.2f}"  # noqa: E731
    rows = ["| signal | label | addition (random max) | ablation (random min) | mean-difference direction: "
            "addition / ablation (cosine with probe) | judged replies |", "|---|---|---|---|---|---|"]
    for s, r in results.items():
        if "addition" not in r:
            rows.append(f"| {s} | {r['label']} | - | - | - | - |")
            continue
        g = r.get("generated")
        judged = "-" if not g else (
            f"positive inputs {g2(g['positive_inputs'])} -> ablated {g2(g['positive_inputs_ablated'])} (random "
            f"{g2(g['positive_inputs_random_ablated'])}); negative inputs {g2(g['negative_inputs'])} -> added "
            f"{g2(g['negative_inputs_added'])} (random {g2(g['negative_inputs_random_added'])})")
        md = r.get("mean_difference")
        mdc = "-" if not md else (
            f"{f(md['addition']['effect'])}{'*' if md['addition']['beats_random'] else ''} / "
            f"{f(md['ablation']['effect'])}{'*' if md['ablation']['beats_random'] else ''} "
            f"({md['cosine_with_probe']:+.2f})")
        rows.append(f"| {s} | {r['label']} | {f(r['addition']['effect'])} ({f(r['addition']['random_extreme'])}) | "
                    f"{f(r['ablation']['effect'])} ({f(r['ablation']['random_extreme'])}) | {mdc} | {judged} |")
    return rows + ["", "`*`: beats every random direction."]


__all__ = ["CausalConfig", "Case", "intervene", "continuation_logprobs", "cases_for", "causal_check", "check_pack",
           "summary_rows"]
