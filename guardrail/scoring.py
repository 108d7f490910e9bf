"""Batch scoring of prompts (and given responses) with a probe pack: one forward pass per batch."""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

import torch

from .errors import InputError
from .models import LoadedModel
from .probes import Example, ProbePack, encode_with_spans
from .signals import SignalResult, StepScorer, familiarity_result, manipulation_result, refusal_result
from .taps import Tap


@torch.no_grad()
def token_logits(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                 batch_size: int = 16, max_length: int | None = 2048,
                 progress: Callable[[int], None] | None = None) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """Per example: the probe's logits over its real tokens and the span mask (user content, or the response
    when given) over the same tokens. One forward pass per batch."""
    for i in range(0, len(examples), batch_size):
        batch = list(examples[i:i + batch_size])
        inputs, span = encode_with_spans(lm, batch, max_length=max_length)
        scorer = StepScorer(pack, [signal], len(batch))
        with Tap(lm, scorer.layers, on_step=scorer.on_step, store=False):
            lm.model(**inputs)
        real = inputs["attention_mask"].bool().cpu()
        for r in range(len(batch)):
            yield scorer.row(signal, r), span[r][real[r]]
        if progress is not None:
            progress(len(batch))


def score_examples(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                   batch_size: int = 16, max_length: int | None = 2048,
                   progress: Callable[[int], None] | None = None) -> list[SignalResult]:
    """Score each example for ``signal``. For ``manipulation`` the example's ``response`` is what is scored."""
    probe = pack[signal]
    if signal == "manipulation" and any(ex.response is None for ex in examples):
        raise InputError("manipulation scores a response: every input line needs 'response'")
    out: list[SignalResult] = []
    rows = token_logits(lm, pack, signal, examples, batch_size=batch_size, max_length=max_length, progress=progress)
    for ex, (logits, sp) in zip(examples, rows):
        if signal == "refusal":
            out.append(refusal_result(probe, logits, sp))
        elif signal == "familiarity":
            text = ex.prompt if isinstance(ex.prompt, str) else ex.prompt[-1]["content"]
            out.append(familiarity_result(probe, logits, sp, text))
        else:
            out.append(manipulation_result(probe, logits[sp]))
    return out


def running_mean_max(logits: torch.Tensor, min_tokens: int) -> float:
    """The largest mean logit over the prefixes of ``logits`` at least ``min_tokens`` long: the value an
    in-generation check with a running mean would have reached at its worst moment."""
    if logits.numel() < min_tokens:
        return float("-inf")
    means = torch.cumsum(logits.float(), 0) / torch.arange(1, logits.numel() + 1)
    return float(means[min_tokens - 1:].max())
