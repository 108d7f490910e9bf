"""Guarded vs unguarded vLLM (the guardrail-vllm backend), and the same against the transformers backend.

For each concurrency level ``c`` (requests handed to the engine together; continuous batching lays out the passes),
the same ``c`` benign prompts (nothing flags, so guarded and bare runs decode the same tokens) run guarded and
unguarded in alternating order, ``--repeats`` times; throughput is generated tokens per second of wall time, and the
guard's cost per engine step is the time difference divided by the steps. The transformers backend
(``guardrail.Guard.generate_batch``) runs the same prompts in the same process for comparison.

    .venv-vllm/bin/python benchmarks/vllm_throughput.py [--levels 1,4,8,16] [--repeats 3] [--tokens 32]

Needs the vLLM tier (``make vllm-setup``); writes ``benchmarks/results_vllm.json``. Never run by the tests or CI.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

PROMPTS = [
    "How do I bake bread?", "What is the capital of France?", "Name three colours.", "How do plants make food?",
    "Give me a tip for learning to cook.", "What is a prime number?", "How far away is the Moon?",
    "Suggest a name for a pet cat.", "Why is the sky blue?", "How do I make a cup of tea?",
    "What does a librarian do?", "Explain what a verb is.", "How many legs does a spider have?",
    "What is the boiling point of water?", "Tell me a fun fact about octopuses.", "What is photosynthesis?",
]


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def _levels(backend: str, generate, levels: list[int], args, steps: dict | None = None) -> dict[int, dict]:
    """Guarded and bare runs of ``generate`` (a ``generate_batch``) alternating, per concurrency level; ``steps``:
    a counter of engine steps (reset before each run), for the guard's cost per step."""
    rows = {}
    for c in levels:
        prompts = (PROMPTS * (c // len(PROMPTS) + 1))[:c]
        g_t, b_t, toks, n_steps = [], [], [], []
        for rep in range(args.repeats):
            for guarded in ((True, False) if rep % 2 == 0 else (False, True)):
                if steps is not None:
                    steps["n"] = 0
                dt, ds = _timed(lambda: generate(prompts, max_new_tokens=args.tokens, guard=guarded))
                (g_t if guarded else b_t).append(dt)
                if guarded:  # nothing may flag: both runs must decode the same tokens
                    assert all(d.action == "allow" for d in ds), [d.action for d in ds]
                    if steps is not None:
                        n_steps.append(steps["n"])
                toks.append(sum(d.generated_tokens for d in ds))
        n_tok, g_med, b_med = toks[0], statistics.median(g_t), statistics.median(b_t)
        row = {"tokens": n_tok, "guarded_tok_s": n_tok / g_med, "bare_tok_s": n_tok / b_med, "ratio": b_med / g_med}
        if n_steps:
            row["steps"] = statistics.median(n_steps)
            row["guard_ms_per_step"] = 1000 * (g_med - b_med) / row["steps"]
        print(f"{backend} c={c}: {row}", flush=True)
        rows[c] = row
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--levels", default="1,4,8,16")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tokens", type=int, default=32)
    ap.add_argument("--no-transformers", action="store_true")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results_vllm.json"))
    args = ap.parse_args()
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    import vllm

    from guardrail_vllm import GuardedLLM

    gl = GuardedLLM.from_model(dtype="float32", max_model_len=2048, audit=None)
    levels = [int(x) for x in args.levels.split(",")]
    gl.generate_batch(PROMPTS[:2], max_new_tokens=4)  # warm-up
    steps = {"n": 0}
    orig = gl.llm.llm_engine.step

    def counting_step():
        steps["n"] += 1
        return orig()

    gl.llm.llm_engine.step = counting_step
    rows = _levels("vllm", gl.generate_batch, levels, args, steps)
    gl.llm.llm_engine.step = orig
    result = {"machine": {"python": platform.python_version(), "torch": torch.__version__, "vllm": vllm.__version__,
                          "cpu": platform.machine(), "threads": torch.get_num_threads()},
              "command": "benchmarks/vllm_throughput.py " + " ".join(f"--{k.replace('_', '-')} {v}" for k, v in
                                                                   vars(args).items() if k != "out"),
              "model": "SmolLM2-135M-Instruct (float32, converted directory)", "new_tokens": args.tokens,
              "repeats": args.repeats, "vllm": rows}
    if not args.no_transformers:
        from guardrail import Guard

        g = Guard(audit=None)
        g.generate_batch(PROMPTS[:2], max_new_tokens=4)
        result["transformers"] = _levels("transformers", g.generate_batch, levels, args)
    Path(args.out).write_text(json.dumps(result, indent=1))
    print("wrote", args.out)


if __name__ == "__main__":
    main()
