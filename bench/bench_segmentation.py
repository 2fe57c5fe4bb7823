"""Time `segment` against raw Punkt `span_tokenize` on more than 1 MB of news-like text.

Run from the repository root: `python bench/bench_segmentation.py`. Prints the size, both best
times, the throughput and the ratio, and a PASS/FAIL line for the target (segment at most 1.5x
raw Punkt). Always exits 0: it reports, it does not gate.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.nlp.segmentation import punkt_tokenizer, segment  # noqa: E402

TARGET_RATIO = 1.5
MIN_BYTES = 1_200_000
RUNS = 5
SEED = ROOT / "seeds" / "belarus-factory-protest-2020-08-17.txt"

# Synthetic variety: the constructions the rules handle, with random words between them.
TEMPLATES = [
    "WASHINGTON (Reuters) - {s} said on Tuesday that {s}.",
    "NEW YORK, Nov. 19 (UPI) \u2014 {s} told Mr. Smith at 5 p.m. that {s}.",
    '"{s}!" she said. "{s}?" he asked. {s}.',
    "{s} Image: Agency Photo.",
    "- '{s}' - {s} in the U.S. on Jan. 5. {s}.",
    "1. {s} 2. {s} 3. {s}.",
    "It cost $3.5 million, about 2.4 percent of {s}... {s}. . . . {s}.",
    "He visited Mt. Fuji with Dr. J. R. Jones. {s} (No. 5 in the list.) {s}.",
]
WORDS = [
    "the",
    "minister",
    "said",
    "government",
    "protest",
    "workers",
    "factory",
    "election",
    "police",
    "report",
    "crowd",
    "city",
    "officials",
    "opposition",
    "leader",
    "vote",
    "people",
    "capital",
    "strike",
    "state",
    "media",
    "agency",
    "president",
    "week",
    "statement",
    "interview",
    "plan",
    "support",
    "demand",
]


def synthetic(rng: random.Random, paragraphs: int) -> str:
    def phrase() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))).capitalize()

    out = []
    for _ in range(paragraphs):
        template = rng.choice(TEMPLATES)
        fields = (phrase() for _ in range(template.count("{s}")))
        out.append(template.replace("{s}", "{}").format(*fields))
        if rng.random() < 0.1:
            out.append(phrase())  # a subheading-like line
    return "\n\n".join(out)


def build_text() -> str:
    rng = random.Random(1)
    seed = SEED.read_text(encoding="utf-8") if SEED.exists() else ""
    parts = []
    size = 0
    while size < MIN_BYTES:
        piece = seed if seed and rng.random() < 0.5 else synthetic(rng, 40)
        parts.append(piece)
        size += len(piece.encode("utf-8")) + 2
    return "\n\n".join(parts)


def best_of(function, text: str) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    text = build_text()
    tokenizer = punkt_tokenizer()
    segment("Warm up. The caches.")
    megabytes = len(text.encode("utf-8")) / 1e6
    punkt_time = best_of(lambda t: list(tokenizer.span_tokenize(t)), text)
    segment_time = best_of(segment, text)
    ratio = segment_time / punkt_time
    print(f"text: {megabytes:.2f} MB, {len(text):,} chars, {len(segment(text)):,} sentences")
    print(f"punkt span_tokenize: {punkt_time:.3f} s ({len(text) / punkt_time:,.0f} chars/s)")
    print(f"segment:             {segment_time:.3f} s ({len(text) / segment_time:,.0f} chars/s)")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET_RATIO}x)")
    print(f"{'PASS' if ratio <= TARGET_RATIO else 'FAIL'}: segment is {ratio:.2f}x raw Punkt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
