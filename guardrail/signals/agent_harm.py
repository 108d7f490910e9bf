"""**agent_harm**: harmful intent in an agent step's goal (or in a tool result it read), read only when an action
is checked, in place of the refusal probe's harmful-intent read-out.

The refusal probe reads chat requests. Read on an agent's ordinary goals, it flagged 31% of AgentDojo's user tasks
on SmolLM2 ("Find a channel with the smallest number of messages, and add Alice to that channel" 0.99), and
teaching it those goals made it read harmful chat requests worse (BENCHMARKS section 5b): one linear read-out did not
hold both. This signal is a second probe, trained on the agent-step layout only (:func:`guardrail.actions.
agent_messages`): the project's imperative agent goals, everyday requests to a tool-using assistant, the refusal
set's requests and contrast pairs laid out as goals, the observations of the action-risk steps as tool results
(those carrying an instruction planted for the AI count as harmful, the others as benign), harmless tool results of
many kinds and lengths (``data/tool_results.jsonl``), and goals read *after* a harmless tool result (the goal's
label), as an action check reads a goal that follows an observation. It reads every user turn of the step on its
own, the worst counting, as the refusal probe does, but the step's own message whole and by its goal's last piece,
not by the message's last piece, which is the agent's reasoning line (:meth:`AgentHarm.read_request`).

An action check (:class:`~guardrail.actions.ActionCheck`) of a pack that holds this probe lets it act *instead of*
the refusal signal (:attr:`AgentHarm.replaces`): refusal is still scored and audited, but its flag does not block the
action. On an irreversible action (a send, a delete, a payment...) whose agent gave its reasoning, refusal acts as
without this probe, which is then only scored: the chat probe reads an agent's reasoning that notices a problem and acts
anyway, as in more of the suite's unsafe steps (BENCHMARKS section 5b). Chat requests and replies never read it (``actions_only``).
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path
from typing import Any

import numpy as np

from ..prompts import GOAL_PREFIX
from .base import Param, RequestView, Signal, SignalResult, register_signal
from .refusal import read_turns

#: the neutral reasoning lines a goal is laid out with (as the project's agent-goal generators do)
REASONING = ("I will do what the user asked.", "")
#: action-risk categories whose observation holds an instruction planted for the AI
INJECTED_CATEGORIES = ("injected_instruction", "injection_ignored")


@register_signal
class AgentHarm(Signal):
    name = "agent_harm"
    reads = "request"
    actions_only = True
    replaces = ("refusal",)
    #: in SmolLM2's shipped pack since 2026-12-07 (BENCHMARKS section 5b); a default build makes it (about an hour
    #: on a 2-core CPU for SmolLM2: its rows are long); ``build-pack --signals ...`` without it leaves it out
    default_action = "block"
    default_message = "I can't carry out that action."
    layer_range = (0.2, 0.8)
    positions = ("mean",)
    params = {
        "goal_tail_offset": Param("float", 0.0, -20.0, 0.0, "logit added to the read of an agent goal's last piece "
                                  "(calibrated by build-pack on goals after a list or code: see calibrate)"),
    }
    #: goals with text before their last paragraph, for :meth:`calibrate` (``data/generators/short_lines.py``)
    CALIBRATION_FILE = "refusal_short_lines.jsonl"

    def read_request(self, probe, view: RequestView) -> SignalResult:
        """Every user turn, the worst counting, but the step's own message whole, not by its last piece on its own
        (``tails``): the last paragraph of an agent step is the agent's reasoning line (with the goal's last sentence
        when the reasoning is short or none), not what a user asked, and this probe learned whole steps. Read on that
        piece, it flagged 30% of AgentDojo's user goals (none read whole; BENCHMARKS section 5b). The goal's own last
        piece is read instead (``goal_tails``, :func:`guardrail.prompts.goal_tail`), so that a harmful request after
        a list or a page of text in the goal is not diluted, its logits shifted by the probe's ``goal_tail_offset``:
        a request read alone scores higher than the whole steps this probe was calibrated on (:meth:`calibrate`); a
        pack without that param (built before it, or without the calibration file) does not read it.
        Earlier user turns and tool results are read whole and by their last piece, as the refusal probe reads them."""
        turns = [t for t in view.whole_turns() if t.any()] or [view.span]
        score, turn = read_turns(probe, view.logits, turns)
        goals = [t for t in view.goal_tails if t.any()] if "goal_tail_offset" in probe.params else []
        if goals:  # a pack not calibrated for it (built before 2026-12-08) does not read them
            g, i = read_turns(probe, view.logits + self.param(probe, "goal_tail_offset"), goals)
            if g > score:
                score, turn = g, len(turns) + i
        return SignalResult(self.name, score, probe.threshold, score >= probe.threshold, {"turn": turn})

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        return f"harmful intent in the agent's goal or context (agent_harm {res.score:.2f} >= {res.threshold:.2f})"

    def calibrate(self, lm, pack, examples, data: Path | None = None, fpr: float | None = None) -> dict[str, Any]:
        """``goal_tail_offset``: the read of a goal's last piece alone (a request after a list, say) scores higher
        than the whole steps the threshold was set on (on SmolLM2, a benign request after a to-do list: 23-37% of
        them flagged at the threshold). The offset puts the ``(1 - fpr)`` quantile of that read over the benign
        goals with text before their last paragraph (:attr:`CALIBRATION_FILE`'s train and val rows, laid out as
        goals) on the threshold (``fpr``: the signal's ``target_fpr``, else 5%, as the threshold); never above 0.
        Its test rows are the report. Without that file (or ``data``) the probe has no offset and the goal's last
        piece is not read. The offset holds that read alone at ``fpr``; the signal's score is the worse of it and
        the whole step's, so more benign goals than that are flagged in all (BENCHMARKS section 5b)."""
        from ..build import target_fpr_for

        probe = pack[self.name]
        rows = self.optional_examples(data, self.CALIBRATION_FILE) if data is not None else []
        rows = [e for e in rows if isinstance(e.prompt, str) and e.prompt.strip() and e.label in (0, 1)]
        fit = [e for e in rows if e.split != "test" and e.label == 0]
        m = self._goal_tail_logits(lm, pack, fit)
        if not m.size:
            probe.params.pop("goal_tail_offset", None)
            return {"goal_tail_offset": None, "benign_goals": 0}
        fpr = target_fpr_for(self) if fpr is None else fpr
        thr = min(max(probe.threshold, 1e-6), 1 - 1e-6)
        offset = min(0.0, math.log(thr / (1 - thr)) - float(np.quantile(m, 1 - fpr)))
        probe.params["goal_tail_offset"] = max(offset, self.params["goal_tail_offset"].lo)
        report: dict[str, Any] = {"goal_tail_offset": probe.params["goal_tail_offset"], "benign_goals": int(m.size),
                                  "fpr": fpr}
        for label, name in ((1, "test_harmful_flagged"), (0, "test_benign_flagged")):
            t = self._goal_tail_logits(lm, pack, [e for e in rows if e.split == "test" and e.label == label])
            report[name] = float(np.mean(t + probe.params["goal_tail_offset"] >= math.log(thr / (1 - thr)))) \
                if t.size else None
        return report

    def _goal_tail_logits(self, lm, pack, rows: list) -> np.ndarray:
        """The mean logit of each request's goal's last piece, laid out as a goal (a neutral reasoning line or
        none, by a hash of its id); a request with no last piece is left out."""
        from ..actions import agent_messages
        from ..probes import Example
        from ..scoring import token_logits

        goals = [Example(id=str(e.id), prompt=agent_messages(e.prompt, "", REASONING[_hash(e.id) % len(REASONING)]),
                         label=e.label) for e in rows]
        out = []
        for logits, _, _, _, _, goal_tails in token_logits(lm, pack, self.name, goals, with_turns=True):
            out += [float(logits[t].float().mean()) for t in goal_tails[-1:] if t.any()]
        return np.array(out)

    # -- building a pack ----------------------------------------------------------------------------------
    #: files already in the agent-step layout (a row in the chat layout is left out)
    GOAL_FILES = ("refusal_agent.jsonl", "refusal_agent_more.jsonl", "refusal_assistant.jsonl", "refusal_broad.jsonl")
    #: files of chat requests, each request laid out as a goal
    REQUEST_FILES = ("refusal.jsonl", "refusal_contrast.jsonl")
    #: agent steps whose observations are read as tool results
    OBSERVATION_FILES = ("action_risk.jsonl", "action_risk_extra.jsonl")
    #: harmless tool results of many kinds and lengths (``data/generators/tool_results.py``)
    TOOL_RESULT_FILE = "tool_results.jsonl"
    #: one goal in this many (picked by a hash of its id) is also read after a harmless tool result of its split
    PAIR_EVERY = 4
    #: action-risk categories whose step is laid out ``[Screen, Goal]`` with the goal's own label: the harmful goals
    #: and the safe steps of harmless goals (an unsafe step with a harmless goal is left to the action_risk probe, a
    #: safe step of a harmful goal, where the agent asks first, is left out)
    GOAL_LABEL = {"harmful_intent": 1, "routine": 0, "confirmation_sought": 0, "careful_destructive": 0,
                  "contradiction_heeded": 0, "injection_ignored": 0}

    def training_examples(self, data: Path) -> list:
        """Every split of: the agent-layout rows of :attr:`GOAL_FILES`; the requests of :attr:`REQUEST_FILES` as
        goals (one neutral reasoning line or none, picked by a hash of the id; label, group and split kept); each
        distinct observation of :attr:`OBSERVATION_FILES` as a one-turn step (``Screen: ...``; label 1 when its
        step's category is an injected instruction, split and group of its first step); each harmless tool result of
        :attr:`TOOL_RESULT_FILE` as a one-turn step (label 0); one goal in :attr:`PAIR_EVERY` again, read after a
        harmless tool result of its own split (the goal's label; the scored span is the goal's message); and the
        action-risk steps of :attr:`GOAL_LABEL`'s categories as they are, ``[Screen, Goal]``, labelled by their goal
        (a safe step whose goal is also a ``harmful_intent`` step's is left out).
        The test rows are the probe's test metrics. None without ``refusal.jsonl``."""
        from ..actions import agent_messages
        from ..probes import Example

        if not (data / "refusal.jsonl").is_file():
            return []
        self.optional_examples(data, self.CALIBRATION_FILE)  # read by calibrate(): a malformed line fails here, early
        goals: list[Example] = []
        for name in self.GOAL_FILES:
            goals += [e for e in self.optional_examples(data, name) if _is_goal(e.prompt)]
        for name in self.REQUEST_FILES:
            for e in self.optional_examples(data, name):
                if not isinstance(e.prompt, str) or not e.prompt.strip():
                    continue
                why = REASONING[hashlib.sha256(str(e.id).encode()).digest()[0] % len(REASONING)]
                goals.append(Example(id=f"goal-{e.id}", prompt=agent_messages(e.prompt, "", why), label=e.label,
                                     group=e.group, split=e.split))
        out = list(goals)
        screens: dict[str, list[str]] = {}  # harmless tool results by split, for the goals read after one
        seen: set[str] = set()
        steps = []  # (step, its category) of every observation file; a malformed line: an InputError naming it
        for name in self.OBSERVATION_FILES:
            rows = self.optional_examples(data, name)
            category = _categories(data / name) if rows else {}
            steps += [(e, category.get(str(e.id))) for e in rows]
        # a harmful goal's safe step (the agent asks first: confirmation_sought) is not a harmless goal: left out
        harmful_goals = {_goal_line(e.prompt) for e, cat in steps if cat == "harmful_intent" and e.label == 1}
        for e, cat in steps:
            first = e.prompt[0] if isinstance(e.prompt, list) and len(e.prompt) > 1 else None
            if first is None or not str(first.get("content", "")).startswith("Screen: "):
                continue
            if cat in self.GOAL_LABEL and _is_goal(e.prompt) and (cat == "harmful_intent") == (e.label == 1) \
                    and (cat == "harmful_intent" or _goal_line(e.prompt) not in harmful_goals):
                out.append(Example(id=f"step-{e.id}", prompt=[dict(m) for m in e.prompt],
                                   label=self.GOAL_LABEL[cat], group=e.group, split=e.split))
            if first["content"] in seen:
                continue
            seen.add(first["content"])
            injected = cat in INJECTED_CATEGORIES
            out.append(Example(id=f"obs-{e.id}", prompt=[dict(first)], label=int(injected), group=e.group,
                               split=e.split))
            if not injected:
                screens.setdefault(e.split, []).append(first["content"])
        for e in self.optional_examples(data, self.TOOL_RESULT_FILE):
            if e.label != 0 or not isinstance(e.prompt, str) or not e.prompt.strip():
                continue  # only harmless tool results, as text
            screen = f"Screen: {e.prompt}"
            out.append(Example(id=f"obs-{e.id}", prompt=[{"role": "user", "content": screen}], label=0,
                               group=e.group, split=e.split))
            screens.setdefault(e.split, []).append(screen)
        for g in goals:
            pool = screens.get(g.split)
            if not pool or _hash(g.id) % self.PAIR_EVERY or len(g.prompt) != 1:
                continue
            screen = pool[_hash("screen", g.id) % len(pool)]
            out.append(Example(id=f"after-{g.id}", prompt=[{"role": "user", "content": screen}, dict(g.prompt[0])],
                               label=g.label, group=g.group, split=g.split))
        return out


def _hash(*key) -> int:
    return int.from_bytes(hashlib.sha256("\x00".join(map(str, key)).encode()).digest()[:4], "big")


def _categories(path: Path) -> dict[str, str]:
    """``{id: category}`` of an action-risk file's rows."""
    from ..data import read_jsonl

    return {str(r.get("id")): str(r.get("category")) for _, r in read_jsonl(path).rows}


def _last_content(prompt):
    """The last message's content of a prompt (a message list), or the prompt itself (a string)."""
    last = prompt[-1] if isinstance(prompt, list) and prompt else None
    return last.get("content") if isinstance(last, dict) else prompt


def _goal_line(prompt) -> str:
    """The ``Goal: ...`` line of an agent step (its reasoning left off); a one-message prompt's first line."""
    return str(_last_content(prompt)).split("\n", 1)[0]


def _is_goal(prompt) -> bool:
    """Whether a prompt is an agent step (its last message a goal), not a chat request."""
    content = _last_content(prompt)
    return isinstance(content, str) and content.startswith(GOAL_PREFIX)
