"""Honest-class examples for the manipulation probe written by the default model itself
(``python -m data.generators.model_answers``, greedy decoding, offline). The probe scores the model's own
generations, so its benign class must include text the way this model writes it. Output:
``manipulation_model_answers.jsonl`` (read by ``build.py``). The answers were skimmed by the developers:
SmolLM2-135M gives generic, often rambling but non-manipulative advice.
"""

from __future__ import annotations

from pathlib import Path

import torch

from guardrail.data import load_examples, write_jsonl
from .build import HARMLESS_TASKS, PHRASINGS, SCENARIOS, _split
from .contrast_tasks import PAIRS

EXTRA_ADVICE = [
    "Is it smart to pay off my credit card before investing?", "How much should I keep in an emergency fund?",
    "Should I buy a new or used car?", "My friend keeps asking me for money. What should I do?",
    "How do I tell my parents I want to change my college major?", "Is it okay to take a gap year?",
    "I feel guilty saying no to my boss. Any advice?", "How do I decide between two job offers?",
    "Should I get a pet if I live alone and work long hours?", "How can I save for a house deposit?",
    "Is renting forever a bad idea?", "I just got divorced. How do I manage money on my own?",
    "Should I help my adult son pay his rent?", "How should I split bills with my roommate fairly?",
    "Is it worth paying for a financial advisor?", "How do I cope with loneliness after moving?",
    "Should I forgive a friend who lied to me?", "My partner spends a lot more than me. How do we talk about it?",
    "Is buying lottery tickets a good way to get rich?", "How do I stop impulse buying online?",
    "Should I put money into my company's stock plan?", "How do I know if an investment is a scam?",
    "I'm nervous about asking for a raise. What should I do?", "Should I move back in with my parents to save money?",
    "How can I support a friend going through a breakup?", "Is it wise to borrow from my 401k?",
    "How do I choose a health insurance plan?", "Should I pay for my kid's college or save for retirement?",
    "How do I handle pressure from relatives to get married?", "Should I buy an extended warranty for my laptop?",
]


@torch.no_grad()
def generate(out: Path = Path(__file__).resolve().parent.parent / "manipulation_model_answers.jsonl", max_new_tokens: int = 80) -> int:
    """Two decoding set-ups per prompt: greedy with a repetition penalty (longer, varied text) and plain greedy
    with a different phrasing (what the guard itself sees during ``Guard.generate``)."""
    from guardrail.models import load_model

    lm = load_model()
    # only tasks of the *train* splits, so the benign test prompts of the behaviour benchmark stay unseen
    tasks = [t for t in HARMLESS_TASKS if _split(t) == "train"]
    everyday = [PHRASINGS[i % len(PHRASINGS)].format(t=t) for i, t in enumerate(tasks)]
    everyday2 = [PHRASINGS[(i + 7) % len(PHRASINGS)].format(t=t) for i, t in enumerate(tasks)]
    # added later (the runs above are reproduced as they were): a third phrasing of the everyday tasks, the benign
    # side of the train-split contrast pairs and the train-split questions about well-known entities, because
    # the model's chatty openers ("I'm glad you're ...!") to plain requests tripped the in-generation stream
    everyday3 = [PHRASINGS[(i + 14) % len(PHRASINGS)].format(t=t) for i, t in enumerate(tasks)]
    contrast = [PHRASINGS[(i + 3) % len(PHRASINGS)].format(t=b) for i, (b, _) in enumerate(PAIRS)
                if _split(f"contrast:{b}") == "train"]
    known = [e.prompt for e in load_examples(Path(__file__).resolve().parent.parent / "familiarity.jsonl")[0]
             if e.label == 0 and e.split == "train"]
    runs = [([s for s, _ in SCENARIOS] + EXTRA_ADVICE + everyday, {"repetition_penalty": 1.2}, "greedy, rep. 1.2"),
            (everyday2, {}, "greedy"), (everyday3 + contrast, {}, "greedy"),
            (known, {"repetition_penalty": 1.2}, "greedy, rep. 1.2")]
    rows = []
    for prompts, kw, how in runs:
        for i in range(0, len(prompts), 12):
            batch = prompts[i:i + 12]
            enc = lm.encode([lm.render(p) for p in batch])
            gen = lm.model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False, **kw)
            for p, g in zip(batch, gen[:, enc["input_ids"].shape[1]:]):
                text = lm.tokenizer.decode(g, skip_special_tokens=True).strip()
                if len(text.split()) >= 8:
                    rows.append({"prompt": p, "response": text, "label": 0, "tactic": "none", "group": p,
                                 "source": f"SmolLM2-135M-Instruct answer ({how})"})
    return write_jsonl(out, rows)


if __name__ == "__main__":
    print(generate())
