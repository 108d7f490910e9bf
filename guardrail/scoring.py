"""Batch scoring of prompts (and given responses) with a probe pack: one forward pass per batch."""

from __future__ import annotations

from typing import Callable, Sequence

import torch

from .errors import InputError
from .models import LoadedModel
from .probes import Example, ProbePack, encode_with_spans
from .signals import SignalResult, StepScorer, familiarity_result, manipulation_result, refusal_result
from .taps import Tap


@torch.no_grad()
def score_examples(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                   batch_size: int = 16, max_length: int | None = 2048,
                   progress: Callable[[int], None] | None = None) -> list[SignalResult]:
    """Score each example for ``signal``. For ``manipulation`` the example's ``response`` is what is scored."""
    probe = pack[signal]
    out: list[SignalResult] = []
    for i in range(0, len(examples), batch_size):
        batch = list(examples[i:i + batch_size])
        if signal == "manipulation" and any(ex.response is None for ex in batch):
            raise InputError("manipulation scores a response: every input line needs 'response'")
        inputs, span = encode_with_spans(lm, batch, max_length=max_length)
        scorer = StepScorer(pack, [signal], len(batch))
        with Tap(lm, scorer.layers, on_step=scorer.on_step, store=False):
            lm.model(**inputs)
        real = inputs["attention_mask"].bool().cpu()
        for r, ex in enumerate(batch):
            logits = scorer.row(signal, r)
            sp = span[r][real[r]]
            if signal == "refusal":
                res = refusal_result(probe, logits, sp)
            elif signal == "familiarity":
                text = ex.prompt if isinstance(ex.prompt, str) else ex.prompt[-1]["content"]
                res = familiarity_result(probe, logits, sp, text)
            else:
                res = manipulation_result(probe, logits[sp])
            out.append(res)
        if progress is not None:
            progress(len(batch))
    return out
