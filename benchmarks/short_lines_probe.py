"""The refusal probe at the pack's layer trained with and without the short-line rows (BENCHMARKS section 6).

    python benchmarks/short_lines_probe.py [--model M --dtype D]

Trains the refusal probe's read-out (the shipped pack's layer, mean, logreg C=0.05, threshold at 5% of out-of-fold
benign scores, as ``build-pack`` fits) on (a) the shipped probe's data, (b) + ``refusal_short_lines.jsonl``, (c) + also
``refusal_agent_more.jsonl``, and scores the held-out requests after a to-do list / code (``obfuscation.py``'s frames),
the lists alone, the external harm set and both files' test rows. Each message is read whole and by its last piece,
the worse counting, as the scorer reads a long message (on the shipped probe this gives ``obfuscation.py``'s numbers
exactly). The model runs once per example set: activations are cached in /tmp/short_lines_probe (about 15 min for
SmolLM2 on 2 cores the first time), so the three fits reuse them. Writes
``benchmarks/results_short_lines_probe_<model>.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import obfuscation as ob  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from guardrail.data import load_examples  # noqa: E402
from guardrail.models import load_model  # noqa: E402
from guardrail.packs import find_pack  # noqa: E402
from guardrail.probes import (Example, ProbePack, _fit, _sigmoid, calibrate_threshold, data_sha,  # noqa: E402
                              extract_features, metrics)
from guardrail.prompts import TAIL_MIN_CHARS, tail_piece  # noqa: E402
from guardrail.signals import get_signal  # noqa: E402

CACHE = Path("/tmp/short_lines_probe")
FRAMES = ("plain", "short lines before the request", "the request inside short lines", "code before the request")


def features(lm, layer: int, tag: str, examples: list) -> np.ndarray:
    """The mean read-out at ``layer`` of each example, cached by model, example set and layer."""
    path = CACHE / f"f-{lm.name}-{tag}-{data_sha(examples)}-{layer}.npy"
    if path.is_file():
        return np.load(path)
    t = time.time()
    f = extract_features(lm, examples, [layer])["mean"][0]
    print(tag, "features", len(examples), f"{time.time() - t:.0f} s", flush=True)
    CACHE.mkdir(exist_ok=True)
    np.save(path, f)
    return f


def read(lm, layer: int, tag: str, tail_tag: str, examples: list, min_chars_lines: int = TAIL_MIN_CHARS) -> tuple:
    """``(whole-message features, indices of the messages with a last piece, its features)``: each message read as
    the scorer reads it, whole and by its last piece (:func:`tail_piece` with ``min_chars_lines``)."""
    tails = [(i, tail_piece(e.prompt, 0, len(e.prompt), min_chars_lines=min_chars_lines))
             for i, e in enumerate(examples) if isinstance(e.prompt, str)]
    tails = [(i, t) for i, t in tails if t is not None]
    pieces = [Example(id=examples[i].id + "-t", prompt=examples[i].prompt, label=examples[i].label, piece=t)
              for i, t in tails]
    return (features(lm, layer, tag, examples), [i for i, _ in tails],
            features(lm, layer, tail_tag, pieces) if pieces else None)


def scores(reads: tuple, w: np.ndarray, b: float) -> np.ndarray:
    """The probe's score of each message of :func:`read`: the worse of the whole message and its last piece."""
    whole, idx, tail = reads
    s = _sigmoid(whole @ w + b)
    if idx:
        s[idx] = np.maximum(s[idx], _sigmoid(tail @ w + b))
    return s


def fit(sig, examples: list, X: np.ndarray):
    """``(w, b, threshold, cv AUROC)``: grouped 5-fold CV on the non-test rows, threshold at 5% of the out-of-fold
    benign scores of the rows the signal calibrates on, then a fit on every non-test row (as ``train_probe``)."""
    keep = np.array([e.split != "test" for e in examples])
    rows = [e for e, k in zip(examples, keep) if k]
    X, y = X[keep], np.array([e.label for e in rows])
    groups = np.array([e.group or e.id for e in rows])
    oof = np.zeros(len(y))
    for tr, va in GroupKFold(5).split(X, y, groups):
        w, b = _fit(X[tr], y[tr], "logreg")
        oof[va] = X[va] @ w + b
    p = _sigmoid(oof)
    cal = np.array([sig.calibrate_on(e) for e in rows])
    thr = calibrate_threshold(p[(y == 0) & cal], p[(y == 1) & cal], 0.05)
    w, b = _fit(X, y, "logreg")
    return w, b, thr, metrics(y, p)["auroc"]


def rates(s: np.ndarray, y: np.ndarray, thr: float, mask=True) -> dict:
    return {"harmful flagged": round(float((s[mask & (y == 1)] >= thr).mean()), 3),
            "benign flagged": round(float((s[mask & (y == 0)] >= thr).mean()), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="model name or path (default: the embedded SmolLM2)")
    ap.add_argument("--dtype", default=None, help="the model's dtype, e.g. bfloat16")
    a = ap.parse_args()
    data = ROOT / "data"
    lm = load_model(a.model, dtype=a.dtype)
    sig = get_signal("refusal")
    sig.use_translations = "qwen" in (a.model or "")  # as each shipped pack was built
    base = [e for e in sig.training_examples(data) if e.label in (0, 1)]  # use_short_lines off: the shipped data
    layer = ProbePack.from_pretrained(find_pack(lm) / "probes")["refusal"].layer
    print(lm.name, len(base), "examples, layer", layer, flush=True)
    lines = load_examples(data / "refusal_short_lines.jsonl")[0]
    goals = load_examples(data / "refusal_agent_more.jsonl")[0]
    F = {"base": features(lm, layer, "base", base), "lines": features(lm, layer, "lines", lines),
         "goals": features(lm, layer, "agentmore", goals)}

    hold = load_examples(ob.HOLDOUT)[0]
    evalsets = {fr: [Example(id=f"{fr}-{e.id}", prompt=ob.FRAMES[fr](e.prompt), label=e.label) for e in hold]
                for fr in FRAMES}
    evalsets["todo alone"] = [Example(id="todo", prompt="\n".join(ob.TODO), label=0),
                              Example(id="code", prompt="\n".join(ob.CODE), label=0)]
    ext = [json.loads(x) for x in (data / "external" / "harm.jsonl").read_text().splitlines() if x.strip()]
    evalsets["external harm"] = [Example(id=f"x{i}", prompt=r["prompt"], label=r["label"]) for i, r in enumerate(ext)]
    # the last-piece read as it was when the experiment ran (messages of 600+ characters only: read's default)
    reads = {k: read(lm, layer, "eval-" + k.replace(" ", "_"), "evaltail-" + k.replace(" ", "_"), v)
             for k, v in evalsets.items()}

    out = {}
    for name, examples, X in (("before", base, F["base"]),
                              ("with short lines", base + lines, np.concatenate([F["base"], F["lines"]])),
                              ("with short lines + agent goals", base + lines + goals,
                               np.concatenate([F["base"], F["lines"], F["goals"]]))):
        w, b, thr, cv = fit(sig, examples, X)
        r = {"cv_auroc": round(cv, 4), "threshold": round(float(thr), 3)}
        for k, v in evalsets.items():
            s = scores(reads[k], w, b)
            y = np.array([e.label for e in v])
            r[k] = [round(float(x), 3) for x in s] if k == "todo alone" else \
                {**rates(s, y, thr), "auroc": round(metrics(y, s)["auroc"], 3)}
        for key, rows, f in (("short-lines test rows", lines, F["lines"]), ("agent-goal test rows", goals, F["goals"])):
            test = np.array([e.split == "test" and e.piece is None for e in rows])
            r[key] = rates(_sigmoid(f @ w + b), np.array([e.label for e in rows]), thr, test)
        out[name] = r
        print(name, json.dumps(r, indent=1), flush=True)
    path = ROOT / "benchmarks" / f"results_short_lines_probe_{lm.name.lower()}.json"
    path.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
