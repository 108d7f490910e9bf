"""Load benchmark of ``guardrail serve``: throughput and p50 / p99 latency at several client concurrencies, guarded vs
unguarded server, the in-process guard as a baseline, the batching gain (max_batch 1 vs N) and the time to first
token of a stream (guarded: the safe window holds tokens back; unguarded: none).

Closed loop: each client sends its next request as soon as the previous one is answered, for ``--seconds``. The
servers run in this process (uvicorn in threads, real HTTP on loopback); clients are threads with httpx. The
guarded and unguarded servers run side by side and their windows alternate (``--repeats`` each per row), so a slow
patch of a shared machine falls on both.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/server_load.py --seconds 8 --max-tokens 16 --threads 1 \
        --out /tmp/server_load.json
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

PROMPTS = ["How do I bake sourdough bread at home?", "What is the capital of France?",
           "How do I change a flat tyre?", "Write a haiku about autumn.", "Name three primary colours.",
           "How do I boil an egg?", "What causes rain?", "Give me tips for a job interview.",
           "How do plants make food?", "What is a prime number?", "How do I tie a tie?",
           "Suggest a name for a cat.", "Why is the sky blue?", "How do I start running?",
           "What is photosynthesis?", "How do I make tea?"]


class Server:
    """``create_app(...)`` on uvicorn, 127.0.0.1:<free port>, in a daemon thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def _pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def run_load(url: str, clients: int, seconds: float, max_tokens: int, *, stream: bool = False) -> dict[str, Any]:
    lat: list[float] = []
    ttft: list[float] = []
    tokens = [0]
    errors: list[str] = []
    lock = threading.Lock()
    t_start = time.perf_counter()
    stop_at = t_start + seconds

    def client(i: int) -> None:
        k = 0
        with httpx.Client(timeout=600) as c:
            while time.perf_counter() < stop_at:
                body = {"model": "m", "max_tokens": max_tokens, "stream": stream,
                        "messages": [{"role": "user", "content": PROMPTS[(i + k * clients) % len(PROMPTS)]}]}
                k += 1
                t0 = time.perf_counter()
                first = None
                if stream:
                    n = 0
                    with c.stream("POST", url + "/v1/chat/completions", json=body) as r:
                        for line in r.iter_lines():
                            if not line.startswith("data: {"):
                                continue
                            ev = json.loads(line[6:])
                            if ev.get("choices") and ev["choices"][0]["delta"].get("content") and first is None:
                                first = time.perf_counter() - t0
                            if ev.get("guardrail"):
                                n = ev["guardrail"]["generated_tokens"]
                    ok = r.status_code == 200
                else:
                    r = c.post(url + "/v1/chat/completions", json=body)
                    ok = r.status_code == 200
                    n = r.json()["usage"]["completion_tokens"] if ok else 0
                dt = time.perf_counter() - t0
                with lock:
                    if not ok:
                        errors.append(str(r.status_code))
                        continue
                    lat.append(dt)
                    tokens[0] += n
                    if first is not None:
                        ttft.append(first)

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    raw = {"lat": lat, "ttft": ttft, "tokens": tokens[0], "errors": len(errors),
           "elapsed": time.perf_counter() - t_start}
    return summarise([raw], clients, stream)


def summarise(raws: list[dict[str, Any]], clients: int, stream: bool = False) -> dict[str, Any]:
    """One row of the table from one or more windows (their requests, tokens and seconds added up)."""
    lat = [x for r in raws for x in r["lat"]]
    ttft = [x for r in raws for x in r["ttft"]]
    elapsed = sum(r["elapsed"] for r in raws)
    tokens = sum(r["tokens"] for r in raws)
    out = {"clients": clients, "requests": len(lat), "errors": sum(r["errors"] for r in raws),
           "seconds": round(elapsed, 2), "req_per_s": round(len(lat) / elapsed, 3),
           "tokens_per_s": round(tokens / elapsed, 2), "p50_s": round(_pct(lat, 0.5), 3),
           "p99_s": round(_pct(lat, 0.99), 3), "_raw": raws}
    if stream:
        out["ttft_p50_s"] = round(_pct(ttft, 0.5), 3)
    return out


def in_process(guard: Any, seconds: float, max_tokens: int) -> dict[str, Any]:
    """One caller, no HTTP: ``guard.generate`` back to back."""
    lat, tokens, k = [], 0, 0
    t_start = time.perf_counter()
    while time.perf_counter() - t_start < seconds:
        t0 = time.perf_counter()
        d = guard.generate(PROMPTS[k % len(PROMPTS)], max_new_tokens=max_tokens)
        k += 1
        lat.append(time.perf_counter() - t0)
        tokens += d.generated_tokens
    elapsed = time.perf_counter() - t_start
    return {"clients": 1, "requests": len(lat), "req_per_s": round(len(lat) / elapsed, 3),
            "tokens_per_s": round(tokens / elapsed, 2), "p50_s": round(_pct(lat, 0.5), 3),
            "p99_s": round(_pct(lat, 0.99), 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model folder / .gguf (default: the embedded model)")
    ap.add_argument("--clients", default="1,4,8,16", help="comma-separated client counts")
    ap.add_argument("--seconds", type=float, default=10.0, help="seconds per window")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved guarded / unguarded windows per row")
    ap.add_argument("--max-tokens", type=int, default=16)
    ap.add_argument("--max-batch", type=int, default=16)
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    ap.add_argument("--out", default=None, help="write the results as JSON here")
    ap.add_argument("--load-only", action="store_true",
                    help="only the guarded / unguarded rows (no in-process, streaming or max_batch 1 runs)")
    args = ap.parse_args(argv)

    import torch

    from guardrail import Guard
    from guardrail.server import create_app

    if args.threads:
        torch.set_num_threads(args.threads)
    guard = Guard(args.model, audit=None)
    clients = [int(x) for x in args.clients.split(",")]
    res: dict[str, Any] = {"model": guard.lm.name, "device": str(guard.lm.device), "threads": torch.get_num_threads(),
                           "max_tokens": args.max_tokens, "max_batch": args.max_batch, "seconds": args.seconds,
                           "repeats": args.repeats}
    guard.generate(PROMPTS[0], max_new_tokens=2)  # warm-up
    if not args.load_only:
        res["in_process_guarded"] = in_process(guard, args.seconds, args.max_tokens)
        print("in-process guarded", res["in_process_guarded"], file=sys.stderr)
    # guarded and unguarded servers side by side, their windows interleaved (the order alternating) so that a slow
    # patch of the machine falls on both; each row adds up --repeats windows of --seconds
    with Server(create_app(guard, guarded=True, max_batch=args.max_batch, queue_size=256,
                           request_timeout_s=600)) as g_srv, \
            Server(create_app(guard, guarded=False, max_batch=args.max_batch, queue_size=256,
                              request_timeout_s=600)) as u_srv:
        urls = {"guarded": g_srv.url, "unguarded": u_srv.url}
        for url in urls.values():
            run_load(url, 1, min(2.0, args.seconds), args.max_tokens)  # warm-up
        for stream, todo in ((False, clients),) + (() if args.load_only else ((True, [1]),)):
            for n in todo:
                raws: dict[str, list] = {"guarded": [], "unguarded": []}
                for rep in range(args.repeats):
                    for mode in (("guarded", "unguarded") if rep % 2 == 0 else ("unguarded", "guarded")):
                        raws[mode] += run_load(urls[mode], n, args.seconds, args.max_tokens, stream=stream)["_raw"]
                for mode in urls:
                    row = summarise(raws[mode], n, stream)
                    if stream:
                        res[f"{mode}_stream_1"] = row
                    else:
                        res.setdefault(mode, []).append(row)
                    print(mode, "stream" if stream else "", {k: v for k, v in row.items() if k != "_raw"},
                          file=sys.stderr)
    res["ratio_guarded_over_unguarded_req_per_s"] = {
        str(g["clients"]): round(g["req_per_s"] / u["req_per_s"], 3) if u["req_per_s"] else None
        for g, u in zip(res["guarded"], res["unguarded"])}
    if not args.load_only:
        top = max(clients)
        with Server(create_app(guard, max_batch=1, queue_size=256, request_timeout_s=600)) as srv:
            res["guarded_max_batch_1"] = run_load(srv.url, top, args.seconds, args.max_tokens)
            print("guarded max_batch=1", res["guarded_max_batch_1"], file=sys.stderr)
        batched = next(r for r in res["guarded"] if r["clients"] == top)
        one = res["guarded_max_batch_1"]["req_per_s"]
        res["batching_gain_at_max_clients"] = round(batched["req_per_s"] / one, 3) if one else None
    res = json.loads(json.dumps(res, default=str), object_hook=lambda d: {k: v for k, v in d.items() if k != "_raw"})
    print(json.dumps(res, indent=2))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(res, f, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
