"""Throughput of attribution detection: `python bench/bench_attribution.py [N]` from the repo
root. Builds N articles from the seed article (shuffled paragraphs, renamed speakers), then
times segmentation alone and segmentation + attribution."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.nlp.attribution import attribute  # noqa: E402
from claims.nlp.segmentation import segment  # noqa: E402

SEED = ROOT / "seeds" / "belarus-factory-protest-2020-08-17.txt"
NAMES = [
    ("Lukashenko", "Moravec"),
    ("Tikhanovskaya", "Ostrova"),
    ("Rybkin", "Halden"),
    ("Kolesnikova", "Brandt"),
    ("Britain", "Norway"),
    ("Germany", "Austria"),
]


def articles(n: int) -> list[str]:
    body = SEED.read_text(encoding="utf-8").split("\n\n", 1)[1]
    paras = body.split("\n\n")
    rng = random.Random(7)
    out = []
    for i in range(n):
        ps = paras[:]
        if i:
            rng.shuffle(ps)
            ps = ps[: rng.randint(len(ps) // 2, len(ps))]
        text = "\n\n".join(ps)
        for old, new in rng.sample(NAMES, rng.randint(0, len(NAMES))):
            text = text.replace(old, new)
        out.append(text)
    return out


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    docs = articles(n)
    attribute(docs[0])  # warm up: lexicons and tagger load once
    chars = sum(len(d) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        segment(d)
    seg = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = 0
    for d in docs:
        found += len(attribute(d, segment(d)))
    both = time.perf_counter() - t0
    print(f"{n} articles, {chars / n:.0f} chars on average, {found} attributions")
    print(f"segmentation:               {n / seg:8.1f} articles/s ({1000 * seg / n:.2f} ms each)")
    print(f"segmentation + attribution: {n / both:8.1f} articles/s ({1000 * both / n:.2f} ms each)")
    print(f"ratio (seg+attr / seg time): {both / seg:.1f}x")
    worst_cases()
    return 0


# Inputs built to hit the detector's look-backs: a long run-on sentence with many cues, many
# quotations in one sentence, relative clauses without end. Doubling the input should about
# double the time (linear); a ratio near 4 means some scan repeats per cue (quadratic).
WORST_CASES = {
    "quotations with cues": '"The pier is safe," she added. The mayor, who said that the plan, '
    "which failed, was fine, spoke. ",
    "quotations, one sentence": '"a b c d" ',
    "relative clauses": "the mayor, who said that the plan, which failed, was criticized by "
    "Ruiz, and ",
    "noun cues, one sentence": "Ruiz's desire to win and her interest in the pier and ",
    "dashes and quotations": 'Ruiz - who said "a b c" - and ',
    "partial quotations after a cued one": 'a "danger to every single family" and ',
    "quotations never closed": "“a b c. ",
}


def worst_cases(size: int = 100_000) -> None:
    for name, unit in WORST_CASES.items():
        times = []
        for n in (size, 2 * size):
            text = (unit * (n // len(unit) + 1))[:n]
            runs = []
            for _ in range(2):  # the faster of two runs: less noise from a busy machine
                t0 = time.perf_counter()
                attribute(text)
                runs.append(time.perf_counter() - t0)
            times.append(min(runs))
        growth = times[1] / times[0] if times[0] else 0.0
        verdict = "PASS" if growth < 3 else "FAIL"
        print(
            f"worst case {name!r}: {size // 1000}k chars {times[0]:.2f} s, "
            f"{2 * size // 1000}k chars {times[1]:.2f} s, growth {growth:.1f}x "
            f"({verdict}: linear target < 3x)"
        )


if __name__ == "__main__":
    sys.exit(main())
