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
