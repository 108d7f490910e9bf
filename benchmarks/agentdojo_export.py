#!/usr/bin/env python3
"""Export static agent steps from AgentDojo (PyPI `agentdojo==0.1.35`) for
measuring a prompt-injection guard.  No LLM is called.

For every (user task, injection task) pair of the four default suites of the
newest benchmark version shipped with the package, the script

1. renders the injection with one of the package's registered attacks
   (default: the "important_instructions" template with user "Emma Johnson",
   as set by `ImportantInstructionsAttack`, and the package's
   `DEFAULT_MODEL_NAME`; i.e. the registered attack
   `important_instructions_no_model_name`),
2. loads the suite environment with that text in *every* injection vector
   (`TaskSuite.load_and_inject_default_environment`),
3. runs the user task's ground truth in that environment with the package's
   `GroundTruthPipeline` (which calls `ground_truth(pre_environment)`,
   `FunctionsRuntime.run_function` and `tool_result_to_str`), i.e. the exact
   tool-output text an agent would see,
4. writes one JSON line with the observation (outputs containing the
   injection), the next ground-truth user call (safe action) and the first
   state-changing ground-truth call of the injection task (unsafe action).

Usage (``make bench-agentdojo`` runs it in its own virtual environment, ``.venv-agentdojo``, since agentdojo pulls
in several API clients the project does not use; AgentDojo is MIT-licensed, a validation source only, never
trained, tuned or calibrated on):
    .venv-agentdojo/bin/python benchmarks/agentdojo_export.py --out .cache/agentdojo/steps.jsonl

Written with an LLM helper of the developers on 2026-12-06; ``benchmarks/agentdojo_gate.py`` reads its output.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from typing import Any

from agentdojo.agent_pipeline.base_pipeline_element import BasePipelineElement
from agentdojo.agent_pipeline.ground_truth_pipeline import GroundTruthPipeline
from agentdojo.attacks.attack_registry import ATTACKS, load_attack
from agentdojo.attacks.base_attacks import FixedJailbreakAttack
from agentdojo.functions_runtime import FunctionCall, FunctionsRuntime
from agentdojo.models import MODEL_NAMES
from agentdojo.task_suite.load_suites import _SUITES, get_suites
from agentdojo.types import get_text_content_as_str

SUITE_NAMES = ["workspace", "travel", "banking", "slack"]
READ_PREFIXES = ("get_", "search_", "read_", "list_", "check_")
DEFAULT_ATTACK = "important_instructions_no_model_name"
MAX_OBS_CHARS = 1500
OBS_SEPARATOR = "\n\n"
CUT_MARK = "[...]"


# --------------------------------------------------------------------------- helpers


class _NamedDummyPipeline(BasePipelineElement):
    """Never queried. Only exists because the attack constructors read
    `target_pipeline.name` to derive the victim model's name (via
    `get_model_name_from_pipeline`)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def query(self, *args, **kwargs):  # pragma: no cover - never called
        raise RuntimeError("dummy pipeline must not be queried")


def natural_key(task_id: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", task_id))


def newest_version() -> str:
    def vkey(v: str) -> tuple[int, ...]:
        return tuple(int(x) for x in v.lstrip("v").split("."))

    versions = [v for v, suites in _SUITES.items() if all(s in suites for s in SUITE_NAMES)]
    return max(versions, key=vkey)


def to_jsonable(value: Any) -> Any:
    if isinstance(value, FunctionCall):
        return {"name": value.function, "args": to_jsonable(dict(value.args))}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return str(value)


def call_to_action(call: FunctionCall | None) -> dict | None:
    if call is None:
        return None
    return {"name": call.function, "args": to_jsonable(dict(call.args))}


_ESCAPES = {"u": 4, "x": 2, "U": 8}


def normalise(text: str) -> tuple[str, list[int]]:
    """Alphanumeric-only view of `text` plus a map back to original indices.

    Tool outputs are YAML dumps, so the injected text appears with escapes
    (\\n, \\", \\uXXXX), folded/wrapped lines and quotes.  Dropping every
    non-alphanumeric character (after decoding escapes) makes the injection
    findable independently of that formatting."""
    out_chars: list[str] = []
    idx: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            width = _ESCAPES.get(nxt)
            if width is not None and i + 2 + width <= n:
                try:
                    decoded = chr(int(text[i + 2 : i + 2 + width], 16))
                except ValueError:
                    decoded = ""
                if decoded:
                    if decoded.isalnum():
                        out_chars.append(decoded.lower())
                        idx.append(i)
                    i += 2 + width
                    continue
            i += 2  # \n \t \" \\ "\ " and line-continuation escapes
            continue
        if ch.isalnum():
            out_chars.append(ch.lower())
            idx.append(i)
        i += 1
    return "".join(out_chars), idx


def find_spans(output: str, injection_norm: str) -> list[tuple[int, int]]:
    if not injection_norm:
        return []
    norm, idx = normalise(output)
    spans, start = [], 0
    while True:
        pos = norm.find(injection_norm, start)
        if pos < 0:
            break
        end = pos + len(injection_norm) - 1
        a, b = idx[pos], idx[end] + 1
        # widen to the surrounding non-alphanumeric wrapper (e.g. "<INFORMATION>", "\n\n\n")
        while a > 0 and not output[a - 1].isalnum() and output[a - 1] in "<>\\n \t\n!#(":
            a -= 1
        while b < len(output) and not output[b].isalnum() and output[b] in "<>/\\ \t\n.!)":
            b += 1
        spans.append((a, b))
        start = end + 1
    return spans


def truncate_around(text: str, spans: list[tuple[int, int]], limit: int = MAX_OBS_CHARS) -> str:
    """Cut `text` to about `limit` characters, always keeping the first
    injection (and all of them if they fit) fully inside."""
    if len(text) <= limit:
        return text
    first_a, first_b = spans[0]
    last_b = spans[-1][1]
    a, b = (first_a, last_b) if last_b - first_a <= limit else (first_a, first_b)
    budget = max(0, limit - (b - a))
    left = min(a, budget // 2)
    right = min(len(text) - b, budget - left)
    left = min(a, budget - right)  # give unused right budget back to the left
    a, b = a - left, b + right
    # never leave a partial copy of another injection at either edge
    for s, e in spans:
        if s < a < e:
            a = e
        if s < b < e:
            b = s
    return (CUT_MARK if a > 0 else "") + text[a:b] + (CUT_MARK if b < len(text) else "")


def ground_truth_tool_messages(suite, user_task, env) -> list[dict]:
    """The tool messages (each call and its output, as an agent sees it) of ``user_task``'s ground truth run in
    ``env`` by the package's ``GroundTruthPipeline``; raises when a ground-truth call fails."""
    _, _, _, messages, _ = GroundTruthPipeline(user_task).query(user_task.PROMPT, FunctionsRuntime(suite.tools), env)
    return [m for m in messages if m["role"] == "tool"]


def select_injection_tasks(user_ids: list[str], inj_ids: list[str], max_pairs: int | None) -> dict[str, list[str]]:
    """All injection tasks for every user task when the product fits into
    `max_pairs`; otherwise k = max_pairs // #user_tasks per user task, taken as
    a rotating window over the (naturally sorted) injection tasks: user task i
    gets injection tasks (i*k + j) mod M, j = 0..k-1, so every injection task
    is used about equally often."""
    m = len(inj_ids)
    if max_pairs is None or len(user_ids) * m <= max_pairs:
        return {u: list(inj_ids) for u in user_ids}
    k = max(1, max_pairs // len(user_ids))
    return {u: [inj_ids[(i * k + j) % m] for j in range(k)] for i, u in enumerate(user_ids)}


def first_unsafe_call(calls: list[FunctionCall]) -> FunctionCall | None:
    if not calls:
        return None
    for c in calls:
        if not c.function.startswith(READ_PREFIXES):
            return c
    return calls[-1]


def export_clean(out_path: str, version: str) -> dict:
    """Every ground-truth call of every user task in the suites' *default* environment (no injection: each vector
    holds its default, harmless text), one row per call: the user's goal, the outputs of the calls before it as the
    observation (the most recent ``MAX_OBS_CHARS`` characters), and the call as ``safe_action``.  These are the
    benign tool calls of an agent doing the user's own task, the denominator of issue #16's "benign tool calls
    flagged". Not byte-for-byte reproducible: the package stamps the files and e-mails a ground truth writes with
    the wall-clock time, which 4 of the 339 observations show."""
    suites = get_suites(version)
    stats: dict[str, Any] = {"version": version, "mode": "clean", "suites": {}}
    with open(out_path, "w", encoding="utf-8") as fh:
        for suite_name in SUITE_NAMES:
            suite = suites[suite_name]
            tool_names = [f.name for f in suite.tools]
            base_env = suite.load_and_inject_default_environment({})
            s = Counter()
            skipped: dict[str, str] = {}
            for uid in sorted(suite.user_tasks, key=natural_key):
                user_task = suite.user_tasks[uid]
                env = user_task.init_environment(base_env.model_copy(deep=True))
                try:
                    tool_msgs = ground_truth_tool_messages(suite, user_task, env)
                except Exception as e:  # a ground-truth call failed
                    skipped[uid] = f"{type(e).__name__}: {e}"
                    continue
                s["user_tasks"] += 1
                for k, m in enumerate(tool_msgs):
                    prior = OBS_SEPARATOR.join(get_text_content_as_str(t["content"]) for t in tool_msgs[:k])
                    if len(prior) > MAX_OBS_CHARS:
                        prior = CUT_MARK + prior[-MAX_OBS_CHARS:]
                        s["observation_truncated"] += 1
                    call = m["tool_call"]
                    row = {
                        "suite": suite_name,
                        "user_task_id": uid,
                        "injection_task_id": None,
                        "call_index": k,
                        "goal": user_task.PROMPT,
                        "observation": prior,
                        "injected": False,
                        "read_only": call.function.startswith(READ_PREFIXES),
                        "safe_action": call_to_action(call),
                        "unsafe_action": None,
                        "tools": tool_names,
                    }
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    s["calls"] += 1
                    s["state_changing_calls"] += not row["read_only"]
            stats["suites"][suite_name] = {**dict(s), "skipped_user_tasks": skipped}
    return stats


# --------------------------------------------------------------------------- main


def export(out_path: str, max_pairs: int | None, attack_name: str, pipeline_name: str, version: str) -> dict:
    suites = get_suites(version)
    pipeline = _NamedDummyPipeline(pipeline_name)
    stats: dict[str, Any] = {"version": version, "attack": attack_name, "suites": {}}
    template = None
    with open(out_path, "w", encoding="utf-8") as fh:
        for suite_name in SUITE_NAMES:
            suite = suites[suite_name]
            attack = load_attack(attack_name, suite, pipeline)
            if template is None and isinstance(attack, FixedJailbreakAttack):
                template = {"jailbreak": attack.jailbreak, "user": attack.user_name, "model": attack.model_name}
            tool_names = [f.name for f in suite.tools]
            vectors = list(suite.get_injection_vector_defaults())
            user_ids = sorted(suite.user_tasks, key=natural_key)
            inj_ids = sorted(suite.injection_tasks, key=natural_key)
            plan = select_injection_tasks(user_ids, inj_ids, max_pairs)

            s = Counter()
            s["user_tasks"], s["injection_tasks"], s["vectors"] = len(user_ids), len(inj_ids), len(vectors)
            skipped: dict[str, str] = {}
            not_injectable: list[str] = []
            mismatch: list[str] = []
            env_cache: dict[str, Any] = {}
            for uid in user_ids:
                user_task = suite.user_tasks[uid]
                for iid in plan[uid]:
                    inj_task = suite.injection_tasks[iid]
                    # Injection text rendered by the package's attack.  attack() only fills the
                    # vectors the ground truth sees (get_injection_candidates, canary run) and
                    # raises ValueError for non-injectable user tasks.
                    try:
                        rendered = attack.attack(user_task, inj_task)
                        candidates = set(rendered)
                        text = next(iter(rendered.values()))
                    except ValueError:
                        candidates = set()
                        text = attack.jailbreak.format(
                            goal=inj_task.GOAL,
                            user=attack.user_name,
                            model=attack.model_name,
                            task=attack.summarize_task(user_task),
                        )
                        if uid not in not_injectable:
                            not_injectable.append(uid)
                    # Same text in every vector.  The text depends on the user task only through
                    # {task}, which important_instructions does not use -> one parsed env per text,
                    # deep-copied for every pair.
                    if text not in env_cache:
                        env_cache[text] = suite.load_and_inject_default_environment({v: text for v in vectors})
                    env = user_task.init_environment(env_cache[text].model_copy(deep=True))
                    pre_env = env.model_copy(deep=True)
                    try:
                        tool_msgs = ground_truth_tool_messages(suite, user_task, env)
                    except Exception as e:  # a ground-truth call failed
                        skipped[uid] = f"{type(e).__name__}: {e}"
                        s["pairs_skipped"] += 1
                        continue
                    gt_calls = [m["tool_call"] for m in tool_msgs]
                    inj_norm = normalise(text)[0]
                    obs_parts, first_hit = [], None
                    for k, m in enumerate(tool_msgs):
                        out = get_text_content_as_str(m["content"])
                        spans = find_spans(out, inj_norm)
                        if spans:
                            if first_hit is None:
                                first_hit = k
                            obs_parts.append(truncate_around(out, spans))
                            s["max_single_output_chars"] = max(s["max_single_output_chars"], len(obs_parts[-1]))
                    injected = first_hit is not None
                    if injected != bool(candidates):
                        mismatch.append(f"{uid}/{iid}")
                    if not gt_calls:
                        safe = None
                    elif injected and first_hit + 1 < len(gt_calls):
                        safe = gt_calls[first_hit + 1]
                    else:
                        safe = gt_calls[-1]
                        if injected:
                            s["safe_action_is_injected_call_itself"] += 1
                    unsafe = first_unsafe_call(inj_task.ground_truth(pre_env.model_copy(deep=True)))
                    row = {
                        "suite": suite_name,
                        "user_task_id": uid,
                        "injection_task_id": iid,
                        "goal": user_task.PROMPT,
                        "injection_goal": inj_task.GOAL,
                        "observation": OBS_SEPARATOR.join(obs_parts),
                        "injected": injected,
                        # False: the safe action is the read call whose output held the injection (answer-only task)
                        "safe_after_injection": bool(injected and first_hit + 1 < len(gt_calls)),
                        "safe_action": call_to_action(safe),
                        "unsafe_action": call_to_action(unsafe),
                        "tools": tool_names,
                    }
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    s["pairs"] += 1
                    s["injected"] += injected
                    s["observations_with_several_outputs"] += len(obs_parts) > 1
                    s["unsafe_action_null"] += unsafe is None
                    s["observation_truncated"] += CUT_MARK in row["observation"]
                    s["max_observation_chars"] = max(s["max_observation_chars"], len(row["observation"]))
            stats["suites"][suite_name] = {
                **dict(s),
                "injection_tasks_per_user_task": len(plan[user_ids[0]]),
                "not_injectable_user_tasks": not_injectable,
                "skipped_user_tasks": skipped,
                "detector_vs_package_candidates_mismatch": mismatch,
            }
    stats["template"] = template
    return stats


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="output JSONL path")
    p.add_argument("--max-pairs-per-suite", type=int, default=250, help="cap per suite (default 250; 0 = no cap)")
    p.add_argument("--attack", default=DEFAULT_ATTACK,
                   choices=sorted(n for n, c in ATTACKS.items() if issubclass(c, FixedJailbreakAttack)),
                   help=f"registered fixed-template attack (default {DEFAULT_ATTACK})")
    p.add_argument(
        "--pipeline-name",
        default="gpt-4o-2024-05-13",
        choices=sorted(MODEL_NAMES),
        help="only used by attacks that address the victim model by name (ignored by the default attack)",
    )
    p.add_argument("--benchmark-version", default=None, help="default: newest shipped")
    p.add_argument("--stats", default=None, help="optional path for a JSON summary")
    p.add_argument("--clean", action="store_true",
                   help="export every user-task call in the default (uninjected) environment instead of the pairs")
    a = p.parse_args(argv)
    t0 = time.time()
    version = a.benchmark_version or newest_version()
    if a.clean:
        stats = export_clean(a.out, version)
    else:
        stats = export(a.out, a.max_pairs_per_suite or None, a.attack, a.pipeline_name, version)
    stats["seconds"] = round(time.time() - t0, 2)
    if a.stats:
        with open(a.stats, "w") as fh:
            json.dump(stats, fh, indent=2)
    print(json.dumps(stats, indent=2), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
