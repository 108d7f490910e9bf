"""Requests next to many short lines (lists, notes, code): training rows for the refusal probe.

Issue #14: a message with many short imperative lines moved the refusal probe's mean read-out on its own. On
SmolLM2 a benign request after a 40-line to-do list was flagged 23% of the time (7% alone: "kill a zombie
process" 0.18 -> 0.98); on the agent model a harmless to-do list *alone* scored 0.99, so every message holding one
was flagged (BENCHMARKS section 6). The refusal probe had never seen a list or a block of code: its benign requests
are single sentences. These rows put the project's own requests next to lists and code, with the request's label,
and add lists and code alone as benign rows, so that the lines around a request carry no signal either way.

Written for guardrail on 2026-12-07 by a developer: the list items and code below are this file's own, written
apart from the evaluation frames of ``benchmarks/obfuscation.py`` (a test checks that no item or 3-line run of
code is shared with them). The requests are ``refusal.jsonl``'s (both labels, every split), each row keeping its
request's group and split, so grouped cross-validation keeps a request and its framed version together and the
test split stays held out. Every request appears once, in one of four layouts (a list before it, a list after it,
code before it, code after it), drawn by a seeded ``random.Random``; the lists take 10-36 items across the banks
below (everyday, work, study, travel, home, garden, and items that use alarming words harmlessly: "kill the
weeds"). A message of 600 characters or more is also read by its last piece at run time (the request after a
list, attending to the list: that read flagged "kill a zombie process" at 0.98), so such a message gets a second row,
``piece`` being that last piece (see :func:`rows`). The refusal probe trains on it with ``build-pack --short-lines``.
``python -m data.generators.short_lines`` regenerates ``refusal_short_lines.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # the data folder
OUT = "refusal_short_lines.jsonl"
ALONE = 160  # lists and code blocks with no request (label 0)

ITEMS = {
    "errands": (
        "pick up the prescription", "drop off the parcel at the post office", "get a spare house key cut",
        "buy oat milk and apples", "return the blender to the shop", "collect the photos from the printer",
        "top up the bus card", "get the watch battery replaced", "buy a present for Leo's birthday",
        "drop the suit at the tailor", "buy light bulbs for the porch", "get cash for the market",
        "pick up the kids' football boots", "renew the parking permit", "buy wrapping paper",
        "take the old batteries to the recycling point", "order a new phone case", "buy seeds for the balcony",
    ),
    "work": (
        "send the quarterly figures to Priya", "review the pull request for the login page",
        "book the meeting room for Thursday", "update the project timeline", "prepare slides for the kickoff",
        "answer the client's questions about pricing", "file the expense report", "chase the missing invoice",
        "write the release notes", "archive last year's tickets", "set up the new starter's laptop",
        "merge the hotfix branch", "rotate the staging API keys", "renew the SSL certificate",
        "clean up the shared drive", "schedule one-to-ones for next week", "draft the job advert",
        "check the build on the CI server", "reply to the vendor about the delay", "kill the stale test jobs",
        "terminate the unused cloud instances", "wipe the old demo database", "purge the cache on the CDN",
    ),
    "study": (
        "finish the statistics worksheet", "read two papers on protein folding", "revise the French verbs",
        "email the tutor about the deadline", "print the lecture notes", "make flashcards for anatomy",
        "book a study room in the library", "watch the recorded seminar", "outline the history essay",
        "check the reading list for week six", "practise the piano scales", "submit the lab report",
    ),
    "travel": (
        "check in online for the flight", "pack the phone charger", "exchange some euros",
        "print the hotel booking", "ask Sam to feed the cat", "buy travel insurance", "pack sunscreen",
        "download the offline maps", "find the adapter plugs", "confirm the airport transfer",
        "pack the hiking boots", "write down the emergency numbers", "stop the newspaper delivery",
    ),
    "home": (
        "change the bed sheets", "unblock the bathroom drain", "bleed the radiators", "paint the spare room",
        "fix the dripping tap", "vacuum the stairs", "empty the dishwasher", "wipe down the fridge shelves",
        "bleach the grout in the shower", "set the mouse traps in the loft", "burn the garden waste safely",
        "shred the old bank statements", "test the smoke alarms", "tighten the wobbly chair leg",
        "hang the picture frames", "sort the sock drawer", "sharpen the lawnmower blade",
    ),
    "garden": (
        "kill the weeds on the patio", "prune the apple tree", "mow the back lawn", "plant the tulip bulbs",
        "cut back the brambles", "spray the roses for greenfly", "turn the compost heap", "fix the fence panel",
        "net the strawberries against birds", "drain the water butt", "hack back the ivy on the shed",
    ),
    "kitchen": (
        "marinate the chicken overnight", "chop onions for the stew", "bake the lemon cake",
        "defrost the prawns", "make stock from the bones", "butcher the lamb shoulder into portions",
        "sharpen the chef's knife", "soak the beans", "blow up the balloons for the party",
        "fire up the barbecue at six", "smoke the salmon in the new smoker",
    ),
}

CODE = {
    "js": (
        "const express = require('express');", "const app = express();", "app.use(express.json());", "",
        "const notes = new Map();", "", "app.get('/notes/:id', (req, res) => {",
        "  const note = notes.get(req.params.id);", "  if (!note) return res.status(404).end();",
        "  res.json(note);", "});", "", "app.post('/notes', (req, res) => {",
        "  const id = String(notes.size + 1);", "  notes.set(id, { id, text: req.body.text });",
        "  res.status(201).json({ id });", "});", "", "app.listen(3000, () => console.log('listening'));",
    ),
    "sql": (
        "CREATE TABLE orders (", "  id INTEGER PRIMARY KEY,", "  customer_id INTEGER NOT NULL,",
        "  placed_at TIMESTAMP NOT NULL,", "  total_cents INTEGER NOT NULL", ");", "",
        "SELECT c.name, COUNT(o.id) AS n, SUM(o.total_cents) / 100.0 AS spent", "FROM customers c",
        "JOIN orders o ON o.customer_id = c.id", "WHERE o.placed_at >= DATE '2026-01-01'", "GROUP BY c.name",
        "HAVING COUNT(o.id) > 3", "ORDER BY spent DESC", "LIMIT 20;", "",
        "DELETE FROM sessions WHERE expires_at < NOW();",
    ),
    "shell": (
        "#!/usr/bin/env bash", "set -euo pipefail", "", "SRC=\"$HOME/projects/site\"", "OUT=\"$SRC/dist\"", "",
        "rm -rf \"$OUT\"", "mkdir -p \"$OUT\"", "cp -r \"$SRC/static\" \"$OUT/\"",
        "for f in \"$SRC\"/pages/*.md; do", "  name=$(basename \"$f\" .md)",
        "  pandoc \"$f\" -o \"$OUT/$name.html\"", "done", "", "echo \"built $(ls \"$OUT\" | wc -l) files\"",
        "pkill -f 'python -m http.server' || true", "python -m http.server --directory \"$OUT\" 8000 &",
    ),
    "yaml": (
        "name: tests", "on:", "  push:", "    branches: [main]", "  pull_request:", "jobs:", "  test:",
        "    runs-on: ubuntu-latest", "    strategy:", "      matrix:", "        python: ['3.11', '3.12']",
        "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
        "          python-version: ${{ matrix.python }}", "      - run: pip install -e .[test]",
        "      - run: pytest -q",
    ),
    "python": (
        "import csv", "from collections import Counter", "", "", "def top_words(path, n=10):",
        "    counts = Counter()", "    with open(path, newline='') as f:", "        for row in csv.DictReader(f):",
        "            counts.update(row['comment'].lower().split())", "    return counts.most_common(n)", "", "",
        "class Inventory:", "    def __init__(self):", "        self.items = {}", "",
        "    def add(self, sku, qty):", "        self.items[sku] = self.items.get(sku, 0) + qty", "",
        "    def remove(self, sku, qty):", "        if self.items.get(sku, 0) < qty:",
        "            raise ValueError(f'not enough {sku}')", "        self.items[sku] -= qty",
    ),
    "html": (
        "<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">",
        "  <title>Bake sale</title>", "  <link rel=\"stylesheet\" href=\"style.css\">", "</head>", "<body>",
        "  <h1>School bake sale</h1>", "  <p>Saturday, 10am to 1pm, in the main hall.</p>", "  <ul>",
        "    <li>Cakes and biscuits</li>", "    <li>Lemonade</li>", "    <li>Raffle</li>", "  </ul>",
        "  <form action=\"/signup\" method=\"post\">", "    <input name=\"email\" type=\"email\">",
        "    <button>Volunteer</button>", "  </form>", "</body>", "</html>",
    ),
    "csv": (
        "date,store,item,qty,price", "2026-03-01,North,notebook,12,2.50", "2026-03-01,North,pen,40,0.80",
        "2026-03-02,South,stapler,3,7.99", "2026-03-02,South,notebook,8,2.50", "2026-03-03,East,folder,25,1.20",
        "2026-03-03,East,pen,60,0.80", "2026-03-04,North,marker,15,1.75", "2026-03-04,West,paper,10,4.99",
        "2026-03-05,West,stapler,2,7.99", "2026-03-05,South,folder,30,1.20", "2026-03-06,East,notebook,9,2.50",
    ),
    "log": (
        "2026-04-11 09:14:02 INFO  server started on :8080", "2026-04-11 09:14:05 INFO  connected to db primary",
        "2026-04-11 09:20:41 WARN  slow query (1.8s) on /reports", "2026-04-11 09:21:10 INFO  GET /health 200",
        "2026-04-11 09:25:33 ERROR worker 3 killed by OOM, restarting", "2026-04-11 09:25:34 INFO  worker 3 up",
        "2026-04-11 09:40:00 INFO  cron: nightly export queued", "2026-04-11 09:41:12 WARN  retrying upload (2/5)",
        "2026-04-11 09:41:20 INFO  upload ok", "2026-04-11 10:02:51 INFO  GET /reports 200 (640ms)",
        "2026-04-11 10:15:07 ERROR payment webhook timeout, will retry", "2026-04-11 10:15:37 INFO  webhook ok",
    ),
}

BULLETS = ("- ", "* ", "• ", "[ ] ", "{n}. ")
LIST_INTROS = ("", "", "To do:", "My list for the weekend:", "Notes from this morning:", "Checklist",
               "Things to sort out this week:", "TODO", "Reminders:")
AFTER_INTROS = ("For context, here's the rest of my list:", "The rest of my notes:", "My other tasks today:",
                "(rest of the list below)", "")
CODE_INTROS = ("", "Here's the file I'm working on:", "Context:", "This is what I have so far:")
LAYOUTS = ("list before", "list after", "code before", "code after")


def _rng(*key) -> random.Random:
    return random.Random(int(hashlib.sha256(json.dumps(key).encode()).hexdigest()[:12], 16))


def make_list(rng: random.Random) -> str:
    banks = rng.sample(sorted(ITEMS), rng.randint(1, 3))
    pool = sorted({x for b in banks for x in ITEMS[b]})
    items = rng.sample(pool, min(len(pool), rng.randint(10, 36)))
    bullet = rng.choice(BULLETS)
    lines = [bullet.format(n=i + 1) + x for i, x in enumerate(items)]
    intro = rng.choice(LIST_INTROS)
    return "\n".join(([intro] if intro else []) + lines)


def make_code(rng: random.Random) -> str:
    lines = CODE[rng.choice(sorted(CODE))]
    start = rng.randint(0, max(0, len(lines) - 10))
    return "\n".join(lines[start:start + rng.randint(10, len(lines))]).strip("\n")


def frame(request: str, layout: str, rng: random.Random) -> str:
    if layout == "list before":
        return make_list(rng) + ("\n\n" if rng.random() < 0.5 else "\n") + request
    if layout == "list after":
        intro = rng.choice(AFTER_INTROS)
        return request + "\n\n" + (intro + "\n" if intro else "") + make_list(rng)
    code = make_code(rng)
    fenced = f"```\n{code}\n```" if rng.random() < 0.5 else code
    if layout == "code before":
        intro = rng.choice(CODE_INTROS)
        return (intro + "\n" if intro else "") + fenced + "\n\n" + request
    return request + "\n\n" + fenced


def _split(key: str) -> str:
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 100
    return "train" if h < 70 else ("val" if h < 85 else "test")


def _tail(row: dict, label: int | None) -> list[dict]:
    """The row's last-piece read, as the scorer makes it for a message of 600+ characters
    (:func:`guardrail.prompts.tail_piece`: the request after a list, or the list's last lines), with ``label``;
    none for a shorter message or when ``label`` is None. The file was written (and the agent model's probe trained
    on it) when a message under 600 characters was read whole only, so the shorter messages of several paragraphs
    that are now read by their last paragraph too get no row here."""
    from guardrail.prompts import TAIL_MIN_CHARS, tail_piece

    piece = tail_piece(row["prompt"], 0, len(row["prompt"]), min_chars_lines=TAIL_MIN_CHARS)
    if piece is None or label is None:
        return []
    return [{**row, "id": row["id"] + "-tail", "piece": list(piece), "label": label, "read": "last piece"}]


def rows() -> list[dict]:
    """Per request one whole-message row (its label) and, for a long message, its last piece: the request's label
    when the request ends the message, benign when harmless lines end a benign request's message (a harmful
    request's message ending in harmless lines gets no last-piece row: those lines are not harmful, yet they attend
    to the request). Lists and code alone: benign, whole and last piece."""
    src = [json.loads(x) for x in (HERE / "refusal.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    out = []
    for r in src:
        rng = _rng("short-lines", r["id"])
        layout = LAYOUTS[rng.randrange(len(LAYOUTS))]
        row = {"id": f"lines-{r['id']}", "prompt": frame(r["prompt"], layout, rng), "label": r["label"],
               "group": r["group"], "split": r["split"], "layout": layout}
        tail_label = r["label"] if layout.endswith("before") else (0 if r["label"] == 0 else None)
        out += [row] + _tail(row, tail_label)
    for k in range(ALONE):
        rng = _rng("short-lines-alone", k)
        kind = "list alone" if k % 2 == 0 else "code alone"
        text = make_list(rng) if kind == "list alone" else make_code(rng)
        row = {"id": f"lines-alone-{k:03d}", "prompt": text, "label": 0, "group": f"lines-alone-{k:03d}",
               "split": _split(f"lines-alone-{k}"), "layout": kind}
        out += [row] + _tail(row, 0)
    return out


def main() -> None:
    from guardrail.data import write_jsonl

    from .build import decontaminate

    rs = decontaminate(rows())
    n = write_jsonl(HERE / OUT, rs)
    print(f"{OUT}: {n} rows")


if __name__ == "__main__":
    main()
