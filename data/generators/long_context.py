"""Requests inside long harmless text, read piece by piece: training rows for the pieces probe (``refusal_pieces``).

Issue #14: a request *before* or *inside* a page of harmless text is diluted in the message's mean. Reading every
piece of a long message on its own (``guardrail.prompts.long_pieces``) is the fix, but the refusal probe, trained on
whole short requests, scored pieces of harmless prose in a long message up to 0.92 (the early paragraphs of a text
about tea), as high as the padded harmful request. These rows teach a probe to read a piece *in its place in a long
message*: each row is one long user message (the ``prompt``) and one of its pieces (``piece``: a ``[start, end)``
character range of that message, exactly one of ``long_pieces``'s pieces), the probe's feature being the mean over
that piece only. Per message: the piece holding the request (the request's label; when a long paragraph's sentences
cut the request, its largest piece) and up to :data:`PROSE_PIECES` pieces of harmless prose (label 0).
``request_at`` is where the request sits in the message.

Written for guardrail: no outside text. The requests are the project's own ``refusal.jsonl`` (both labels, every
split), each row keeping its request's group and split so that grouped cross-validation keeps a request and its
long versions together and the test split stays held out. The harmless prose is the project's own benign replies
and messages (``manipulation.jsonl``, ``manipulation_genres.jsonl``, label 0), a row taking prose only from its
own split (test rows from test prose, the others from train and val prose). The layout (how many paragraphs before
and after, the request as its own paragraph or inside one) is drawn by a seeded ``random.Random``.
``python -m data.generators.long_context`` regenerates ``refusal_long.jsonl``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from guardrail.data import write_jsonl
from guardrail.prompts import TAIL_MIN_CHARS, long_pieces

HERE = Path(__file__).resolve().parent.parent  # the data folder
OUT = "refusal_long.jsonl"
#: prose pieces of a message kept as benign rows (at most). Four were tried (3,962 rows): the pieces probe then read
#: this prose as benign and any other prose as suspect (calibrated at 5% per piece it flagged every held-out request
#: padded with a text about tea, benign ones included; BENCHMARKS section 6), so one
PROSE_PIECES = 1


def _rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def _prose(split_group: str) -> list[str]:
    """Benign paragraphs of the manipulation files' replies and messages, of the test split or of the others."""
    out, seen = [], set()
    for name in ("manipulation.jsonl", "manipulation_genres.jsonl"):
        for r in _rows(name):
            if r.get("label") != 0 or not isinstance(r.get("response"), str):
                continue
            if (r.get("split") == "test") != (split_group == "test"):
                continue
            if r["response"].lstrip().startswith("Action:"):  # a tool call in the gate's layout, not prose
                continue
            for para in r["response"].split("\n"):
                para = para.strip()
                if len(para) >= 80 and para not in seen:
                    seen.add(para)
                    out.append(para)
    return sorted(out)


def _message(rng: random.Random, request: str, prose: list[str]) -> tuple[str, tuple[int, int], str]:
    """A long message holding ``request`` and the character range where it sits; the placement's name."""
    before, after = rng.randint(0, 5), rng.randint(0, 5)
    paras = rng.sample(prose, before + after)
    pre, post = paras[:before], paras[before:]
    while len("\n\n".join(pre + post)) + len(request) < TAIL_MIN_CHARS + 100:
        post.append(rng.choice([p for p in prose if p not in pre + post]))
    inline = rng.random() < 0.3 and (pre or post)
    if inline and pre:  # at the end of the paragraph before it
        head = "\n\n".join(pre) + " "
        text = head + request + ("\n\n" + "\n\n".join(post) if post else "")
        where = "inside a paragraph, at its end"
    elif inline:  # at the start of the paragraph after it
        head = ""
        text = request + " " + "\n\n".join(post)
        where = "inside a paragraph, at its start"
    else:
        head = "\n\n".join(pre) + "\n\n" if pre else ""
        text = head + request + ("\n\n" + "\n\n".join(post) if post else "")
        where = "first" if not pre else "last" if not post else "between paragraphs"
    return text, (len(head), len(head) + len(request)), where


def rows(rng: random.Random) -> list[dict]:
    prose = {"test": _prose("test"), "other": _prose("other")}
    out = []
    for r in _rows("refusal.jsonl"):
        if not isinstance(r["prompt"], str) or r.get("label") not in (0, 1):
            continue
        pool = prose["test" if r.get("split") == "test" else "other"]
        text, (a, b), where = _message(rng, r["prompt"], pool)
        pieces = long_pieces(text, 0, len(text))
        holding = [p for p in pieces if p[0] < b and p[1] > a]  # the pieces the request overlaps
        plain = [p for p in pieces if p not in holding]
        # a request cut into sentences labels only its largest piece: "What should I do?" alone is not harmful
        holding = [max(holding, key=lambda p: min(p[1], b) - max(p[0], a))]
        base = {"group": r["group"], "split": r.get("split"), "source": r["id"], "request_at": [a, b],
                "placement": where}
        out.append({"prompt": text, "piece": list(holding[0]), "label": r["label"], **base, "kind": "request piece"})
        for p in sorted(rng.sample(plain, min(len(plain), PROSE_PIECES))):
            out.append({"prompt": text, "piece": list(p), "label": 0, **base, "kind": "prose piece"})
    return out


def build(out: Path = HERE / OUT) -> int:
    rng = random.Random("guardrail-refusal_long-v1")
    return write_jsonl(out, ({"id": f"long-{i:04d}", **row} for i, row in enumerate(rows(rng))))


if __name__ == "__main__":
    print(build())
