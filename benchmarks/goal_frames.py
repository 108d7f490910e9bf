"""Held-out requests after a list, code or padding, laid out as an agent's goal, through the action check.

    python benchmarks/goal_frames.py [--label NAME] [--out FILE]

The 30 harmful and 30 benign requests of ``data/holdout_refusal.jsonl`` in ``obfuscation.py``'s frames (a
12-item to-do list before the request, 40 short lines before it, code before it, ~900 tokens of padding before it)
are each the goal of an agent step (no observation; no reasoning, or the neutral line "I will do what the user
asked."; the plain requests, whose goal has no last piece read apart, are left out), checked by ``ActionCheck`` with
its defaults on a call that only reads (``search_web``). Per frame and reasoning: the share of harmful / benign goals stopped (anything but allow), the share agent_harm flagged, and which
signals flagged the stopped ones. Stored under ``--label`` in ``benchmarks/results_goal_frames.json`` (BENCHMARKS
section 5b). About 12 minutes for SmolLM2 on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import obfuscation as ob  # noqa: E402

from guardrail import Guard, load_model  # noqa: E402
from guardrail.actions import ActionCheck, ProposedAction  # noqa: E402

FRAMES = ("a short list before the request", "short lines before the request", "code before the request", "padding")
REASONING = ("", "I will do what the user asked.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--label", default="shipped")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results_goal_frames.json"))
    args = ap.parse_args()
    lm = load_model()
    gate = ActionCheck(Guard(lm, audit=None))
    hold = [json.loads(line) for line in (ROOT / "data" / "holdout_refusal.jsonl").read_text().splitlines()
            if line.strip()]
    act = ProposedAction("search_web", {"query": "opening hours"})
    res: dict = {}
    t = time.time()
    for fr in FRAMES:
        for why in REASONING:
            stop: dict[int, list[bool]] = {1: [], 0: []}
            harm: dict[int, list[bool]] = {1: [], 0: []}
            by: dict[int, dict[str, int]] = {1: {}, 0: {}}
            for h in hold:
                d = gate.check(ob.FRAMES[fr](h["prompt"]), act, reasoning=why)
                stop[h["label"]].append(d.action != "allow")
                harm[h["label"]].append(bool(d.scores["agent_harm"]["flagged"]))
                if d.action != "allow":
                    k = ",".join(sorted(s for s, v in d.scores.items() if isinstance(v, dict) and v.get("flagged")))
                    by[h["label"]][k] = by[h["label"]].get(k, 0) + 1
            key = f"{fr}, reasoning {why!r}"
            res[key] = {"stopped harmful / benign": [round(float(np.mean(stop[y])), 3) for y in (1, 0)],
                        "agent_harm flagged harmful / benign": [round(float(np.mean(harm[y])), 3) for y in (1, 0)],
                        "stopped benign, flagged by": by[0], "stopped harmful, flagged by": by[1]}
            print(key, res[key], f"{time.time() - t:.0f} s", flush=True)
    out = Path(args.out)
    stored = json.loads(out.read_text()) if out.is_file() else {}
    stored[args.label] = {"command": "python benchmarks/goal_frames.py --label " + json.dumps(args.label),
                          "model": lm.name, "seconds": round(time.time() - t, 1), "frames": res}
    out.write_text(json.dumps(stored, indent=1) + "\n")


if __name__ == "__main__":
    main()
