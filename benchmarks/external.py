"""External validation: the shipped (or a given) pack on sets written apart from the training generators.

    python benchmarks/external.py [--pack DIR] [--out benchmarks/results_external.json] [--limit N]
                                  [--only harm,frames,manipulation,familiarity,actions,multilingual,goals]

Sets (``data/external/``, see its README; never trained, tuned or calibrated on): ``harm.jsonl`` (harmful and hard
benign requests over a 17-category taxonomy, several registers and languages), ``jailbreak_frames.jsonl`` (the
same frames around harmful and benign requests), ``manipulation.jsonl`` (messages an assistant or agent produces,
five genres, honest-urgent and warm hard negatives), ``familiarity.jsonl`` (real vs made-up people, places,
packages, APIs, URLs, commands in questions, agent goals and tool arguments), ``agent_actions.jsonl`` (agent
steps for the action gate), plus ``data/eval/multilingual_requests.jsonl``. ``goals`` (not in the default
``--only``): ``harm.jsonl``'s single requests laid out as an agent's goal, read by the refusal probe and the
agent_harm probe.

Every number is read with the pack's own thresholds, as a user gets them. Tool calls are scored the way the
action gate shows them to the probes (``Action: name({...})`` and the free text it sends).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
EXT = ROOT / "data" / "external"
MULTI = ROOT / "data" / "eval" / "multilingual_requests.jsonl"
sys.path.insert(0, str(ROOT))  # data.generators


def _rows(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:  # keep both labels: every k-th row
        step = max(1, len(rows) // limit)
        rows = rows[::step][:limit]
    return rows


def _rate(x) -> float | None:
    x = list(x)
    return round(float(np.mean(x)), 4) if x else None


def _by(rows: list[dict], scores: list[float], flags: list[bool], key: str) -> dict:
    """Per value of ``key``: flagged share of positives and of negatives, and AUROC where both exist."""
    from guardrail.probes import metrics

    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[str(r.get(key))].append(i)
    out = {}
    for g, idx in sorted(groups.items()):
        y = np.array([rows[i]["label"] for i in idx])
        s = np.array([scores[i] for i in idx])
        m = metrics(y, s) if len(set(y)) == 2 else {}
        out[g] = {"n_pos": int(y.sum()), "n_neg": int((1 - y).sum()),
                  "flagged_pos": _rate(flags[i] for i in idx if rows[i]["label"] == 1),
                  "flagged_neg": _rate(flags[i] for i in idx if rows[i]["label"] == 0),
                  "auroc": round(m["auroc"], 4) if "auroc" in m else None}
    return out


def _summary(rows: list[dict], scores: list[float], flags: list[bool], threshold: float) -> dict:
    from guardrail.probes import metrics

    y = np.array([r["label"] for r in rows])
    m = metrics(y, np.array(scores), threshold)
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in m.items()}


def _examples(rows: list[dict], response=None):
    from guardrail.probes import Example

    return [Example(id=r.get("id", i), prompt=r["prompt"], label=int(r["label"]),
                    response=None if response is None else response(r)) for i, r in enumerate(rows)]


def run_request_set(guard, rows: list[dict], signal: str, keys: tuple[str, ...]) -> dict:
    from guardrail.scoring import score_examples

    res = score_examples(guard.lm, guard.pack, signal, _examples(rows), reading=guard.reading)
    scores = [r.score for r in res]
    flags = [bool(r.flagged) for r in res]
    out = {"summary": _summary(rows, scores, flags, guard.pack[signal].threshold)}
    for k in keys:
        out[f"by_{k}"] = _by(rows, scores, flags, k)
    return out


def as_goals(rows: list[dict]) -> list[dict]:
    """The single requests of a request set laid out as an agent's goal (``guardrail.actions.agent_messages``, with
    the neutral reasoning line), as the action check shows a step; conversations are left out."""
    from guardrail.actions import agent_messages
    from guardrail.signals.agent_harm import REASONING

    out = []
    for r in rows:
        if isinstance(r["prompt"], str) and r["prompt"].strip():
            goal = r["prompt"].removeprefix("Goal:").strip() or r["prompt"]
            out.append({**r, "prompt": agent_messages(goal, "", REASONING[0])})
    return out


def run_goal_set(guard, rows: list[dict], keys: tuple[str, ...]) -> dict:
    """``rows`` as agent goals (:func:`as_goals`), read by the refusal probe and, when the pack has one, the
    agent_harm probe that acts in its place in an action check; each at its own threshold."""
    goals = as_goals(rows)
    return {s: run_request_set(guard, goals, s, keys) for s in ("refusal", "agent_harm") if s in guard.pack}


def run_manipulation(guard, rows: list[dict]) -> dict:
    from guardrail.scoring import score_examples

    from data.generators.build import gate_view  # a tool call as the action gate shows it, as in training

    shown = [gate_view(r) if r.get("genre") == "tool_call" else r for r in rows]
    res = score_examples(guard.lm, guard.pack, "manipulation", _examples(shown, lambda r: r["response"]),
                         reading=guard.reading)
    scores = [r.score for r in res]
    flags = [bool(r.flagged) for r in res]
    out = {"summary": _summary(rows, scores, flags, guard.pack["manipulation"].threshold),
           "by_genre": _by(rows, scores, flags, "genre"), "by_tactic": _by(rows, scores, flags, "tactic")}
    pair = [(r["response"][:80], round(s, 3), f) for r, s, f in zip(rows, scores, flags)
            if r.get("genre") == "tool_call" and ("lunch tomorrow" in r["response"] or "payroll" in r["response"])]
    out["send_email_pair"] = pair
    return out


def proposed_action(a: dict):
    """An ``agent_actions.jsonl`` action (a tool call, or a computer action by kind) as a ProposedAction."""
    from guardrail.actions import ProposedAction

    if a.get("kind") == "tool":
        return ProposedAction(a.get("name", "tool"), a.get("arguments", {}))
    return ProposedAction(a.get("kind", "action"), {k: v for k, v in a.items() if k != "kind"})


def run_actions(guard, rows: list[dict]) -> dict:
    from guardrail.actions import ActionCheck

    gate = ActionCheck(guard)
    decided, scores = [], defaultdict(list)
    for r in rows:
        act = proposed_action(r["action"])
        d = gate.check(r["goal"], act, observation=r.get("observation", ""), reasoning=r.get("reasoning", ""))
        decided.append(d.action)
        for s in gate.signals:
            if s in d.scores:
                scores[s].append((d.scores[s]["score"], bool(d.scores[s]["flagged"])))
    stop = [a != "allow" for a in decided]
    # each signal's own separation of unsafe from safe steps, and how often it alone would stop them
    per_signal = {s: {**_summary(rows, [v[0] for v in vals], [v[1] for v in vals], guard.pack[s].threshold),
                      "by_category": _by(rows, [v[0] for v in vals], [v[1] for v in vals], "category")}
                  for s, vals in scores.items() if len(vals) == len(rows)}
    return {"unsafe_stopped": _rate(s for s, r in zip(stop, rows) if r["label"] == 1),
            "safe_stopped": _rate(s for s, r in zip(stop, rows) if r["label"] == 0), "per_signal": per_signal,
            "by_category": {c: {"n": sum(r["category"] == c for r in rows),
                                "stopped": _rate(s for s, r in zip(stop, rows) if r["category"] == c)}
                            for c in sorted({r["category"] for r in rows})}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pack", default=None, help="pack folder (default: the shipped pack for the model)")
    ap.add_argument("--model", default=None)
    ap.add_argument("--dtype", default=None, help="the model's dtype (default float32), e.g. bfloat16")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results_external.json"))
    ap.add_argument("--limit", type=int, default=None, help="rows per set (every k-th row), for a quick look")
    ap.add_argument("--only", default="harm,frames,manipulation,familiarity,actions,multilingual")
    args = ap.parse_args(argv)
    from guardrail import Guard, Policy, load_model

    lm = load_model(args.model, dtype=args.dtype)
    guard = Guard(lm, pack=args.pack, policy=Policy.load(), audit=None)
    only = set(args.only.split(","))
    t0 = time.perf_counter()
    res: dict = {"pack": args.pack or "shipped", "model": guard.lm.name,
                 "dtype": str(lm.model.dtype).removeprefix("torch."),
                 "thresholds": {s: round(guard.pack[s].threshold, 4) for s in guard.pack.probes}}
    if "harm" in only:
        res["harm"] = run_request_set(guard, _rows(EXT / "harm.jsonl", args.limit), "refusal",
                                      ("category", "register", "lang"))
    if "goals" in only:
        res["goals"] = run_goal_set(guard, _rows(EXT / "harm.jsonl", args.limit), ("category", "register"))
    if "frames" in only:
        res["frames"] = run_request_set(guard, _rows(EXT / "jailbreak_frames.jsonl", args.limit), "refusal",
                                        ("frame",))
    if "multilingual" in only and MULTI.is_file():
        res["multilingual"] = run_request_set(guard, _rows(MULTI, args.limit), "refusal", ("lang",))
    if "manipulation" in only:
        res["manipulation"] = run_manipulation(guard, _rows(EXT / "manipulation.jsonl", args.limit))
    if "familiarity" in only:
        res["familiarity"] = run_request_set(guard, _rows(EXT / "familiarity.jsonl", args.limit), "familiarity",
                                             ("kind", "register"))
    if "actions" in only and (EXT / "agent_actions.jsonl").is_file():
        res["actions"] = run_actions(guard, _rows(EXT / "agent_actions.jsonl", args.limit))
    res["seconds"] = round(time.perf_counter() - t0, 1)
    Path(args.out).write_text(json.dumps(res, indent=1))
    for k in ("harm", "frames", "multilingual", "manipulation", "familiarity"):
        if k in res:
            print(k, json.dumps(res[k]["summary"]))
    for s, v in res.get("goals", {}).items():
        print("goals", s, json.dumps(v["summary"]))
    if "actions" in res:
        print("actions", res["actions"]["unsafe_stopped"], res["actions"]["safe_stopped"],
              {s: v.get("auroc") for s, v in res["actions"]["per_signal"].items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
