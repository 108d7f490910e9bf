"""How a steered reply reads, under the options a policy offers (issue: "a steered refusal that reads like a
refusal"): steering alone (``model``), a forced refusal prefix then the steered model goes on (``prefix``), and the
prefix alone (``prefix_only``), at the pack's steering coefficient.

Prompts: the held-out harmful requests (refusal test split + ``holdout_refusal.jsonl`` positives) and the benign
ones (same sources; a benign request steered by mistake is the cost side). For each option: how many rows were
steered, the keyword refusal judge (:func:`guardrail.evaluation.is_refusal`) and the builder's degenerate-reply
judge over the steered replies, and every steered reply (for a blind read by a person or a separate judge; the read
behind the shipped pack's choice is in ``benchmarks/results_steered_rating.json``, BENCHMARKS section 3).

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/steered_replies.py --out benchmarks/results_steered.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "data"
PREFIX = "I'm sorry, but I can't help with that."
OPTIONS = {"model": {"steer_prefix": ""}, "prefix": {"steer_prefix": PREFIX, "steer_prefix_only": False},
           "prefix_only": {"steer_prefix": PREFIX, "steer_prefix_only": True}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tokens", type=int, default=40)
    ap.add_argument("--limit", type=int, default=None, help="prompts per class")
    ap.add_argument("--out", default=None)
    a = ap.parse_args(argv)
    from guardrail import Guard, Policy
    from guardrail.build import degenerate
    from guardrail.data import load_examples
    from guardrail.evaluation import is_refusal

    ref, _ = load_examples(DATA / "refusal.jsonl")
    hold, _ = load_examples(DATA / "holdout_refusal.jsonl")
    sets = {lab: [e.prompt for e in ref if e.split == "test" and e.label == y] + [e.prompt for e in hold if e.label == y]
            for lab, y in (("harmful", 1), ("benign", 0))}
    if a.limit:
        sets = {k: v[: a.limit] for k, v in sets.items()}
    guard = Guard(audit=None)
    out: dict = {"prefix": PREFIX, "tokens": a.tokens, "coefficient": guard.steering["refusal"].coefficient}
    for name, pol in OPTIONS.items():
        guard.policy = Policy.load(**pol)
        out[name] = {}
        for lab, prompts in sets.items():
            ds = []
            for i in range(0, len(prompts), 8):
                ds += guard.generate_batch(prompts[i:i + 8], max_new_tokens=a.tokens)
            steered = [(p, d.text) for p, d in zip(prompts, ds) if d.steered]
            out[name][lab] = {"n": len(prompts), "steered": len(steered),
                              "refusal_judge": float(np.mean([is_refusal(t) for _, t in steered])) if steered else None,
                              "degenerate": float(np.mean([degenerate(t) for _, t in steered])) if steered else None,
                              "replies": [{"prompt": p, "reply": t} for p, t in steered]}
            print(name, lab, {k: v for k, v in out[name][lab].items() if k != "replies"}, file=sys.stderr)
    if a.out:
        Path(a.out).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
