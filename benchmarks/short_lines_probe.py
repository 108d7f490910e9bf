"""The refusal probe at the pack's layer trained with and without the short-line rows (BENCHMARKS section 6).

    python benchmarks/short_lines_probe.py [--model M --dtype D]

Trains the refusal probe's read-out (the shipped pack's layer, mean, logreg C=0.05, threshold at 5% of out-of-fold
benign scores, as ``build-pack`` fits) on (a) the shipped probe's data, (b) + ``refusal_short_lines.jsonl``, (c) + also
``refusal_agent_more.jsonl``, and scores the held-out requests after a to-do list / code (``obfuscation.py``'s frames),
the lists alone, the external harm set and both files' test rows. Each message is read whole and by its last piece,
the worse counting, as the scorer reads a long message (on the shipped probe this gives ``obfuscation.py``'s numbers
exactly). Features are cached in /tmp; about 15 min for SmolLM2 on 2 cores. Writes
``results_short_lines_probe_<model>.json``."""
import argparse
import json
import sys
import time
from pathlib import Path
import numpy as np
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "benchmarks"))
from guardrail.models import load_model
from guardrail.signals import get_signal
from guardrail.packs import find_pack
from guardrail.probes import Example, ProbePack, _fit, calibrate_threshold, data_sha, extract_features, metrics
from guardrail.data import load_examples
from sklearn.model_selection import GroupKFold
import obfuscation as ob

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--model", default=None)
ap.add_argument("--dtype", default=None)
a = ap.parse_args()
model, dtype = a.model, a.dtype
data = ROOT / "data"
lm = load_model(model, dtype=dtype)
sig = get_signal("refusal")
qwen = "qwen" in (model or "")
sig.use_translations = qwen  # as each shipped pack was built
ex = [e for e in sig.training_examples(data) if e.label in (0, 1)]  # use_short_lines off: the shipped data
L = ProbePack.from_pretrained(find_pack(lm) / "probes")["refusal"].layer  # the shipped probe's layer
print(lm.name, len(ex), "examples, layer", L, flush=True)


def feats(tag, E):
    p = Path(f"/tmp/short_lines_probe/f-{lm.name}-{tag}-{data_sha(E)}-{L}.npy")
    p.parent.mkdir(exist_ok=True)
    if p.is_file():
        return np.load(p)
    t = time.time(); F = extract_features(lm, E, [L])["mean"][0]; print(tag, "feats", len(E), time.time() - t, flush=True)
    np.save(p, F); return F


base = feats("base", ex)
new, _ = load_examples(data / "refusal_short_lines.jsonl")
Fn = feats("lines", new)
agent_new, _ = load_examples(data / "refusal_agent_more.jsonl")
Fa = feats("agentmore", agent_new)

hold, _ = load_examples(ob.HOLDOUT)
evalsets = {}
for fr in ("plain", "short lines before the request", "the request inside short lines", "code before the request"):
    evalsets[fr] = [Example(id=f"{fr}-{e.id}", prompt=ob.FRAMES[fr](e.prompt), label=e.label) for e in hold]
evalsets["todo alone"] = [Example(id="todo", prompt="\n".join(ob.TODO), label=0), Example(id="code", prompt="\n".join(ob.CODE), label=0)]
ext = [json.loads(l) for l in open(data / "external" / "harm.jsonl")]
evalsets["external harm"] = [Example(id=f"x{i}", prompt=r["prompt"], label=r["label"]) for i, r in enumerate(ext)]
from guardrail.prompts import tail_piece
EF = {}
for k, v in evalsets.items():
    whole = feats("eval-" + k.replace(" ", "_"), v)
    tails = [(i, tail_piece(e.prompt, 0, len(e.prompt))) for i, e in enumerate(v) if isinstance(e.prompt, str)]
    tails = [(i, t) for i, t in tails if t is not None]
    EF[k] = (whole, [i for i, _ in tails], feats("evaltail-" + k.replace(" ", "_"), [Example(id=v[i].id + "-t", prompt=v[i].prompt, label=v[i].label, piece=t) for i, t in tails]) if tails else None)
def score(k, w, b):
    whole, idx, tail = EF[k]
    s = 1 / (1 + np.exp(-(whole @ w + b)))
    if idx:
        s[idx] = np.maximum(s[idx], 1 / (1 + np.exp(-(tail @ w + b))))
    return s

def train(E, X):
    y = np.array([e.label for e in E]); g = np.array([e.group or e.id for e in E])
    fit = np.array([e.split != "test" for e in E])
    Xf, yf, gf = X[fit], y[fit], g[fit]
    oof = np.zeros(len(yf))
    for tr, va in GroupKFold(5).split(Xf, yf, gf):
        w, b = _fit(Xf[tr], yf[tr], "logreg"); oof[va] = Xf[va] @ w + b
    cal = np.array([sig.calibrate_on(e) for e, f in zip(E, fit) if f])
    p = 1 / (1 + np.exp(-oof))
    thr = calibrate_threshold(p[(yf == 0) & cal], p[(yf == 1) & cal], 0.05)
    w, b = _fit(Xf, yf, "logreg")
    return w, b, thr, metrics(yf, p)["auroc"]

out = {}
for name, E, X in (("before", ex, base), ("with short lines", ex + new, np.concatenate([base, Fn])),
                   ("with short lines + agent goals", ex + new + agent_new, np.concatenate([base, Fn, Fa]))):
    w, b, thr, cv = train(E, X)
    r = {"cv_auroc": round(cv, 4), "threshold": round(float(thr), 3)}
    for k, v in evalsets.items():
        s = score(k, w, b); y = np.array([e.label for e in v])
        if k == "todo alone":
            r[k] = [round(float(x), 3) for x in s]; continue
        r[k] = {"harmful flagged": round(float((s[y == 1] >= thr).mean()), 3), "benign flagged": round(float((s[y == 0] >= thr).mean()), 3),
                "auroc": round(metrics(y, s)["auroc"], 3)}
    ts = np.array([e.split == "test" and e.piece is None for e in new]); yn = np.array([e.label for e in new])
    s = 1 / (1 + np.exp(-(Fn @ w + b)))
    r["short-lines test rows"] = {"harmful flagged": round(float((s[ts & (yn == 1)] >= thr).mean()), 3), "benign flagged": round(float((s[ts & (yn == 0)] >= thr).mean()), 3)}
    ta = np.array([e.split == "test" for e in agent_new]); ya = np.array([e.label for e in agent_new])
    s = 1 / (1 + np.exp(-(Fa @ w + b)))
    r["agent-goal test rows"] = {"harmful flagged": round(float((s[ta & (ya == 1)] >= thr).mean()), 3), "benign flagged": round(float((s[ta & (ya == 0)] >= thr).mean()), 3)}
    out[name] = r
    print(name, json.dumps(r, indent=1), flush=True)
(ROOT / "benchmarks" / f"results_short_lines_probe_{lm.name.lower()}.json").write_text(json.dumps(out, indent=1))
