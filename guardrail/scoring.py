"""Batch scoring of prompts (and given responses) with a probe pack: one forward pass per batch."""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

import torch

from .errors import InputError
from .models import LoadedModel
from .probes import Example, ProbePack, encode_examples
from .scorer import StepScorer
from .signals import ReplyView, RequestView, SignalResult, get_signal
from .taps import Tap


@torch.no_grad()
def token_logits(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                 batch_size: int = 16, max_length: int | None = 2048,
                 progress: Callable[[int], None] | None = None, with_turns: bool = False,
                 read_tail: bool = True, read_tail_short: bool = True,
                 read_pieces: bool = False) -> Iterator[tuple]:
    """Per example: the probe's logits over its real tokens and the span mask (user content, or the response
    when given) over the same tokens (and, ``with_turns``, every user turn's mask and every piece's). One forward
    pass per batch. ``read_tail``: a long user message's last piece is also a turn of its own (``read_tail_short``:
    a shorter one's last paragraph too); ``read_pieces``:
    every piece of it is cut (:meth:`EncodedChats.piece_turns`), as the Guard reads them under the policy's
    fields of those names."""
    for i in range(0, len(examples), batch_size):
        batch = list(examples[i:i + batch_size])
        enc = encode_examples(lm, batch, max_length=max_length, read_tail=read_tail, read_tail_short=read_tail_short,
                              read_pieces=read_pieces)
        scorer = StepScorer(pack, [signal], len(batch))
        with Tap(lm, scorer.layers, on_step=scorer.on_step, on_layer=scorer.on_layer, store=False):
            lm.model(**enc.inputs(lm.device))
        real = enc.attention_mask.bool()
        for r in range(len(batch)):
            if with_turns:
                yield (scorer.row(signal, r), enc.span[r][real[r]], [t[real[r]] for t in enc.user_turns(r)],
                       [t[real[r]] for t in enc.piece_turns(r)])
            else:
                yield scorer.row(signal, r), enc.span[r][real[r]]
        if progress is not None:
            progress(len(batch))


def score_examples(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], *,
                   batch_size: int = 16, max_length: int | None = 2048,
                   progress: Callable[[int], None] | None = None, read_tail: bool = True,
                   read_tail_short: bool = True, read_pieces: bool | None = None) -> list[SignalResult]:
    """Score each example for ``signal``. A request signal reads the prompt (every user turn, and with
    ``read_tail`` / ``read_pieces`` a long message's last piece / every piece, ``read_tail_short`` a shorter
    message's last paragraph too; ``read_pieces`` defaults to whether
    the signal reads pieces); a reply signal reads the example's ``response``, which every example must then
    have."""
    sig = get_signal(signal)
    if read_pieces is None:
        read_pieces = sig.reads_pieces
    probe = pack[signal]
    if sig.reads == "reply" and any(ex.response is None for ex in examples):
        raise InputError(f"{signal} scores a response: every input line needs 'response'")
    out: list[SignalResult] = []
    rows = token_logits(lm, pack, signal, examples, batch_size=batch_size, max_length=max_length, progress=progress,
                        with_turns=True, read_tail=read_tail, read_tail_short=read_tail_short,
                        read_pieces=read_pieces)
    for ex, (logits, sp, turns, pieces) in zip(examples, rows):
        text = ex.prompt if isinstance(ex.prompt, str) else ex.prompt[-1]["content"]
        if sig.reads == "reply":
            out.append(sig.read_reply(probe, ReplyView(logits[sp], streaming=False)))
        else:
            out.append(sig.read_request(probe, RequestView(logits, sp, turns, text, pieces)))
    return out


def running_mean_max(logits: torch.Tensor, min_tokens: int) -> float:
    """The largest mean logit over the prefixes of ``logits`` at least ``min_tokens`` long: the value an
    in-generation check with a running mean would have reached at its worst moment."""
    if logits.numel() < min_tokens:
        return float("-inf")
    means = torch.cumsum(logits.float(), 0) / torch.arange(1, logits.numel() + 1)
    return float(means[min_tokens - 1:].max())
