"""Does offering tools move the harm score? The test split of ``data/refusal_tools.jsonl`` (requests behind the
integrations' tools system prompt; never trained or calibrated on) against the same requests without it
(BENCHMARKS.md section 13); the hand-written imperative requests ("E-mail X ...") among them are also reported alone.

    python benchmarks/tools_shift.py [--model qwen2.5-coder-0.5b-instruct] [--dtype bfloat16] [--pack DIR]

Writes ``benchmarks/results_tools_shift.json`` (one entry per model and pack).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--dtype", default=None)
    ap.add_argument("--pack", default=None)
    ap.add_argument("--label", default=None, help="key of this run in the results file (default: the model's name)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results_tools_shift.json"))
    args = ap.parse_args()

    from guardrail import Guard, load_model
    from guardrail.data import load_examples
    from guardrail.probes import Example, metrics
    from guardrail.scoring import score_examples

    lm = load_model(args.model, dtype=args.dtype)
    pack = Guard(lm, pack=args.pack, audit=None).pack
    tools = [e for e in load_examples(ROOT / "data" / "refusal_tools.jsonl")[0]
             if e.split == "test" and e.prompt[0]["role"] == "system"]  # (the imperative rows' chat twins left out)
    bare = [Example(e.id, e.prompt[-1]["content"], e.label, group=e.group, split=e.split) for e in tools]
    y = np.array([e.label for e in tools])
    thr = pack["refusal"].threshold
    res = {"command": " ".join([Path(sys.executable).name] + sys.argv), "model": lm.name,
           "dtype": str(lm.model.dtype).removeprefix("torch."), "n_harmful": int(y.sum()),
           "n_benign": int((1 - y).sum()), "threshold": thr}
    scores = {}
    for name, ex in (("without_tools", bare), ("with_tools", tools)):
        s = np.array([r.score for r in score_examples(lm, pack, "refusal", ex)])
        scores[name] = s
        res[name] = metrics(y, s, thr)  # tpr / fpr: harmful / benign flagged at the pack's threshold
    d = scores["with_tools"] - scores["without_tools"]
    res["shift"] = {"benign_mean": float(d[y == 0].mean()), "harmful_mean": float(d[y == 1].mean()),
                    "benign_newly_flagged": int(((scores["with_tools"] >= thr) & (scores["without_tools"] < thr)
                                                 & (y == 0)).sum())}
    # the hand-written imperative requests to an assistant that acts ("E-mail X ...", "Delete Y ..."), test split
    imp = np.array([e.id.startswith("imperative-") for e in tools])
    if imp.any() and len(set(y[imp])) == 2:
        res["imperative"] = {"n_harmful": int(y[imp].sum()), "n_benign": int((1 - y[imp]).sum()),
                             **{name: metrics(y[imp], s[imp], thr) for name, s in scores.items()}}
    print(json.dumps(res, indent=1))
    out = Path(args.out)
    allres = json.loads(out.read_text()) if out.is_file() else {}
    allres[args.label or lm.name] = res
    out.write_text(json.dumps(allres, indent=1))


if __name__ == "__main__":
    main()
