"""Cost of the guard's per-request read-out (:class:`guardrail.scorer.StepScorer`) per decode step, as the guard
uses it: every step appends each row's new logits and every signal reads every row (``row()``), at batch 16.

A scorer that re-concatenates each row's history grows with the reply (O(n^2) over it); the buffer does not.
``--ref GITREF`` also times the scorer as it was at that commit (read with ``git show``), for a before/after.

    .venv/bin/python benchmarks/scorer.py --ref 6f41416
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/scorer.py --model-batch
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

from guardrail import LinearProbe, ProbePack
from guardrail.scorer import StepScorer
from guardrail.taps import TapStep

SIGNALS = (("refusal", 14), ("familiarity", 11), ("manipulation", 10))


def _scorer_at(ref: str) -> type:
    src = subprocess.run(["git", "show", f"{ref}:guardrail/scorer.py"], check=True, capture_output=True,
                         text=True, cwd=Path(__file__).resolve().parents[1]).stdout
    src = src.replace("from .probes", "from guardrail.probes").replace("from .taps", "from guardrail.taps")
    path = Path(tempfile.mkdtemp()) / "scorer_at_ref.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("scorer_at_ref", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.StepScorer


def time_scorer(cls: type, tokens: int, batch: int, hidden: int, prompt: int) -> float:
    """Mean milliseconds per decode step over ``tokens`` steps (prefill excluded)."""
    torch.manual_seed(0)
    pack = ProbePack([LinearProbe(s, layer, torch.randn(hidden), 0.0, 0.5) for s, layer in SIGNALS], "fp", {})
    names = [s for s, _ in SIGNALS]
    sc = cls(pack, names, batch)
    layers = {layer for _, layer in SIGNALS}
    sc.on_step(TapStep(0, 0, {layer: torch.randn(batch, prompt, hidden) for layer in layers},
                       torch.ones(batch, prompt, dtype=torch.bool)))
    step = {layer: torch.randn(batch, 1, hidden) for layer in layers}
    mask = torch.ones(batch, 1, dtype=torch.bool)
    t = time.perf_counter()
    for i in range(tokens):
        sc.on_step(TapStep(i + 1, prompt + i, step, mask))
        for r in range(batch):
            for s in names:
                sc.row(s, r)
    return 1000 * (time.perf_counter() - t) / tokens


def model_batch(tokens: int = 192, reps: int = 3) -> dict[str, float]:
    """The guard's whole cost at batch 16 on the embedded model: guarded vs unguarded ``generate_batch`` (16
    prompts, ``tokens`` forced new tokens), alternating, median seconds of ``reps``."""
    import statistics

    from guardrail import Guard

    guard = Guard(audit=None)
    prompts = ["Write a long story about a dragon who learns to bake bread.", "Explain in detail how plants make food.",
               "Describe the history of the Roman empire at length.", "Write a long essay about the ocean."] * 4

    def run(guarded: bool) -> float:
        t = time.perf_counter()
        guard.generate_batch(prompts, max_new_tokens=tokens, min_new_tokens=tokens, guard=guarded)
        return time.perf_counter() - t

    run(False)  # warm-up
    times: dict[str, list[float]] = {"guarded": [], "unguarded": []}
    for _ in range(reps):
        times["unguarded"].append(run(False))
        times["guarded"].append(run(True))
    med = {k: statistics.median(v) for k, v in times.items()}
    return {**med, "ratio": med["guarded"] / med["unguarded"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tokens", default="64,256,1024", help="comma-separated reply lengths")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--hidden", type=int, default=576, help="hidden size (576: SmolLM2-135M)")
    ap.add_argument("--ref", default=None, help="also time the scorer at this git commit")
    ap.add_argument("--model-batch", action="store_true",
                    help="instead: the guard's whole cost at batch 16 on the embedded model (minutes)")
    a = ap.parse_args(argv)
    if a.model_batch:
        print(model_batch())
        return 0
    torch.set_num_threads(1)
    impls = [("now", StepScorer)] + ([(a.ref, _scorer_at(a.ref))] if a.ref else [])
    print(f"ms per decode step, batch {a.batch}, {len(SIGNALS)} signals read per row per step")
    for n in (int(x) for x in a.tokens.split(",")):
        print(f"{n:>6} tokens  " + "  ".join(f"{name}: {time_scorer(cls, n, a.batch, a.hidden, 64):6.2f}"
                                             for name, cls in impls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
