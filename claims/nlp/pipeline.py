"""The pipeline's joins: sentences become claims, attributions are matched to their claims.

The worker runs `segmentation.segment` at ingest and `attribution.attribute` later, then joins
them with `attributions_by_sentence` and `claim_type`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .segmentation import segment
from .types import Attribution, ClaimDraft, ClaimType, Sentence, Span


def extract_claims(text: str) -> list[ClaimDraft]:
    """Sentence-level claims of `text`, without attribution (the fast, synchronous half)."""
    return [
        ClaimDraft(i, s.start, s.end, text[s.start : s.end], s.kind, s.paragraph)
        for i, s in enumerate(segment(text))
    ]


def attributions_by_sentence(
    sentences: Sequence[Sentence], attributions: Iterable[Attribution]
) -> list[list[Attribution]]:
    """For each sentence, the attributions whose content overlaps it (one linear sweep)."""
    result: list[list[Attribution]] = [[] for _ in sentences]
    ordered = sorted(attributions, key=lambda a: a.content.start)
    first = 0
    for attribution in ordered:
        content = attribution.content
        while first < len(sentences) and sentences[first].end <= content.start:
            first += 1
        i = first
        while i < len(sentences) and sentences[i].start < content.end:
            result[i].append(attribution)
            i += 1
    return result


def claim_type(sentence: Sentence, attributions: Sequence[Attribution]) -> ClaimType:
    """The type of the attribution covering most of the sentence, or "none"."""
    best: Attribution | None = None
    best_overlap = 0
    for attribution in attributions:
        overlap = _overlap(sentence.span, attribution.content)
        if overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best.type if best else "none"


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
