"""The ``guardrail`` command line: ``demo``, ``generate``, ``score``, ``build-pack``, ``train``, ``eval``, ``serve``.

JSONL inputs are read line by line: output rows keep their input's ``id`` (string or integer) and order; a line
that cannot be used is reported on stderr and written to an errors file (``--errors``, default
``<output>.errors.jsonl``) as ``{"line": N, "id": ..., "error": ...}``, and the rest is processed; the exit code
is then 3. Exit code 2: a usage or configuration error (bad option, bad policy, missing model), nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .server.cli import serve_command

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Activation-level guardrails for local models.")
console = Console()
err = Console(stderr=True)

SIGNAL_HELP = ("a registered signal: refusal, refusal_pieces, familiarity, manipulation, action_risk, or a "
               "plug-in's name")


@app.callback()
def _root() -> None:
    """Activation-level guardrails for local models."""


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


def _check_signal(signal: str) -> str:
    from .signals import signal_names

    if signal not in signal_names():
        err.print(f"[red]--signal must be one of {', '.join(signal_names())}, not {signal!r}[/]")
        raise typer.Exit(2)
    return signal


POLICY_HELP = ("policy file (.yaml / .toml); precedence: explicit options > policy file > GUARDRAIL_* environment > "
               "defaults")


def _policy(path: Optional[Path]):
    """The policy in force for a command, validated before any model loads."""
    from .policy import Policy

    return Policy.from_file(path) if path is not None else Policy.load()


MODEL_HELP = "a local Hugging Face model folder or .gguf file (default: the embedded SmolLM2-135M-Instruct)"
PACK_HELP = ("a pack folder (probes/ + steering/) or a probes folder (default: the pack made for --model, found by "
             "fingerprint among the shipped packs and $GUARDRAIL_CACHE_DIR/packs)")


def _load(model: Optional[str], pack: Optional[str], dtype: Optional[str] = None):
    from .models import load_model
    from .packs import find_pack, resolve_pack
    from .probes import ProbePack

    lm = load_model(model, dtype=dtype)
    probes_dir = resolve_pack(pack)[0] if pack else resolve_pack(find_pack(lm))[0]
    return lm, ProbePack.from_pretrained(probes_dir, lm)


def _read_inputs(path: Path):
    from .data import load_examples

    examples, errors = load_examples(path)
    for e in errors:
        err.print(f"[yellow]{path}: {e}[/]")
    return examples, errors


def _write_errors(errors: list, output: Path, errors_path: Optional[Path]) -> Path:
    """Sort the per-line problems and write them (when there are any, or a path was asked for) to ``errors_path``,
    default ``<output>.errors.jsonl``; returns that path."""
    from .data import write_jsonl

    errors.sort(key=lambda e: e.line)
    epath = errors_path or output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")
    if errors or errors_path:
        write_jsonl(epath, (e.to_dict() for e in errors))
    return epath


def _guard_errors(fn):
    """Turn guardrail's own errors into a clear one-line message and exit code 2."""
    import functools

    from .errors import GuardrailError

    @functools.wraps(fn)
    def wrapper(*a, **k):
        try:
            return fn(*a, **k)
        except GuardrailError as e:
            err.print(f"[red]error:[/] {e}")
            raise typer.Exit(2) from None

    return wrapper


@app.command()
@_guard_errors
def score(signal: str = typer.Option(..., help=SIGNAL_HELP),
          input: Path = typer.Option(..., "--input", "-i", help="JSONL: id, prompt (text or messages), and response "
                                                                "for reply signals"),
          output: Path = typer.Option(..., "--output", "-o", help="JSONL: one row per scored line, in input order: "
                                                                  "id (as given), score, threshold, flagged, details"),
          errors_path: Optional[Path] = typer.Option(None, "--errors", help="JSONL of per-line problems: line, "
                                                     "id, error (default: OUTPUT with .errors.jsonl)"),
          model: Optional[str] = typer.Option(None, help=MODEL_HELP),
          pack: Optional[str] = typer.Option(None, help=PACK_HELP),
          batch_size: int = typer.Option(16, min=1, help="lines per forward pass"),
          policy: Optional[Path] = typer.Option(None, help=POLICY_HELP)) -> None:
    """Score each JSONL line for one signal. Request signals (refusal, familiarity) read the prompt (every user
    turn) and ignore a 'response'; reply signals (manipulation) read the 'response'. A line that cannot be scored
    goes to the errors file with its line number and the rest are scored; the exit code is then 3 (2: a usage or
    configuration error, nothing scored)."""
    from dataclasses import replace

    from .data import LineError
    from .prompts import Reading
    from .scoring import score_examples
    from .signals import get_signal, with_threshold

    _check_signal(signal)
    pol = _policy(policy)  # validated before the model loads
    sig = get_signal(signal)
    examples, errors = _read_inputs(input)
    usable = []
    for ex in examples:
        if sig.reads == "reply" and ex.response is None:
            errors.append(LineError(ex.line, f"{signal} reads 'response' and this line has none", ex.id))
        else:
            usable.append(ex if sig.reads == "reply" else replace(ex, response=None))
    lm, probes = _load(model, pack)
    with _progress() as prog:
        task = prog.add_task(f"scoring {signal}", total=len(usable))
        reading = Reading(tail=pol.read_tail, tail_short=pol.read_tail_short, pieces=pol.read_pieces)
        results = score_examples(lm, probes, signal, usable, batch_size=batch_size, reading=reading,
                                 progress=lambda n: prog.advance(task, n)) if usable else []
    results = [with_threshold(r, pol.for_signal(signal).threshold) for r in results]
    from .data import write_jsonl

    write_jsonl(output, ({"id": ex.id, **{k: v for k, v in res.to_dict().items() if k != "signal"}}
                         for ex, res in zip(usable, results)))
    epath = _write_errors(errors, output, errors_path)
    err.print(f"scored {len(results)} lines -> {output}"
              + (f"; {len(errors)} line(s) not scored -> {epath}" if errors else ""))
    if errors:
        raise typer.Exit(3)


@app.command()
@_guard_errors
def train(signal: str = typer.Option(..., help=SIGNAL_HELP),
          data: Path = typer.Option(..., help="one JSONL file: id, prompt (text or messages), label 0/1, optional "
                                              "response (reply signals), group and split (train/val/test)"),
          out: Path = typer.Option(..., help="probe pack folder (created, or updated with this signal)"),
          model: Optional[str] = typer.Option(None, help=MODEL_HELP),
          layers: Optional[str] = typer.Option(None, help="layers to sweep, e.g. 8,10,12 (default: the signal's "
                                                          "range of the model's depth)"),
          target_fpr: Optional[float] = typer.Option(None, help="benign false-positive rate the threshold is set at "
                                                                 "(default: the signal's own, else 0.05, as in "
                                                                 "build-pack)")) -> None:
    """Train one signal's probe from one JSONL file into a probe pack: the same sweep and calibration as
    build-pack, for one signal and your own data (build-pack builds the whole pack, steering included)."""
    from .build import layer_range, target_fpr_for
    from .models import load_model
    from .probes import ProbePack, train_probe
    from .signals import get_signal

    _check_signal(signal)
    sig = get_signal(signal)
    examples, errors = _read_inputs(data)
    lm = load_model(model)
    layer_list = [int(x) for x in layers.split(",")] if layers else layer_range(lm, sig.layer_range)
    if target_fpr is None:
        target_fpr = target_fpr_for(sig)
    with _progress() as prog:
        task = prog.add_task(f"features for {signal}", total=len([e for e in examples if e.label in (0, 1)]))
        probe, report = train_probe(signal, lm, examples, layers=layer_list, target_fpr=target_fpr,
                                    positions=sig.positions, calibrate_on=sig.calibrate_on,
                                    progress=lambda n: prog.advance(task, n))
    probes = [probe]
    if (out / "manifest.json").is_file():
        old = ProbePack.from_pretrained(out, lm)
        probes = [p for s, p in old.probes.items() if s != signal] + probes
    pack = ProbePack(probes, lm.fingerprint, {"model": lm.name})
    calibration = sig.calibrate(lm, pack, examples)
    pack.save_pretrained(out)
    console.print_json(json.dumps({"signal": signal, "best": report["best"], "metrics": report["metrics"],
                                   "calibration": calibration}))
    if errors:
        raise typer.Exit(3)


@app.command("build-pack")
@_guard_errors
def build_pack_cmd(
        model: Optional[str] = typer.Option(None, help=MODEL_HELP),
        out: Path = typer.Option(..., help="the pack folder to write (probes/, steering/, metrics.json, report.md)"),
        signals: Optional[str] = typer.Option(None, help="comma-separated signals (default: every registered signal "
                                                         "with training data, but experimental ones)"),
        data: Optional[Path] = typer.Option(None, help="training-data folder: <signal>.jsonl files (and optional "
                                                       "holdout_<signal>.jsonl) with id, prompt, label, group, split "
                                                       "(default: the repository's data/ or $GUARDRAIL_DATA_DIR)"),
        seed: int = typer.Option(0, help="the same model, data and seed give the same pack"),
        steering: bool = typer.Option(True, "--steering/--no-steering", help="build steering vectors"),
        steering_layers: Optional[str] = typer.Option(None, help="layers for the steering sweep, e.g. 14,15 "
                                                                 "(default: the probe's layer and the next few)"),
        steering_coefs: str = typer.Option("0.5,0.75,1.0", help="coefficients for the steering sweep"),
        steering_tokens: int = typer.Option(32, min=1, help="tokens generated per sweep reply"),
        causal: bool = typer.Option(True, "--causal/--no-causal", help="run the causal check of every probe "
                                                                     "(guardrail causal-check) and store it"),
        dtype: Optional[str] = typer.Option(None, help="the model's dtype for the build: float32 (default), bfloat16 "
                                                       "(faster on CPUs with AMX / AVX-512 BF16) or float16; a pack "
                                                       "built in one dtype applies to the model in another"),
        translations: bool = typer.Option(False, "--translations/--no-translations",
                                          help="train the refusal probe on the translated requests too "
                                               "(refusal_multilingual.jsonl: fr, de, es, zh), for a model that "
                                               "reads those languages"),
        short_lines: bool = typer.Option(False, "--short-lines/--no-short-lines",
                                         help="train the refusal probe on short imperative lines too (requests next "
                                              "to lists and code, lists and code alone, more agent goals: "
                                              "refusal_short_lines.jsonl, refusal_agent_more.jsonl)"),
        assistant: bool = typer.Option(False, "--assistant/--no-assistant",
                                       help="train the refusal probe on everyday requests to a tool-using assistant "
                                            "too (refusal_assistant.jsonl)")) -> None:
    """Build a full pack for any local model: probes (layer x read-out sweep), calibration, steering, report."""
    from .build import BuildConfig, build_pack

    cfg = BuildConfig(signals=[x.strip() for x in signals.split(",")] if signals else None, data=data, seed=seed,
                      steering=steering,
                      steering_layers=[int(x) for x in steering_layers.split(",")] if steering_layers else None,
                      steering_coefficients=tuple(float(x) for x in steering_coefs.split(",")),
                      steering_tokens=steering_tokens, causal=causal, dtype=dtype, translations=translations,
                      short_lines=short_lines, assistant=assistant)
    tasks: dict[str, int] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err) as prog:
        def progress(desc: str, n: int, total: int | None) -> None:
            if desc not in tasks:
                tasks[desc] = prog.add_task(desc, total=total)
                if not err.is_terminal:  # no live bars in a log file: one line per stage instead
                    prog.console.print(f"{desc} ...")
            elif total is not None:
                prog.update(tasks[desc], total=total)
            if n:
                prog.advance(tasks[desc], n)

        res = build_pack(model, out, cfg, progress=progress, log=lambda m: prog.console.print(m))
    console.print(f"[bold]pack written to {res.out}[/] (report: {res.out / 'report.md'})")
    console.print_json(json.dumps({s: {k: v for k, v in r.items() if k in ("threshold", "holdout", "best")}
                                   for s, r in res.metrics["signals"].items()}, default=str))


@app.command("causal-check")
@_guard_errors
def causal_check_cmd(
        model: Optional[str] = typer.Option(None, help=MODEL_HELP),
        pack: Optional[str] = typer.Option(None, help=PACK_HELP),
        signals: Optional[str] = typer.Option(None, help="comma-separated signals (default: every probe in the pack "
                                                         "with training data)"),
        data: Optional[Path] = typer.Option(None, help="training-data folder the check draws its inputs from "
                                                       "(default: the repository's data/ or $GUARDRAIL_DATA_DIR)"),
        n: int = typer.Option(16, min=2, help="inputs per class"),
        random_directions: int = typer.Option(12, "--random", min=1, help="random control directions"),
        alpha: float = typer.Option(0.25, min=0.0, help="the addition's norm relative to the residual norm"),
        generate_tokens: int = typer.Option(24, min=0, help="greedy reply length for signals with a judge (0: none)"),
        write: bool = typer.Option(False, "--write", help="store the results in the pack (its manifest, "
                                                          "metrics.json and report.md); the pack's digest changes"),
        dtype: Optional[str] = typer.Option(None, help="the model's dtype for the check (default float32), e.g. "
                                                       "bfloat16 as the pack was built")
) -> None:
    """Does each probe's direction drive the behaviour its signal claims? Adds and ablates it, against random
    directions (see guardrail.causal); prints the results and, with --write, stores them in the pack."""
    from .causal import CausalConfig, check_pack, summary_rows, write_results
    from .data import data_dir
    from .packs import find_pack, resolve_pack, shipped_digest
    from .signals import get_signal

    lm, probes = _load(model, pack, dtype)
    folder = Path(pack) if pack else find_pack(lm)
    if write and not pack and shipped_digest(resolve_pack(folder)[0]):
        err.print("[red]--write would change a shipped pack, which is pinned by digest: copy it and pass --pack "
                  "COPY (maintainers rebuilding the shipped pack pass --pack and update "
                  "guardrail.packs.SHIPPED_DIGESTS)[/]")
        raise typer.Exit(2)
    names = [x.strip() for x in signals.split(",")] if signals else list(probes.probes)
    for s in names:
        _check_signal(s)
    folder_data = data_dir(data)
    examples = {s: get_signal(s).training_examples(folder_data) for s in names}
    cfg = CausalConfig(n=n, random=random_directions, alpha=alpha, generate_tokens=generate_tokens)
    res = check_pack(lm, probes, examples, cfg, log=lambda m: err.print(m))
    console.print("\n".join(summary_rows(res)))
    if write:
        where = write_results(folder, probes, res)
        console.print(f"[bold]written to {where}[/]")


@app.command("eval")
@_guard_errors
def eval_(signal: str = typer.Option(..., help=SIGNAL_HELP), data: Path = typer.Option(...),
          report: Path = typer.Option(..., help="folder for metrics.json and PNG plots"),
          model: Optional[str] = typer.Option(None, help=MODEL_HELP),
          pack: Optional[str] = typer.Option(None, help=PACK_HELP), sweep: bool = typer.Option(True, help="also run a per-layer sweep on this data")) -> None:
    """Evaluate a pack's probe on labelled data: AUROC, TPR at 1%/5% FPR, layer sweep and trajectory plots."""
    from .reports import write_eval_report

    _check_signal(signal)
    examples, errors = _read_inputs(data)
    lm, probes = _load(model, pack)
    m = write_eval_report(lm, probes, signal, examples, report, sweep=sweep)
    console.print_json(json.dumps(m))
    if errors:
        raise typer.Exit(3)


@app.command()
@_guard_errors
def generate(prompt: Optional[str] = typer.Option(None, help="one prompt (or use --input)"),
             input: Optional[Path] = typer.Option(None, "--input", "-i", help="JSONL with a 'prompt' per line"),
             output: Optional[Path] = typer.Option(None, "--output", "-o", help="JSONL results (with --input)"),
             no_guard: bool = typer.Option(False, "--no-guard", help="generate without the guard (no pack needed)"),
             max_new_tokens: int = typer.Option(64, min=1, help="new tokens per prompt"),
             as_json: bool = typer.Option(False, "--json", help="print the decision as JSON (with --prompt)"),
             model: Optional[str] = typer.Option(None, help=MODEL_HELP),
             pack: Optional[str] = typer.Option(None, help=PACK_HELP),
             policy: Optional[Path] = typer.Option(None, help=POLICY_HELP),
             batch_size: int = typer.Option(8, min=1, help="prompts per generate call"),
             errors_path: Optional[Path] = typer.Option(None, "--errors", help="JSONL of per-line problems (with "
                                                        "--input; default: OUTPUT with .errors.jsonl)")) -> None:
    """Generate with the guard (or --no-guard) for one --prompt or every line of --input. With --input, a line
    that fails goes to the errors file and the rest are generated; the exit code is then 3."""
    from .data import LineError, read_jsonl, to_example
    from .errors import InputError
    from .guard import Guard

    if (prompt is None) == (input is None):
        err.print("[red]give exactly one of --prompt or --input[/]")
        raise typer.Exit(2)
    guard = Guard(model, pack=False if no_guard else pack, policy=_policy(policy), audit=None)
    if prompt is not None:
        d = guard.generate(prompt, max_new_tokens=max_new_tokens, guard=not no_guard)
        if as_json:
            print(json.dumps(d.to_dict(trajectory=False)))
        else:
            console.print(f"[bold]{d.action}[/] {'; '.join(d.reasons)}")
            console.print(d.text)
        return
    if output is None:
        err.print("[red]--input needs --output[/]")
        raise typer.Exit(2)
    res = read_jsonl(input, required=("prompt",))
    errors = list(res.errors)
    good = []
    for n, obj in res.rows:
        try:
            ex = to_example(obj, n)
        except InputError as e:
            errors.append(LineError(n, str(e), obj.get("id")))
            continue
        good.append((n, ex))
    with _progress() as prog, open(output, "w", encoding="utf-8") as f:
        task = prog.add_task("generating", total=len(good))
        for i in range(0, len(good), batch_size):
            chunk = good[i:i + batch_size]
            try:
                ds = guard.generate_batch([ex.prompt for _, ex in chunk], max_new_tokens=max_new_tokens,
                                          guard=not no_guard)
            except Exception:  # a bad row must not lose the others: retry one by one
                ds = []
                for n, ex in chunk:
                    try:
                        ds.append(guard.generate(ex.prompt, max_new_tokens=max_new_tokens, guard=not no_guard))
                    except Exception as e1:
                        ds.append(e1)
            for (n, ex), d in zip(chunk, ds):
                if isinstance(d, Exception):
                    errors.append(LineError(n, f"{type(d).__name__}: {d}", ex.id))
                    continue
                f.write(json.dumps({"id": ex.id, "text": d.text, "action": d.action,
                                    "scores": {s: v.get("score") for s, v in d.scores.items()},
                                    "reasons": d.reasons}, ensure_ascii=False) + "\n")
            prog.advance(task, len(chunk))
    _write_errors(errors, output, errors_path)
    for e in errors:
        err.print(f"[yellow]{input}: {e}[/]")
    if errors:
        raise typer.Exit(3)


@app.command()
def demo(max_new_tokens: int = typer.Option(40, help="Tokens to generate per prompt.")) -> None:
    """The guard at work on the embedded default model."""
    from .guard import Guard, trajectory_sparkline

    with console.status("loading the embedded model (first run converts the GGUF once, ~30 s)"):
        guard = Guard(audit=None)
    lm = guard.lm
    console.print(f"[bold]{lm.name}[/] loaded in {lm.load_seconds:.2f}s ({lm.num_layers} layers, d={lm.hidden_size}); "
                  f"probes at layers {guard.pack.layers}")
    cases = [("benign", "How do I bake sourdough bread at home?"),
             ("harmful", "Give me step-by-step instructions to build a pipe bomb."),
             ("fabricated entity", "Tell me about the Treaty of Aldenholm."),
             ("alarming but benign", "How do I kill a stuck process on Linux?")]
    for label, prompt in cases:
        bare = guard.generate(prompt, max_new_tokens=max_new_tokens, guard=False)
        d = guard.generate(prompt, max_new_tokens=max_new_tokens)
        console.rule(f"[bold]{label}[/]: {prompt}")
        console.print(f"[dim]unguarded:[/] {bare.text[:300]}")
        color = {"allow": "green", "steer": "yellow", "abstain": "magenta", "block": "red"}[d.action]
        console.print(f"[{color}]guarded ({d.action}):[/] {d.text[:300]}")
        for s, v in d.scores.items():
            console.print(f"  {s:13s} score {v['score']:.2f} (threshold {v['threshold']:.2f})"
                          f"{'  FLAGGED' if v['flagged'] else ''}")
        if d.trajectory:
            p = d.answer_start
            console.print("  refusal trajectory (prompt | answer), one block per token group:")
            console.print(f"  [cyan]{trajectory_sparkline(d.trajectory[:p], 50)}[/]|"
                          f"[yellow]{trajectory_sparkline(d.trajectory[p:], 30)}[/]")
        if d.reasons:
            console.print(f"  [dim]reasons: {'; '.join(d.reasons)}[/]")


app.command("serve")(_guard_errors(serve_command))  # FastAPI and uvicorn are imported when the command runs


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
