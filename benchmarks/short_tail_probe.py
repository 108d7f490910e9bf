"""Would training on shorter messages' last paragraphs lower the cost of reading them? (BENCHMARKS section 6)

    python benchmarks/short_tail_probe.py

A probe-level experiment on SmolLM2 (the refusal probe's read-out refitted as ``short_lines_probe.py`` fits it, on
its cached activations). Since session 18 a message of 200-600 characters is also read by its last paragraph
(``policy.read_tail_short``), which flags more benign multi-paragraph messages (``tail_short.py``). The probe was
trained on whole messages (and, with ``--short-lines``, on the last pieces of 600+ character messages only). Here it
is fitted (a) on the shipped pack's data, (b) + ``refusal_short_lines.jsonl`` and ``refusal_agent_more.jsonl`` (the
session-17 candidate), (c) + the last paragraphs of that file's shorter messages, read in context and labelled as
its generator labels last pieces (a request's label when the request ends the message, benign for a benign
request's message and for lists and code alone; none for a harmful request followed by harmless lines), and scored
on ``tail_short.py``'s sets read as the guard reads them now (the worse of the whole message and its last
paragraph), the held-out requests and the external harm set. Activations are cached in /tmp/short_lines_probe.
Writes ``benchmarks/results_short_tail_probe.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import short_lines_probe as slp  # noqa: E402
import tail_short  # noqa: E402

from guardrail.data import load_examples  # noqa: E402
from guardrail.models import load_model  # noqa: E402
from guardrail.packs import find_pack  # noqa: E402
from guardrail.probes import Example, ProbePack, metrics  # noqa: E402
from guardrail.prompts import TAIL_MIN_CHARS, TAIL_MIN_CHARS_LINES, tail_piece  # noqa: E402
from guardrail.signals import get_signal  # noqa: E402


def short_tails(lines: list[Example], raw: dict[str, dict]) -> list[Example]:
    """The last paragraph of each shorter message of ``refusal_short_lines.jsonl`` (no row there yet), labelled as
    the file's generator labels last pieces."""
    out = []
    for e in lines:
        if e.piece is not None or not isinstance(e.prompt, str) or len(e.prompt.rstrip()) >= TAIL_MIN_CHARS:
            continue
        t = tail_piece(e.prompt, 0, len(e.prompt))
        if t is None:
            continue
        layout = raw[e.id].get("layout", "")
        label = e.label if layout.endswith("before") or e.id.startswith("lines-alone-") else \
            (0 if e.label == 0 else None)
        if label is not None:
            out.append(Example(id=e.id + "-shorttail", prompt=e.prompt, label=label, group=e.group, split=e.split,
                               piece=t))
    return out


def main() -> None:
    data = ROOT / "data"
    lm = load_model(None)
    sig = get_signal("refusal")
    base = [e for e in sig.training_examples(data) if e.label in (0, 1)]
    layer = ProbePack.from_pretrained(find_pack(lm) / "probes")["refusal"].layer
    lines = load_examples(data / "refusal_short_lines.jsonl")[0]
    goals = load_examples(data / "refusal_agent_more.jsonl")[0]
    raw = {r["id"]: r for r in (json.loads(x) for x in (data / "refusal_short_lines.jsonl").open() if x.strip())}
    tails = short_tails(lines, raw)
    print(len(tails), "short-tail rows;", sum(e.label for e in tails), "harmful", flush=True)
    F = {"base": slp.features(lm, layer, "base", base), "lines": slp.features(lm, layer, "lines", lines),
         "goals": slp.features(lm, layer, "agentmore", goals), "tails": slp.features(lm, layer, "shorttails", tails)}

    evalsets = {k: [Example(id=f"{k[:20]}-{i}", prompt=t, label=int("harmful" in k)) for i, t in enumerate(v)]
                for k, v in tail_short.sets().items()}
    hold = load_examples(slp.ob.HOLDOUT)[0]
    evalsets["held-out requests"] = [e for e in hold if e.label in (0, 1)]
    ext = [json.loads(x) for x in (data / "external" / "harm.jsonl").read_text().splitlines() if x.strip()]
    evalsets["external harm"] = [Example(id=f"x{i}", prompt=r["prompt"], label=r["label"]) for i, r in enumerate(ext)]
    reads = {}
    for k, v in evalsets.items():  # the whole message, and its last piece as the guard now cuts it
        tag = "st-" + "".join(c if c.isalnum() else "_" for c in k)
        reads[k] = slp.read(lm, layer, tag, tag + "-tail", v, min_chars_lines=TAIL_MIN_CHARS_LINES)

    out: dict = {"short_tail_rows": len(tails)}
    fits = (("(a) shipped data", base, F["base"]),
            ("(b) + short lines + agent goals (session-17 candidate)", base + lines + goals,
             np.concatenate([F["base"], F["lines"], F["goals"]])),
            ("(c) + shorter messages' last paragraphs", base + lines + goals + tails,
             np.concatenate([F["base"], F["lines"], F["goals"], F["tails"]])))
    for name, examples, X in fits:
        w, b, thr, cv = slp.fit(sig, examples, X)
        r: dict = {"cv_auroc": round(cv, 4), "threshold": round(float(thr), 3)}
        for k, v in evalsets.items():
            s = slp.scores(reads[k], w, b)
            y = np.array([e.label for e in v])
            r[k] = round(float((s >= thr).mean()), 3) if len(set(y)) == 1 else \
                {**slp.rates(s, y, thr), "auroc": round(metrics(y, s)["auroc"], 3)}
        out[name] = r
        print(name, json.dumps(r), flush=True)
    (ROOT / "benchmarks" / "results_short_tail_probe.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
