"""How long the injected-value rule (``guardrail.provenance``) takes on attacker-sized text: crafted observations and
argument blobs that made its first version's patterns quadratic (a review measured minutes on 160 KB).

    python benchmarks/provenance_speed.py

No model; prints one line per case. The rule reads at most ``MAX_CHARS`` of an observation and does not search
argument strings over ``MAX_VALUE_SCAN`` characters.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guardrail.provenance import action_values, injected_values  # noqa: E402

CASES = {
    "observation: '-gpt' x 40,000 (160 KB)": ({"to": "x@evil.example"}, "-gpt" * 40000),
    "observation: 'gpt.' x 40,000": ({"to": "x@evil.example"}, "gpt." * 40000),
    "observation: 'ai ' x 70,000 (210 KB)": ({"to": "x@evil.example"}, "ai " * 70000),
    "observation: 1 MB, 'Assistant:' every 21 characters": ({"to": "x@evil.example"}, "Assistant: hello you " * 50000),
    "argument: 'a.' x 4,990 (under the scan limit), 'Agent:' log": ({"body": "a." * 4990}, "Agent: build finished"),
    "argument: 20 hex blobs of 9.9 KB, 'Assistant:' page": ({f"k{i}": "0123456789abcdef" * 620 for i in range(20)},
                                                            "Assistant: do it"),
}


def main() -> None:
    for name, (args, obs) in CASES.items():
        t0 = time.perf_counter()
        injected_values(args, ["the user's goal"], obs)
        print(f"{name:60} {time.perf_counter() - t0:8.3f} s")
    t0 = time.perf_counter()
    action_values({"body": "a@" * 4990})
    print(f"{'action_values: a@ x 4,990':60} {time.perf_counter() - t0:8.3f} s")


if __name__ == "__main__":
    main()
