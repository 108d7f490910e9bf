import os
import subprocess
import sys

import pytest
import torch

import guardrail
from guardrail.errors import InputError, ModelNotFoundError
from guardrail.models import default_cache_path


def test_default_model_is_smollm2_from_the_cache(lm):
    assert lm.name == "SmolLM2-135M-Instruct"
    assert lm.adapter.model_type == "llama" and lm.num_layers == 30 and lm.hidden_size == 576
    assert (default_cache_path() / "model.safetensors").is_file()


def test_local_directory_and_loaded_pair_give_the_same_model(lm):
    local = guardrail.load_model(default_cache_path())
    pair = guardrail.load_model((lm.model, lm.tokenizer))
    assert pair.model is lm.model
    assert local.fingerprint.mismatch(lm.fingerprint) is None
    enc = lm.encode([lm.render("The capital of France is")])
    with torch.no_grad():
        torch.testing.assert_close(local.model(**enc).logits, lm.model(**enc).logits)


def test_fingerprint_tolerates_dtype_but_not_other_weights(lm):
    half = guardrail.load_model(default_cache_path(), dtype="bfloat16")
    assert half.fingerprint.mismatch(lm.fingerprint) is None
    from tiny_models import tiny

    model, _, _ = tiny("llama")
    other = guardrail.load_model((model, lm.tokenizer))
    assert "differs" in other.fingerprint.mismatch(lm.fingerprint)


def test_missing_model_says_how_to_fix_it(tmp_path):
    with pytest.raises(ModelNotFoundError, match="never downloads"):
        guardrail.load_model("HuggingFaceTB/SmolLM2-135M-Instruct")
    with pytest.raises(ModelNotFoundError, match="config.json"):
        guardrail.load_model(tmp_path)
    with pytest.raises(InputError, match="tokenizer"):
        guardrail.load_model(torch.nn.Linear(2, 2))


def test_messages_are_validated(lm):
    assert "<|im_start|>user\nhi<|im_end|>" in lm.render("hi")
    for bad in ([], [{"role": "user"}], [{"role": "user", "content": 3}], 42):
        with pytest.raises(InputError):
            lm.render(bad)


@pytest.mark.model
def test_warm_load_works_with_network_disabled():
    """A fresh interpreter loads the default model with every hub call forbidden."""
    code = (
        "import socket\n"
        "def no(*a, **k): raise OSError('network disabled in test')\n"
        "socket.socket.connect = no; socket.create_connection = no\n"
        "import guardrail; lm = guardrail.load_model(); print(lm.name)\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "SmolLM2-135M-Instruct" in out.stdout


def test_a_chat_template_that_rejects_a_conversation_is_an_input_error():
    from tiny_models import tiny_lm

    from guardrail.errors import InputError

    lm = tiny_lm("llama")
    lm.tokenizer.chat_template = ("{% for m in messages %}{% if loop.index0 > 0 and m['role'] == "
                                  "messages[loop.index0 - 1]['role'] %}{{ raise_exception('roles must alternate') }}"
                                  "{% endif %}{{ m['content'] }}{% endfor %}")
    with pytest.raises(InputError, match="chat template rejected"):
        lm.render([{"role": "user", "content": "a"}, {"role": "user", "content": "b"}])
    assert lm.render([{"role": "user", "content": "a"}]) == "a"
