"""Guard overhead on a GPU, for model shapes from the default (SmolLM2-135M) up to 8B parameters.

The weights are randomly initialised from each architecture's config (timing depends on the shapes, not on
the values), and so are the probes and the steering vector, placed where the shipped pack puts them (about
half-way up the stack). The probes' biases keep them from firing (``quiet``), so guarded and bare runs decode
the same tokens; a second guard whose refusal probe always fires (``steering``) measures the cost of steering
every token. Also checks, on the device and in the model's dtype, that a padded batch scores like its rows
alone and that no hook is left behind.

    python benchmarks/gpu.py --tokenizer DIR [--models smollm2-135m,llama-1b,llama-8b] [--out FILE]

``DIR`` holds a tokenizer (the converted default model's folder will do). Never run by the tests or by CI.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch
import transformers as tf

sys.path.insert(0, str(Path(__file__).parent))
import run as bench  # noqa: E402  (benchmarks/run.py)

from guardrail import Guard, Policy, load_model  # noqa: E402
from guardrail.probes import LinearProbe, ProbePack  # noqa: E402
from guardrail.steering import SteeringSet, SteeringVector  # noqa: E402
from guardrail.taps import hook_count  # noqa: E402

SHAPES = {
    # SmolLM2-135M-Instruct's own shape
    "smollm2-135m": dict(hidden_size=576, intermediate_size=1536, num_hidden_layers=30, num_attention_heads=9,
                         num_key_value_heads=3, dtype="float32"),
    # Llama-3.2-1B-like and Llama-3.1-8B-like shapes (the default model's vocabulary)
    "llama-1b": dict(hidden_size=2048, intermediate_size=8192, num_hidden_layers=16, num_attention_heads=32,
                     num_key_value_heads=8, dtype="bfloat16"),
    "llama-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32, num_attention_heads=32,
                     num_key_value_heads=8, dtype="bfloat16"),
    "tiny": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=4, num_attention_heads=4,
                 num_key_value_heads=2, dtype="float32"),  # a smoke test of this script on the CPU
}


def build(name: str, tokenizer, device: str) -> tuple:
    shape = dict(SHAPES[name])
    dtype = getattr(torch, shape.pop("dtype"))
    cfg = tf.LlamaConfig(**shape, vocab_size=len(tokenizer), max_position_embeddings=8192, tie_word_embeddings=True,
                         bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                         pad_token_id=tokenizer.pad_token_id)
    torch.manual_seed(0)
    with torch.device(device):
        model = tf.AutoModelForCausalLM.from_config(cfg, dtype=dtype).eval()
    return load_model((model, tokenizer)), dtype


def random_guard(lm, fire: bool) -> Guard:
    """Three probes and a refusal steering vector at the shipped pack's relative depths."""
    L, d = lm.num_layers, lm.hidden_size
    g = torch.Generator().manual_seed(1)

    def w():
        v = torch.randn(d, generator=g)
        return v / v.norm()

    depth = {"refusal": round(L * 14 / 30), "familiarity": round(L * 15 / 30), "manipulation": round(L * 15 / 30)}
    bias = 50.0 if fire else -50.0
    probes = [LinearProbe("refusal", depth["refusal"], w(), bias, 0.5, "mean",
                          params={"tail_tokens": 3, "drop_threshold": 0.95, "ema_alpha": 0.5}),
              LinearProbe("familiarity", depth["familiarity"], w(), -50.0, 0.5, "last"),
              LinearProbe("manipulation", depth["manipulation"], w(), -50.0, 0.5, "mean",
                          params={"stream_threshold": 0.95, "min_tokens": 16})]
    pack = ProbePack(probes, lm.fingerprint)
    steer = SteeringSet([SteeringVector("refusal", depth["refusal"], 0.3 * w(), 1.0, 1.0)], lm.fingerprint)
    policy = Policy.load(familiarity={"action": "allow"}, manipulation={"action": "allow"})
    return Guard(lm, pack=pack, steering=steer, policy=policy, audit=None)


def batch_check(guard: Guard) -> dict:
    prompts = ["Hi.", "Write a long and detailed paragraph about the history of tea in China and India.",
               "Explain gears."]
    hooks = hook_count(guard.lm.model)
    batch = guard.generate_batch(prompts, max_new_tokens=8)
    alone = [guard.generate(p, max_new_tokens=8) for p in prompts]
    diff = max(abs(a.scores[s]["score"] - b.scores[s]["score"]) for a, b in zip(batch, alone)
               for s in a.scores if s in b.scores)
    return {"max_score_diff_batch_vs_alone": diff, "same_actions": [a.action for a in batch] ==
            [b.action for b in alone], "hooks_left": hook_count(guard.lm.model) - hooks}


def steering_cost(lm, guard: Guard, reps: int, new_tokens: int) -> float:
    """tokens/s of generation steered at every token / tokens/s bare (same token counts)."""
    prompt = "Write a short paragraph about the history of tea."
    ratios = []
    for rep in range(reps):
        t = {}
        for mode in (("bare", "guard") if rep % 2 == 0 else ("guard", "bare")):
            bench._sync(lm)
            t0 = time.perf_counter()
            d = guard.generate(prompt, max_new_tokens=new_tokens, min_new_tokens=new_tokens, guard=mode == "guard")
            t[mode] = d.generated_tokens / (time.perf_counter() - t0)
            if mode == "guard":
                assert d.steered, d.reasons
        ratios.append(t["guard"] / t["bare"])
    return sorted(ratios)[len(ratios) // 2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--models", default="smollm2-135m,llama-1b,llama-8b")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results_gpu.json"))
    args = ap.parse_args()
    if args.device == "cuda" and not torch.cuda.is_available():
        sys.exit("no CUDA device: this benchmark measures GPU overhead (make bench covers the CPU)")
    tok = tf.AutoTokenizer.from_pretrained(args.tokenizer)
    out = {"machine": {**bench.machine(), "transformers": tf.__version__}, "command": " ".join(sys.argv),
           "weights": "random (shape-only timing)", "models": {}}
    for name in args.models.split(","):
        t0 = time.perf_counter()
        lm, dtype = build(name, tok, args.device)
        res = {"dtype": str(dtype), "params_m": round(sum(p.numel() for p in lm.model.parameters()) / 1e6, 1),
               "layers": lm.num_layers, "hidden": lm.hidden_size}
        quiet = random_guard(lm, fire=False)
        res["overhead"] = bench.overhead(lm, reps=args.reps, new_tokens=64, guard=quiet)
        res["probe_scaling"] = bench.probe_scaling(lm, reps=args.reps)
        res["steering_every_token_ratio"] = steering_cost(lm, random_guard(lm, fire=True), args.reps, 64)
        res["batch_check"] = batch_check(quiet)
        res["seconds"] = round(time.perf_counter() - t0, 1)
        out["models"][name] = res
        print(json.dumps({name: res}, indent=1), flush=True)
        del lm, quiet
        if args.device == "cuda":
            torch.cuda.empty_cache()
        Path(args.out).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
