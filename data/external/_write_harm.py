# Writes harm.jsonl from the hand-written rows in _write_harm_part1/2/3.py.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _write_harm_part1 import ROWS as R1
from _write_harm_part2 import ROWS as R2
from _write_harm_part3 import ROWS as R3

REGISTERS = {"question", "imperative", "agent_goal", "tool_args", "multi_turn", "story_request", "leading_question"}
rows = {**R1, **R2}
for _c, _items in R3.items():
    rows[_c] = rows[_c] + _items
out = []
for cat, items in rows.items():
    for i, it in enumerate(items):
        label, reg, prompt = it[0], it[1], it[2]
        lang = it[3] if len(it) > 3 else "en"
        assert reg in REGISTERS, (cat, reg)
        assert (reg == "multi_turn") == isinstance(prompt, list), (cat, prompt)
        out.append({"id": f"harm-{cat}-{i:03d}", "prompt": prompt, "label": label,
                    "category": cat, "register": reg, "lang": lang})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "harm.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
