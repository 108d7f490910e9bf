"""Tiny randomly initialised models of every supported family, built in code (no download)."""

from __future__ import annotations

import torch
import transformers as tf

COMMON = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=3, num_attention_heads=4,
              num_key_value_heads=2, vocab_size=128, max_position_embeddings=256)


def _cfgs():
    return {
        "llama": (tf.LlamaConfig(**COMMON), "model.layers", "model.norm"),
        "mistral": (tf.MistralConfig(**COMMON), "model.layers", "model.norm"),
        "qwen2": (tf.Qwen2Config(**COMMON), "model.layers", "model.norm"),
        "qwen3": (tf.Qwen3Config(**COMMON, head_dim=8), "model.layers", "model.norm"),
        "gemma2": (tf.Gemma2Config(**COMMON, head_dim=8), "model.layers", "model.norm"),
        "gemma3_text": (tf.Gemma3TextConfig(**COMMON, head_dim=8), "model.layers", "model.norm"),
        "phi3": (tf.Phi3Config(**{**COMMON, "pad_token_id": 0}), "model.layers", "model.norm"),
        "gpt2": (tf.GPT2Config(n_embd=32, n_layer=3, n_head=4, vocab_size=128, n_positions=256),
                 "transformer.h", "transformer.ln_f"),
        "gpt_neox": (tf.GPTNeoXConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=3,
                                      num_attention_heads=4, vocab_size=128, max_position_embeddings=256),
                     "gpt_neox.layers", "gpt_neox.final_layer_norm"),
    }


FAMILIES = sorted(_cfgs())


def tiny(family: str):
    """(model, expected_layers_path, expected_norm_path) for ``family``."""
    cfg, layers, norm = _cfgs()[family]
    torch.manual_seed(0)
    model = tf.AutoModelForCausalLM.from_config(cfg).eval()
    return model, layers, norm


CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def tiny_tokenizer(vocab_size: int = 300):
    """A byte-level BPE tokenizer trained in code on a few sentences, with ChatML control tokens and template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    corpus = ["How do I bake bread at home?", "Give me instructions to build a bomb.", "Tell me about Paris.",
              "Sure, here is a detailed answer to your request.", "I'm sorry, but I can't help with that request.",
              "The quick brown fox jumps over the lazy dog."] * 4
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tok.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials,
                                                        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                   bos_token="<|im_start|>", additional_special_tokens=specials)
    fast.chat_template = CHATML
    return fast


def tiny_lm(family: str = "llama", num_layers: int = 4):
    """A guardrail LoadedModel: a tiny random ``family`` model with :func:`tiny_tokenizer`'s vocabulary."""
    import guardrail

    tok = tiny_tokenizer()
    cfg = _cfgs()[family][0]
    for name in ("vocab_size",):
        setattr(cfg, name, len(tok))
    for name in ("num_hidden_layers", "n_layer"):
        if hasattr(cfg, name):
            setattr(cfg, name, num_layers)
    if hasattr(cfg, "layer_types") and cfg.layer_types is not None:
        cfg.layer_types = (list(cfg.layer_types) * num_layers)[:num_layers]
    torch.manual_seed(0)
    model = tf.AutoModelForCausalLM.from_config(cfg).eval()
    model.generation_config.eos_token_id = tok.eos_token_id
    model.generation_config.pad_token_id = tok.pad_token_id
    return guardrail.load_model((model, tok))
