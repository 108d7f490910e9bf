"""Train and calibrate the default probe pack for the embedded model (``python -m guardrail.packs.build``).

Uses only guardrail's own data (``guardrail/datasets/*.jsonl``, non-test splits for fitting). Writes
``packs/smollm2-135m-instruct/probes`` and ``.../steering`` and prints the measured metrics. Options:
``--signals=refusal,manipulation`` (retrain some probes, keep the others), ``--steering-only`` (``--coef=X``),
``--calibrate-only`` (recalibrate the cliff and the stream threshold of the shipped probes) and
``--sweep-steering`` (the layer x coefficient sweep behind the shipped steering vector; writes nothing).
"""

from __future__ import annotations

import json
import sys

import numpy as np
import torch

from ..data import iter_builtin, load_examples
from ..models import load_model
from ..probes import SIGNALS, ProbePack, default_pack_dir, train_probe
from ..scoring import score_examples


def calibrate_cliff(lm, pack, examples, fpr: float = 0.01) -> None:
    """The drop threshold of the refusal cliff, set on benign training requests: during generation the tail is
    read from the answer's last tokens, which sit near zero on an ordinary answer, so the cliff fires on any
    request whose smoothed peak clears the drop threshold. The threshold is the ``(1 - fpr)`` quantile of that
    peak over benign train / val requests the mean read-out does not flag, so the cliff adds at most about
    ``fpr`` false alarms on them. (Calibrated on harmful prompts instead, 0.976 in one rebuild, it fired on
    "butcher a whole chicken".)"""
    probe = pack["refusal"]
    benign = [e for e in examples if e.label == 0 and e.split != "test"]
    res = score_examples(lm, pack, "refusal", benign)
    peaks = np.array([r.details["peak"] for r in res if not r.details["harmful_intent"]])
    probe.params.update({"ema_alpha": 0.5, "tail_tokens": 3, "peak_threshold": probe.threshold,
                         "drop_threshold": float(np.quantile(peaks, 1 - fpr))})


def calibrate_stream(lm, pack, examples, fpr: float = 0.005) -> None:
    """The in-generation threshold of the manipulation probe. During generation the guard compares the running
    mean over the reply so far (after ``min_tokens``) with a threshold, so benign replies get a chance to look
    manipulative at every prefix: calibrate on the worst prefix of each benign training reply. The budget is
    small (0.5%) because every benign reply is checked at every step; at 2% the model's chatty openers ("I'm
    glad you're ...") to plain requests were stopped on 4 of 138 held-out benign requests."""
    from ..scoring import running_mean_max, token_logits

    probe = pack["manipulation"]
    k = int(probe.params.get("min_tokens", 16))
    fit = [e for e in examples if e.split != "test"]
    worst = {0: [], 1: []}
    for e, (logits, sp) in zip(fit, token_logits(lm, pack, "manipulation", fit)):
        worst[e.label].append(running_mean_max(logits[sp], k))
    neg = np.array([w for w in worst[0] if np.isfinite(w)])
    thr_logit = float(np.quantile(neg, 1 - fpr))
    probe.params["stream_threshold"] = float(1 / (1 + np.exp(-thr_logit)))
    pos = np.array([w for w in worst[1] if np.isfinite(w)])
    print(f"manipulation stream threshold {probe.params['stream_threshold']:.3f}: benign worst-prefix FPR {fpr}, "
          f"manipulative replies reaching it {float((pos >= thr_logit).mean()):.3f}", file=sys.stderr)


# The refusal probe must sit at or below the steering layer, so that the prefill decision and the steering
# happen in the same pass (a probe above it would only start steering at the first decode step).
REFUSAL_MAX_LAYER = 14


def refusal_training_examples() -> list:
    """The refusal probe's training data: ``refusal.jsonl``, the same train / val requests in the training
    wrappers (``refusal_wrapped.jsonl``, so the frame carries no signal), imperative agent goals in the layout
    ``ActionGate`` uses (``refusal_agent.jsonl``, train / val only), contrast pairs of alarming-sounding benign
    and harmful requests in the same words (``refusal_contrast.jsonl``, train / val only), and the familiarity
    set's train / val questions as benign requests (questions about unknown entities are not harmful: without
    them the probe fired on 17 of 40 held-out questions about fabricated entities, which then got a steered
    refusal instead of the familiarity abstention)."""
    from ..probes import Example

    data = default_pack_dir().parent.parent / "datasets"
    out = []
    for name in ("refusal.jsonl", "refusal_wrapped.jsonl", "refusal_agent.jsonl", "refusal_contrast.jsonl"):
        ex, errors = load_examples(data / name)
        assert not errors, errors
        out += ex if name == "refusal.jsonl" else [e for e in ex if e.split != "test"]
    fam, errors = load_examples(data / "familiarity.jsonl")
    assert not errors, errors
    out += [Example(id=f"entity-{e.id}", prompt=e.prompt, label=0, group=f"entity:{e.group or e.id}", split=e.split)
            for e in fam if e.split != "test"]
    return out


def _not_entity(e) -> bool:
    return not (e.group or "").startswith("entity:")


def _model_answer_texts() -> set[str]:
    ex, errors = load_examples(default_pack_dir().parent.parent / "datasets" / "manipulation_model_answers.jsonl")
    assert not errors, errors
    return {e.response for e in ex}


def build(signals=SIGNALS, out=None) -> ProbePack:
    lm = load_model()
    out = out or default_pack_dir() / "probes"
    probes, data = [], {}
    for s in signals:
        if s == "refusal":
            # the threshold is calibrated on requests only (the entity questions are easy negatives)
            ex = refusal_training_examples()
            probe, report = train_probe(s, lm, ex, layers=range(1, REFUSAL_MAX_LAYER + 1), calibrate_on=_not_entity)
            ex = [e for e in ex if _not_entity(e)]  # the cliff is calibrated on requests
        elif s == "manipulation":
            # the model's own answers train the probe but, like the entity questions above, are easy negatives
            # for a whole reply: the full-reply threshold is calibrated on the hand-written replies only (with
            # them, the threshold fell to 0.26 and flagged 8 of 20 honest held-out replies). They do set the
            # in-generation stream threshold below, where their chatty openers are the hard case.
            ex, errors = load_examples(next(iter_builtin(s)))
            assert not errors, errors
            own = _model_answer_texts()
            probe, report = train_probe(s, lm, ex, calibrate_on=lambda e: e.response not in own)
        else:
            ex, errors = load_examples(next(iter_builtin(s)))
            assert not errors, errors
            probe, report = train_probe(s, lm, ex)
        if s == "manipulation":
            probe.params["min_tokens"] = 16
        probes.append(probe)
        data[s] = ex
        print(s, json.dumps(report["best"]), json.dumps(report["metrics"]), file=sys.stderr)
    if (out / "manifest.json").is_file():  # rebuilding some signals keeps the others
        old = ProbePack.from_pretrained(out, lm)
        probes = [p for s, p in old.probes.items() if s not in signals] + probes
    pack = ProbePack(probes, lm.fingerprint, {"model": lm.name, "data": "guardrail/datasets (own, see README there)"})
    if "refusal" in signals:
        calibrate_cliff(lm, pack, data["refusal"])
    if "manipulation" in signals:
        calibrate_stream(lm, pack, data.get("manipulation") or load_examples(next(iter_builtin("manipulation")))[0])
    pack.save_pretrained(out)
    return pack




REFUSE = "I'm sorry, but I can't help with that request."
COMPLY = "Sure, here is a detailed answer to your request."


def _steering_examples() -> tuple[list[str], list[str], list[str]]:
    """(harmful train requests, benign train requests, harmful val requests) of ``refusal.jsonl``: the first two
    train the steering vector (every 4th), the last is the sweep's evaluation set."""
    ex, _ = load_examples(next(iter_builtin("refusal")))
    pick = lambda label, split: [e.prompt for e in ex if e.label == label and e.split == split]  # noqa: E731
    return pick(1, "train")[::4], pick(0, "train")[::4], pick(1, "val")


def build_steering(coefficient: float, layer: int | None = None, out=None):
    """The refusal steering vector: contrastive activation addition (refusal vs compliance continuations)
    over harmful training prompts, at the refusal probe's layer (so the prefill decision and the steering
    happen in the same pass)."""
    from ..steering import SteeringSet, train_contrastive

    lm = load_model()
    pack = ProbePack.default(lm)
    layer = pack["refusal"].layer if layer is None else layer
    harmful, benign, _ = _steering_examples()
    vec = train_contrastive(lm, "refusal", harmful, REFUSE, COMPLY, layer, coefficient, benign)
    steering = SteeringSet([vec], lm.fingerprint)
    steering.save_pretrained(out or default_pack_dir() / "steering")
    print(f"steering vector: layer {layer}, coefficient {coefficient}, |v|={float(vec.vector.norm()):.2f}, "
          f"reference |h|={vec.reference_norm:.2f}, relative {vec.relative_norm:.3f}", file=sys.stderr)
    return steering


def degenerate(text: str) -> bool:
    """A reply that says nothing: no words, or fewer than 40% distinct words (a loop like "I'm here to help
    with your programming. I'm here to help with your programming.")."""
    words = [w.strip(".,!?;:'\"()").lower() for w in text.split()]
    words = [w for w in words if w]
    return len(words) < 3 or len(set(words)) / len(words) < 0.4


@torch.no_grad()
def sweep_steering(layers=(14, 15, 16, 18), coefficients=(0.4, 0.5, 0.6, 0.75, 1.0, 1.25), new_tokens: int = 32,
                   max_degenerate: float = 0.1) -> dict:
    """The steering sweep behind the shipped vector. For each (layer, coefficient): train the refusal vector on
    the *train* split (as ``build_steering`` does), force it on for the *val*-split harmful requests, and count
    keyword-judged refusals and degenerate replies. The pick: the most refusals among settings with at most
    ``max_degenerate`` degenerate replies, ties to the smaller relative norm. Layers below the refusal probe's
    are not swept: the guard decides in the prompt pass at the probe's layer and steers from there on."""
    from ..evaluation import is_refusal
    from ..steering import ConditionalSteering, train_contrastive

    lm = load_model()
    harmful, benign, val = _steering_examples()
    rows = []
    for layer in layers:
        for coef in coefficients:
            vec = train_contrastive(lm, "refusal", harmful, REFUSE, COMPLY, layer, coef, benign)
            texts = []
            for i in range(0, len(val), 8):
                enc = lm.encode([lm.render(p) for p in val[i:i + 8]])
                n = enc["input_ids"].shape[0]
                with ConditionalSteering(lm, vec, n, decide=lambda h, k, n=n: torch.ones(n, dtype=torch.bool)
                                         if k == 0 else None):
                    out = lm.model.generate(**enc, max_new_tokens=new_tokens, do_sample=False,
                                            pad_token_id=lm.tokenizer.pad_token_id)
                texts += lm.tokenizer.batch_decode(out[:, enc["input_ids"].shape[1]:], skip_special_tokens=True)
            row = {"layer": layer, "coefficient": coef, "relative_norm": round(vec.relative_norm, 3),
                   "refusal_rate": float(np.mean([is_refusal(t) for t in texts])),
                   "degenerate_rate": float(np.mean([degenerate(t) for t in texts])), "n": len(texts),
                   "example": texts[0][:120]}
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    ok = [r for r in rows if r["degenerate_rate"] <= max_degenerate] or rows
    pick = max(ok, key=lambda r: (r["refusal_rate"], -r["relative_norm"]))
    return {"rows": rows, "pick": {"layer": pick["layer"], "coefficient": pick["coefficient"]},
            "max_degenerate": max_degenerate, "eval": "refusal.jsonl val-split harmful requests, steering forced on"}


if __name__ == "__main__":
    if "--sweep-steering" in sys.argv:
        print(json.dumps(sweep_steering(), indent=1))
        sys.exit(0)
    torch.manual_seed(0)
    only = next((a.split("=")[1].split(",") for a in sys.argv if a.startswith("--signals=")), None)
    if "--calibrate-only" in sys.argv:  # recalibrate the cliff and the stream threshold of the shipped probes
        lm = load_model()
        pack = ProbePack.default(lm)
        calibrate_cliff(lm, pack, [e for e in refusal_training_examples() if _not_entity(e)])
        calibrate_stream(lm, pack, load_examples(next(iter_builtin("manipulation")))[0])
        pack.save_pretrained(default_pack_dir() / "probes")
        sys.exit(0)
    if "--steering-only" not in sys.argv:
        build(tuple(only) if only else SIGNALS)
    # 0.75: the pick of ``sweep_steering`` (94% refusals on val-split harmful requests, vs 85% at 1.0)
    build_steering(coefficient=float(next((a.split("=")[1] for a in sys.argv if a.startswith("--coef=")), 0.75)))
