"""**familiarity**: how *unfamiliar* the model is with what the request is about (higher = less known), read from
the prompt before any token is generated."""

from __future__ import annotations

import re
from pathlib import Path

from ..evaluation import is_abstention
from .base import RequestView, Signal, SignalResult, register_signal

_ENTITY = re.compile(r"""['"“‘]([^'"”’]{2,80})['"”’]|((?:[A-Z][\w.'-]*\s?(?:of\s|the\s|de\s|van\s)?){1,6})""")


def guess_entity(text: str) -> str:
    """The concept a request is about, for abstention messages: a quoted phrase or the longest run of
    capitalised words after the first word; falls back to the request itself (shortened)."""
    best = ""
    for m in _ENTITY.finditer(text):
        cand = (m.group(1) or m.group(2) or "").strip(" ,.?!")
        if m.start() == 0 and m.group(2) and len(cand.split()) == 1:
            continue  # the sentence's first word
        if len(cand) > len(best):
            best = cand
    return best or (text if len(text) <= 60 else text[:57] + "...")


def familiarity_result(probe, prompt_logits, span, request: str) -> SignalResult:
    sel = prompt_logits[span] if (probe.token_policy != "last" and span.any()) else prompt_logits
    score = probe.aggregate(sel)
    return SignalResult("familiarity", score, probe.threshold, score >= probe.threshold,
                        {"unfamiliar": score >= probe.threshold, "concept": guess_entity(request)})


@register_signal
class Familiarity(Signal):
    name = "familiarity"
    reads = "request"
    default_action = "abstain"
    default_message = "I don't know enough about {concept} to answer that reliably."
    user_text_details = ("concept",)
    # a harmful request is handled by the refusal policy; "I don't know X" would be the wrong answer (and probes
    # after the steering layer read an already-steered prompt for such rows)
    yields_to = ("refusal",)
    behaviour = ("I'm not familiar with that, so I can't say.", "Sure! Here is what I know about it.")
    behaviour_judge = staticmethod(is_abstention)

    def read_request(self, probe, view: RequestView) -> SignalResult:
        return familiarity_result(probe, view.logits, view.span, view.text)

    def training_examples(self, data: Path) -> list:
        """``familiarity.jsonl`` (people, places, events, works...) and, when present, ``familiarity_agent.jsonl``
        (packages, library functions, commands and sites in questions, agent goals and tool arguments)."""
        return super().training_examples(data) + self.optional_examples(data, "familiarity_agent.jsonl")

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        if phase == "check":
            return super().reason(res, phase=phase)
        return f"unfamiliar concept {concept} (score {res.score:.2f} >= {res.threshold:.2f})"
