"""Attribution never crashes and returns well-formed spans, whatever the text: a crash here
would mark a user's article as failed. Texts are built from cue words, names, quotation marks
and punctuation, so the rules' edge cases (a cue as the last word, a quote at the text's end,
an "according to" with nothing after it) come up often."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.nlp.attribution import Regions, attribute

PIECES = [
    "said", "says", "told", "according to", "According to", "he", "she", "they", "who",
    "which", "that", "Mr.", "Ann Reed", "The mayor", "the board", "by", "was", "called",
    "a hazard", "In a statement", "reportedly", "seems to", "(R-Mo.)", ",", ".", ":", ";",
    "--", "—", '"', "“", "”", "''", "``", "'", "?", "!", "\n", "\n\n", "SMITH:", "Poll:",
]  # fmt: skip

TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


def _valid(span, n):
    return span is None or 0 <= span.start < span.end <= n


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, st.text(max_size=120)))
def test_any_text_gives_well_formed_attributions(text):
    n = len(text)
    for a in attribute(text):
        assert _valid(a.content, n) and _valid(a.source, n) and _valid(a.cue, n)
        assert a.content.text(text).strip()
        for piece in a.content_spans:
            assert a.content.start <= piece.start < piece.end <= a.content.end
        assert 0.0 <= a.confidence <= 1.0 and a.rule


def test_a_cue_with_nothing_after_it_is_no_attribution():
    for text in ("said", "According to", "He said", ", according to", "Smith told"):
        assert attribute(text) == [], text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=40), min_size=0, max_size=30), st.data())
def test_region_lookups_match_a_scan_of_every_region(gaps, data):
    # sorted, non-overlapping regions, as the quotation scan builds them
    regions, pos = [], 0
    for k, gap in enumerate(gaps):
        start = pos + gap
        pos = start + 3 + (k * 7) % 11
        regions.append((start, pos))
    index = Regions(regions)
    s = data.draw(st.integers(min_value=0, max_value=pos + 5))
    e = data.draw(st.integers(min_value=s, max_value=pos + 10))
    assert index.overlapping(s, e) == [r for r in regions if r[0] < e and s < r[1]]
    assert index.starting_in(s, e) == [r for r in regions if s <= r[0] < e]
    assert index.ending_in(s, e) == [r for r in regions if s <= r[1] <= e]
