"""Value types shared by the pipeline's stages. Offsets are character offsets into the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SentenceKind = Literal["headline", "subheading", "sentence"]
AttributionType = Literal["direct", "indirect", "mixed"]
ClaimType = Literal["direct", "indirect", "mixed", "none"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One claim-sized unit of an article: `text[start:end]` with no surrounding white space."""

    start: int
    end: int
    kind: SentenceKind = "sentence"
    paragraph: int = 0

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what: `content` is attributed to `source` (resolved to `speaker`) through `cue`.

    `content_spans` lists the pieces of a content interrupted by its cue and source ('"Q1," he
    said, "Q2."'), in order; empty when the content is one piece. `content` then covers them all,
    from the first piece's start to the last piece's end."""

    type: AttributionType
    content: Span
    source: Span | None = None
    cue: Span | None = None
    speaker: str | None = None
    confidence: float = 0.5
    rule: str = ""
    content_spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A sentence ready to be stored as a Claim; attribution joins it later."""

    index: int
    start: int
    end: int
    text: str
    kind: SentenceKind
    paragraph: int
