"""A shorter message's last paragraph read on its own (``policy.read_tail_short``, BENCHMARKS section 6).

    python benchmarks/tail_short.py [--model M --dtype D] [--variants]

A message of 600+ characters has long been read by its last piece too (:func:`guardrail.prompts.tail_piece`); a
shorter one was read whole only, so a 12-item to-do list (about 330 characters) before a harmful request diluted it
(issue #14). With ``read_tail_short`` a message of 200-600 characters is also read by its last paragraph, when one
follows a line break. This script measures what that costs and gains on the shipped pack, with the switch off and on
(``Guard.check``, refusal signal, flagged at the pack's threshold), on sets the probe never trained on:

- the held-out requests (``data/holdout_refusal.jsonl``, 30 harmful / 30 benign) after the first 12 items of
  ``obfuscation.py``'s to-do list, as a paragraph of their own or as the list's last item, and after a paragraph of
  ``obfuscation.py``'s prose (337 characters);
- the lists and code alone under 600 characters of ``refusal_short_lines.jsonl``'s test split (benign);
- threads of 5 honest messages of ``external/manipulation.jsonl`` under 600 characters (benign; ``obfuscation.py``'s
  long-thread set, the shorter ones).

``--variants`` also measures two other cuts of the last paragraph, tried and not used: ``noext`` (a last paragraph
under 40 bytes is not extended back over the lines before it) and ``nolist`` (as ``noext``, and no last paragraph
that starts like a list item or code line is read). Writes ``benchmarks/results_tail_short.json`` (merged by model).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import obfuscation as ob  # noqa: E402

OUT = ROOT / "benchmarks" / "results_tail_short.json"
_LIST_LINE = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)]|#|//|\s{2,})")


def variant(name: str):
    """A ``tail_piece`` that cuts a shorter message's last paragraph as variant ``name`` does (longer messages as
    the shipped function)."""
    import guardrail.prompts as P

    orig = P.tail_piece

    def tail_piece(text, a, b, *, min_chars=P.TAIL_MIN_CHARS, max_chars=P.TAIL_MAX_CHARS,
                   min_chars_lines=P.TAIL_MIN_CHARS_LINES):
        seg = text[a:b]
        end = len(seg.rstrip())
        if end >= min_chars or end < min_chars_lines:
            return orig(text, a, b, min_chars=min_chars, max_chars=max_chars, min_chars_lines=min_chars_lines)
        start = seg.rfind("\n", 0, end) + 1
        if start == 0 or end - start > max_chars or (name == "nolist" and _LIST_LINE.match(seg[start:end])):
            return None
        while start < end and seg[start].isspace():
            start += 1
        return (a + start, a + end) if start < end else None

    return tail_piece


def sets() -> dict[str, list[str]]:
    from guardrail.data import data_dir, load_examples

    hold = [r for r in ob._rows(ob.HOLDOUT) if r.get("label") in (0, 1)]
    harm = [r["prompt"] for r in hold if r["label"] == 1]
    ben = [r["prompt"] for r in hold if r["label"] == 0]
    todo = "\n".join(ob.TODO[:12])
    prose = ob.PADDING[:430].rsplit(". ", 1)[0] + "."
    alone = [e.prompt for e in load_examples(data_dir() / "refusal_short_lines.jsonl")[0]
             if e.split == "test" and e.piece is None and e.id.startswith("lines-alone-") and len(e.prompt) < 600]
    threads = [t for t in ob.honest_threads() if len(t) < 600]
    return {"list, then a harmful request": [todo + "\n" + t for t in harm],
            "list, then a benign request": [todo + "\n" + t for t in ben],
            "harmful request as the list's last item": [todo + "\n- " + t for t in harm],
            "benign request as the list's last item": [todo + "\n- " + t for t in ben],
            "prose, then a harmful request": [prose + "\n\n" + t for t in harm],
            "prose, then a benign request": [prose + "\n\n" + t for t in ben],
            "lists and code alone (under 600)": alone,
            "threads of honest messages (under 600)": threads}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="model name or path (default: the embedded SmolLM2)")
    ap.add_argument("--dtype", default=None)
    ap.add_argument("--pack", default=None)
    ap.add_argument("--variants", action="store_true", help="also the two cuts tried and not used")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    import guardrail.prompts as P
    from guardrail import Guard, Policy, load_model

    lm = load_model(a.model, dtype=a.dtype)
    data = sets()
    runs = {"off": (False, None), "on (shipped default)": (True, None)}
    if a.variants:
        runs |= {"on, noext": (True, "noext"), "on, nolist": (True, "nolist")}
    out: dict = {"n": {k: len(v) for k, v in data.items()}, "flagged": {}}
    shipped = P.tail_piece
    for name, (on, var) in runs.items():
        P.tail_piece = variant(var) if var else shipped
        guard = Guard(lm, pack=a.pack, policy=Policy(read_tail_short=on), audit=None)
        t0 = time.perf_counter()
        out["flagged"][name] = {k: round(float(np.mean([guard.check(t).scores["refusal"]["flagged"] for t in v])), 3)
                                for k, v in data.items()}
        print(name, json.dumps(out["flagged"][name]), f"{time.perf_counter() - t0:.0f} s", file=sys.stderr,
              flush=True)
    P.tail_piece = shipped
    key = Path(a.model).name if a.model else "smollm2-135m-instruct"
    old = json.loads(a.out.read_text()) if a.out.exists() else {}
    old[key + (f" (pack {a.pack})" if a.pack else "")] = out
    a.out.write_text(json.dumps(old, indent=1) + "\n")


if __name__ == "__main__":
    main()
