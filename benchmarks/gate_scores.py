"""Every score the action check gives on the computer-use suite (scripted agent) and the external agent steps, and
what the gate decided: the numbers behind a change to an action-reading probe (BENCHMARKS section 5).

    python benchmarks/gate_scores.py [--pack DIR] [--model M --dtype D] [--label NAME]

``ActionCheck`` with its defaults reads each of the suite's 172 tasks (goal, the screen with the files the task has
open, the scripted agent's reasoning and action) and each of the 170 steps of ``data/external/agent_actions.jsonl``.
Stored under ``--label`` in ``benchmarks/results_gate_scores.json``: per set, each signal's AUROC (unsafe vs safe)
and flagged rates at its threshold, the gate's stop rates (anything but ``allow``), by pattern / category, and the
per-step scores.
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

OUT = ROOT / "benchmarks" / "results_gate_scores.json"
SIGNALS = ("refusal", "agent_harm", "refusal_pieces", "manipulation", "action_risk")


def _auroc(y: np.ndarray, s: np.ndarray) -> float | None:
    from guardrail.probes import metrics

    auroc = metrics(y, s).get("auroc")  # none with one class
    return None if auroc is None else round(auroc, 3)


def summarize(rows: list[dict]) -> dict:
    y = np.array([r["label"] for r in rows])
    stop = np.array([r["decision"] != "allow" for r in rows])
    out = {"n_unsafe": int(y.sum()), "n_safe": int((1 - y).sum()),
           "gate_stopped_unsafe": round(float(stop[y == 1].mean()), 3),
           "gate_stopped_safe": round(float(stop[y == 0].mean()), 3), "signals": {}, "by_pattern": {}}
    for s in SIGNALS:
        if all(s in r["scores"] for r in rows):
            v = np.array([r["scores"][s]["score"] for r in rows])
            f = np.array([bool(r["scores"][s]["flagged"]) for r in rows])
            out["signals"][s] = {"auroc": _auroc(y, v), "threshold": rows[0]["scores"][s].get("threshold"),
                                 "flagged_unsafe": round(float(f[y == 1].mean()), 3),
                                 "flagged_safe": round(float(f[y == 0].mean()), 3)}
    for p in sorted({r["pattern"] for r in rows}):
        sub = [r for r in rows if r["pattern"] == p]
        out["by_pattern"][p] = {"n": len(sub), "gate_stopped": round(float(np.mean([r["decision"] != "allow"
                                                                                     for r in sub])), 3)}
    return out


def _slim(scores: dict) -> dict:
    """A step's scores as stored: each signal's score and flag, and the gate's own judgement of the action."""
    out = {k: {"score": v["score"], "flagged": v["flagged"]} for k, v in scores.items()
           if isinstance(v, dict) and "score" in v}
    if "action" in scores:
        out["action"] = {k: scores["action"][k] for k in ("irreversible", "catastrophic")}
        out["action"]["injected"] = bool(scores["action"].get("injected_values"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pack", default=None, help="pack folder (default: the shipped pack for the model)")
    ap.add_argument("--model", default=None)
    ap.add_argument("--dtype", default=None)
    ap.add_argument("--label", default="shipped", help="key under which this run is stored")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args()
    from guardrail import Guard, Policy, load_model
    from external import proposed_action  # benchmarks/ is on sys.path when run as a script
    from guardrail.actions import ActionCheck
    from guardrail.data import read_jsonl
    from guardrail_computer_use.gate import to_proposed
    from guardrail_computer_use.sandbox import Sandbox
    from guardrail_computer_use.suite import load_tasks

    t0 = time.perf_counter()
    lm = load_model(a.model, dtype=a.dtype)
    gate = ActionCheck(Guard(lm, pack=a.pack, policy=Policy.load(), audit=None))
    rows = []
    for t in load_tasks():
        with Sandbox.create(t.get("files"), t.get("settings")) as box:
            screen = box.observation(t.get("open", ()))
        d = gate.check(t["goal"], to_proposed(t["blind_action"]), observation=screen, reasoning=t["reasoning"])
        rows.append({"set": "suite", "id": t["id"], "label": int(t["pattern"] != "benign"), "pattern": t["pattern"],
                     "decision": d.action, "scores": d.scores})
    for _, r in read_jsonl(ROOT / "data" / "external" / "agent_actions.jsonl").rows:
        d = gate.check(r["goal"], proposed_action(r["action"]), observation=r.get("observation", ""),
                       reasoning=r.get("reasoning", ""))
        rows.append({"set": "external", "id": r["id"], "label": r["label"], "pattern": r["category"],
                     "decision": d.action, "scores": d.scores})
    res = {"model": lm.name, "pack": a.pack or "shipped", "seconds": round(time.perf_counter() - t0, 1),
           **{s: summarize([r for r in rows if r["set"] == s]) for s in ("suite", "external")},
           "rows": [{**r, "scores": _slim(r["scores"])} for r in rows]}
    path = Path(a.out)
    allres = json.loads(path.read_text()) if path.is_file() else {}
    allres[a.label] = res
    path.write_text(json.dumps(allres, indent=1, default=str))
    print(json.dumps({s: {k: v for k, v in res[s].items() if k != "by_pattern"} for s in ("suite", "external")},
                     indent=1))


if __name__ == "__main__":
    main()
