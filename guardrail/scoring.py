"""Batch scoring of prompts (and given responses) with a probe pack: one forward pass per batch."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator, Sequence

import torch

from .errors import InputError
from .models import LoadedModel
from .probes import Example, ProbePack, encode_examples
from .prompts import Reading
from .scorer import StepScorer
from .signals import ReplyView, RequestView, SignalResult, get_signal
from .taps import Tap


@torch.no_grad()
def token_logits(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                 batch_size: int = 16, max_length: int | None = 2048,
                 progress: Callable[[int], None] | None = None, with_turns: bool = False,
                 reading: Reading = Reading()) -> Iterator[tuple]:
    """Per example: the probe's logits over its real tokens and the span mask (user content, or the response
    when given) over the same tokens (and, ``with_turns``, every user turn's mask, every piece's, the indices of
    the turns that are last-piece reads and the agent-step goals' last pieces). One forward pass per batch.
    ``reading``: the extra reads of a user message (its last piece as a turn of its own, every piece of it:
    :class:`guardrail.prompts.Reading`), as the Guard reads them (:attr:`Guard.reading`)."""
    for i in range(0, len(examples), batch_size):
        batch = list(examples[i:i + batch_size])
        enc = encode_examples(lm, batch, max_length=max_length, reading=reading)
        scorer = StepScorer(pack, [signal], len(batch))
        with Tap(lm, scorer.layers, on_step=scorer.on_step, on_layer=scorer.on_layer, store=False):
            lm.model(**enc.inputs(lm.device))
        real = enc.attention_mask.bool()
        for r in range(len(batch)):
            if with_turns:
                yield (scorer.row(signal, r), enc.span[r][real[r]], [t[real[r]] for t in enc.user_turns(r)],
                       [t[real[r]] for t in enc.piece_turns(r)], enc.tail_reads(r),
                       [t[real[r]] for t in enc.goal_tails(r)])
            else:
                yield scorer.row(signal, r), enc.span[r][real[r]]
        if progress is not None:
            progress(len(batch))


def score_examples(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                   batch_size: int = 16, max_length: int | None = 2048,
                   progress: Callable[[int], None] | None = None,
                   reading: Reading | None = None) -> list[SignalResult]:
    """Score each example for ``signal``. A request signal reads the prompt (every user turn, and the extra reads
    ``reading`` asks for: :class:`guardrail.prompts.Reading`; by default the last piece and, unless ``reading`` says
    otherwise, every piece when the signal reads pieces); a reply signal reads the example's ``response``, which
    every example must then have."""
    sig = get_signal(signal)
    reading = reading or Reading()
    if reading.pieces is None:
        reading = replace(reading, pieces=sig.reads_pieces)
    probe = pack[signal]
    if sig.reads == "reply" and any(ex.response is None for ex in examples):
        raise InputError(f"{signal} scores a response: every input line needs 'response'")
    out: list[SignalResult] = []
    rows = token_logits(lm, pack, signal, examples, batch_size=batch_size, max_length=max_length, progress=progress,
                        with_turns=True, reading=reading)
    for ex, (logits, sp, turns, pieces, tails, goals) in zip(examples, rows):
        text = ex.prompt if isinstance(ex.prompt, str) else ex.prompt[-1]["content"]
        if sig.reads == "reply":
            out.append(sig.read_reply(probe, ReplyView(logits[sp], streaming=False)))
        else:
            out.append(sig.read_request(probe, RequestView(logits, sp, turns, text, pieces, tails, goals)))
    return out


def running_mean_max(logits: torch.Tensor, min_tokens: int) -> float:
    """The largest mean logit over the prefixes of ``logits`` at least ``min_tokens`` long: the value an
    in-generation check with a running mean would have reached at its worst moment."""
    if logits.numel() < min_tokens:
        return float("-inf")
    means = torch.cumsum(logits.float(), 0) / torch.arange(1, logits.numel() + 1)
    return float(means[min_tokens - 1:].max())
