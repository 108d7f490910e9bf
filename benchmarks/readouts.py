"""Which read-out of harmfulness generalises: harmfulness at the instruction (``inst``: the last token of the
user's content), refusal at the post-instruction template tokens (``last``: the prompt's last token, after the
generation prompt) and the mean over the content (``mean``), at every layer of the refusal signal's sweep.

    python benchmarks/readouts.py [--out benchmarks/results_readouts.json] [--layers 4,6,8,10,12,14]

One logistic-regression read-out per (position, layer) is fitted on the refusal signal's training data (train /
val splits, as ``build-pack`` does) and scored on:

- *choice* sets, the project's own and never trained on: the held-out requests (``holdout_refusal.jsonl``), the
  same requests in the project's evaluation jailbreak wrappers (``data/generators/jailbreaks.py``) and after ~900
  tokens of harmless text (the obfuscation benchmark's padding), and the test split of the training files. The read-out the pack ships is chosen on these.
- *report* sets, written apart from the training generators (``data/external/``): never used to choose; their
  numbers are reported only.

AUROC and TPR at 1% / 5% FPR per set; for the wrapped sets also per frame. Activations of the training data are
cached like ``build-pack``'s (the same key), so a pack build afterwards reuses them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).parent / "results_readouts.json"))
    ap.add_argument("--layers", default=None, help="comma-separated layers (default: the refusal signal's sweep)")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)

    from data.generators.jailbreaks import WRAPPERS
    from guardrail import load_model
    from guardrail.build import layer_range
    from guardrail.data import data_dir
    from guardrail.models import default_cache_dir
    from guardrail.probes import Example, _cached_features, _fit, extract_features, metrics
    from guardrail.signals import get_signal

    t0 = time.perf_counter()
    lm = load_model(args.model)
    data = data_dir()
    sig = get_signal("refusal")
    sig.use_broad = True  # the study is about the broad data (the shipped probe is trained without it)
    train = [e for e in sig.training_examples(data) if e.label in (0, 1)]
    layers = [int(x) for x in args.layers.split(",")] if args.layers else layer_range(lm, sig.layer_range)
    all_layers = layer_range(lm, sig.layer_range)
    feats = _cached_features(lm, train, all_layers, None, default_cache_dir() / "features")
    y = np.array([e.label for e in train])
    fit = np.array([e.split != "test" for e in train])

    def ex(rows, key="prompt"):
        return [Example(id=i, prompt=r[key], label=int(r["label"])) for i, r in enumerate(rows)]

    hold = _load(data / "holdout_refusal.jsonl")
    choice = {"holdout": (ex(hold), None)}
    wrapped = [{"prompt": w(r["prompt"]), "label": r["label"], "frame": name}
               for name, w in WRAPPERS.items() for r in hold]
    choice["holdout_wrapped"] = (ex(wrapped), [r["frame"] for r in wrapped])
    from benchmarks.obfuscation import PADDING  # ~900 tokens of harmless text before the request (#14)

    choice["holdout_padded"] = (ex([{"prompt": PADDING * 9 + "\n\n" + r["prompt"], "label": r["label"]}
                                    for r in hold]), None)
    test = [e for e in train if e.split == "test"]
    choice["train_files_test_split"] = (test, None)
    report = {}
    ext = ROOT / "data" / "external"
    if (ext / "harm.jsonl").is_file():
        rows = _load(ext / "harm.jsonl")
        report["external_harm"] = (ex(rows), [r.get("category") for r in rows])
    if (ext / "jailbreak_frames.jsonl").is_file():
        rows = _load(ext / "jailbreak_frames.jsonl")
        report["external_frames"] = (ex(rows), [r.get("frame") for r in rows])
    multi = ROOT / "data" / "eval" / "multilingual_requests.jsonl"
    if multi.is_file():
        rows = _load(multi)
        report["multilingual"] = (ex(rows), [r.get("lang") for r in rows])

    eval_feats = {}
    for name, (exs, _) in {**choice, **report}.items():
        if name == "train_files_test_split":
            idx = np.where(~fit)[0]
            eval_feats[name] = {p: feats[p][:, idx] for p in ("last", "inst", "mean")}
        else:
            f = extract_features(lm, exs, all_layers)
            eval_feats[name] = {p: f[p] for p in ("last", "inst", "mean")}

    results = []
    for pos in ("inst", "last", "mean"):
        for layer in layers:
            li = all_layers.index(layer)
            w, b = _fit(feats[pos][li][fit], y[fit], "logreg")
            row = {"position": pos, "layer": layer}
            for name, (exs, keys) in {**choice, **report}.items():
                yy = np.array([e.label for e in exs])
                s = eval_feats[name][pos][li] @ w + b
                m = metrics(yy, s)
                row[name] = {k: round(m[k], 4) for k in ("auroc", "tpr_at_1fpr", "tpr_at_5fpr") if k in m}
                if keys is not None:
                    per = {}
                    for k in sorted(set(keys), key=str):
                        sel = np.array([kk == k for kk in keys])
                        if len(set(yy[sel])) == 2:
                            per[str(k)] = round(metrics(yy[sel], s[sel])["auroc"], 4)
                    row[name]["by"] = per
            results.append(row)
            print(pos, layer, {k: v.get("auroc") for k, v in row.items() if isinstance(v, dict)}, flush=True)

    def choice_score(r):  # the mean AUROC over the project's own sets (never the external ones)
        return float(np.mean([r[k]["auroc"] for k in choice]))

    best = max(results, key=choice_score)
    out = {"model": lm.name, "n_train": int(fit.sum()), "layers": layers, "results": results,
           "chosen_on": list(choice), "best": {"position": best["position"], "layer": best["layer"],
                                                "choice_auroc": round(choice_score(best), 4)},
           "seconds": round(time.perf_counter() - t0, 1)}
    Path(args.out).write_text(json.dumps(out, indent=1))
    print("best on the project's own sets:", out["best"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
