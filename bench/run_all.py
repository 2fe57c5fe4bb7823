"""Run every benchmark in order: `python bench/run_all.py` from anywhere.

Each script runs as a subprocess with this interpreter (the venv's) and the repository root as
its working directory; its output is shown as it runs. Missing scripts are skipped with a note.
A summary follows: each script's exit code and time, and the PASS/FAIL/target lines it printed.
Always exits 0: the benchmarks report, they do not gate.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BENCHMARKS: list[list[str]] = [
    ["bench/bench_segmentation.py"],
    ["bench/bench_attribution.py", "1000"],
    ["bench/bench_ui.py"],
    ["bench/bench_api.py"],
    ["bench/bench_load.py"],
]

# Lines worth repeating in the summary.
KEYWORDS = ("PASS", "FAIL", "MISS", "target", "ratio", " p95 ", "export")


def run(args: list[str]) -> tuple[str, int | None, float, list[str]]:
    script = ROOT / args[0]
    name = " ".join(args)
    if not script.exists():
        print(f"--- {name}: not found, skipped", flush=True)
        return name, None, 0.0, []
    print(f"\n=== {name} ===", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        bufsize=1,
    )
    notable = []
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        if any(word in line for word in KEYWORDS):
            notable.append(line.rstrip())
    code = process.wait()
    return name, code, time.perf_counter() - started, notable


def main() -> int:
    results = [run(args) for args in BENCHMARKS]
    print("\n=== summary ===")
    missed = []
    for name, code, seconds, notable in results:
        if code is None:
            print(f"{name}: skipped (script missing)")
            continue
        print(f"{name}: exit {code} in {seconds:.1f} s")
        for line in notable:
            print(f"    {line.strip()}")
            if "FAIL" in line or "MISS" in line:
                missed.append(f"{name}: {line.strip()}")
        if code != 0:
            missed.append(f"{name}: exited with {code}")
    if missed:
        print("\nTargets missed or errors (reported, not gating):")
        for line in missed:
            print(f"  - {line}")
    else:
        print("\nAll benchmarks ran; no target reported as missed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
