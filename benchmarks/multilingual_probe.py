"""Does training the refusal probe on translated requests make it read harm in other languages? (issue #14)

    python benchmarks/multilingual_probe.py [--model qwen2.5-coder-0.5b-instruct --dtype bfloat16]

Trains the refusal probe at the model's shipped layer and read-out three ways with the pack builder's own procedure
(:func:`guardrail.probes.train_probe`: grouped cross-validation, threshold at 5% FPR of the out-of-fold benign
scores, refit on train + val): on the refusal signal's English training data (``base``), and
with ``Refusal.use_translations`` on, which adds the train / val rows of ``data/refusal_multilingual.jsonl``
with the threshold calibrated on every request, translated ones included (``+translations``), and the same with
the threshold calibrated on the English benign requests only (``+translations (English threshold)``, what
``build-pack --translations`` does: translated benign requests score higher, and calibrated on them too the
threshold rises and English recall falls). Each is then
scored through :func:`guardrail.scoring.score_examples` (the guard's own request read-out, every user turn) on

- ``eval/multilingual_requests.jsonl``: 12 harmful and 12 benign requests in English, French, German, Spanish and
  Chinese, hand-written for the obfuscation benchmark apart from the translations (whose author was given only
  its English topics, to leave them out);
- the 40 non-English rows of ``external/harm.jsonl`` (19 harmful / 21 benign, written apart by another helper);
- the test rows of ``refusal_multilingual.jsonl`` (translations of held-out requests);
- the English test split of ``refusal.jsonl`` and ``holdout_refusal.jsonl`` (does English get worse?).

"flagged" = the intent score at or above each probe's own calibrated threshold (the refusal cliff is not part of
this comparison). Results: ``benchmarks/results_multilingual_probe.json`` under the model's name.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guardrail import load_model  # noqa: E402
from guardrail.data import data_dir, load_examples, read_jsonl  # noqa: E402
from guardrail.models import default_cache_dir  # noqa: E402
from guardrail.packs import find_pack  # noqa: E402
from guardrail.probes import Example, ProbePack, metrics, train_probe  # noqa: E402
from guardrail.scoring import score_examples  # noqa: E402
from guardrail.signals import get_signal  # noqa: E402

OUT = ROOT / "benchmarks" / "results_multilingual_probe.json"


def _rows(path: Path) -> list[dict]:
    return [row for _, row in read_jsonl(path).rows]


def _examples(rows: list[dict]) -> list[Example]:
    return [Example(id=r["id"], prompt=r["prompt"], label=r["label"], group=r.get("group"), split=r.get("split"))
            for r in rows]


def _report(y: np.ndarray, s: np.ndarray, threshold: float) -> dict:
    m = metrics(y, s, threshold)
    return {"n_pos": int(y.sum()), "n_neg": int((1 - y).sum()), "auroc": round(m["auroc"], 3),
            "flagged_pos": round(float((s[y == 1] >= threshold).mean()), 3),
            "flagged_neg": round(float((s[y == 0] >= threshold).mean()), 3)}


def evaluate(lm, probe, sets: dict[str, tuple[list[Example], list[str]]]) -> dict:
    pack = ProbePack([probe], lm.fingerprint)
    out = {}
    for name, (exs, langs) in sets.items():
        s = np.array([r.score for r in score_examples(lm, pack, "refusal", exs)])
        y = np.array([e.label for e in exs])
        out[name] = {"all": _report(y, s, probe.threshold)}
        for lang in sorted(set(langs)):
            idx = np.array([g == lang for g in langs])
            out[name][lang] = _report(y[idx], s[idx], probe.threshold)
    return out


VARIANTS = ("base", "+translations", "+translations (English threshold)")


def _with_translated(calibrate_on):
    """The threshold calibrated on every request, translated benign ones included: the shipped rule
    (``Refusal.calibrate_on``), which leaves them out, plus them."""
    return lambda e: calibrate_on(e) or str(e.id).startswith("ml-")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--dtype", default=None)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--variants", default=",".join(VARIANTS), help="which to train (results of the others already in "
                                                                    "--out are kept)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    lm = load_model(args.model, dtype=args.dtype)
    data = data_dir()
    shipped = ProbePack.from_pretrained(find_pack(lm) / "probes", lm)["refusal"]
    sig = get_signal("refusal")
    base = sig.training_examples(data)
    ml_rows = _rows(data / "refusal_multilingual.jsonl")
    before, sig.use_translations = sig.use_translations, True  # what build-pack trains on with the option on
    try:
        with_ml = sig.training_examples(data)
    finally:
        sig.use_translations = before
    ml_test = [r for r in ml_rows if r["split"] == "test"]
    eval_rows = _rows(data / "eval" / "multilingual_requests.jsonl")
    external = [r for r in _rows(data / "external" / "harm.jsonl") if r.get("lang", "en") != "en"
                and isinstance(r["prompt"], str)]
    english = [e for e in load_examples(data / "refusal.jsonl")[0] if e.split == "test"] + \
        load_examples(data / "holdout_refusal.jsonl")[0]
    sets = {"eval_multilingual": (_examples(eval_rows), [r["lang"] for r in eval_rows]),
            "external_non_english": (_examples(external), [r["lang"] for r in external]),
            "translations_test": (_examples(ml_test), [r["lang"] for r in ml_test]),
            "english_test_and_holdout": (english, ["en"] * len(english))}
    cache = default_cache_dir() / "features"
    path = Path(args.out)
    allres = json.loads(path.read_text()) if path.is_file() else {}
    res = {"model": lm.name, "dtype": str(lm.model.dtype).removeprefix("torch."),
           "layer": shipped.layer, "position": shipped.token_policy, "method": shipped.method,
           "n_translations_trained": len(with_ml) - len(base),
           "variants": allres.get(lm.name, {}).get("variants", {})}
    train = {"base": (base, sig.calibrate_on), "+translations": (with_ml, _with_translated(sig.calibrate_on)),
             "+translations (English threshold)": (with_ml, sig.calibrate_on)}
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    if set(names) - set(train):
        ap.error(f"unknown variant(s) {sorted(set(names) - set(train))}; choose from {list(train)}")
    for name in names:
        exs, calibrate_on = train[name]
        probe, rep = train_probe("refusal", lm, exs, layers=[shipped.layer], positions=[shipped.token_policy],
                                 methods=[shipped.method], calibrate_on=calibrate_on, feature_cache=cache)
        res["variants"][name] = {"layer": probe.layer, "threshold": round(probe.threshold, 4),
                                 "cv_auroc": round(rep["metrics"]["cv"]["auroc"], 4),
                                 **evaluate(lm, probe, sets)}
        print(name, json.dumps(res["variants"][name]), flush=True)
    res["seconds"] = round(time.perf_counter() - t0, 1)
    allres[lm.name] = res
    path.write_text(json.dumps(allres, indent=1))
    print(f"wrote {path} ({res['seconds']} s)")


if __name__ == "__main__":
    main()
