#!/usr/bin/env python3
"""How much gorust adds on top of the raw toolchain, measured in one run.

For a passing Go, Rust and Rust+tokio exercise it times `gorust check` (warm
caches) against the raw toolchain doing the same work on the same file:
  Go:          go build -o prog . && ./prog
  Rust:        rustc --edition 2024 main.rs -o prog && ./prog
  Rust+tokio:  cargo build (warm, same pinned lock file) && ./target/debug/prog
and reports medians and ratios, plus the start-up time and peak memory of
`gorust list`, on the 3-exercise bench pack and on the built-in pack (every
lesson read and checked: the start-up a user sees), with the machine's load.
Targets: every check at most 1.15x its raw floor; each list < 20 ms.

Usage: python3 bench/engine.py [--runs N]      (builds gorust --release first)
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GO_SRC = """package main

import "fmt"

func main() {
\ttotal := 0
\tfor i := 1; i <= 100; i++ {
\t\ttotal += i
\t}
\tfmt.Println("total =", total)
}
"""

RUST_SRC = """fn main() {
    let total: u32 = (1..=100).sum();
    println!("total = {total}");
}
"""

TOKIO_SRC = """#[tokio::main]
async fn main() {
    let handles: Vec<_> = (1..=4u32).map(|i| tokio::spawn(async move { i * i })).collect();
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("total = {total}");
}
"""

LESSON = """id: bench
title: Bench
summary: Programs for the benchmark.
pages:
  - title: Nothing
    text: Nothing to read.
exercises:
  - id: bench-go
    title: Go
    lang: go
    task: Print the total.
    file: main.go
    solution: main.go
    stdout: "total = 5050"
  - id: bench-rust
    title: Rust
    lang: rust
    task: Print the total.
    file: main.rs
    solution: main.rs
    stdout: "total = 5050"
  - id: bench-tokio
    title: Tokio
    lang: rust
    task: Print the total.
    file: tokio.rs
    solution: tokio.rs
    crates: [tokio]
    stdout: "total = 30"
"""


def timed(cmd, cwd=None, env=None):
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(runs, fn):
    fn()  # warm-up, not counted
    return statistics.median(fn() for _ in range(runs))


def interleaved(runs, first, second):
    """Medians of two measurements taken in alternation, so that a machine
    that speeds up or slows down during the run affects both alike."""
    first()
    second()
    a, b = [], []
    for _ in range(runs):
        a.append(first())
        b.append(second())
    return statistics.median(a), statistics.median(b)


def peak_kib(cmd, env):
    """Peak resident memory of one child process, from its rusage."""
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execvpe(cmd[0], cmd, env)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    gorust = str(ROOT / "target" / "release" / "gorust")

    tmp = Path(tempfile.mkdtemp(prefix="gorust-bench-"))
    try:
        pack = tmp / "pack"
        (pack / "bench").mkdir(parents=True)
        (pack / "pack.yaml").write_text("title: Bench\nlessons: [bench]\n")
        (pack / "bench" / "lesson.yaml").write_text(LESSON)
        (pack / "bench" / "main.go").write_text(GO_SRC)
        (pack / "bench" / "main.rs").write_text(RUST_SRC)
        (pack / "bench" / "tokio.rs").write_text(TOKIO_SRC)
        env = dict(os.environ, GORUST_CACHE_DIR=str(tmp / "cache"), NO_COLOR="1")
        base = [gorust, "--workspace", str(tmp / "ws"), "--lessons", str(pack)]

        # Raw floors, in their own folders.
        go_dir = tmp / "raw-go"
        go_dir.mkdir()
        (go_dir / "go.mod").write_text("module bench\n\ngo 1.22\n")
        (go_dir / "main.go").write_text(GO_SRC)
        rs_dir = tmp / "raw-rust"
        rs_dir.mkdir()
        (rs_dir / "main.rs").write_text(RUST_SRC)
        cargo_dir = tmp / "raw-cargo"
        (cargo_dir / "src").mkdir(parents=True)
        shutil.copy(ROOT / "assets" / "cargo" / "Cargo.lock", cargo_dir / "Cargo.lock")
        # The same manifest and lock gorust uses; the package name must stay
        # as locked, so the binary is named after it.
        shutil.copy(ROOT / "assets" / "cargo" / "Cargo.toml", cargo_dir / "Cargo.toml")
        (cargo_dir / "src" / "main.rs").write_text(TOKIO_SRC)
        go_env = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="-mod=mod", GOPROXY="off")

        def raw_go():
            return timed(["go", "build", "-o", "prog", "."], go_dir, go_env) + timed(["./prog"], go_dir)

        def raw_rust():
            return timed(["rustc", "--edition", "2024", "main.rs", "-o", "prog"], rs_dir) + timed(["./prog"], rs_dir)

        def raw_tokio():
            return timed(["cargo", "build", "--locked", "--quiet"], cargo_dir) + timed(["target/debug/gorust-exercises"], cargo_dir)

        def check(exercise):
            return lambda: timed(base + ["check", exercise], env=env)

        rows = []
        for label, exercise, raw in [
            ("Go: go build + run", "bench-go", raw_go),
            ("Rust: rustc + run", "bench-rust", raw_rust),
            ("Rust + tokio: warm cargo build + run", "bench-tokio", raw_tokio),
        ]:
            floor, ours = interleaved(args.runs, raw, check(exercise))
            rows.append((label, floor, ours))

        list_runs = max(args.runs, 50)
        lists = []
        # The first built-in run writes the workspace; median_of's warm-up
        # keeps it out of the figure.
        for label, cmd in [
            ("gorust list (bench pack)", base + ["list"]),
            ("gorust list (built-in pack)", [gorust, "--workspace", str(tmp / "ws-builtin"), "list"]),
        ]:
            cmd_time = median_of(list_runs, lambda cmd=cmd: timed(cmd, env=env))
            lists.append((label, cmd_time, peak_kib(cmd, env)))
        load = os.getloadavg()[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"gorust engine benchmark: median of {args.runs} warm runs each")
    print()
    print(f"| {'work':<44} | {'raw toolchain':>13} | {'gorust check':>12} | {'ratio':>6} | target |")
    print(f"|{'-' * 46}|{'-' * 15}|{'-' * 14}|{'-' * 8}|--------|")
    for label, floor, ours in rows:
        ratio = ours / floor
        mark = "ok" if ratio <= 1.15 else "OVER"
        print(f"| {label:<44} | {floor * 1000:>10.1f} ms | {ours * 1000:>9.1f} ms | {ratio:>5.2f}x | {mark:<6} |")
    print()
    for label, list_time, list_peak in lists:
        mark = "ok" if list_time < 0.020 else "OVER"
        print(f"| {label:<44} | {'':>13} | {list_time * 1000:>9.1f} ms | {'':>6} | {mark:<6} |")
        print(f"| {label + ', peak memory':<44} | {'':>13} | {list_peak / 1024:>9.1f} MB | {'':>6} |        |")
    print()
    print(f"list: median of {list_runs} runs each; load average (1 min) at the end: {load:.2f}")
    print("Times include process start-up. gorust check also reads the pack, the")
    print("progress file and the learner's copy, and records the attempt.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
