# ruff: noqa: RUF001 - typographic quotes and dashes are intended
"""Attribution detection: who said what, for quotes and reported speech.

Rules over word tokens, quotation regions and a part-of-speech tagger that needs no download
(textblob's lexicon, if installed; otherwise a small heuristic tagger):

1. Quotation regions are paired over the whole text (straight and curly marks, quotes running
   over sentences and paragraphs).
2. In each sentence, reporting verbs from `lexicon.SPEECH_VERBS` (all inflections, with their
   auxiliaries, adverbs and particles: "has also said", "was quoted as saying", "called for")
   and "according to" are cue candidates; words tagged as nouns are rejected. Verbs of stance
   and evaluation (`lexicon.STANCE_VERBS`: "cited", "touted", "likened") and any other finite
   verb followed by "that" or a quotation count only after a subject that can hold a view (a
   name, a person pronoun, `lexicon.HUMAN_NOUNS`). A transcript label ("SMITH: ...") is a cue.
3. Each cue gets a source (the subject to its left with appositions and "who" clauses, or the
   subject after it: "..., said Trump") and a content: an adjacent quotation (before, after or
   split by the cue), the clause after it (from "that" if present) up to the next cue of the
   sentence, or the clause before it ("X is true, he said").
4. Quotations without a cue that open a sentence continue the previous speaker.
5. Speakers are resolved with `speakers.NameIndex`, built once per article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice, takewhile

from .lexicon import (
    ADDRESSEE_VERBS,
    ADJ_INFINITIVE,
    ADJ_PREP_CUES,
    AUXILIARIES,
    EXPERIENCER_FORMS,
    HELD_NOUN_PREP_CUES,
    HUMAN_NOUNS,
    IDIOM_CUES,
    IDIOM_VERB_FORMS,
    INFINITIVE_CUES,
    NEEDS_PARTICLE,
    NON_CUE_VERBS,
    NOUN_HOMOGRAPHS,
    NOUN_PREP_CUES,
    OBJECT_PREP_FORMS,
    PARTICLES,
    PARTICLES_STANCE,
    PERSON_PRONOUNS,
    PLAY_TARGETS,
    ROLE_NOUNS,
    STANCE_FORMS,
    STANCE_VERBS,
    VERB_FORMS,
    cue_weight,
    tagger_lexicon,
)
from .speakers import NameIndex, resolve
from .types import Attribution, Sentence, Span

__all__ = ["attribute"]

TOKEN = re.compile(
    # for speed only: every token opens with a non-space (the lookahead lets the scan skip
    # spaces fast); a word that no separator, apostrophe or full stop follows, and a single
    # punctuation mark, match first just what the alternatives after them would match
    r"(?=\S)(?:\w++(?![\w\-'’&.])|[,;:!?()]|"
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|(?<=[A-Za-z.] )[\"“][A-Z][\w.'’\-]*[\"”](?= [A-Z])"  # nickname: Ana "Nana" Ruiz
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|St|Jr|Sr|Rev|Sgt|Capt|Adm|Sens|Reps)\.(?=\s)"
    r"|[A-Z]\.(?=[ \t]+[A-Z](?:[a-z]|\.[ \t]+[A-Z][a-z]))"  # initials: "I. Charles Lund", "E. J. Lund"
    r"|\w+(?=n[’']t\b)|n[’']t\b"
    r"|\w+(?:[-'’&.]\w+)*(?=[’']s\b)|[’']s\b"
    r"|\w+(?:[-'’&.]\w+)*"
    r"|--|\.\.\.|…|''|``"
    r"|\S)"
)
SINGLE_MARKS = {"‘", "’", "'"}  # quotation marks only where a quotation opens or closes
QUOTE_CHARS = {'"', "“", "”", "„", "«", "»", "''", "``"}
OPEN_QUOTES = "“„«"
CLOSE_QUOTES = "”»"
MARK_WORDS = SINGLE_MARKS | QUOTE_CHARS  # tokens that may be quotation marks
# ", but" before a subject and a finite verb: a new clause
BUT_CLAUSE = re.compile(
    r",\s+but\s+(?=(?:he|she|they|we|I|it|the|many|most|some|[A-Z]\w+)\s+"
    r"(?:\w+\s+)?(?:has|have|had|is|are|was|were|will|would|did|does|\w+ed|\w+s)\b)"
)
PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_NAME = r"[A-Z][\w.'’\-]*"
DASH_SIGNATURE = re.compile(
    rf"[ \t\xa0]*(―|—|–|--)[ \t\xa0]*({_NAME}(?:[ \t\xa0]{_NAME}){{0,4}})[ \t\xa0.,]*(?:\n|$)"
)
# The writer's sign-off, quoted by a transcript left open: '"Follow Ana Ruiz on Twitter @ar."'
SIGN_OFF = re.compile(r"[\"“]?Follow [^\n]{1,60}? on (?:Twitter|Facebook|Instagram)\b")
# A name alone on the last line inside the marks signs the quotation: '"...\nAna Ruiz."'
LINE_SIGNATURE = re.compile(
    r"\n[ \t\xa0]*(?!(?:The|A|An|And|But|Then|This|That|It|We|I|He|She|They|You|In|On|At)\b)"
    rf"({_NAME}(?:[ \t\xa0]{_NAME}){{1,3}}?)\.?[\"”]$"
)

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
}  # fmt: skip
WEEKDAYS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "earlier",
    "later",
    "recently",
    "previously",
    "also",
    "again",
    "repeatedly",
    "publicly",
    "privately",
    "afterward",
    "afterwards",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
}
DAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
TIME_PREPS = {
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "late",
    "early",
    "to",
    "from",
    "outside",
    "inside",
    "via",
    "by",
    "through",
    "with",
    "over",
    "while",
    "when",
    "since",
    "following",
    "under",
    "for",
}
NP_TAGS = {
    "NN",
    "NNS",
    "NNP",
    "NNPS",
    "PRP",
    "DT",
    "JJ",
    "JJR",
    "JJS",
    "CD",
    "POS",
    "PRP$",
    "NNP-PERS",
    "NNP-ORG",
    "NNP-LOC",
    "FW",
    "VBN-ADJ",
}
NP_INNER_PREPS = {"of", "for", "at", "from", "with", "and", "&", "on", "in", "to"}
DET_LIKE = {"DT", "PRP$", "JJ", "JJR", "JJS", "POS", "IN", "TO", "CD"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
HAVE_FORMS = {"has", "have", "had"}
CONTRACTED_BE = {"'m", "’m", "'re", "’re"}
RELATIVES = {"who", "which", "whose", "whom"}
DASHES = {"--", "—", "–"}
WORD = re.compile(r"\w+")
PRONOUN_SUBJ = {"he", "she", "they", "we", "i", "it", "you"}
# Tags of a finite verb: past, present (third person and other), modal.
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
GENERIC_VERB_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
GENERIC_WEIGHT = 0.3
NOUN_WEIGHT = 0.5
WH_WORDS = {"whether", "how", "what", "why", "who", "when", "where", "if", "which"}
# Words that can precede a stance noun used as a noun ("his criticism", "raised questions").
NOUN_LEFT_TAGS = {
    "DT",
    "PRP$",
    "POS",
    "JJ",
    "JJR",
    "JJS",
    "VBD",
    "VBZ",
    "VBP",
    "VBN",
    "VBG",
    "VB",
    "IN",
    "CD",
    "RB",
}
# Verbs whose subject voices the noun after them ("X raised questions about").
VOICING_VERBS = set(
    """
    raise raised raises raising express expressed expresses expressing voice voiced voices
    voicing offer offered offers offering make made makes making renew renewed renews
    renewing repeat repeated repeats repeating share shared shares sharing issue issued
    issues issuing reiterate reiterated reiterates reiterating signal signaled signalled
    signals signaling signalling register registered registers pledge pledged air aired
    airs airing
    """.split()
)
# Verbs that introduce only quotations or "that" clauses ('"...," he continued'), never a
# bare clause ("she continues to face ...").
QUOTE_ONLY_LEMMAS = {"continue"}
# Verbs that report only a quotation before them ('"...," the letter reads'), never a clause
# or a quotation after them ("she read "Beloved" twice").
QUOTE_BEFORE_LEMMAS = {"read"}
# Verbs whose view a closing "so" stands for: "I think so", "he said so".
SO_LEMMAS = {"think", "believe", "hope", "say", "suppose", "guess", "expect", "suggest", "doubt"}
# Participles after "be" that describe the subject's own state of mind ("we are convinced
# ..."): the subject keeps the view, unlike "X is expected to". Only forms of the cue
# verbs (`VERB_FORMS`, `STANCE_FORMS`) belong here: another verb after "be" is never a cue.
EXPERIENCER_PARTICIPLES = {"convinced", "persuaded", "determined"}
# Verbs of saying whose reported clause keeps the weaker cues inside it ("X said she wanted
# ..."): the gold marks one attribution, the outer one.
REPORT_LEMMAS = {
    "say",
    "tell",
    "claim",
    "insist",
    "argue",
    "write",
    "add",
    "note",
    "explain",
    "state",
    "report",
    "suggest",
    "warn",
    "contend",
    "assert",
    "acknowledge",
    "admit",
}
NESTED_KEEP_WEIGHT = 0.7
AGENT_PRONOUNS = {"he", "she", "they", "we", "i"}
ADDRESSEE_KEEP = {"to", "of", "for", "into", "from", "against"}
NOT_SUBJECT_START = {"that", "which", "what", "whether", "how", "why", "where", "when"}


# --------------------------------------------------------------------------------------------
# Tagging


_lexicon = tagger_lexicon


_FALLBACK = {
    "the": "DT",
    "a": "DT",
    "an": "DT",
    "this": "DT",
    "that": "IN",
    "these": "DT",
    "those": "DT",
    "his": "PRP$",
    "her": "PRP$",
    "their": "PRP$",
    "its": "PRP$",
    "our": "PRP$",
    "my": "PRP$",
    "he": "PRP",
    "she": "PRP",
    "they": "PRP",
    "it": "PRP",
    "we": "PRP",
    "i": "PRP",
    "you": "PRP",
    "him": "PRP",
    "them": "PRP",
    "of": "IN",
    "in": "IN",
    "on": "IN",
    "at": "IN",
    "for": "IN",
    "with": "IN",
    "by": "IN",
    "from": "IN",
    "to": "TO",
    "and": "CC",
    "or": "CC",
    "but": "CC",
    "is": "VBZ",
    "was": "VBD",
    "are": "VBP",
    "were": "VBD",
    "has": "VBZ",
    "have": "VBP",
    "had": "VBD",
    "will": "MD",
    "would": "MD",
    "could": "MD",
    "can": "MD",
    "should": "MD",
    "may": "MD",
    "might": "MD",
    "must": "MD",
    "not": "RB",
    "n't": "RB",
    "'s": "POS",
    "’s": "POS",
    "who": "WP",
    "which": "WDT",
    "be": "VB",
    "been": "VBN",
    "also": "RB",
}


def _tag(words: list[str]) -> list[str]:
    lex = _lexicon() or _FALLBACK
    tags = [lex.get(w) for w in words]  # most words are in the lexicon as they stand
    for i, t in enumerate(tags):
        if t is not None:
            continue
        w = words[i]
        lw = w.lower()
        t = lex.get(lw) if (i == 0 or not w[:1].isupper()) else None
        if t is None:
            if w[:1].isupper() or (len(w) > 2 and w[1:2].isupper()):
                t = "NNP"  # also a quoted nickname: '"Nana"'
            elif w[:1].isdigit():
                t = "CD"
            elif not w[:1].isalnum():
                t = w if len(w) == 1 else ":"
            elif lw.endswith("ing"):
                t = "VBG"
            elif lw.endswith("ly"):
                t = "RB"
            elif lw.endswith("ed"):
                t = "VBN"
            elif lw.endswith("s") and not lw.endswith(("ss", "us", "is")):
                t = "NNS"
            elif "-" in lw or lw.endswith(("able", "ful", "ive", "ous", "ic", "al")):
                t = "JJ"
            else:
                t = "NN"
        tags[i] = t
    # "the ranking says", "her new warning was": an -ing word between a determiner or an
    # adjective and a finite verb is a noun (the rule only turns JJ/VBG into NN, so the
    # positions tagged JJ/VBG beforehand are the only ones to look at, in order)
    last = len(words) - 1
    for i in [i for i, t in enumerate(tags) if t == "JJ" or t == "VBG"]:
        if (
            0 < i < last
            and tags[i] in ("JJ", "VBG")
            and words[i].lower().endswith("ing")
            and tags[i - 1] in ("DT", "JJ", "PRP$", "POS")
            and tags[i + 1] in ("VBZ", "VBD", "MD")
        ):
            tags[i] = "NN"
    return tags


# --------------------------------------------------------------------------------------------
# Quotations


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of quotations, marks included; a quotation running over paragraphs
    gives one region a paragraph."""
    return _linked_quote_regions(text)[0]


def _linked_quote_regions(
    text: str,
) -> tuple[list[tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """The quotation regions, and for a paragraph that goes on with the quotation left
    open by the paragraph before, its region -> the region it continues."""
    continues: dict[tuple[int, int], tuple[int, int]] = {}
    marks = []
    for m in re.finditer(r'["“”„«»]|(?<!\')\'\'(?!\')|``', text):
        i = m.start()
        c = text[i]
        w = m.end() - i
        if m.group(0) == "``":
            c = "“"
        if c in OPEN_QUOTES or (
            c in CLOSE_QUOTES and _para_start(text, i) and text[i + w : i + w + 1].isalnum()
        ):
            kind = "open"  # also a closing mark misused to open a paragraph's quotation
        elif c in CLOSE_QUOTES:
            kind = "close"
        else:
            prev = text[i - 1] if i else " "
            nxt = text[i + w] if i + w < len(text) else " "
            prev_space = prev.isspace() or prev in "([{—–-/:"
            next_space = nxt.isspace() or nxt in ".,;:!?)]}—–"
            if prev_space and not next_space:
                kind = "open"
            elif next_space and not prev_space:
                kind = "close"
            else:
                kind = "either"
        marks.append((i, kind, w))
    breaks = [m.start() for m in PARA_BREAK.finditer(text)]

    def para_break_between(a: int, b: int) -> bool:
        return any(a < x < b for x in breaks)

    regions = []
    continues_at: dict[int, tuple[int, int]] = {}
    open_at: int | None = None
    last_mark = -1
    for i, kind, w in marks:
        if open_at is None:
            if kind in ("open", "either"):
                open_at = i
        else:
            if kind == "open" or (
                kind == "either" and para_break_between(last_mark, i) and _para_start(text, i)
            ):
                if para_break_between(last_mark, i):
                    if not _para_start(text, i):
                        # unclosed quote ended with its paragraph; this one opens anew
                        regions.append((open_at, _para_end(text, open_at)))
                        open_at = i
                    elif not text[i + w : i + w + 1].isspace():
                        # a quotation continued in a new paragraph: one region a paragraph
                        # (a cue inside the new one may start a new attribution)
                        prev_region = (open_at, _para_end(text, open_at))
                        regions.append(prev_region)
                        open_at = i
                        continues_at[i] = prev_region
                elif text[i] in "\"'":
                    regions.append((open_at, i + w))
                    open_at = None
                else:
                    # a quotation left open at the end of its line goes on in the next one
                    # when that opens with a mark too ('“Q1 ...\n“Q2,” she said.'), as over
                    # a blank line above
                    nl = text.rfind("\n", open_at, i)
                    if nl > open_at and _para_start(text, i):
                        end = _rstrip_end(text, nl, open_at)
                        if end - open_at > 2:
                            regions.append((open_at, end))
                            continues_at[i] = (open_at, end)
                    elif nl < open_at and UNCLOSED_END.search(text, open_at + 1, i):
                        # 'Ruiz said the mayor told her “that the pier is shut. It is. “Q2,”
                        # she said.': a quotation never closed ends with the sentence before
                        # the next one opens
                        regions.append((open_at, _rstrip_end(text, i, open_at)))
                    open_at = i
            else:
                regions.append((open_at, i + w))
                open_at = None
        last_mark = i
    if open_at is not None:
        regions.append((open_at, _para_end(text, open_at)))
    if not marks:
        regions = _single_quote_regions(text)  # British style: 'The pier is safe,' she said
    else:
        # a headline quotes in single marks above a body in double ones: "Sailors' reaction:
        # 'Is this the plan?'\n..."
        nl = text.find("\n")
        if 0 < nl <= HEADLINE_MAX_CHARS and not (regions and regions[0][0] < nl):
            # a whole quotation, not a scare-quoted word ("Ruiz Reveals 'Dismal' Tolls")
            head = [r for r in _single_quote_regions(text[:nl]) if text[r[1] - 2] in ".!?,"]
            regions = head + regions
    regions = [(s, e) for s, e in regions if e - s > 2 and not _nickname(text, s, e)]
    for r in regions:
        if r[0] in continues_at:
            continues[r] = continues_at[r[0]]
    return regions, continues


HEADLINE_MAX_CHARS = 300  # a first line longer than this is no headline

UNCLOSED_END = re.compile(r"[.!?…]\s+$")
NICKNAME = re.compile(r"[\"“'`]+[A-Z][\w.'’\-]*[\"”'`]+")


def _nickname(text: str, s: int, e: int) -> bool:
    """A quoted word between a first name and a surname is a nickname, no quotation:
    'Ana "Nana" Ruiz'."""
    return (
        NICKNAME.fullmatch(text, s, e) is not None
        and re.search(r"\b[A-Z][\w.’'\-]* $", text[max(0, s - 30) : s]) is not None
        and re.match(r" [A-Z]", text[e : e + 2]) is not None
    )


# A single quotation mark that opens a quotation: after a space, a bracket or a dash (or at
# a line start), before a word
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[\w“])(?!\d\ds)", re.M)
SINGLE_CLOSE = re.compile(r"[’']")
SCARE_QUOTE_MAX = 80  # chars of a quotation closed by a mark with no punctuation at it


def _rstrip_end(text: str, end: int, lo: int) -> int:
    """`len(text[:end].rstrip())`, not below `lo`, without copying the text before `end`."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _colon_before(text: str, pos: int) -> bool:
    """The last character before `pos` that is not a space is a colon."""
    end = _rstrip_end(text, pos, 0)
    return end > 0 and text[end - 1] == ":"


def _single_quote_regions(text: str) -> list[tuple[int, int]]:
    """Quotations in single marks, for a text that uses no double ones. A closing mark is
    told from an apostrophe ("don't", "the workers' union") by the punctuation at it:
    'It is safe,' she said. Failing that, the first mark before a space closes a short
    quotation: he called it 'a disgrace' and left."""
    regions: list[tuple[int, int]] = []
    opens = [m.start() for m in SINGLE_OPEN.finditer(text)]
    pos = 0
    for x, i in enumerate(opens):
        if i < pos:
            continue
        # a quotation closes before the next one opens: each scan ends there, so the whole
        # text is read about once
        bound = opens[x + 1] if x + 1 < len(opens) else len(text)
        brk = PARA_BREAK.search(text, i, bound)
        end = brk.start() if brk else bound
        fallback = None
        for c in SINGLE_CLOSE.finditer(text, i + 1, end):
            k = c.start()
            prev, nxt = text[k - 1], text[k + 1 : k + 2] or " "
            if prev.isalnum() and nxt.isalnum():
                continue  # an apostrophe inside a word: "don't", "Ruiz's"
            if prev in ",.!?;:" or nxt in ",.!?;:)" or k + 1 >= end:
                fallback = k
                break
            if nxt.isspace() and fallback is None and k - i < SCARE_QUOTE_MAX:
                fallback = k
        if fallback is not None:
            regions.append((i, fallback + 1))
            pos = fallback + 1
    return regions


class Regions(list):
    """An article's quotation regions: sorted by start and not overlapping (the scan in
    `_linked_quote_regions` opens each after the last closed), with lookups in log time so
    that an article with thousands of quotations costs time in proportion to its length."""

    def __init__(self, regions=()):
        super().__init__(regions)
        self.starts = [rs for rs, _ in self]
        self.ends = [re_ for _, re_ in self]
        self.by_start = {rs: (rs, re_) for rs, re_ in self}

    def overlapping(self, s: int, e: int) -> list[tuple[int, int]]:
        """The regions that share a character with [s, e)."""
        lo = bisect.bisect_right(self.ends, s)  # the first region ending after s
        hi = bisect.bisect_left(self.starts, e)  # regions before hi start before e
        return self[lo:hi]

    def starting_in(self, s: int, e: int) -> list[tuple[int, int]]:
        """The regions whose start lies in [s, e)."""
        return self[bisect.bisect_left(self.starts, s) : bisect.bisect_left(self.starts, e)]

    def ending_in(self, s: int, e: int) -> list[tuple[int, int]]:
        """The regions whose end lies in [s, e]."""
        return self[bisect.bisect_left(self.ends, s) : bisect.bisect_right(self.ends, e)]


def _para_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _para_end(text: str, i: int) -> int:
    m = PARA_BREAK.search(text, i)
    end = m.start() if m else len(text)
    while end > i and text[end - 1].isspace():
        end -= 1
    return end


# --------------------------------------------------------------------------------------------
# Sentence model


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    word: str
    low: str
    tag: str
    quoted: bool  # inside a quotation (marks excluded)
    qmark: str  # "open" / "close" / "" for quotation marks


class Tokens(list):
    """A sentence's tokens. Scans that each cue would run to the end of the sentence look up
    positions found once per sentence instead (`once`), so that a long run-on sentence with
    many cues costs time in proportion to its length. The tokens are not changed after
    tagging."""

    def __init__(self, toks=()):
        super().__init__(toks)
        self._found: dict = {}

    def once(self, find):
        """`find(self)`, computed on first use."""
        if find not in self._found:
            self._found[find] = find(self)
        return self._found[find]


def _first_from(indices: list[int], i: int) -> int | None:
    """The first of the sorted `indices` at or after i."""
    x = bisect.bisect_left(indices, i)
    return indices[x] if x < len(indices) else None


def _starts(toks: list[Tok]) -> list[int]:
    return [t.start for t in toks]


def _ends(toks: list[Tok]) -> list[int]:
    return [t.end for t in toks]


@dataclass
class Cand:
    cue: tuple[int, int]  # token indices [a, b)
    lemma: str
    weight: float
    source: tuple[int, int] | None = None  # token indices, or char span via source_chars
    source_chars: tuple[int, int] | None = None
    content: tuple[int, int] | None = None  # char span
    rule: str = ""
    confidence: float = 0.5
    inverted: bool = False
    shared_source: bool = False  # source borrowed from a coordinated verb / main clause
    cue_chars: tuple[int, int] = (0, 0)
    generic: bool = False  # a verb outside the lexicon, accepted for its human subject
    noun: bool = False  # a noun cue with its preposition: "criticism of", "the belief that"
    pieces: tuple[tuple[int, int], ...] = ()  # a content split by its cue: the quotations
    limit: int | None = None  # token index the forward content stops at
    governed: bool = False  # a gerund governed by the clause before it: "X insisted on saying"
    antecedent: tuple[int, int] | None = None  # char span a relative-pronoun source stands for
    adj: bool = False  # an adjective of stance after "be": "was critical of", "is eager to"
    held: bool = False  # a noun that needs a holder: "Ruiz's desire to", "voiced misgivings about"
    target: bool = False  # the subject is what the noun's holder views: "X drew praise from Y"


def _tokens(text: str, start: int, end: int, regions, region_starts, region_ends) -> Tokens:
    toks = Tokens()
    chunk = text[start:end]
    if isinstance(regions, Regions):
        regions = regions.overlapping(start, end)  # by bisection: no scan of the article's
    else:
        regions = sorted((rs, re_) for rs, re_ in regions if rs < end and start < re_)
    opens = [rs for rs, _ in regions]
    reach = list(accumulate((re_ for _, re_ in regions), max))  # the furthest end so far
    matches = list(TOKEN.finditer(chunk))
    if not matches:
        return toks
    words = [m.group() for m in matches]
    if "’" in chunk:  # a curly apostrophe is tagged and compared as a straight one
        tags = _tag([w.replace("’", "'") for w in words])
        lows = [w.lower().replace("’", "'") for w in words]
    else:
        tags = _tag(words)
        lows = [w.lower() for w in words]
    last_open = len(opens) - 1
    x = -1  # the last quotation opening before the token: tokens come in order
    append = toks.append
    for m, w, low, tag in zip(matches, words, lows, tags, strict=True):
        s, e = m.span()
        s += start
        e += start
        qmark = ""
        if w in MARK_WORDS and (
            w in QUOTE_CHARS or (w in SINGLE_MARKS and (s in region_starts or e in region_ends))
        ):
            if s in region_starts or (w in OPEN_QUOTES):
                qmark = "open"
            elif e in region_ends or w in CLOSE_QUOTES:
                qmark = "close"
            else:
                qmark = "inner"
            if w in SINGLE_MARKS:
                # a single mark that opens or closes a quotation is tagged as a double one,
                # not as the possessive the tagger takes it for ("'...,' said Ruiz")
                tag = '"'
        quoted = False
        if opens:  # inside a quotation: one of those opening before the token ends after it
            while x < last_open and opens[x + 1] < s:
                x += 1
            quoted = x >= 0 and e < reach[x]
        append(Tok(s, e, w, low, tag, quoted, qmark))
    return toks


# --------------------------------------------------------------------------------------------
# Cue detection


# Determiners and quantifiers that stand alone as a subject: "Some say ...", "another says"
STANDALONE_SUBJECTS = {
    "another", "one", "each", "either", "neither", "none", "some", "many", "most", "both",
    "all", "few", "several", "others",
}  # fmt: skip


def _standalone_subject(toks: list[Tok], i: int) -> bool:
    """toks[i - 1] is a bare quantifier opening its clause: "Some say", ", while another says"."""
    if i == 0 or toks[i - 1].low not in STANDALONE_SUBJECTS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.low in (":", ".") or nxt.tag in ("NNS", "NNPS"):
        return False  # "Another challenge:", "Some state officials": a noun phrase
    if i > 1 and toks[i - 2].low in OBJECT_TAKING_PREPS:
        return False  # "by one estimate", "of some note": the quantifier is an object
    return (
        i == 1
        or toks[i - 2].low in (",", ";")
        or toks[i - 2].tag in ("IN", "CC")
        or (toks[i - 2].low == "no" and toks[i - 1].low == "one")  # "no one knows ..."
    )


OBJECT_TAKING_PREPS = {"by", "of", "to", "for", "from", "with", "in", "on", "at", "into"}


# "another called Harbor Watch": a participle naming what the quantifier stands for
NAMING_PARTICIPLES = {"called", "named", "dubbed", "titled", "labeled", "labelled", "known"}


# Plural forms of linking verbs, which the tagger may read as nouns ("sound", "look")
PLURAL_LINKING_VERBS = {"sound", "look", "seem", "appear", "feel"}


def _is_verb_use(toks: list[Tok], i: int, kind: str) -> bool:
    t = toks[i]
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    ptag = prev.tag if prev else ""
    plow = prev.low if prev else ""
    if (
        kind in ("3sg", "base", "past")
        or (kind in ("part", "pp") and t.low not in NAMING_PARTICIPLES)
    ) and _standalone_subject(toks, i):
        ptag = "PRP"  # a bare quantifier is a subject pronoun here
    if kind == "ger":
        # "a strong showing", "additional reporting by": an adjective makes it a noun, unless
        # what follows opens a content ("a new warning: ..."); "most telling": an adjective
        if plow in DEGREE_WORDS:
            return False
        return plow not in ("the", "a", "an", "his", "her", "their", "its", "of") and not (
            ptag == "JJ" and not (nxt is not None and nxt.low in NOUN_CONTENT_OPENERS)
        )
    if kind == "3sg":
        if (
            plow == "that"
            and i > 1
            and toks[i - 2].tag in ("NN", "NNS", "NNP", "NNPS")
            and t.tag.startswith("VB")
        ):
            return True  # "a letter that says ...": the relative pronoun is its subject
        # "the port average shows ...": a noun the tagger calls an adjective
        noun_jj = ptag == "JJ" and t.tag == "VBZ" and i > 1 and toks[i - 2].tag.startswith("NN")
        if (
            (ptag in DET_LIKE and not noun_jj)
            or plow in ("the", "a", "an")
            or ptag.startswith("VB")
        ):
            return False
        if (
            nxt
            and (nxt.tag.startswith("VB") or nxt.tag == "MD")
            and nxt.low not in ("that",)
            and not (nxt.tag == "VBG" and t.tag.startswith("VB"))
        ):
            return False
        if nxt is not None and nxt.low in PLURAL_LINKING_VERBS:
            return False  # "her favorite ferry shows sound dull": a plural noun's own verb
        if t.tag.startswith("VB"):
            return True
        if (
            t.tag == "NNS"
            and ptag in ("NN", "JJ")
            and not (nxt and nxt.low == "that")
            # "the candidate plans to return": a verb before an infinitive
            and not (
                t.low in INTENT_VERBS_3SG
                and nxt is not None
                and nxt.low == "to"
                and i + 2 < len(toks)
                and _infinitive(toks, i + 2)
            )
            # "The mayor backs the plan": a verb between a determined subject and its object
            and not (
                ptag == "NN"
                and i > 1
                and toks[i - 2].low in ("the", "a", "an", "this", "that")
                and (i == 2 or not toks[i - 3].tag.startswith(("IN", "VB")))
                and nxt is not None
                and nxt.tag in ("DT", "PRP$", "NNP")
                and t.low not in EXPERIENCER_FORMS  # "the delay worries the crew": its rule
            )
        ):
            return False  # "swing states", "battleground states"
        if (
            nxt is not None
            and nxt.low == "that"
            and i + 2 < len(toks)
            and toks[i + 2].tag in FINITE_TAGS
        ):
            return False  # "states that vote in March": a noun and its relative clause
        # noun-tagged plural: a verb after a subject-like word
        return ptag in ("NNP", "NNPS", "PRP", "NN", "NNS", "RB") or plow in (",",)
    if kind in ("past", "part", "pp"):
        # "has long said", "it further wrote", "he's predicted": an adverb or auxiliary the tagger calls an
        # adjective or a possessive; "X's repeated refusal" stays a noun phrase
        aux = (
            plow in AUXILIARIES
            and not (plow in ("'s", "’s") and nxt is not None and nxt.tag in ("NN", "NNS"))
        ) or _floating_quantifier(toks, i - 1)
        # "a poll in the primary showed that ...": a noun the tagger calls an adjective
        noun_jj = (
            ptag == "JJ"
            and t.tag == "VBD"
            and i > 1
            and toks[i - 2].tag in ("DT", "POS", "PRP$")
            and nxt is not None
            and nxt.low == "that"
        )
        if (
            ptag in ("DT", "PRP$", "JJ", "POS")
            and plow not in ("that", "this", "long")
            and not aux
            and not noun_jj
        ):
            return False
        if ptag == "CD" and nxt is not None and nxt.tag == "NNS":
            return False  # "475 pledged delegates"
        if plow in DEGREE_WORDS or (plow == "(" and t.low == "pronounced"):
            return False  # "the rise is most pronounced", "Ruiz (pronounced roo-EES)": adjectives
        if ptag == "IN" and plow != "that" and nxt is not None and nxt.tag in ("NN", "NNS"):
            return False  # "her lead in pledged delegates", "after repeated clashes"
        return t.tag.startswith("VB") or (t.tag in ("JJ", "NN", "NNP") and bool(prev))
    # base form
    if ptag in ("DT", "PRP$", "JJ", "POS", "IN") and plow not in ("that",):
        return False
    if _compound_head(toks, i):
        return False
    if ptag == "TO" or plow == "to" or _infinitive_to(toks, i) >= 0:
        return _catenative_before(toks, i) < i
    if ptag == "MD" or plow in ("not", "n't", "did", "do", "does", "never"):
        return True
    if (
        nxt is not None
        and nxt.low in ("is", "was", "has")
        and ptag in ("NN", "NNS")
        and i > 1
        and toks[i - 2].tag in ("DT", "PRP$")
        and (i == 2 or toks[i - 3].low not in ("what", "all", "whatever"))
    ):
        return False  # "The port push is stalled": a noun, not "what the crews want is ..."
    if t.tag.startswith("VB"):
        return True
    if (
        plow == ","
        and i > 3
        and toks[i - 2].tag.startswith("RB")
        and toks[i - 3].low == ","
        and toks[i - 4].tag in ("NNS", "NNPS", "PRP")
    ):
        return True  # "The neighbors, however, plan a protest": a plural subject, an aside
    return ptag in ("PRP", "NNS", "NNP", "NNPS", "RB", "WP", "WDT")


DEGREE_WORDS = {"most", "more", "less", "least", "very", "particularly", "especially", "so", "too"}


# Third-person verbs of intent, also plural nouns: "the candidate plans to return", not "the
# swing states to watch".
INTENT_VERBS_3SG = {
    "plans", "wants", "hopes", "vows", "pledges", "promises", "seeks", "intends", "threatens",
    "refuses", "agrees", "declines", "aims", "expects", "needs",
}  # fmt: skip


COMPOUND_OPENERS = {"the", "a", "an", "this", "'s", "’s"}
# Words after a cue noun that still open what it reports: "the campaign report that ...",
# "the party's new warning: ...", "a debate over whether ..."
NOUN_CONTENT_OPENERS = {"that", ":", "of", "about", "over", "on", "as", "whether"}
QUESTION_AUXILIARIES = {"did", "does", "do", "will", "would", "can", "could", "should"}


def _compound_head(toks: list[Tok], i: int) -> bool:
    """A cue word that is also a common noun heading a noun phrase of singular modifiers:
    "the campaign plan", "her Senate report", "Party support was ..."; as a base-form verb
    it would need a plural subject."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i].low not in NOUN_HOMOGRAPHS or (nxt is not None and nxt.low in NOUN_CONTENT_OPENERS):
        return False
    j = i - 1
    while j >= 0 and toks[j].tag in ("NN", "NNP", "JJ") and not toks[j].quoted:
        if toks[j].low.endswith("s") and not toks[j].low.endswith(("ss", "us", "is")):
            return False  # "the Smiths plan": a plural subject
        j -= 1
    if j == i - 1 or toks[i - 1].tag == "JJ":
        return False
    if j >= 0 and (toks[j].low in COMPOUND_OPENERS or toks[j].tag == "PRP$"):
        # "Did the firm plan to ...": a question keeps the verb
        return not (j > 0 and toks[j - 1].low in QUESTION_AUXILIARIES)
    # sentence-initial "Party support was ...": a finite verb follows the noun
    return j < 0 and nxt is not None and nxt.low in FINITE_AFTER_NOUN


FINITE_AFTER_NOUN = {"is", "was", "has", "will", "would", "could", "can", "may", "remains"}


# Headline kickers that label a story, not a speaker: "EXCLUSIVE: ...", "Just In: ...".
KICKER_WORDS = {
    "exclusive", "clarification", "correction", "update", "updated", "breaking", "video",
    "analysis", "opinion", "editorial", "note", "live", "photos", "alert", "watch", "explainer",
}  # fmt: skip


# Verbs that pass their subject to the cue after "to": "X continued to question ...",
# "X tried to rebuke ...", "X went on to explain ...".
CATENATIVE_FORMS = set(
    """
    continue continues continued continuing try tries tried trying begin begins began
    beginning start starts started starting
    """.split()
)
GO_FORMS = {"go", "goes", "went", "going", "gone"}
CATENATED_MIN_WEIGHT = 0.55


def _catenative_before(toks: list[Tok], i: int) -> int:
    """Index of the catenative verb of "<continued> to VERB" before the verb at i; i when
    there is none."""
    to = _infinitive_to(toks, i)
    if to < 1 or not _catenated_cue(toks[i].low):
        return i
    j = to - 1
    if toks[j].low in CATENATIVE_FORMS:
        return j
    if toks[j].low == "on" and j > 0 and toks[j - 1].low in GO_FORMS:
        return j - 1
    head = _purpose_head(toks, to + 1)
    return i if head == to + 1 else head


def _infinitive_to(toks: list[Tok], i: int) -> int:
    """Index of the "to" of the infinitive whose verb is at i, over one adverb in between
    ("continued to sharply criticize"); -1 when there is none."""
    if i > 0 and toks[i - 1].low == "to":
        return i - 1
    if i > 1 and toks[i - 2].low == "to" and _split_adverb(toks[i - 1]):
        return i - 2
    return -1


def _split_adverb(t: Tok) -> bool:
    return t.tag.startswith("RB") and t.low.endswith("ly") and not t.quoted


# After "be" or "have", only a word of the subject's readiness makes the infinitive the
# subject's act: "was quick to add", "has yet to explain"; not "is hard to predict", "had to
# defend" (an obligation), "were to reply".
BE_HAVE_FORMS = (BE_FORMS - {"be", "been", "being"}) | HAVE_FORMS | CONTRACTED_BE
READINESS_WORDS = {
    "willing", "unwilling", "quick", "eager", "able", "unable", "ready", "likely", "unlikely",
    "reluctant", "determined", "prepared", "careful", "keen", "anxious", "yet", "set", "poised",
}  # fmt: skip
PURPOSE_SCAN = 8  # words between a clause's verb and the "to" of its purpose infinitive
PURPOSE_STOPS = {
    ",", ";", ":", "(", "--", "—", "–", "that", "and", "but", "or", "who", "which",
    "when", "if", "because", "while", "as", "after", "before", "since",
}  # fmt: skip


PURPOSE_WEIGHT = 0.55  # below a verb of saying's, so "X said Y was right to urge ..." stays X's


def _infinitive_weight(toks: list[Tok], head: int, i: int, weight: float) -> float:
    """A cue reached through an infinitive of purpose or a modal frame ("X took to the radio to
    say", "Y was right to urge") reports less surely than the bare verb or "continued to say"."""
    if head == i or toks[head].low in CATENATIVE_FORMS or toks[head].low in GO_FORMS:
        return weight
    return min(weight, PURPOSE_WEIGHT)


def _readiness_frame(toks: list[Tok], k: int, i: int) -> bool:
    """Between "be"/"have" at k and the "to" before i stands a word of readiness ("was not
    willing to say", "is quick to add") or the participle that "be"/"have" helps ("has
    mounted a campaign to condemn", "are lining up to see")."""
    return any(
        toks[x].low in READINESS_WORDS or toks[x].tag in ("VBN", "VBG") for x in range(k + 1, i - 1)
    )


def _purpose_head(toks: list[Tok], i: int) -> int:
    """Index of the finite verb of "X took to the radio to say ...", "X gathered on Friday to
    discuss ...": an infinitive of purpose whose cue takes the clause's subject as its source;
    i when there is none."""
    for k in range(i - 2, max(0, i - PURPOSE_SCAN) - 1, -1):
        t = toks[k]
        if t.quoted or t.qmark or t.low in PURPOSE_STOPS:
            return i
        if t.tag in FINITE_TAGS:
            sj = k - 1  # "X never missed a chance to remind ...": over an adverb
            while sj > 0 and toks[sj].tag in ("RB", "RBR") and not toks[sj].quoted:
                sj -= 1
            if (
                k > 0
                and _agentive(toks[sj])
                and t.low not in VERB_FORMS
                and t.low not in STANCE_FORMS
                and (t.low not in BE_HAVE_FORMS or _readiness_frame(toks, k, i))
            ):
                return k
            return i
    return i


def _catenative_cue_after(toks: list[Tok], i: int) -> bool:
    """Token i is a catenative ("continued", "went" of "went on") followed by "to" and a
    cue verb, which takes the cue."""
    k = (
        i + 2
        if i + 1 < len(toks) and toks[i + 1].low == "on" and toks[i].low in GO_FORMS
        else i + 1
    )
    if toks[i].low not in CATENATIVE_FORMS and k == i + 1:
        return False
    v = k + 2 if k + 2 < len(toks) and _split_adverb(toks[k + 1]) else k + 1
    return (
        v < len(toks)
        and toks[k].low == "to"
        and _catenated_cue(toks[v].low)
        and _catenative_before(toks, v) == i
    )


def _catenated_cue(word: str) -> bool:
    """A cue verb strong enough to keep its cue role after "continued to" and the like
    ("continued to insist"), not a weak one ("began to show", "tried to push")."""
    form = VERB_FORMS.get(word)
    if form is not None:
        return cue_weight(form[0]) > CATENATED_MIN_WEIGHT
    return word in STANCE_FORMS


LABEL_PREPOSITIONS = {"over", "for", "in", "at", "with", "from", "into", "after", "before", "vs"}


# Tags with which a word outside the lexicon's cue words may open a cue: a generic verb with
# a human subject ("Ruiz lamented that ...") and a base form after a plural subject
OPENER_TAGS = GENERIC_VERB_TAGS | {"VB"}


@lru_cache(maxsize=1)
def _cue_openers() -> frozenset[str]:
    """Every word a branch of `_find_cues` tests a token for before it opens a cue, so that
    the loop can pass over the other words at once (a new branch keyed on a word of its own
    adds that word here)."""
    return frozenset().union(
        IDIOM_VERB_FORMS, ROLE_NOUNS, ADJ_PREP_CUES, COPULA_THAT_NOUNS, NOUN_PREP_CUES,
        TARGET_NOUNS, HELD_NOUN_PREP_CUES, MAKE_FORMS, VERB_FORMS, STANCE_FORMS,
        OBJECT_PREP_FORMS, {"against", "by", "according", "quoted", "put", "puts"},
    )  # fmt: skip


def _find_cues(toks: list[Tok], headline: bool = False, title: bool = False) -> list[Cand]:
    """Cue candidates of a sentence; `title`: the sentence is the text's title, where a
    capitalised "Name:" labels its speaker."""
    cands: list[Cand] = []
    n = len(toks)
    i = 0
    # transcript speaker label: "SMITH: ..." / "GOV. JOHN SMITH: ..."; in a headline also
    # "Smith: ..." / "Poll: ..."
    k = 1 if n and toks[0].qmark else 0
    while (
        k < n
        and k < 5
        and toks[k].word[:1].isalpha()
        and (toks[k].word.isupper() or ((headline or title) and toks[k].word[:1].isupper()))
    ):
        k += 1
    kicker = False
    if (
        0 < k < n - 1
        and toks[k].low == ":"
        and any(len(t.word) > 1 for t in toks[:k])
        and not (title and toks[0].tag == "DT")  # "The Latest: ..." names a series
        # "Ruiz Blasts Mayor: '...'": a headline's verb, not a speaker's label
        and not any(_cue_form_3sg(t.low) for t in toks[1:k])
        # "Tolls Over Safety: ...": a title-case preposition makes a phrase, not a name
        and not any(t.low in LABEL_PREPOSITIONS and not t.word.isupper() for t in toks[1:k])
    ):
        cands.append(Cand((k, k + 1), ":", 0.9))
        kicker = any(t.low in KICKER_WORDS for t in toks[:k])
        i = k + 1
    openers = _cue_openers()
    while i < n:
        t = toks[i]
        if (t.low not in openers and t.tag not in OPENER_TAGS) or t.quoted or t.qmark:
            i += 1  # no branch below opens a cue at a word outside `_cue_openers`
            continue
        idiom = _idiom_at(toks, i) if t.low in IDIOM_VERB_FORMS else None
        if idiom is not None:
            head, to = i, _infinitive_to(toks, i)
            if to >= 1:
                # "tried to take aim at", "used the speech to draw a contrast with": the
                # catenative's or the purpose clause's subject holds the stance
                head = to - 1 if toks[to - 1].low in CATENATIVE_FORMS else _purpose_head(toks, i)
            a = _aux_left(toks, head)
            if a > 0 and (_agentive(toks[a - 1]) or _comma_subject(toks, a, toks[head].tag)):
                w = _infinitive_weight(toks, head, i, IDIOM_WEIGHT)
                cands.append(Cand((a, idiom[1]), idiom[0], w))
                i = idiom[1]
                continue
        if (
            t.low in ROLE_NOUNS
            and i + 2 < n
            and toks[i + 1].low in ROLE_NOUNS[t.low]
            and not toks[i + 1].quoted
            and _copula_before(toks, i) is not None
            and not (t.low.startswith("champion") and _play_target(toks, i + 2))
        ):
            # "X is a vocal critic of Y": a role of stance after "be"
            cands.append(Cand((i, i + 2), t.low, ADJ_WEIGHT, noun=True, adj=True))
            i += 2
            continue
        if t.low == "against" and i + 1 < n and _be_against(toks, i):
            # "Ruiz is firmly against the toll": a stance held, like "opposed to"
            cands.append(Cand((i, i + 1), "be against", ADJ_WEIGHT, noun=True, adj=True))
            i += 1
            continue
        if t.low in ADJ_PREP_CUES and i + 2 < n and _adj_cue(toks, i):
            w = ADJ_THAT_WEIGHT if toks[i + 1].low == "that" else ADJ_WEIGHT
            cands.append(Cand((i, i + 2), t.low, w, noun=True, adj=True))
            i += 2
            continue
        if t.low in ADJ_PREP_CUES and i + 2 < n and _adj_clause_cue(toks, i):
            # "is confident the pier will reopen": a "that" clause without its "that"
            cands.append(Cand((i, i + 1), t.low, ADJ_THAT_WEIGHT, noun=True, adj=True))
            i += 1
            continue
        that = (
            _copula_that(toks, i)
            if 0 < i < n - 3 and (t.low in COPULA_THAT_NOUNS or t.low in NOUN_PREP_CUES)
            else None
        )
        if that is not None:
            # "Ruiz's view is that ...", "her main point has long been that ...": the
            # noun's "that" clause after "be"
            cands.append(Cand((i, that + 1), t.low, NOUN_WEIGHT, noun=True))
            i = that + 1
            continue
        v = _target_verb(toks, i) if t.low in TARGET_NOUNS and i + 3 < n else None
        if v is not None:
            # "Ruiz drew the support of older voters": the voters support Ruiz
            cands.append(Cand((v, i + 2), t.low, NOUN_WEIGHT, noun=True, target=True))
            i += 2
            continue
        agent_end = _noun_from_agent(toks, i) if t.low in NOUN_PREP_CUES else None
        if agent_end is not None:
            # "warnings from engineers about the pier": the "from" phrase is the source
            cands.append(Cand((i, agent_end + 1), t.low, NOUN_WEIGHT, noun=True))
            i = agent_end + 1
            continue
        if t.low in NOUN_PREP_CUES and i + 2 < n and _noun_cue(toks, i):
            cands.append(Cand((i, i + 2), t.low, NOUN_WEIGHT, noun=True))
            i += 2
            continue
        if t.low in HELD_NOUN_PREP_CUES and i + 2 < n and _held_noun_cue(toks, i):
            cands.append(Cand((i, i + 2), t.low, NOUN_WEIGHT, noun=True, held=True))
            i += 2
            continue
        if t.low == "by" and _by_estimate(toks, i):
            # "..., by one estimate." / "By the council's count, ...": like "according to"
            cands.append(Cand((i, i + 1), "according to", BY_ESTIMATE_WEIGHT))
            i += 1
            continue
        if t.low == "according" and i + 1 < n and toks[i + 1].low == "to":
            cands.append(Cand((i, i + 2), "according to", 0.95))
            i += 2
            continue
        if (
            t.low == "quoted"
            and i + 2 < n
            and toks[i + 1].low == "as"
            and (toks[i + 2].low in VERB_FORMS)
        ):
            a = _aux_left(toks, i)
            cands.append(Cand((a, i + 3), VERB_FORMS[toks[i + 2].low][0], 0.95))
            i += 3
            continue
        if (
            t.low in ("put", "puts")
            and i + 1 < n
            and toks[i + 1].low == "it"
            and _as_clause(toks, i) is not None
        ):
            # "as X put it, ...": a verb of saying only in this frame
            cands.append(Cand((_aux_left(toks, i), i + 2), "put it", AS_PUT_IT_WEIGHT))
            i += 2
            continue
        if t.low in MAKE_FORMS and t.word[:1].islower():
            # "X made clear (that) ...", "X has made it clear ..."
            k = i + 2 if i + 1 < n and toks[i + 1].low == "it" else i + 1
            if k < n - 1 and toks[k].low == "clear":
                cands.append(Cand((_aux_left(toks, i), k + 1), "make clear", MAKE_CLEAR_WEIGHT))
                i = k + 1
                continue
        form = VERB_FORMS.get(t.low)
        if form and (
            t.word[:1].islower()
            or i == 0
            or (headline and toks[i - 1].tag in ("NNP", "NNPS", "PRP") and t.word[1:].islower())
        ):
            lemma, kind = form
            if _catenative_cue_after(toks, i):
                i += 1  # "continued to question": the cue is the verb after "to"
                continue
            if _is_verb_use(toks, i, kind) and not _other_sense(toks, i, lemma, kind):
                b = i + 1
                parts = PARTICLES.get(lemma)
                if parts and b < n and toks[b].low in parts:
                    b += 1
                elif parts and _adverb_particle(toks, b, parts):
                    b = _adverb_particle(toks, b, parts)
                elif lemma in NEEDS_PARTICLE and not (
                    lemma in INFINITIVE_CUES
                    and b + 1 < n
                    and toks[b].low == "to"
                    and _infinitive(toks, b + 1)
                ):
                    i += 1
                    continue
                if lemma in LITERAL_PARTICLE_VERBS and _moving(toks, b):
                    i += 1
                    continue  # "walked back into the room": a movement, not a retraction
                head = _catenative_before(toks, i)
                a = _aux_left(toks, head)
                cands.append(
                    Cand((a, b), lemma, _infinitive_weight(toks, head, i, cue_weight(lemma)))
                )
                i = b
                continue
        stance = STANCE_FORMS.get(t.low)
        if (
            not form
            and i > 0
            and t.word[:1].islower()
            and (stance or t.tag in GENERIC_VERB_TAGS or _present_after_subject(toks, i))
        ):
            head = _catenative_before(toks, i)
            a = _aux_left(toks, head)
            b = i + 1
            if stance:
                lemma = stance[0]
                ok = (
                    _is_verb_use(toks, i, stance[1]) and not _other_sense(toks, i, lemma, stance[1])
                ) and (
                    a == i
                    or stance[1] not in ("part", "pp")
                    or (stance[1] == "part" and _perfect(toks, a, i))
                    # "was seen by the mayor as a retreat": an irregular participle's passive
                    # with its agent and "as" (not "was seen by residents from the pier")
                    or (stance[1] == "part" and _by_agent_as(toks, i + 1, n))
                    # "Ruiz was mocked": a passive, its subject holds no view; "was mocked by
                    # the mayor" is the agent's
                    or (
                        stance[1] == "pp"
                        and (
                            not any(toks[x].low in BE_FORMS - {"'s", "’s"} for x in range(a, i))
                            or _by_agent(toks, i + 1, n) is not None
                        )
                    )
                )
                parts = PARTICLES_STANCE.get(lemma)
                if (
                    parts
                    and b < n
                    and toks[b].low in parts
                    # "voted to close the pier", not "voted to the left"
                    and (
                        lemma != "vote"
                        or toks[b].low != "to"
                        or (b + 1 < n and _infinitive(toks, b + 1))
                    )
                ):
                    b += 1
                elif parts and _adverb_particle(toks, b, parts):
                    b = _adverb_particle(toks, b, parts)
                elif lemma in NEEDS_PARTICLE:
                    ok = False
            else:
                lemma = t.low
                if (
                    b + 2 < n
                    and toks[b].low == "by"
                    and toks[b + 1].low in ("now", "then")
                    and toks[b + 2].low == "that"
                ):
                    b += 2  # "the crew has overheard by now that ...": the cue keeps its time
                ok = (
                    t.low not in NON_CUE_VERBS
                    # "X repeatedly linked ...": a past tense the tagger calls a participle
                    and (
                        t.tag != "VBN"
                        or _perfect(toks, a, i)
                        or all(toks[x].tag.startswith("RB") for x in range(a, i))
                    )
                    and b < n
                    and (
                        toks[b].low == "that"
                        or toks[b].qmark == "open"
                        or (t.low in OBJECT_PREP_FORMS and _object_then(toks, b, t.low))
                    )
                )
            if (
                ok
                and a > 0
                and (
                    _agentive(toks[a - 1])
                    # "no one could have foreseen ...": "someone" split in two
                    or (a > 1 and _no_one(toks, a - 1))
                    # "the mayor herself cited ...": an emphatic pronoun after the subject
                    or (a > 1 and toks[a - 1].low in REFLEXIVES and _agentive(toks[a - 2]))
                    or _comma_subject(toks, a, stance[1] if stance else t.tag)
                    or (t.tag in ("VBD", "VBZ", "VBP") and _coordinated_subject(toks, a, i))
                    or (stance and stance[1] == "ger" and _spent_subject(toks, a) is not None)
                    # "the plan was applauded by critics": the agent holds the view
                    or (
                        stance
                        and (_passive(toks, a, b) or _reduced_passive(toks, a, b))
                        and _by_agent(toks, b, n) is not None
                    )
                )
            ):
                if b < n and toks[b].tag == "RP":
                    b += 1
                w = _infinitive_weight(toks, head, i, STANCE_VERBS.get(lemma, GENERIC_WEIGHT))
                cands.append(Cand((a, b), lemma, w, generic=not stance))
                i = b
                continue
        i += 1
    if kicker and len(cands) > 1:
        cands.pop(0)  # "EXCLUSIVE: X says ...": the label names the story, X speaks
    return cands


PREP_SCAN = 8  # words between a verb and the "as"/"to" after its object
AS_CLAUSE_VERB = 3  # words after "as" and its first word where a clause's verb would stand
PREP_STOPS = {",", ";", ":", "(", "--", "—", "–", "that", "and", "but", "to", "when", "while"}


def _object_then(toks: list[Tok], b: int, word: str) -> bool:
    """After the verb `word` that ends before b, an object and the word that opens its
    complement ("billed the pier as a landmark", "linked the delays to the storm"), not "as"
    opening a clause ("painted the fence as he left") or "to" an infinitive."""
    prep = OBJECT_PREP_FORMS[word]
    for k in range(b + 1, min(len(toks) - 1, b + PREP_SCAN)):
        t = toks[k]
        if t.low == prep and not (t.quoted or t.qmark):
            nxt = toks[k + 1]
            if prep == "to":
                return not nxt.tag.startswith("VB")
            # "as he left", "as the sun set": a clause of time, its subject and verb; not the
            # verb of a relative clause ("as an issue that is ...")
            window = takewhile(
                lambda x: x.low not in RELATIVE_PRONOUNS, toks[k + 2 : k + 2 + AS_CLAUSE_VERB]
            )
            return nxt.low not in PRONOUN_SUBJ and not any(x.tag in FINITE_TAGS for x in window)
        if t.quoted or t.qmark or t.low in PREP_STOPS or t.tag in FINITE_TAGS:
            return False
    return False


COORD_SCAN = 30  # words back from "and" to the verb whose subject a coordinated verb shares
COORD_STOPS = {"that", "who", "which", ";", ":", "(", "if", "because", "when", "while"}


def _coordinated_subject(toks: list[Tok], a: int, i: int) -> bool:
    """The verb at i (its cue from a) follows "and" and shares the subject of the clause's
    earlier verb, one that can hold a view: "Ruiz took office in May and then voted against"."""
    if toks[a - 1].low != "and":
        return False
    for k in range(a - 2, max(-1, a - COORD_SCAN), -1):
        t = toks[k]
        if t.quoted or t.qmark or t.low in COORD_STOPS:
            return False
        if t.tag in ("VBD", "VBZ", "VBP"):
            # "the mayor is popular and praised for ...": after "be", a participle; "Ruiz is
            # an expert and has lectured on ...": the cue's own auxiliary makes it finite
            own_aux = toks[a].low in HAVE_FORMS and a < i
            fa = _aux_left(toks, k)
            return (
                fa > 0
                and (own_aux or (t.low not in BE_FORMS and _same_tense(t, toks[i])))
                and _agentive(toks[fa - 1])
            )
    return False


SPEND_FORMS = {"spend", "spends", "spent", "spending"}
SPEND_SCAN = 12  # words between "spent" and the participle of what was spent doing


def _spent_subject(toks: list[Tok], a: int) -> tuple[int, int] | None:
    """The subject of "X spent <time> ..." before a participle at a, when it can hold a view:
    "Ruiz spent much of the spring touting the pier" -> "Ruiz"."""
    if not toks[a].low.endswith("ing"):
        return None
    for k in range(a - 1, max(-1, a - SPEND_SCAN), -1):
        t = toks[k]
        if t.quoted or t.qmark or t.low in COORD_STOPS or t.low == ",":
            return None
        if t.low in SPEND_FORMS:
            fa = _aux_left(toks, k)
            src = _source_left(toks, fa) if fa > 0 and _agentive(toks[fa - 1]) else None
            return src
        if t.tag in FINITE_TAGS:
            return None
    return None


def _same_tense(first: Tok, verb: Tok) -> bool:
    """Coordinated verbs share their tense ("ran ... and cited", "has run ... and cited"); a
    mismatch is a noun ("wanted the deals and favors")."""
    if verb.tag == "VBD":
        return first.tag == "VBD" or first.low in HAVE_FORMS
    return first.tag in ("VBZ", "VBP")


PLURAL_SUBJECT_PRONOUNS = {"who", "they", "we", "i", "you"}


def _present_after_subject(toks: list[Tok], i: int) -> bool:
    """A base form right after a plural subject is a present tense the tagger missed: "fans
    who style themselves as purists", "they cast the plan as ..."."""
    p, t = toks[i - 1], toks[i]
    if p.low in PLURAL_SUBJECT_PRONOUNS and t.low in OBJECT_PREP_FORMS:
        return True  # the tagger's noun: "who frame it as ...", "they paint it as ..."
    return t.tag == "VB" and (p.low in PLURAL_SUBJECT_PRONOUNS or p.tag in ("NNS", "NNPS"))


def _cue_form_3sg(word: str) -> bool:
    form = VERB_FORMS.get(word) or STANCE_FORMS.get(word)
    return form is not None and form[1] == "3sg"


AS_PUT_IT_WEIGHT = 0.85
MAKE_FORMS = {"make", "makes", "made", "making"}
MAKE_CLEAR_WEIGHT = 0.8
AS_CLAUSE_SCAN = 25  # words between "as" and the verb of "as X put it"


def _as_clause(toks: list[Tok], i: int) -> int | None:
    """Index of the "as" of an "as X ..." clause, opening the sentence or following a comma,
    that the verb at i closes."""
    for x in range(i - 1, max(-1, i - AS_CLAUSE_SCAN), -1):
        if toks[x].low == "as" and (x == 0 or toks[x - 1].low in (",", "and", "but")):
            return x
        if toks[x].tag in FINITE_TAGS and not toks[x].quoted:
            return None
    return None


REFLEXIVES = {"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"}


def _other_sense(toks: list[Tok], i: int, lemma: str, kind: str) -> bool:
    """A form of a cue verb in one of its senses that report nothing: "find a job", "was
    charged with fraud", "racially charged", "bring jobs back to", "the court ruling"."""
    if _reader_question(toks, i) or (kind == "base" and _imperative(toks, i)):
        return True
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if lemma == "show" and nxt is not None and nxt.low == "up":
        return True  # "she showed up at the rally": appeared
    if lemma == "go" and nxt is not None and nxt.low == "on" and i + 2 < len(toks):
        # "went on offense", "went on the radio": not "went on to say", "went on: ..."
        after = toks[i + 2]
        return after.word[:1].isalnum() and after.low not in ("to", "about", "with")
    if lemma == "say" and _discourse_say(toks, i, kind):
        return True
    if lemma == "advise":
        return _consulting(toks, i)
    if lemma == "report" and kind != "ger" and _reports_to(toks, i):
        return True
    if lemma == "assume":
        return _takes_on(toks, i)
    if kind in ("past", "part", "pp") and prev is not None and prev.low == "as":
        # "as shown in the case of", "when used as intended": a manner, not a report; "as
        # reported by" and "as noted" still report
        return lemma not in REPORTING_AS
    if lemma == "decline" and nxt is not None:
        # "declined to comment", "declined the offer"; not "declined to $3 million", "declined
        # sharply": a fall
        after = toks[i + 2] if nxt.low in ("to", "by", "from") and i + 2 < len(toks) else nxt
        return after.tag == "CD" or after.low[:1].isdigit() or after.low in ("$", "€", "£")
    if lemma == "enjoy":
        # "enjoyed strong support among voters", "enjoys a wide lead": a standing, not a liking
        return any(
            toks[k].low in STANDING_NOUNS for k in range(i + 1, min(len(toks), i + ENJOY_SCAN))
        )
    if lemma in ("ask", "request") and _anonymity(toks, i):
        return True  # "who asked not to be named": why the source is unnamed, not a report
    if lemma == "know" and nxt is not None and nxt.low == "as":
        return True  # "a crew known as Sandfly": a name, not knowledge
    if lemma == "allow":
        # "loopholes that allow developers to ...": only a person or body permits
        a = _aux_left(toks, i)
        if kind == "ger" and a > 0 and toks[a - 1].tag == "IN":
            return False  # "by allowing ...": the subject of the governing clause
        return a == 0 or not _agentive(toks[a - 1])
    if lemma == "maintain" and nxt is not None and nxt.low in ("a", "an"):
        return True  # "maintains a lead", "maintained a program": keeps, does not claim
    if lemma == "find":
        # "find a job"; "found itself at the center", "found a way"
        return kind == "base" or (
            nxt is not None
            and (
                nxt.low in REFLEXIVES
                or (nxt.low == "a" and i + 2 < len(toks) and toks[i + 2].low == "way")
            )
        )
    if lemma == "call" and kind in ("past", "part", "pp") and nxt is not None and prev is not None:
        # "a firm called Acme" names; "she called in to a radio show" phones
        if nxt.low in ("in", "into"):
            return True
        if prev.tag not in ("NN", "NNS") or _agentive(prev) or nxt.tag not in ("NNP", "NNPS"):
            return False
        k = i + 1
        while k < len(toks) and toks[k].tag in ("NNP", "NNPS"):
            k += 1
        # "the letter called Roe a fraud" labels Roe; "a firm called Acme" names the firm
        return k >= len(toks) or toks[k].tag not in ("DT", "JJ", "PRP$")
    if lemma == "charge" and kind in ("past", "part", "pp") and prev is not None:
        return prev.low in BE_FORMS or prev.low.endswith("ly")
    if lemma == "back" and nxt is not None and nxt.low == "out":
        return True  # "the city backed out": withdrew; "backed off a plan" is a stance
    if lemma == "back" and kind == "base":
        return nxt is None or nxt.tag in ("IN", "TO", ",", ".") or nxt.low in ("to", ",", ".")
    if lemma == "like" and kind == "base" and prev is not None and nxt is not None:
        # "groups like Acme", "senators like Jane Roe": a preposition
        return prev.tag in ("NNS", "NNPS") and nxt.tag in ("NNP", "NNPS")
    if kind == "ger" and prev is not None:
        return prev.tag in ("NN", "NNP", "NNPS", "CD") and lemma == "rule"
    return False


REPORTING_AS = {"report", "note", "state", "write", "tell", "say", "quote", "describe", "mention"}
# What one takes on with "assume": "assumed office", "would assume its debts".
TAKE_ON_NOUNS = {
    "office", "role", "post", "position", "duties", "obligations", "responsibility",
    "responsibilities", "control", "power", "command", "leadership", "presidency", "mantle",
    "style", "debt", "debts", "liabilities", "risk", "title", "chairmanship", "helm",
}  # fmt: skip
TAKE_ON_SCAN = 6


def _takes_on(toks: list[Tok], i: int) -> bool:
    """The "assume" of taking on: "she assumed office", "the firm would assume
    its debts"; not "they assume the tax will pass"."""
    for k in range(i + 1, min(len(toks), i + TAKE_ON_SCAN)):
        t = toks[k]
        if t.low in TAKE_ON_NOUNS:
            return True
        if t.low == "that" or t.tag in FINITE_TAGS or not t.word[:1].isalnum():
            return False
    return False


STANDING_NOUNS = {
    "support", "standing", "popularity", "lead", "advantage", "edge", "reputation", "status",
    "majority", "margin", "backing", "success", "access", "ratings",
}  # fmt: skip
ENJOY_SCAN = 6
ADVICE_OPENERS = {"to", "that", "against", "whether", "how", "what", "why", "when", "if"}
CONSULTING_SCAN = 8


def _discourse_say(toks: list[Tok], i: int, kind: str) -> bool:
    """A "say" of a discourse idiom that reports no one's words: "Having said that, ...",
    "It goes without saying ...", "Needless to say, ...", "to, say, five percent"."""
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    after = toks[i + 2] if i + 2 < len(toks) else None
    if prev == "having" and nxt in ("that", "this") and after is not None and after.low == ",":
        return True
    if kind == "ger" and prev == "without" and i > 1 and toks[i - 2].low in GO_FORMS:
        return True
    if prev == "to" and i > 1 and toks[i - 2].low == "needless":
        return True
    # "narrows the gap to, say, five points": for example (not "people, say, 'Look ...'")
    return (
        kind == "base"
        and prev == ","
        and nxt == ","
        and after is not None
        and not after.qmark
        and after.word[:1] not in ("‘", "'")
    )


def _consulting(toks: list[Tok], i: int) -> bool:
    """The "advise" of a paid adviser, with a client and no advice given: "the bank advised the
    buyer on the deal", "fees from advising clients"; not "advised him to resign"."""
    for k in range(i + 1, min(len(toks), i + CONSULTING_SCAN)):
        t = toks[k]
        if t.low in ADVICE_OPENERS or t.qmark or t.low == ":":
            return False
        if t.low in ("on", ",", ".", ";", "as", "and", "for") or t.tag in ("VBD", "VBZ", "MD"):
            return True
    return True


def _reader_question(toks: list[Tok], i: int) -> bool:
    """A yes/no question put to the reader asks for a view and reports none: "Do you back
    the plan?", "Or would you think otherwise?"."""
    if i < 2 or toks[i - 1].low != "you" or toks[i - 2].low not in QUESTION_AUXILIARIES:
        return False
    if i > 2 and toks[i - 3].low not in ("or", "and", "but", ","):
        return False
    return toks[-1].low == "?"


REPORT_THAT_SCAN = 12


def _anonymity(toks: list[Tok], i: int) -> bool:
    """ "asked not to be named / identified", "requested anonymity" after the cue at i."""
    words = [t.low for t in toks[i + 1 : i + 5]]
    return words[:1] == ["anonymity"] or (
        words[:2] == ["not", "to"] and len(words) > 3 and words[3] in ANONYMITY_VERBS
    )


ANONYMITY_VERBS = {"named", "identified", "quoted"}


def _reports_to(toks: list[Tok], i: int) -> bool:
    """ "X reported from Kabul" (a byline), "X reported daily to the chief" (a chain of
    command): no report is made. "reported to police that ..." still reports."""
    k = i + 1
    while k < len(toks) and (toks[k].tag.startswith("RB") or toks[k].low in ("daily", "directly")):
        k += 1
    if k >= len(toks) or toks[k].low not in ("to", "from"):
        return False
    if k + 1 < len(toks) and toks[k].low == "to" and _infinitive(toks, k + 1):
        return False  # "is reported to have praised": a report
    # a "that" clause soon after: "reported to police on Monday that ..."
    return toks[k].low == "from" or not any(t.low == "that" for t in toks[k : k + REPORT_THAT_SCAN])


IMPERATIVE_OPENERS = {"please", "now", "so", "just", "then", "and", "but", "also", ","}


def _imperative(toks: list[Tok], i: int) -> bool:
    """A command to the reader opens the sentence with a bare verb ("Imagine that ...",
    "Now tell us ...", "Honestly, please ask yourself ..."): no one is reported."""
    if toks[0].quoted or toks[0].qmark or (i == 0 and toks[0].word[:1].islower()):
        return False
    return all(toks[x].low in IMPERATIVE_OPENERS or toks[x].tag == "RB" for x in range(i))


PARTICLE_GAP = 4  # words of adverbs between a verb and its particle
PARTICLE_GAP_PHRASES = {("in", "public"), ("at", "length"), ("in", "private")}


def _adverb_particle(toks: list[Tok], b: int, parts) -> int:
    """Adverbs between a verb and its particle: "spoke passionately about", "speaks more
    often in public about". Returns the index after the particle, 0 when there is none."""
    k = b
    n = len(toks)
    while k < min(n - 1, b + PARTICLE_GAP):
        t = toks[k]
        if (
            (t.tag.startswith("RB") or t.low in ("more", "less"))
            and not t.quoted
            and t.low not in ("not", "n't")
        ):
            k += 1  # "passionately", "more often", "again"
        elif (t.low, toks[k + 1].low) in PARTICLE_GAP_PHRASES:
            k += 2
        else:
            break
    return k + 1 if b < k < n and toks[k].low in parts else 0


def _infinitive(toks: list[Tok], k: int) -> bool:
    """Token k, after "to", is a verb ("to share a station"), not a noun ("to the city")."""
    t = toks[k]
    if t.tag.startswith("VB"):
        return True
    return (
        t.tag == "NN"
        and t.word[:1].islower()
        and k + 1 < len(toks)
        and toks[k + 1].tag in ("DT", "PRP$", "PRP", "IN", "RB")
    )


def _noun_cue(toks: list[Tok], i: int) -> bool:
    """A stance noun used as a noun, followed by a word that opens its content."""
    t, nxt = toks[i], toks[i + 1]
    if nxt.low not in NOUN_PREP_CUES[t.low] or nxt.quoted or nxt.qmark:
        return False
    if i == 0:
        return False
    p = toks[i - 1]
    # a title-case headline capitalizes the noun after its holder: "On Her Refusal To Meet"
    if not t.word[:1].islower() and not (p.tag in ("PRP$", "POS") or p.low in ("'s", "’s")):
        return False
    # "with promises to ...": a plural the tagger reads as a verb, after a preposition
    plural = t.tag == "VBZ" and p.tag in ("IN", "PRP$", "POS") and p.low != "that"
    if not t.tag.startswith("NN") and t.tag not in ("VB", "VBP") and not plural:
        return False
    if p.tag not in NOUN_LEFT_TAGS and p.low not in ("'s", "no", "any", "some"):
        return False
    if nxt.low == "that" and toks[i + 2].tag in FINITE_TAGS:
        return False  # a relative clause: "the claim that won him the seat"
    if t.low == "demand" and p.low in MARKET_ADJECTIVES:
        return False  # "weak demand for coal": a market, not a request
    if nxt.low == "to" and not _infinitive(toks, i + 2):
        return nxt.low in NOUN_PREP_CUES[t.low] - {"that"} and t.low in (
            "opposition",
            "objection",
            "objections",
        )
    return True


# Verbs whose subject holds the wish or feeling named after them ("she has no interest in",
# "residents harbor doubts about"); only with the nouns that need a holder.
HOLDING_VERBS = {
    "have", "has", "had", "having", "harbor", "harbors", "harbored", "harboring", "harbour",
    "harbours", "harboured", "harbouring",
}  # fmt: skip


# Nouns of stance whose holder follows "of" or "from" and whose target is the subject of a
# verb of receiving before them: "X drew praise from Y", "X has the backing of Y".
TARGET_NOUNS = {
    "support", "backing", "endorsement", "endorsements", "praise", "criticism",
    "condemnation", "applause", "approval", "ridicule", "scorn", "rebuke", "rebukes",
    "attacks", "opposition", "fire",
}  # fmt: skip
RECEIVING_NOUN_VERBS = {
    "has", "have", "had", "having", "won", "win", "wins", "winning", "earned", "earn", "earns",
    "earning", "garnered", "garner", "garners",
    "gained", "gain", "gains", "secured", "secure", "secures", "got", "get", "gets", "getting",
    "picked", "pick", "picks", "picking",
    # the subject causes the stance: "the deal sparked criticism from unions"
    "sparked", "spark", "sparks", "sparking", "prompted", "prompt", "prompts", "prompting",
    "triggered", "trigger", "triggers", "triggering", "provoked", "provoke", "provokes",
    "provoking",
}  # fmt: skip


def _target_holder_end(toks: list[Tok], p: int) -> int:
    """End of the noun phrase after the preposition at p, through one "of" ("of 40 percent
    of voters")."""
    e = _by_phrase_end(toks, p)
    if e < len(toks) and toks[e].low == "of" and _by_phrase_end(toks, e) > e + 1:
        e = _by_phrase_end(toks, e)
    if e < len(toks) and toks[e].low == "and" and _by_phrase_end(toks, e) > e + 1:
        e = _by_phrase_end(toks, e)  # "from unions and fishermen"
    return e


def _target_verb(toks: list[Tok], i: int) -> int | None:
    """For a noun of stance at i after a verb of receiving and followed by "of" or "from"
    and a noun phrase that can hold a view ("has the support of older voters", "drew sharp
    criticism from the council"): the index of that verb."""
    if toks[i + 1].low not in ("of", "from", "among") or not toks[i].word[:1].islower():
        return None
    if toks[i].quoted or toks[i + 1].quoted:
        return None
    e = _target_holder_end(toks, i + 1)
    if e <= i + 2 or not any(_agentive(toks[x]) for x in range(i + 2, e)):
        return None  # "the support of older voters", not "of steel beams"
    v = i - 1
    while v > 0 and i - v <= 3 and toks[v].tag in ("DT", "JJ", "JJR", "RB", "RBR", "PRP$", "VBG"):
        v -= 1
    if v > 0 and toks[v].low == "up" and toks[v - 1].low in ("picked", "pick", "picks", "picking"):
        v -= 1  # "picks up the backing of"
    t = toks[v]
    if t.quoted or not (t.low in TARGET_VERBS or t.low in RECEIVING_NOUN_VERBS):
        return None
    return v


# Nouns that hold a claim only as the subject of "be" before "that" ("Ruiz's bet is that
# ...", "his message has been that ..."), besides the nouns with a "that" of their own.
COPULA_THAT_NOUNS = {
    "bet", "message", "point", "argument", "guess", "answer", "response", "reply", "advice",
    "position", "stance", "thinking", "pitch", "case", "line", "mantra", "philosophy",
    "reasoning", "explanation", "excuse", "defense", "defence", "hope", "fear", "worry",
    "concern", "view", "belief", "suggestion", "theory",
}  # fmt: skip
COPULA_THAT_VERBS = {"is", "was", "remains", "remained"}


ASIDE_MARKS = {",", "-", "--", "—", "–"}


def _aside_end(toks: list[Tok], j: int) -> int:
    """Index after an aside set off by commas or dashes at j ("Ruiz's view, however, is
    that ...", "her answer - one she gives often - was that ..."); j when there is none."""
    if j >= len(toks) or toks[j].low not in ASIDE_MARKS or toks[j].quoted:
        return j
    mark = toks[j].low
    for k in range(j + 1, min(len(toks), j + ASIDE_SCAN)):
        if toks[k].quoted or toks[k].qmark:
            return j
        if toks[k].low == mark:
            return k + 1 if k > j + 1 else j
    return j


def _copula_that(toks: list[Tok], i: int) -> int | None:
    """For a noun at i held by a possessive (a few adjectives between) and followed by "be"
    and "that" ("Ruiz's main point was that ...", "her answer long has been that ..."):
    the index of "that"."""
    t = toks[i]
    if not (
        t.low in COPULA_THAT_NOUNS or (t.low in NOUN_PREP_CUES and "that" in NOUN_PREP_CUES[t.low])
    ):
        return None
    k = i
    while k > 0 and i - k < 2 and toks[k - 1].tag in ("JJ", "JJS", "JJR", "RBS"):
        k -= 1
    if k == 0 or toks[k - 1].tag not in ("PRP$", "POS") or toks[k - 1].quoted:
        return None
    j = _aside_end(toks, i + 1)
    adverbs = ("long", "always", "often", "still", "also")
    if j < len(toks) and toks[j].low in adverbs:
        j += 1  # "her answer long has been that"
    if j + 1 < len(toks) and toks[j].low in HAVE_FORMS:
        j += 2 if toks[j + 1].low in adverbs else 1  # "has always been"
        if j >= len(toks) or toks[j].low != "been":
            return None
        j += 1
    elif j < len(toks) and toks[j].low in COPULA_THAT_VERBS:
        j += 1
    else:
        return None
    if j + 1 < len(toks) and toks[j].low == "that" and not toks[j].quoted:
        return j
    return None


def _held_inside(b: Cand, toks: list[Tok]) -> bool:
    """A held noun that another report's content contains whole: a possessive's ("X cited
    his refusal to ...") or a holding verb's ("X found 40 percent who have doubts about
    ..."), not a voicing verb's, which reports on its own."""
    if not b.held or b.source is None:
        return False
    return not any(toks[x].low in VOICING_VERBS for x in range(b.source[1], b.cue[0]))


def _held_noun_cue(toks: list[Tok], i: int) -> bool:
    """A noun of wish, feeling or opinion with a holder before it: a possessive ("Ruiz's
    distrust of the port") or a voicing verb ("the council voiced misgivings about")."""
    t, nxt = toks[i], toks[i + 1]
    if nxt.low not in HELD_NOUN_PREP_CUES[t.low] or nxt.quoted or nxt.qmark or t.quoted:
        return False
    if not t.word[:1].islower() or not (t.tag.startswith("NN") or t.tag.startswith("VB")):
        return False
    if nxt.low == "to" and not _infinitive(toks, i + 2):
        return False
    k = i
    while (
        k > 0
        and toks[k - 1].tag in ("JJ", "JJR", "RB", "VBN", "VBG")
        and toks[k - 1].low not in VOICING_VERBS
        and toks[k - 1].low not in HOLDING_VERBS
        and i - k < 3
    ):
        k -= 1
    if k == 0:
        return False
    p = toks[k - 1]
    if p.quoted or p.qmark:
        return False
    if p.tag == "PRP$":
        return True
    if p.low in ("'s", "’s", "'", "’"):
        # "he's plans to ...": a contracted verb, not a possessive; "an owner's wish to
        # sell": anyone's, no one's view
        if p.tag != "POS" or k < 2 or toks[k - 2].tag == "PRP" or not _agentive(toks[k - 2]):
            return False
        st = _np_left(toks, k - 1, 0)
        return st is not None and toks[st].low not in ("a", "an")
    v = toks[k - 2] if p.tag in ("DT", "PDT") and k > 1 else p
    if v.low in HOLDING_VERBS:
        return True  # "residents have misgivings about", "she had no interest in"
    # "made plans to move": making is no stance, but "made a decision to" is one
    return v.low in VOICING_VERBS and (v.low not in MAKE_FORMS or t.low.startswith("decision"))


BY_ESTIMATE_WEIGHT = 0.8
ESTIMATE_NOUNS = {
    "estimate", "estimates", "count", "counts", "account", "accounts", "measure",
    "measures", "reckoning", "calculation", "calculations", "tally", "tallies",
}  # fmt: skip


def _by_estimate(toks: list[Tok], i: int) -> bool:
    """ "by" opening a short source phrase that ends in a noun of reckoning and is set off
    by a comma or the sentence end: "by one estimate", "by the council's count"."""
    opening = i == 0 or (i == 1 and toks[0].tag == "CC")
    if not opening and toks[i - 1].low != ",":
        return False
    if i + 1 < len(toks) and toks[i + 1].low in ("any", "every", "all"):
        return False  # "by any measure": emphasis, not a source
    for k in range(i + 1, min(len(toks), i + 7)):
        t = toks[k]
        if t.quoted or t.qmark or t.tag in FINITE_TAGS:
            return False
        if t.low in ESTIMATE_NOUNS:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # opening the sentence before a comma, or closing it
            if opening:
                return nxt is not None and nxt.low == ","
            return nxt is None or (nxt.low in (".", "!", "?") and k + 2 >= len(toks))
    return False


IDIOM_WEIGHT = 0.5


IDIOM_MODIFIERS = 4  # adjectives between "a" and an idiom's noun


def _idiom_at(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """An idiom of stance at token i ("took aim at", "threw her support behind"): its name
    and the index after its last word (before a final "that", which opens the content)."""
    lemma = IDIOM_VERB_FORMS[toks[i].low]
    for phrase in IDIOM_CUES.get(lemma, ()):
        k = i + 1
        for word in phrase.split():
            if k >= len(toks) or toks[k].quoted:
                break
            if k > i + 1 and toks[k - 1].low in ("a", "an") and toks[k].low != word:
                # "took a cheap shot at", "drew a more measured, sharp contrast with"
                j = k
                while j < min(len(toks), k + IDIOM_MODIFIERS) and (
                    toks[j].tag in ("JJ", "JJR", "RB", "RBR", "VBN") or toks[j].low == ","
                ):
                    j += 1
                if j < len(toks) and toks[j].low == word and toks[j - 1].low != ",":
                    k = j
            if not (toks[k].low == word or (word == "~" and toks[k].tag == "PRP$")):
                break
            k += 1
        else:
            end = k - 1 if phrase.endswith(" that") else k
            if phrase.endswith(" at") and _play_target(toks, end):
                return None  # "took a shot at the goal", "took a shot at winning": play, a try
            if end < len(toks) - 1:
                return f"{lemma} {phrase}", end
    return None


PLAY_NP_TAGS = {"DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH"}


def _play_target(toks: list[Tok], k: int) -> bool:
    """The noun phrase at k is what a player aims at or wins ("the goal", "the Boston
    Marathon"), or a gerund of trying ("a shot at winning")."""
    if k < len(toks) and toks[k].tag == "VBG":
        return True
    head = None
    while k < len(toks) and toks[k].tag in PLAY_NP_TAGS and not toks[k].quoted:
        if head is not None and toks[k].tag in ("DT", "JJ", "CD") and toks[k - 1].tag[:2] == "NN":
            break  # "the title last year": a new phrase
        head = toks[k].low
        k += 1
    # "the goals of the council" are the council's aims
    return head in PLAY_TARGETS and not (k < len(toks) and toks[k].low in ("of", "for"))


ADJ_WEIGHT = 0.5
# "were adamant that X would seek ...": a "that" clause keeps the weaker cues inside it
ADJ_THAT_WEIGHT = 0.6
# Verbs an adjective of stance follows: "is critical of", "remains skeptical that"
COPULAS = BE_FORMS | CONTRACTED_BE | {
    "remain", "remains", "remained", "seem", "seems", "seemed",
    "appear", "appears", "appeared", "grew", "become", "became", "becomes", "sounded",
}  # fmt: skip


def _copula_before(toks: list[Tok], i: int) -> int | None:
    """Index of the "be" an adjective at i follows, over adverbs and "not": "was especially
    critical", "are not optimistic"; for a role noun also over its article and adjectives:
    "is a vocal critic"."""
    role = toks[i].low in ROLE_NOUNS
    j = i - 1
    while (
        j > 0
        and i - j < 5
        and (
            toks[j].tag in ("RB", "RBR", "RBS")
            or toks[j].low == "n't"
            or (
                role
                and toks[j].low not in COPULAS
                and (toks[j].tag in ("JJ", "VBN") or toks[j].low in ("a", "an"))
            )
        )
    ):
        j -= 1
    if j >= 0 and toks[j].low in COPULAS and not toks[j].quoted:
        if role and toks[j].low in ("'s", "’s"):
            return None  # "the senator's longtime critic": a possessive, not "is"
        return j
    return None


def _time_word(t: Tok) -> bool:
    """A day, a month or a noun of time: "on Monday", "in May", "over the weekend"."""
    return t.low in WEEKDAYS or t.low in MONTHS or t.low in TIME_NOUNS


def _adj_cue(toks: list[Tok], i: int) -> bool:
    """An adjective of stance after "be", followed by a word that opens what it holds."""
    t, nxt, after = toks[i], toks[i + 1], toks[i + 2]
    if t.quoted or nxt.quoted or nxt.low not in ADJ_PREP_CUES[t.low]:
        return False
    k = i + 3 if after.low == "the" and i + 3 < len(toks) else i + 2
    if _time_word(toks[k]):
        return False  # "was firm on Monday that ...", "was upset over the weekend"
    if not t.word[:1].islower() or _copula_before(toks, i) is None:
        return False
    if nxt.low == "to":
        # "willing to talk": an infinitive, unless the verb reports itself ("quick to add")
        verb = after.tag == "VB" or (after.low in VERB_FORMS and VERB_FORMS[after.low][1] == "base")
        return verb == (t.low in ADJ_INFINITIVE) and not (verb and _catenated_cue(after.low))
    if nxt.low == "that":
        return after.tag not in FINITE_TAGS  # not "so sure that won"
    return True


AGAINST_ADVERBS = {"not", "n't", "also", "still", "now", "all", "always"}
AGAINST_OBJECT_TAGS = {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "VBG", "JJ", "CD"}


def _be_against(toks: list[Tok], i: int) -> bool:
    """ "against" at i right after "be" (over "not" and adverbs in -ly) and before its object:
    "is strongly against the plan", not "is up against a deadline"."""
    nxt = toks[i + 1]
    if nxt.quoted or nxt.qmark or nxt.tag not in AGAINST_OBJECT_TAGS or _time_word(nxt):
        return False
    j = i - 1
    while j > 0 and (toks[j].low in AGAINST_ADVERBS or toks[j].low.endswith("ly")):
        j -= 1
    return j > 0 and toks[j].low in COPULAS and not toks[j].quoted


def _adj_clause_cue(toks: list[Tok], i: int) -> bool:
    """An adjective of stance that takes a "that" clause, after "be", followed by a clause
    without "that": a subject and, soon after, its finite verb."""
    t, nxt = toks[i], toks[i + 1]
    if "that" not in ADJ_PREP_CUES[t.low] or t.quoted or nxt.quoted or nxt.qmark:
        return False
    if not t.word[:1].islower() or _copula_before(toks, i) is None:
        return False
    if nxt.tag not in ("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD"):
        return False
    for k in range(i + 2, min(len(toks), i + 7)):
        if toks[k].low in (",", ";", ":") or toks[k].quoted:
            return False
        if toks[k].tag in FINITE_TAGS:
            return True
    return False


MARKET_ADJECTIVES = {
    "low", "high", "weak", "strong", "growing", "rising", "falling", "global", "consumer",
    "soaring", "declining", "slowing", "surging", "lower", "higher", "weaker", "stronger",
    "sluggish", "robust", "overall", "domestic", "seasonal",
}  # fmt: skip


def _perfect(toks: list[Tok], a: int, i: int) -> bool:
    """An active perfect ("has cited"), not a passive ("was cited")."""
    words = {toks[k].low for k in range(a, i)}
    return bool(words & HAVE_FORMS) and not (words & (BE_FORMS - {"'s", "’s"}))


PEOPLE_SUFFIXES = ("ists", "ians")


def _agentive(t: Tok) -> bool:
    """The last word of a subject that can say, believe or endorse something."""
    if t.quoted or t.qmark:
        return False
    if t.tag == "PRP":
        return t.low in AGENT_PRONOUNS
    if t.tag in ("NNP", "NNPS"):
        return t.word[:1].isupper()
    # "environmentalists", "historians": plural nouns of people by their calling
    return (
        t.low in HUMAN_NOUNS
        or t.low == "who"
        or (t.tag == "NNS" and len(t.low) > 6 and t.low.endswith(PEOPLE_SUFFIXES))
    )


def _no_one(toks: list[Tok], k: int) -> bool:
    """Token k is the "one" of "no one" / "every one": "someone" split in two (k > 0)."""
    return toks[k].low == "one" and toks[k - 1].low in ("no", "every")


def _holds_views(toks: list[Tok], span: tuple[int, int]) -> bool:
    """A subject that can hold a view: a word of it is agentive, or it is "no one" /
    "every one" ("someone" split in two; "one" alone is too often a thing: "this one")."""
    return any(_agentive(toks[x]) or (x > span[0] and _no_one(toks, x)) for x in range(*span))


def _comma_subject(toks: list[Tok], a: int, kind: str) -> bool:
    """A cue after a comma with a subject that can hold a view: a participle of the main
    clause's subject ("X rejected the plan, citing ...") or a subject with an apposition
    ("X, a lawyer for Y, declined ...")."""
    if toks[a - 1].low != ",":
        return False
    if kind in ("ger", "VBG"):
        return a > 1 and not toks[a - 2].qmark
    src = _source_left(toks, a)
    return src is not None and any(_agentive(toks[k]) for k in range(*src))


AUX_ADVERBS = {"never", "also", "still", "even", "ever", "already", "just"}


FLOATING_QUANTIFIERS = {"both", "all", "each"}


def _floating_quantifier(toks: list[Tok], k: int) -> bool:
    """Token k is a quantifier floated after its subject, before the verb: "they both said",
    "Ruiz and the mayor both argued", "the two men all agreed"."""
    return (
        toks[k].low in FLOATING_QUANTIFIERS
        and k > 0
        and (
            toks[k - 1].tag in ("NNS", "NNPS", "NNP", "NN")
            or toks[k - 1].low in ("they", "we")
            # "they have both said", "are all seen as": after the auxiliary
            or (toks[k - 1].low in BE_FORMS | HAVE_FORMS and k > 1 and not toks[k - 2].quoted)
        )
        and k + 2 < len(toks)
        and toks[k + 1].tag.startswith("VB")
        and toks[k + 2].low not in ("and", "or")  # "both praised and criticized": correlative
    )


def _aux_left(toks: list[Tok], i: int) -> int:
    a = i
    while a > 0:
        p = toks[a - 1]
        if p.quoted or p.qmark:
            break
        if (
            p.low in AUXILIARIES
            or _floating_quantifier(toks, a - 1)
            or p.tag == "MD"
            or (p.tag in ("RB", "RBR") and p.low.endswith("ly") and p.low not in ("only",))
            or p.low in AUX_ADVERBS
            # "is well liked by", "was well received": a degree adverb inside the passive
            or (p.low == "well" and a >= 2 and toks[a - 2].low in BE_FORMS)
        ):
            a -= 1
            continue
        if p.low == "longer" and a >= 2 and toks[a - 2].low == "no":
            a -= 2  # "could no longer defend"
            continue
        break
    # do not start the cue with an adverb that begins the sentence
    while a < i and toks[a].tag.startswith("RB") and a == 0:
        a += 1
    return a


# --------------------------------------------------------------------------------------------
# Sources


# Adjectives the tagger may call verbs, inside a noun phrase: "sources close to X"
SUBJECT_ADJECTIVES = {"close", "familiar", "loyal", "allied", "linked", "connected", "aligned"}


def _np_left(toks: list[Tok], end: int, lo: int) -> int | None:
    """Start of a noun phrase ending at token `end` (exclusive), not before `lo`."""
    j = end
    while j > lo:
        p = toks[j - 1]
        if p.quoted or p.qmark or p.low in WEEKDAYS:
            break
        if p.low == ")":
            # "Sen. Roy Blunt (R-Mo.)"
            k = j - 2
            while k > lo and j - k < 10 and toks[k].low not in ("(", ")") and not toks[k].qmark:
                k -= 1
            if k > lo and toks[k].low == "(" and toks[k - 1].tag.startswith("NN"):
                j = k
                continue
            break
        if (
            p.tag == "DT"
            and j - 2 > lo
            and toks[j - 2].tag in ("NN", "NNS")
            and toks[j - 3].tag == "WDT"
        ):
            j -= 1  # 'at which time the fans chanted': "which time" is no part of it
            break
        if p.tag in NP_TAGS or p.tag.startswith("NN") or p.low in ("'s", "-", "&"):
            j -= 1
            continue
        if (
            p.low in NP_INNER_PREPS
            and j - 2 > lo
            and toks[j - 2].low in SUBJECT_ADJECTIVES
            and toks[j - 3].tag in ("NN", "NNS", "NNP", "NNPS")
            and j < end
        ):
            j -= 2  # "sources close to X", "people familiar with the talks"
            continue
        if (
            p.low in NP_INNER_PREPS
            and j < end
            and j - 1 > lo
            and (
                toks[j - 2].tag in ("NN", "NNS", "NNP", "NNPS", "CD")
                or (toks[j - 2].tag == "JJ" and j > 2 and toks[j - 3].tag in ("NN", "NNS"))
            )
            and toks[j].tag in ("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$", "CD")
        ):
            j -= 1
            continue
        if p.tag in ("RB",) and p.low.endswith("ly") and j < end and toks[j].tag.startswith("JJ"):
            j -= 1  # "a visibly angry Lukashenko"
            continue
        if p.tag in ("VBN", "VBG") and j < end and j - 1 > lo and toks[j - 2].tag in ("DT", "RB"):
            j -= 1  # "a well-known expert", "the leading candidate"
            continue
        if _participle_title(toks, j - 1, lo):
            j -= 1  # '"...," retired Gen. Doe said'
            continue
        break
    # trim leading conjunctions / prepositions
    while j < end and (toks[j].tag in ("CC", "IN", "TO") or toks[j].low in NP_INNER_PREPS):
        j += 1
    if j >= end:
        return None
    if toks[j].low in NOT_SUBJECT_START and not (
        # "That person said": a demonstrative opening the sentence
        j == 0 and toks[j].word == "That" and j + 1 < end and toks[j + 1].tag in ("NN", "NNS")
    ):
        return None
    return j


def _participle_title(toks: list[Tok], i: int, lo: int) -> bool:
    """Token i is a participle before a capitalised title or name that opens a noun phrase
    ("retired Gen. Doe", "embattled Mayor Roe"): part of the name, not a verb."""
    if i >= len(toks):
        return False
    t = toks[i]
    return (
        t.tag == "VBN"
        and t.word[:1].islower()
        and not (t.quoted or t.qmark)
        and i + 1 < len(toks)
        and toks[i + 1].tag in ("NNP", "NNPS")
        and (i == lo or toks[i - 1].low in (",", *DASHES) or toks[i - 1].qmark == "close")
    )


PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.\-]*")


def _party_tag(toks: list[Tok], comma: int) -> int | None:
    """Index of the comma opening a party-state apposition ("McConnell, R-Ky., said") that
    ends with the comma at `comma`."""
    k = comma - 1
    while k > 0 and comma - k <= 5 and toks[k].low != ",":
        k -= 1
    if (
        0 < k < comma - 1
        and toks[k].low == ","
        and PARTY_TAG.fullmatch("".join(t.word for t in toks[k + 1 : comma]))
    ):
        return k
    return None


def _source_left(toks: list[Tok], cue_start: int) -> tuple[int, int] | None:
    end = cue_start
    if end > 1 and toks[end - 1].low == ",":
        k = _party_tag(toks, end - 1)
        if k is not None:
            head = _np_left(toks, k, 0)
            if head is not None:
                return head, end - 1
    if end > 2 and toks[end - 1].low in DASHES:
        dashed = _dash_apposition(toks, end - 1)
        if dashed is not None:
            return dashed
    if end > 2 and toks[end - 1].low == ",":
        head = _named_before_details(toks, end - 1)
        if head is not None:
            return head, end - 1  # "Ana Ruiz, 59, of Ashton, Md., said"
        aside = _prepositional_aside(toks, end - 1)
        if aside is not None:
            return aside
    # "X, who ..., said" / "X -- who ..., said" / "X, a ..., said"
    if end > 0 and (toks[end - 1].low == "," or toks[end - 1].low in DASHES):
        inner_end = end - 1
        # relative clause: look back for ", who" / "-- who"
        k = inner_end - 1
        while k > 0 and toks[k].low not in (",", *DASHES) and not toks[k].qmark:
            if (
                toks[k].low in RELATIVES or (toks[k].tag in ("VBG", "VBN") and k + 1 < inner_end)
            ) and toks[k - 1].low in (",", *DASHES):
                head = _named_before_details(toks, k - 1)
                if head is None:
                    head = _np_left(toks, k - 1, 0)
                if head is not None:
                    return head, inner_end
                break
            k -= 1
        start = _np_left(toks, inner_end, 0)
        if start is not None and start > 0 and toks[start - 1].low in (",", *DASHES):
            pk = _party_tag(toks, start - 1) if toks[start - 1].low == "," else None
            head = _np_left(toks, start - 1 if pk is None else pk, 0)
            if head is not None and (
                head == 0
                or toks[head - 1].low in (",", "and", "but")
                or toks[head - 1].tag in ("IN", "RB", "CC")
                or toks[head - 1].qmark == "close"
            ):
                return head, inner_end
        if start is not None and (
            start == 0
            or toks[start - 1].qmark == "close"
            or (toks[start - 1].low == "," and start > 1 and toks[start - 2].qmark == "close")
        ):
            return start, inner_end  # '"...," Tikhanovskaya, said'
        # a long apposition: "X, an adviser to the campaign and a professor at Y, said"
        k = inner_end - 1
        while k > 0 and inner_end - k <= 30:
            tk = toks[k]
            if tk.qmark or tk.tag in FINITE_TAGS or tk.low in DASHES:
                break
            if tk.low == ",":
                if toks[k + 1].tag in ("DT", "PRP$", "CD") and toks[k + 1].low not in (
                    "that",
                    "this",
                    "these",
                ):
                    head = _np_left(toks, k, 0)
                    if head is not None and (
                        head == 0
                        or toks[head - 1].low in (",", "and", "but")
                        or toks[head - 1].tag in ("IN", "RB", "CC")
                    ):
                        return head, inner_end
                break
            k -= 1
        return _apposition_subject(toks, inner_end)
    start = _np_left(toks, end, 0)
    rel = _relative_pronoun(toks, end)
    if rel is not None and (start is None or start == end or start > rel[0]):
        return rel  # "who said", "X, who in 2010 said": not "2010"
    if start is None or start == end:
        if end > 1 and toks[end - 1].low in SURVEY_PARTICIPLES:
            # "voters surveyed said", "the engineers we asked said"
            e2 = end - 1
            if toks[e2 - 1].low in PRONOUN_SUBJ and e2 > 1:
                e2 -= 1
            start = _np_left(toks, e2, 0)
            if start is not None and toks[start].tag != "PRP":
                return start, end
            return None
        # "Smith on Sunday night said": skip the time words between subject and verb
        e2 = end
        while e2 > 0 and (
            toks[e2 - 1].low in WEEKDAYS
            or toks[e2 - 1].low in DAY_NAMES
            or toks[e2 - 1].low in ("on", "last", "this", "next", "late", "early")
            or (toks[e2 - 1].tag == "RB" and not toks[e2 - 1].quoted)
        ):
            e2 -= 1
        if e2 == end or e2 == 0:
            return None
        start = _np_left(toks, e2, 0)
        if start is None and e2 > 1 and toks[e2 - 1].tag == "VBN":
            # "A survey published Tuesday found": the participle and its date stay
            start = _np_left(toks, e2 - 1, 0)
            if start is not None and start < e2 - 1 and toks[e2 - 2].tag in ("NN", "NNS"):
                return start, end
            return None
        if start is None:
            return None
        return start, e2
    # apposition before the head: "Ilya Rybkin, a road worker, told" handled above; here
    # "The Kremlin, Lukashenko's closest ally, has said"
    head = _relative_subject(toks, start)
    return (start if head is None else head), end


# Participles that close a subject naming the people asked: "those polled said".
SURVEY_PARTICIPLES = {"polled", "surveyed", "interviewed", "questioned", "asked", "contacted"}
ASIDE_SCAN = 20  # words of an aside: between commas, or between a noun and its verb


def _named_before_details(toks: list[Tok], comma: int) -> int | None:
    """'Ana Ruiz, 61, of Linford, Del., who ...': the start of the name that an age and a
    hometown between commas describe, from the comma before the relative clause."""
    end = comma
    passed = False
    origin_next = False  # the chunk just read was a state: the one before must be "of ..."
    for _ in range(DETAIL_CHUNKS):
        start = end
        while start > 0 and toks[start - 1].low != "," and end - start <= DETAIL_CHUNK_MAX:
            start -= 1
        if start == end or (start > 0 and toks[start - 1].low != ","):
            break
        if start == 0:
            break  # the name opens the sentence
        chunk = toks[start:end]
        words = [t for t in chunk if t.low != "."]
        place = chunk[0].low == "of" and len(words) > 1
        if origin_next and not place:
            return None
        age = len(words) == 1 and words[0].tag == "CD"
        if age or (place and all(t.tag == "NNP" for t in words[1:])):
            passed, origin_next = True, False
        elif not passed and all(t.tag == "NNP" for t in words) and len(words) <= 2:
            origin_next = True  # "Md.", "New Mexico": only after an "of" place
        else:
            break  # the name's own chunk
        end = start - 1
    else:
        return None
    if not passed or origin_next:
        return None
    head = _np_left(toks, end, 0)
    if (
        head is None
        or toks[head].tag != "NNP"
        or (head > 0 and toks[head - 1].tag not in ("CC", "IN", ","))
    ):
        return None
    return head


DETAIL_CHUNKS = 4  # an age, a town, a state and one more
DETAIL_CHUNK_MAX = 5


def _prepositional_aside(toks: list[Tok], close: int) -> tuple[int, int] | None:
    """'X, during a town hall in Columbus, Ohio, said': the subject before an aside that
    opens with a preposition, has no verb and may hold commas of its own."""
    if close + 1 < len(toks) and toks[close + 1].low in BE_FORMS:
        return None  # "X, under pressure, is expected to": a passive, X holds no view
    k = close - 1
    while k > 0 and close - k <= ASIDE_SCAN:
        t = toks[k]
        if t.qmark or t.quoted or t.low in (";", ":", *DASHES) or t.tag in FINITE_TAGS:
            return None
        if t.low == "," and toks[k + 1].tag == "IN" and toks[k + 1].low not in ("of", "that"):
            head = _np_left(toks, k, 0)
            if head is None or not any(_agentive(toks[x]) for x in range(head, k)):
                return None
            if (
                head == 0
                or toks[head - 1].low in (",", "and", "but")
                or _fronted_phrase(toks, head - 1)
            ):
                return head, k
            return None
        k -= 1
    return None


DASH_APPOSITION_SCAN = 30  # words between the dashes around an apposition


def _dash_apposition(toks: list[Tok], close: int) -> tuple[int, int] | None:
    """'X -- a co-author of Y, a book on Z -- said': the subject with the apposition
    between dashes that ends at the dash `close`."""
    k = close - 1
    while k > 0 and close - k <= DASH_APPOSITION_SCAN:
        t = toks[k]
        if t.qmark or t.quoted or t.low in (";", ":"):
            return None
        if t.low in DASHES:
            break
        k -= 1
    else:
        return None
    if k <= 0 or k == close - 1 or toks[k].low not in DASHES:
        return None
    head = _np_left(toks, k, 0)
    if head is None or not any(_agentive(toks[x]) for x in range(head, k)):
        return None
    if head == 0 or toks[head - 1].low in (",", "and", "but") or toks[head - 1].qmark == "close":
        return head, close
    return None


REL_SUBJECT_SCAN = 14  # words between a relative pronoun and the end of its clause
REL_PRONOUN_GAP = 3  # adverbial words between "who"/"which" and its verb
QUANTIFIERS = {
    "many", "most", "some", "all", "none", "several", "each", "both", "half", "one", "two",
    "three", "four", "five", "few", "either", "neither", "any",
}  # fmt: skip


def _relative_pronoun(toks: list[Tok], end: int) -> tuple[int, int] | None:
    """A relative pronoun subject of the verb at `end`, which PolNeAR marks as the source:
    "X, who in 2010 said", "Y, which together vowed", "many of whom say"."""
    k = end - 1
    while k >= 0 and end - k <= REL_PRONOUN_GAP + 1:
        t = toks[k]
        if t.low in ("who", "which", "whom"):
            break
        if (
            t.qmark
            or t.quoted
            or not (
                t.tag.startswith("RB") or t.tag in ("IN", "CD") or t.low in WEEKDAYS | DAY_NAMES
            )
        ):
            return None
        k -= 1
    else:
        return None
    if k < 0 or (k < end - 1 and toks[end - 1].tag in ("IN", "DT")):
        return None  # "who in the end": an unfinished phrase, not an adverbial
    if toks[k].low == "whom":
        if k > 1 and toks[k - 1].low == "of" and toks[k - 2].low in QUANTIFIERS:
            return k - 2, k + 1
        return None
    return k, k + 1


def _relative_subject(toks: list[Tok], start: int) -> int | None:
    """A noun phrase at `start` that closes a relative clause on the subject ("officials
    who spoke with THE PAPER said", "a witness interviewed by STAFF said"): the start of the
    whole subject, which PolNeAR's source keeps with its clause."""
    if start == 0 or toks[start].low in PRONOUN_SUBJ - {"it", "you"}:
        return None  # "he", "they": a subject of its own, never a relative clause's object
    p = toks[start - 1]
    if p.tag not in ("IN", "TO") and not (
        p.tag in ("VBD", "VBN", "VBZ", "VBP")
        and VERB_FORMS.get(p.low, ("",))[0] not in REPORT_LEMMAS
        and p.low not in BE_FORMS
    ):
        return None
    j = start - 1
    while j > 0 and start - j <= REL_SUBJECT_SCAN:
        t = toks[j]
        if t.qmark or t.quoted or t.low in (",", ";", ":", *DASHES) or t.tag == "MD":
            return None
        if toks[j - 1].tag in ("NN", "NNS", "NNP", "NNPS") and (
            (t.low in ("who", "that") and j + 1 < start and toks[j + 1].tag.startswith("VB"))
            or (t.tag == "VBN" and j + 1 < start and toks[j + 1].tag in ("IN", "RP", "TO"))
        ):
            head = _np_left(toks, j, 0)
            if head is None or head >= j:
                return None
            q = toks[head - 1] if head else None
            if q is None or q.low in (",", "and", "but", "that") or q.qmark == "close":
                return head
            return None
        j -= 1
    return None


REL_CLAUSE_SCAN = 25  # words of a relative clause before a coordinated verb


def _coordinated_relative(toks: list[Tok], a: int) -> tuple[int, int] | None:
    """The "who"/"which" of a relative clause whose verb phrase is coordinated with the cue
    at `a` ("X, who took to the streets and called for ..."), when no comma intervenes."""
    k = a - 2
    if k >= 0 and toks[k].low in DASHES:
        k -= 1  # "... in debt - and says"
    verb = False
    while k > 0 and a - k <= REL_CLAUSE_SCAN:
        t = toks[k]
        if t.qmark or t.low in (",", ";", ":", "(", ")", *DASHES):
            return None
        if t.low in ("who", "which"):
            p = toks[k - 1]
            if verb and (p.low in (",", *DASHES) or p.tag in ("NN", "NNS", "NNP", "NNPS")):
                return k, k + 1
            return None
        if t.tag in FINITE_TAGS:
            verb = True
        k -= 1
    return None


def _apposition_subject(toks: list[Tok], inner_end: int) -> tuple[int, int] | None:
    """'X, a former minister who is a critic of Y, suggests': a subject followed by an
    apposition between commas that has no verb of its own outside a relative clause."""
    k = inner_end - 1
    while k > 0 and inner_end - k <= 30 and toks[k].low != ",":
        if toks[k].qmark or toks[k].low in DASHES or toks[k].low in (";", ":"):
            return None
        k -= 1
    if k <= 0 or toks[k].low != "," or k == inner_end - 1:
        return None
    relative = False
    for x in range(k + 1, inner_end):
        t = toks[x]
        if t.low in RELATIVES or (t.low == "that" and x > k + 1):
            relative = True
        elif (t.tag in FINITE_TAGS or t.low in BE_FORMS) and not relative:
            return None
    if toks[k + 1].tag in ("CC",) or toks[k + 1].low in NOT_SUBJECT_START:
        return None
    head = _np_left(toks, k, 0)
    if head is None or not any(_agentive(toks[x]) for x in range(head, k)):
        return None
    if (
        head == 0
        or toks[head - 1].low in ("and", "but")
        or toks[head - 1].qmark == "close"
        or (toks[head - 1].low == "," and _fronted_phrase(toks, head - 1))
        or toks[head - 1].low in ("which", "whom")  # "which X, the chief, called ..."
    ):
        if toks[k + 1].tag.startswith("RB") or toks[k + 1].tag in ("IN", "TO"):
            return head, k  # "X, however, says" / "X, in a statement, said"
        return head, inner_end
    return None


PARTICIPLE_PREPS = ("before", "after", "while", "by", "despite", "without", "when", "since")
FRONT_WORDS = {"when", "while", "after", "before", "in", "by", "upon", "since"}


def _fronted_subject(toks: list[Tok], a: int, b: int) -> tuple[tuple[int, int], int] | None:
    """A participle opening the sentence ("Asked about X, he said ...", "In defending Y,
    Smith argued ..."): its subject follows the comma that closes it. Returns the subject
    and the index of that comma."""
    if not (a == 0 or (a == 1 and toks[0].low in FRONT_WORDS)):
        return None
    if not toks[b - 1].low.endswith(("ed", "ing", "en", "wn", "ld", "ght")):
        return None
    n = len(toks)
    k = b
    # a question or "that" clause inside: "Asked whether he would run, ..."; a gerund's
    # clause may go without "that": "Saying the pier was unsafe, Ruiz closed it"
    clause = toks[b - 1].low.endswith("ing")
    while k < n and k - b < 40 and toks[k].low != ",":
        if toks[k].qmark or toks[k].low in (";", ":"):
            return None
        if toks[k].low in WH_WORDS or toks[k].low == "that":
            clause = True
        elif toks[k].tag in ("VBD", "VBZ", "VBP") and not clause:
            return None
        k += 1
    if k >= n - 2 or toks[k].low != ",":
        return None
    e = k + 1
    while e < n and (toks[e].tag in NP_TAGS or toks[e].tag.startswith("NN")) and not toks[e].qmark:
        e += 1
    if e == k + 1 or e >= n:
        return None
    finite = (
        toks[e].tag in FINITE_TAGS
        or toks[e].low in AUXILIARIES
        or (toks[e].tag == "VBN" and toks[e].low.endswith("ed"))  # tagged "offered/VBN"
    )
    if not finite and not (
        toks[e].tag.startswith("RB") and e + 1 < n and toks[e + 1].tag.startswith("VB")
    ):
        return None
    if not any(_agentive(toks[x]) or toks[x].tag in ("NN", "NNS") for x in range(k + 1, e)):
        return None  # "Declaring that ..., the tycoon offered": any noun subject
    return (k + 1, e), k


def _np_modifier(toks: list[Tok], j: int, start: int) -> bool:
    """Token j is an adverb or a participle modifying a noun inside a noun phrase opened by
    a determiner: "per the newly released harbor report"."""
    if j <= start or toks[j - 1].tag not in ("DT", "PRP$", "RB", "JJ") or j + 1 >= len(toks):
        return False
    t, nxt = toks[j], toks[j + 1]
    if t.tag.startswith("RB"):
        return t.low.endswith("ly") and nxt.tag in ("VBN", "JJ")
    return t.tag == "VBN" and nxt.tag.startswith(("NN", "JJ"))


ACCORDING_TAIL = 15  # words of prepositional phrases between "according to X" and its comma


def _source_right(toks: list[Tok], after: int) -> tuple[int, int] | None:
    """Inverted subject: '..., said Trump' / '..., said Mr. X, a ...'."""
    j = after
    n = len(toks)
    if _participle_title(toks, j, j):
        j += 1  # "..., said retired Gen. Doe"
    elif j + 1 < n and toks[j].tag == "VBG" and toks[j + 1].tag.startswith("NN"):
        j += 1  # "according to polling data": a gerund naming the kind of source
    while (
        j < n
        and (toks[j].tag in NP_TAGS or toks[j].tag.startswith("NN") or _np_modifier(toks, j, after))
        and not (toks[j].qmark or toks[j].quoted)
    ):
        if toks[j].low in ("that",):
            break
        j += 1
    if j == after or all(toks[x].low in WEEKDAYS for x in range(after, j)):
        return None
    # apposition: ", a spokesman for X," / ", R-Ky.,"
    if j + 1 < n and toks[j].low == ",":
        k = j + 1
        m = k
        while m < n and m - k < 5 and toks[m].low != ",":
            m += 1
        if m > k and PARTY_TAG.fullmatch("".join(t.word for t in toks[k:m])):
            return after, m
        if toks[k].tag in ("DT", "PRP$", "JJ") or toks[k].low in RELATIVES:
            m = k
            while m < n and toks[m].low not in (",", ".", ";", ":") and not toks[m].qmark:
                m += 1
            # an apposition has no finite verb of its own: "According to X, the rise is ..."
            # starts the content after the comma
            if m - k <= 12 and (
                toks[k].low in RELATIVES or not any(toks[x].tag in FINITE_TAGS for x in range(k, m))
            ):
                j = m
    return after, j


# --------------------------------------------------------------------------------------------
# Contents


LEAD_CONJUNCTIONS = {"and", "but", "yet", "so"}
LEAD_ADVERBS = {"however", "meanwhile", "still", "also", "instead"}


def _according_scope(toks: Tokens, end: int) -> int:
    """First token of what a closing ", according to X" vouches for in toks[:end]: the
    last of two clauses joined by ", and he ..." or a closing ", which ..." on the
    sentence's last noun; a leading "But" or "However," is the writer's link, not X's."""
    quoted = toks.once(_quoted_words)
    if quoted and quoted[0] < end:
        return 0
    # the last ", which" with no comma after it, and the last ", and he" with a finite verb
    # after it, before end
    which = _last_upto(toks.once(_which_commas), end - 3)
    comma = _last_upto(toks.once(_commas), end - 1)
    if which is not None and comma is not None and comma >= which + 2:
        which = None
    verb = _last_upto(toks.once(_finite_words), end - 1)  # no quotation before end
    clause = None if verb is None else _last_upto(toks.once(_clause_commas), verb - 3)
    st = 0
    if which is not None and (clause is None or which > clause):
        st = which + 1
    elif clause is not None:
        st = clause + 2
    if st == 0 and toks[0].low in LEAD_CONJUNCTIONS:
        st = 2 if toks[1].low == "," else 1
    elif st == 0 and toks[0].low in LEAD_ADVERBS and toks[1].low == ",":
        st = 2
    elif st == 0 and toks[0].low == "in" and toks[1].low == "fact" and toks[2].low == ",":
        st = 3
    return st


def _last_upto(indices: list[int], i: int) -> int | None:
    """The last of the sorted `indices` at or before i."""
    x = bisect.bisect_right(indices, i)
    return indices[x - 1] if x else None


def _quoted_words(toks: list[Tok]) -> list[int]:
    return [k for k, t in enumerate(toks) if t.qmark or t.quoted]


def _commas(toks: list[Tok]) -> list[int]:
    return [k for k, t in enumerate(toks) if t.low == ","]


def _which_commas(toks: list[Tok]) -> list[int]:
    """For `_according_scope`: commas and dashes before "which" or "who"."""
    return [
        k
        for k in range(1, len(toks) - 1)
        if toks[k].low in (",", *DASHES) and toks[k + 1].low in ("which", "who")
    ]


def _clause_commas(toks: list[Tok]) -> list[int]:
    """For `_according_scope`: commas before "and" or "but" and a pronoun."""
    return [
        k
        for k in range(1, len(toks) - 2)
        if toks[k].low == ","
        and toks[k + 1].low in ("and", "but")
        and (toks[k + 2].low in PRONOUN_SUBJ or toks[k + 2].tag == "PRP$")
    ]


def _coordinated_in_content(toks: list[Tok], prev: Cand, a: int, b: int) -> bool:
    """A bare verb after "and" that pairs with a bare verb inside the previous cue's content
    ("says he would sit them down and tell them ..."), not with the cue itself."""
    if VERB_FORMS.get(toks[b - 1].low, ("", ""))[1] != "base" or toks[b - 1].tag != "VB":
        return False
    if VERB_FORMS.get(toks[prev.cue[1] - 1].low, ("", ""))[1] == "base":
        return False  # "will say ... and urge ...": both hang on the same auxiliary
    return any(t.tag == "MD" or t.low == "to" for t in toks[prev.cue[1] : a - 1])


def _main_clause_resumes(toks: Tokens, b: int) -> int | None:
    """Index of the comma after which the main clause goes on past a relative clause
    ("Smith, who said it would fail, voted for it"): a comma followed by a finite verb."""
    return _first_from(toks.once(_resume_commas), b)


def _resume_commas(toks: Tokens) -> list[int]:
    """The commas of `_main_clause_resumes`, in order."""
    return [
        k
        for k in toks.once(_commas)
        if k + 1 < len(toks)
        and not (toks[k].quoted or toks[k].qmark)
        and toks[k + 1].tag in FINITE_TAGS
        and not toks[k + 1].quoted
    ]


# Phrasal cues whose verb also moves things: "walked back the pledge" reports, "walked back
# into the room" does not.
LITERAL_PARTICLE_VERBS = {"walk", "play", "brush", "shrug", "double", "sign"}
DIRECTION_WORDS = {"home", "inside", "outside", "away", "back", "here", "there", "down", "up"}


def _moving(toks: list[Tok], b: int) -> bool:
    """After a phrasal verb's particle, a direction or a place rather than an object."""
    if b >= len(toks):
        return False
    t = toks[b]
    return (t.tag in ("IN", "TO", "RP") and t.low != "on") or t.low in DIRECTION_WORDS


MEDIA_WORDS = {"twitter", "facebook", "instagram", "social", "television", "tv", "radio", "air"}


# Nouns of a time or a manner phrase, never what a verb is about: "over the weekend", "on a
# regular basis", "on the campaign trail"
TIME_NOUNS = {
    "weekend", "week", "weeks", "day", "days", "year", "years", "month", "months", "morning",
    "afternoon", "evening", "night", "time", "basis", "trail", "occasion", "occasions",
    "hour", "hours", "minute", "minutes",
}  # fmt: skip


def _proper_after(toks: list[Tok], k: int) -> bool:
    """A proper name at k, after an optional "the": "to Reuters", "to the Gazette"."""
    if k < len(toks) and toks[k].low == "the":
        k += 1
    return k < len(toks) and toks[k].tag in ("NNP", "NNPS")


# Prepositions that can open what a verb of stance is about ("apologized for", "sided with")
OBJECT_PREPS = {"for", "with", "over", "about", "against", "on", "to"}
AUDIENCE_NOUNS = set(
    """
    crowd crowds audience audiences room reporter reporters journalists supporters voters
    people members students delegates donors workers residents fans listeners viewers readers
    """.split()
)


def _audience_after(toks: list[Tok], k: int, end: int) -> bool:
    """The noun phrase from k to end is an audience: "the crowd", "his supporters"."""
    while k < end and toks[k].tag in ("DT", "PRP$", "JJ", "CD"):
        k += 1
    return k == end - 1 and toks[k].low in AUDIENCE_NOUNS


def _skip_adverbials(toks: list[Tok], j: int, limit: int) -> int:
    """Skip time/place phrases after a cue: 'on Monday', 'in a statement', 'last week'."""
    changed = True
    while changed and j < limit:
        changed = False
        t = toks[j]
        if (t.low in WEEKDAYS and not (j + 1 < limit and toks[j + 1].low == "'s")) or (
            t.tag.startswith("RB") and t.low not in ("not", "n't")
        ):
            j += 1
            changed = True
            continue
        if t.low in TIME_PREPS and t.low != "that":
            if t.low == "to" and j + 1 < limit and _infinitive(toks, j + 1):
                break  # "vowed to boycott the port": an infinitive, not "to the port"
            k = j + 1
            while (
                k < limit
                and k - j <= 8
                and (
                    toks[k].tag in NP_TAGS
                    or toks[k].tag.startswith("NN")
                    or toks[k].low
                    in (
                        "of",
                        "with",
                        "'s",
                    )
                    or toks[k].tag in ("VBN", "VBG")
                )
                and not toks[k].qmark
                and toks[k].low != "that"
                # "on Monday the pier ...": a new noun phrase after the day opens the clause
                and not (
                    (toks[k - 1].low in WEEKDAYS or toks[k - 1].low in MONTHS)
                    and toks[k].tag in ("DT", "PRP", "PRP$")
                )
            ):
                k += 1
            if k > j + 1 and (
                k >= limit
                or toks[k].low in (",", "that", ":", ".", "!", "?", ";")
                or toks[k].qmark
                or toks[k].low in TIME_PREPS
                or toks[k].tag in ("PRP", "DT", "PRP$")
            ):
                j = k
                changed = True
                continue
        k = j + 1 if t.low == "the" else j
        if (
            k + 1 < limit
            and toks[k].low in (RELATIVE_DAYS if k > j else ("last", "this", "next"))
            and toks[k + 1].low in TIME_NOUNS
            and (
                k + 2 >= limit
                or not toks[k + 2].word[:1].isalnum()
                or (toks[k + 2].low in ("that", *TIME_PREPS) and toks[k + 2].low != "by")
                or toks[k + 2].tag in ("PRP", "DT", "PRP$")
            )
        ):
            j = k + 2  # "said the next day (that) ...", not "said the next day would be hard"
            changed = True
            continue
        if t.low == "," and j + 1 < limit and toks[j + 1].low in TIME_PREPS:
            j += 1
            changed = True
    return j


RELATIVE_DAYS = {"next", "following", "previous", "same", "other"}  # after "the"


def _attribution_type(text: str, c: Cand, regions) -> str:
    """The type of an attribution's content; a split quotation is direct when each of its
    pieces is, whatever stands between them ('"Q1," she said in a statement. "Q2."')."""
    if c.pieces and c.rule.startswith("quote"):
        types = {_content_type(text, p, regions) for p in c.pieces}
        if types == {"direct"}:
            return "direct"
    return _content_type(text, c.content, regions, [x for x in (c.cue_chars, c.source_chars) if x])


def _content_type(text: str, span: tuple[int, int], regions, skip=()) -> str:
    """direct: every word of the content is quoted (words of `skip` spans, the cue and
    source of a split quotation, aside); mixed: some are; indirect: none."""
    s, e = span
    inside = regions.overlapping(s, e)
    if not inside:
        return "indirect"
    covered = 0
    for rs, re_ in inside:
        covered += len(re.findall(r"\w+", text[max(rs, s) : min(re_, e)]))
    total = len(re.findall(r"\w+", text[s:e]))
    for ks, ke in skip:
        if s <= ks and ke <= e:
            total -= len(re.findall(r"\w+", text[ks:ke]))
    if total and covered / total >= 0.999:
        return "direct"
    return "mixed"


HOLLOW_MAX = 20  # chars: longer contents hold more than one word


LAST_WORD = re.compile(r"([\w']+)\W*$")


def _dangling_end(text: str, s: int, e: int, cut: int) -> bool:
    """The text up to a cut with nothing but space before it ends in a word that needs a
    verb after it: an auxiliary, a subject pronoun or "to" ("that the port was being", "but
    that she"); not "how safe it will be, the mayor said"."""
    if text[e:cut].strip():
        return False
    m = LAST_WORD.search(text, max(s, e - 20), e)
    w = m.group(1).lower() if m else ""
    return w in AUXILIARIES or w in PRONOUN_SUBJ or w == "to"


def _hollow(toks: list[Tok], c: Cand) -> bool:
    """A content of one word that says nothing: an adverb ("According to X, basically."),
    a day ("his remarks on Saturday") or the "me" of "believe me"."""
    s, e = c.content
    if e - s > HOLLOW_MAX:
        return False
    # the content is short: only the tokens starting inside it, found by bisection
    starts = toks.once(_starts) if isinstance(toks, Tokens) else _starts(toks)
    inside = toks[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
    words = [t for t in inside if t.end <= e and t.word[:1].isalnum()]
    if len(words) != 1 or words[0].quoted:
        return False
    w = words[0]
    if w.low == "so" and c.lemma in SO_LEMMAS:
        return False  # "I think so"
    return w.tag.startswith("RB") or w.low == "me" or w.low in WEEKDAYS or w.low in MONTHS


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–-"):
        e -= 1
    return s, e


# --------------------------------------------------------------------------------------------
# Main entry point


def attribute(text: str, sentences: list[Sentence] | None = None) -> list[Attribution]:
    """Attributions found in `text`, sorted by the start of their content."""
    if sentences is None:
        from .segmentation import segment

        sentences = segment(text)
    found, continued_from = _linked_quote_regions(text)
    regions = Regions(found)
    region_starts = {s for s, _ in regions}
    region_ends = {e for _, e in regions}
    names = NameIndex(text)
    cands: list[Cand] = []
    sentence_tokens: dict[int, list[Tok]] = {}  # by sentence start, for later look-backs
    used_regions: set[tuple[int, int]] = set()

    for sent in sentences:
        toks = _tokens(text, sent.start, sent.end, regions, region_starts, region_ends)
        sentence_tokens[sent.start] = toks
        if not toks:
            continue
        headline = sent.kind == "headline" or _title_line(text, sent)
        first_line = headline or _first_line(text, sent)
        scands = _find_cues(toks, headline, first_line)
        main: Cand | None = None
        inverted: Cand | None = None  # the last "..., said X" of the sentence
        for c in scands:
            _attach(text, toks, c, main, regions, sent, inverted)
            if c.inverted and c.source:
                inverted = c
            if not c.noun and (c.generic or c.lemma in STANCE_VERBS):
                c.rule = "agent-" + c.rule
            if main is None and c.source and not c.inverted and c.content and not c.noun:
                main = c
        # cut forward contents where the next attribution starts
        live: list[Cand] = []
        for b in scands:
            if not b.content:
                continue
            a = live[-1] if live else None
            if a and _inside_closing_report(a, b, toks):
                live.pop()  # 'Most voters oppose the plan, a new poll found.': the poll's
                a = live[-1] if live else None
            filler_start = bool(b.pieces) and not b.rule.startswith("quote")
            if (
                a
                and a.content
                and a.content[1] > b.content[0]
                and (
                    a.content[0] < b.content[0]
                    # "attacked what he called ...": b's content opens with a's
                    or (filler_start and a.content[0] == b.content[0] and a.cue[1] <= b.cue[0])
                )
            ):
                if a.lemma == ":":
                    continue  # a transcript turn is one attribution
                fronted = _fronted_clause(a, b, toks)
                if fronted:
                    pass  # "Though X denied it, Y argued ...": b heads the main clause
                elif b.weight < 0.6 <= a.weight and (
                    not b.shared_source or a.rule.endswith(("say-that", "say-clause"))
                ):
                    # a weak verb inside a stronger attribution's content; after a verb of
                    # saying even when coordinated: "X said they had tried but decided ..."
                    continue
                elif _nested_report(a, b, toks):
                    continue  # "X said she wanted ...": one attribution, X's
                elif _held_inside(b, toks):
                    continue  # "X cited his refusal to ...": a noun phrase in X's content
                elif _what_clause(b, toks):
                    continue  # "X attacked what she called ...": a label inside X's content
                elif _subordinate_report(a, b, toks):
                    continue  # "X said it failed because voters wanted ...": one report, X's
                elif _contact_relative(b, toks):
                    continue  # "X said the money he says he raised ...": a noun's modifier
                elif (b.source is None and not b.shared_source) or b.governed:
                    continue  # a verb without a subject of its own is part of the content
                nxt = toks[b.cue[0]].start
                if b.source and not b.shared_source and not b.inverted:
                    nxt = min(nxt, b.source_chars[0])
                if (
                    b.rule == "quote-cue-after"
                    and _colon_before(text, b.content[0])
                    and _has_words(text, a.content[0], b.content[0], 2)
                ):
                    # 'Ruiz declared her aim: "...," she said': the quotation after the
                    # colon is the later cue's
                    nxt = min(nxt, b.content[0])
                if a.content[0] < nxt < a.content[1]:
                    s, e = _trim(text, a.content[0], nxt)
                    s2, e2 = _strip_conj(text, s, e)
                    # a fronted clause may keep a one-word content: "As X attacked Y, Z chanted"
                    if not _has_words(text, s2, e2, 1 if fronted else 2):
                        continue  # "X said that Y called ...": Y's words are X's content
                    if _verbless_that(toks, s2, e2, b.lemma in REPORT_LEMMAS):
                        continue  # "X thinks that several crews reported ...": one report
                    if _dangling_end(text, s2, e2, nxt):
                        continue  # "X warned that the port was being defended by ...": b's
                        # verb is inside a's clause, which the cut would leave unfinished
                    a.content = (s2, e2) if e2 > s2 else None
                    if a.content is not None and a.pieces:
                        # "X, Ruiz said, adding that Y": the pieces before the cut are left;
                        # one alone is the content, without the cue between the pieces
                        kept_pieces = [p for p in a.pieces if p[0] < e2]
                        if len(kept_pieces) == 1:
                            a.content = _strip_conj(text, *_trim(text, *kept_pieces[0]))
                            a.pieces = ()
                    if a.content is None:
                        live.pop()
            live.append(b)
        polled = _poll_clause(text, toks)
        if polled is not None:
            live.append(polled)
        if not any(c.content for c in live):
            framed = (
                (_headline_verb(text, toks) if first_line else None)
                or (_headline_passive(text, toks) if first_line else None)
                or _framed_clause(text, toks)
                or _view_clause(text, toks)
                or _it_hedge(text, toks)
                or _it_evident(text, toks)
                or (
                    _headline_colon(text, toks)
                    if first_line or _title_paragraph(text, sent)
                    else None
                )
                or _colon_quote(text, toks)
                or _hedged_clause(text, toks)
                or _experiencer_clause(text, toks)
                or _led_to_view(text, toks)
                or _reported_clause(text, toks)
            )
            if framed is not None:
                live.append(framed)
        # a content must hold text: rules that trim it to nothing leave no attribution
        cands.extend(
            c for c in live if c.content and c.content[1] > c.content[0] and not _hollow(toks, c)
        )

    # keep the best non-overlapping candidates
    cands.sort(key=lambda c: -c.confidence)
    kept: list[Cand] = []
    # the kept contents do not overlap, so in order of their starts their ends are in order
    # too: a content overlaps one of them if it overlaps the last one starting before its end
    kept_spans: list[tuple[int, int]] = []
    for c in cands:
        s, e = c.content
        x = bisect.bisect_left(kept_spans, (e,)) - 1
        if x >= 0 and s < kept_spans[x][1]:
            continue
        bisect.insort(kept_spans, (s, e))
        kept.append(c)
    kept.sort(key=lambda c: c.content[0])
    # 'X said A, but the council has delayed B': the "but" clause with a subject of its own
    # is the writer's, not more of X's report
    for c in kept:
        if c.pieces or c.cue_chars[1] > c.content[0]:
            continue
        for m in BUT_CLAUSE.finditer(text, c.content[0], c.content[1]):
            if any(r[0] < m.start() for r in regions.overlapping(m.start(), m.start() + 1)):
                continue
            c.content = _trim(text, c.content[0], m.start())
            break
    # 'According to Ruiz, "Q1. Q2."': a content that opens a quotation and stops at a
    # sentence end inside it takes the rest of the quotation
    for x, c in enumerate(kept):
        s, e = c.content
        nxt = kept[x + 1].content[0] if x + 1 < len(kept) else len(text)
        for r in regions.overlapping(e - 1, e):
            if s <= r[0] < e < r[1] <= nxt and not c.pieces:
                c.content = (s, r[1])
    for c in kept:
        for r in regions.starting_in(c.content[0], c.content[1] + 2):
            if r[1] <= c.content[1] + 1:
                used_regions.add(r)
    # '"Q1 ...\n\n"Q2," she said': the paragraphs before the cued one are hers as well
    opens_content = {c.content[0]: c for c in kept}
    for r in reversed(regions):
        before = continued_from.get(r)
        c = opens_content.get(r[0])
        if c is None or before is None or before in used_regions:
            continue
        if any(before[0] < k.content[1] and k.content[0] < before[1] for k in kept):
            continue
        c.pieces = (before, *(c.pieces or (c.content,)))
        c.content = (before[0], c.content[1])
        used_regions.add(before)
        opens_content[before[0]] = c

    out: list[Attribution] = []
    history: list[tuple[int, str]] = []
    # uncued quotations continuing the previous speaker
    extra: list[tuple[tuple[int, int], Cand | None]] = []
    extra_pieces: dict[tuple[int, int], list[tuple[int, int]]] = {}  # first region -> all
    extra_head: dict[tuple[int, int], tuple[int, int]] = {}  # region -> first region
    ki = 0
    sentence_starts = [sent.start for sent in sentences]
    sentence_start_set = set(sentence_starts)
    mid_regions: set[tuple[int, int]] = set()  # partial quotations inside a sentence
    sentence_ends = [sent.end for sent in sentences]
    turns: dict[tuple[int, int], tuple[int, int]] = {}  # region -> speaker taking the turn
    for r in regions:
        if r in used_regions:
            continue
        if any(r[0] < k.content[1] and k.content[0] < r[1] for k in kept):
            continue
        if SIGN_OFF.match(text, r[0], r[1]):
            continue  # '"Follow Ana Ruiz on Twitter @anaruiz."' closing a transcript: the writer's
        # a short quotation is kept only as a piece of the cued one before it ('"Is the
        # pier safe?" Ruiz asked. "Not yet."'), never as one of its own
        short = len(re.findall(r"\w+", text[r[0] : r[1]])) < 4
        # '"Q1," she said, but "Q2."': the quotation goes on after a conjunction
        # (or '"Q1," and "Q2."': the comma inside the first one's marks)
        after_conjunction = bool(
            re.search(r",[\"”’']?\s*(?:but|and)\s+$", text[max(0, r[0] - 9) : r[0]])
        )
        # one inside a sentence may still go on with the quotation before it ('"Q1," she
        # said. It is "Q2."')
        mid = (
            not _para_start(text, r[0])
            and r[0] not in sentence_start_set
            and not after_conjunction
            # 'Instead, "..."': a linking word opening the sentence leaves it at its start
            and not _after_sentence_link(text, r[0], sentence_starts)
        )
        if mid and (short or _title_quotation(text, r)):
            continue
        while ki < len(kept) and kept[ki].content[0] < r[0]:
            ki += 1
        prev = kept[ki - 1] if ki else None
        before = continued_from.get(r)
        if (
            prev is not None
            and before is not None
            and not short  # a stage direction between turns: "(LAUGHTER.)"
            and prev.content[0] < before[1]
            and before[0] < prev.content[1]
            and (ki >= len(kept) or kept[ki].content[0] >= r[1])
        ):
            # the quotation goes on in a new paragraph: another piece of the same words
            prev.pieces = (*(prev.pieces or (prev.content,)), r)
            prev.content = (prev.content[0], r[1])
            used_regions.add(r)
            continue
        if prev is not None and ki >= 2 and _resumed_after_aside(text, kept[ki - 2], prev, r):
            # 'Ruiz said, "A" - as the fans shouted "B" - "and C."': the
            # quotation resumed after the dash aside goes on with the one before it
            outer = kept[ki - 2]
            outer.pieces = (*(outer.pieces or (outer.content,)), r)
            outer.content = (outer.content[0], r[1])
            continue
        # the gap runs from the end of the quotation's cue and source ('"...," said Jane
        # Doe, a lawyer for the city. "..."')
        aside = None
        if (
            prev is not None
            and prev.source_chars is not None
            and not prev.rule.startswith("quote")
            and ki >= 2
            and kept[ki - 2].rule.startswith("quote")
            and (
                kept[ki - 2].source_chars == prev.source_chars
                # '"Q1," she said, in which she was sure ... "Q2."': the same person
                or text[slice(*prev.source_chars)].lower() in PERSON_PRONOUNS
            )
        ):
            # '"Q1," she said, referring to X. "Q2."': the participle is an aside of the
            # quotation's speaker, and Q2 goes on with Q1
            aside, prev = prev, kept[ki - 2]
        gap = max(prev.content[1], prev.cue_chars[1]) if prev else 0
        if prev is not None and prev.source_chars and prev.source_chars[0] >= prev.content[1]:
            gap = max(gap, prev.source_chars[1])
        if aside is not None:
            gap = max(gap, aside.content[1])
        turn = (
            _turn_taker(text, sentences, sentence_ends, r[0], sentence_tokens)
            if prev is not None and not mid
            else None
        )
        if turn is not None and (
            turn[0] < gap
            or (
                prev.source_chars is not None
                and text[slice(*turn)].split()[-1].lower()
                in text[slice(*prev.source_chars)].lower()
            )
        ):
            turn = None  # the same speaker named again
        if turn is not None:
            # '"Q1," Lund said. Ruiz then spoke to the fans. "Q2."': Ruiz's turn
            turns[r] = turn
        if (
            prev is not None
            and prev.rule.startswith("quote")
            and prev.content[1] <= r[0]
            and "\n\n" not in text[prev.content[1] : r[0]]
            and (
                (
                    r[0] - gap < 160
                    and re.fullmatch(r"[\s,.]*(?:[^\s\"“”]+(?:\s+|$)){0,20}", text[gap : r[0]])
                )
                # '"Q1," said X, a long description of X. "Q2."'
                or _next_sentence_starts(sentences, sentence_starts, gap - 1, r[0])
            )
            and (ki >= len(kept) or kept[ki].content[0] >= r[1])
            and not (
                mid and _clause_between(sentences, sentence_starts, sentence_tokens, gap, r[0])
            )
            and r not in turns
        ):
            prev.pieces = (*(prev.pieces or (prev.content,)), r)
            prev.content = (prev.content[0], r[1])  # '"Q1," he said. "Q2."'
            prev.rule = "quote-split"
            continue
        if short:
            continue  # a title or a scare quote: 'The "plan" failed.'
        if after_conjunction:
            continue  # only a piece of the quotation before it, never one of its own
        if mid:
            # 'The mayor has called the pier "a danger to every family" for months.': a
            # partial quotation, its speaker found below
            mid_regions.add(r)
            extra.append((r, prev))
            extra_head[r] = r
            extra_pieces[r] = [r]
            continue
        if before is not None and before in extra_head:
            # one uncued quotation going on over paragraphs: one attribution
            extra_head[r] = extra_head[before]
            extra_pieces[extra_head[r]].append(r)
            continue
        extra.append((r, prev))
        extra_head[r] = r
        extra_pieces[r] = [r]

    items: list[tuple[int, object]] = [(c.content[0], c) for c in kept]
    items += [(r[0], (r, prev)) for r, prev in extra]
    items.sort(key=lambda x: x[0])
    last_speaker: str | None = None
    last_source: Span | None = None  # the mention of last_speaker, for uncued continuations
    for _, item in items:
        if isinstance(item, Cand):
            c = item
            src_span = None
            speaker = None
            if c.source_chars:
                src_span = Span(*c.source_chars)
                # "Ana Ruiz, who said ...": the speaker is whom the pronoun stands for
                named_at = c.antecedent or c.source_chars
                speaker = resolve(text[named_at[0] : named_at[1]], named_at[0], names, history)
                history.append((src_span.start, speaker))
            if speaker:
                last_speaker, last_source = speaker, src_span
            cue_span = Span(*c.cue_chars)
            out.append(
                Attribution(
                    type=_attribution_type(text, c, regions),  # type: ignore[arg-type]
                    content=Span(*c.content),
                    source=src_span,
                    cue=cue_span,
                    speaker=speaker,
                    confidence=round(c.confidence, 3),
                    rule=c.rule,
                    content_spans=_pieces(c),
                )
            )
        else:
            r, prev = item  # type: ignore[misc]
            pieces = extra_pieces[r]
            spans = tuple(Span(*x) for x in pieces) if len(pieces) > 1 else ()
            r = (r[0], pieces[-1][1])
            m = DASH_SIGNATURE.match(text, r[1])
            sig = LINE_SIGNATURE.search(text, r[0], r[1]) if m is None and not spans else None
            if sig is not None and sig.start() > r[0] + 1:
                # '"We will fix the pier.\nAna Ruiz."': the content ends before the name
                src_span = Span(sig.start(1), sig.end(1) - (text[sig.end(1) - 1] == "."))
                speaker = resolve(src_span.text(text), src_span.start, names, history)
                history.append((src_span.start, speaker))
                if speaker:
                    last_speaker, last_source = speaker, src_span
                out.append(
                    Attribution(
                        type="direct",
                        content=Span(*_trim(text, r[0], sig.start())),
                        source=src_span,
                        cue=None,
                        speaker=speaker,
                        confidence=0.8,
                        rule="quote-signature",
                    )
                )
                continue
            if m:
                # '"..." ― Jane Doe' closing a line: the name signs the quotation
                e = m.end(2)
                if text[e - 1] == "." and len(m.group(2).split()[-1]) > 4:
                    e -= 1
                src_span = Span(m.start(2), e)
                speaker = resolve(src_span.text(text), src_span.start, names, history)
                history.append((src_span.start, speaker))
                if speaker:
                    last_speaker, last_source = speaker, src_span
                out.append(
                    Attribution(
                        type="direct",
                        content=Span(*r),
                        source=src_span,
                        cue=Span(m.start(1), m.end(1)),
                        speaker=speaker,
                        confidence=0.8,
                        rule="quote-signature",
                        content_spans=spans,
                    )
                )
                continue
            if r in mid_regions:
                k = max(0, bisect.bisect_right(sentence_starts, r[0]) - 1)
                stoks = sentence_tokens.get(sentence_starts[k]) or []
                qi = bisect.bisect_left(stoks.once(_starts), r[0]) if stoks else 0
                st = _mid_quote_source(stoks, qi)
                src_span = None
                speaker = None
                if st is not None:
                    src_span = Span(stoks[st[0]].start, stoks[st[1] - 1].end)
                elif prev is not None and last_speaker and prev.cue_chars[0] >= sentence_starts[k]:
                    # '"Q1," said Ruiz, explaining the budget: "Q2."': the speaker of the
                    # sentence's cued quotation
                    src_span, speaker = last_source, last_speaker
                else:
                    continue
                if src_span is not None and speaker is None:
                    speaker = resolve(src_span.text(text), src_span.start, names, history)
                out.append(
                    Attribution(
                        type="mixed",
                        content=Span(*r),
                        content_spans=spans,
                        source=src_span,
                        cue=None,
                        speaker=speaker,
                        confidence=0.35,
                        rule="quote-mid",
                    )
                )
                continue
            speaker = last_speaker if prev is not None else None
            source = last_source if speaker else None
            if r in turns:
                source = Span(*turns[r])
                speaker = resolve(source.text(text), source.start, names, history)
                history.append((source.start, speaker))
                last_speaker, last_source = speaker, source
            subject = _previous_subject(text, sentences, sentence_ends, r[0], sentence_tokens)
            if not speaker:
                # with no speaker before it, a quotation is a headline's, a title or lyrics,
                # unless the sentence before has a subject that can speak ('Ruiz spoke at
                # the pier. "The engines are old."')
                if subject is None or _title_quotation(text, r):
                    continue
                source = Span(*subject)
                speaker = resolve(source.text(text), source.start, names, history)
            if subject is not None and speaker:
                named = resolve(text[subject[0] : subject[1]], subject[0], names, history)
                if named == speaker:
                    source = Span(*subject)  # the speaker is the last sentence's subject
            out.append(
                Attribution(
                    type="direct",
                    content=Span(*r),
                    content_spans=spans,
                    # An uncued quote continues the last speaker: point at where they were named.
                    source=source,
                    cue=None,
                    speaker=speaker,
                    confidence=0.55 if prev is not None else 0.3,
                    rule=(
                        "quote-turn"
                        if r in turns
                        else "quote-continuation"
                        if prev is not None
                        else "quote-uncued"
                    ),
                )
            )
    return out


HEADLINE_SUBJECT_TAGS = {"NN", "NNS", "NNP", "NNPS", "POS", "JJ", "CD"}
HEADLINE_FUNCTION_TAGS = {"DT", "IN", "CC", "TO", "PRP$", "WDT", "WP", "MD"}
HEADLINE_NOT_VERBS = BE_FORMS | HAVE_FORMS | {"do", "does", "did", "says", "said", "to"}
HEADLINE_PARTICLES = {"up", "on", "for", "with", "against", "from", "to", "into", "over", "out"}


def _headline_verb_at(toks: list[Tok], i: int) -> bool:
    """Token i of a headline is a verb of saying or stance: headlines put every word in
    title case, so the lexicon decides, not the tagger."""
    t = toks[i]
    w = t.low
    if t.quoted or t.qmark or w in HEADLINE_NOT_VERBS or not w.isalpha():
        return False
    form = VERB_FORMS.get(w) or STANCE_FORMS.get(w)
    if form is None or form[1] not in ("3sg", "base", "past", "ger"):
        return False
    if form[1] == "3sg" and toks[i + 1].low in PLURAL_LINKING_VERBS:
        return False  # "Favorite TV Shows Sound Right": a plural noun
    if form[1] == "ger" and not t.word[:1].isupper():
        return False  # a title-case headline drops its "is": "Ruiz Aides Declining To Meet"
    # a base form needs a plural subject ("Senators Rip"), not a noun ("A Curious Plan")
    prev = toks[i - 1].low  # "Curious", "Bus" and "Crisis" end in "s" but are not plurals
    plural = prev.endswith("s") and not prev.endswith(("ss", "us", "is"))
    return form[1] != "base" or (plural and toks[i - 1].tag != "POS")


def _headline_verb(text: str, toks: list[Tok]) -> Cand | None:
    """A headline's "Subject Verb Object" ("Senators Rip Agency Over Delays"): the subject
    takes a stand on the rest of the headline."""
    n = len(toks)
    for i in range(1, n - 1):
        if toks[i].low in (":", ",", ";", "?") or toks[i].quoted or toks[i].qmark:
            return None
        if not _headline_verb_at(toks, i):
            continue
        if toks[i - 1].tag not in HEADLINE_SUBJECT_TAGS and not (
            toks[i - 1].word[:1].isupper() and toks[i - 1].tag not in HEADLINE_FUNCTION_TAGS
        ):
            return None
        b = i + 1
        if b < n - 1 and toks[b].low in HEADLINE_PARTICLES:
            b += 1
        # a dash opens a second headline: "Ruiz Backs Toll -- Now The Port Pays"
        last = next((x for x in range(b + 1, n) if toks[x].low in DASHES), n)
        s, e = _trim(text, toks[b].start, toks[last - 1].end)
        if len(WORD.findall(text, s, e)) < 2:
            return None
        c = Cand((i, b), toks[i].low, GENERIC_WEIGHT, source=(0, i), rule="headline-verb")
        c.cue_chars = (toks[i].start, toks[b - 1].end)
        c.content = (s, e)
        c.confidence = 0.35
        _finish_source(toks, c)
        return c
    return None


def _headline_passive(text: str, toks: list[Tok]) -> Cand | None:
    """A headline that ends in the participle of a verb of stance, its "is" and agent
    dropped ("Mayor's toll plan assailed."): someone takes a stand on the noun phrase."""
    n = len(toks)
    i = n - 2 if toks[-1].low in (".", "!") else n - 1
    if i < 2:
        return None
    form = VERB_FORMS.get(toks[i].low) or STANCE_FORMS.get(toks[i].low)
    if form is None or form[1] not in ("past", "part", "pp") or toks[i].quoted:
        return None
    if not all(t.tag in HEADLINE_SUBJECT_TAGS or t.tag == "DT" for t in toks[:i]):
        return None
    if not any(t.tag.startswith("NN") for t in toks[:i]):
        return None
    return _whole_clause_cand(
        toks,
        (i, i + 1),
        form[0],
        None,
        (toks[0].start, toks[i - 1].end),
        0.3,
        rule="headline-passive",
    )


# "It seems ...", "it sure looks like ...": the writer's reading of a whole clause
IT_SEEM_FORMS = {"seems", "seemed", "appears", "appeared"}
IT_HEDGE_FORMS = {"seems", "seemed", "appears", "appeared", "looks", "looked", "sounds", "sounded"}
IT_HEDGE_SUBJECT_TAGS = {"NNP", "NNPS", "NN", "NNS", "DT", "PRP", "PRP$", "CD"}
IT_HEDGE_LIKE = {"looks", "looked", "sounds", "sounded"}  # only before "like"


def _it_hedge(text: str, toks: list[Tok]) -> Cand | None:
    """An expletive "it" with "seems"/"appears" (or "looks like") before a clause of its
    own ("It seems the pier will stay shut", "it sure looks like the mayor is stalling"):
    the writer's hedged claim, the clause with no source."""
    n = len(toks)
    for i in range(n - 3):
        if toks[i].low != "it" or toks[i].quoted:
            continue
        if i and toks[i - 1].tag not in ("CC", ",", "RB", "IN") and toks[i - 1].low != ",":
            continue
        j = i + 1
        if toks[j].tag == "RB" or toks[j].low == "sure":
            j += 1  # "it sure looks like", "it now seems"
        if j >= n - 2 or toks[j].low not in IT_HEDGE_FORMS or toks[j].quoted:
            continue
        if j == i + 1 and toks[j].low in IT_SEEM_FORMS and toks[j + 1].low != "like":
            continue  # a plain "it seems (that) ..." is the hedged_clause's
        k = j + 1
        if toks[j].low in IT_HEDGE_LIKE:
            if toks[k].low != "like":
                return None
            k += 1
        elif toks[k].low in ("that", "as", "like"):
            k += 1  # "it seems that ...", "it seemed as if ..."
            if toks[k - 1].low == "as" and toks[k].low in ("if", "though"):
                k += 1
        # a clause of its own: a subject, then a finite verb within a few words
        # ("it seemed unlikely ...": an adjective is the writer's own judgment, not a clause)
        if k >= n or toks[k].tag not in IT_HEDGE_SUBJECT_TAGS:
            return None
        if not any(
            toks[x].tag in FINITE_TAGS or toks[x].tag == "MD" for x in range(k + 1, min(n, k + 12))
        ):
            return None
        s, e = _trim(text, toks[k].start, toks[-1].end)
        if len(WORD.findall(text, s, e)) < 4:
            return None
        return _whole_clause_cand(toks, (i, j + 1), "seem", None, (s, e), 0.3, rule="hedge-it")
    return None


# Adjectives of evidence or likelihood in "it is ADJ that ...": the writer's claim
EVIDENT_ADJECTIVES = {
    "clear", "obvious", "evident", "apparent", "plain", "undeniable", "certain", "true",
    "likely", "unlikely", "probable", "possible", "doubtful", "inevitable",
}  # fmt: skip
IT_BE_FORMS = {"is", "was", "'s", "’s", "seems", "seemed", "became", "becomes"}


def _it_evident(text: str, toks: list[Tok]) -> Cand | None:
    """An expletive "it is (now, also) ADJ that CLAUSE" with an adjective of evidence or
    likelihood ("It's also clear that the pier will close"): the writer's claim, the clause
    with no source; not when negated ("it is not clear that ...")."""
    n = len(toks)
    for i in range(n - 4):
        if toks[i].low != "it" or toks[i].quoted or toks[i + 1].low not in IT_BE_FORMS:
            continue
        j = i + 2
        if toks[j].tag == "RB" and toks[j].low not in ("not", "n't", "never", "less", "no"):
            j += 1  # "it is now clear", "it's also clear"
        if j + 2 >= n or toks[j].low not in EVIDENT_ADJECTIVES or toks[j + 1].low != "that":
            continue
        k = j + 2
        if not any(toks[x].tag in FINITE_TAGS or toks[x].tag == "MD" for x in range(k, n)):
            return None
        s, e = _trim(text, toks[k].start, toks[-1].end)
        if len(WORD.findall(text, s, e)) < 3:
            return None
        return _whole_clause_cand(
            toks, (i, j + 2), "be clear", None, (s, e), 0.3, rule="evident-that"
        )
    return None


# Nouns of a document, poll or spoken event that frame a sentence-initial "In ..., CLAUSE":
# "In a statement, the mayor was more cautious", "In the latest poll, she leads by 5 points".
FRAME_NOUNS = set(
    """
    statement statements interview interviews speech speeches remarks letter letters memo
    memos op-ed editorial column essay essays book tweet tweets message messages
    email emails testimony filing poll polls survey surveys
    """.split()
)
# Frames that are themselves the source of their clause (a poll shows, a speaker speaks).
FRAME_SOURCE_NOUNS = {"poll", "polls", "survey", "surveys"}
# "In Ruiz's view, ...": nouns of a holder's viewpoint
VIEW_NOUNS = {"view", "opinion", "words", "estimation", "judgment", "judgement", "mind", "eyes"}


# Nouns for what someone says, whose possessor speaks: "Her message was blunt: '...'"
MESSAGE_NOUNS = {
    "message", "reply", "response", "answer", "words", "verdict", "advice", "warning", "view",
    "position", "statement", "retort", "plea", "argument", "point", "promise", "pitch",
}  # fmt: skip
RECEIVING_VERBS = {"greeted", "met", "welcomed", "handed", "sent", "shown", "told", "asked"}


def _whole_clause_cand(toks, cue, lemma, source, content, confidence, *, rule: str) -> Cand:
    """A finished candidate for a sentence-level frame (no cue verb of its own): its cue
    tokens, source tokens and content chars."""
    c = Cand(cue, lemma, GENERIC_WEIGHT, source=source, rule=rule)
    c.cue_chars = (toks[cue[0]].start, toks[cue[1] - 1].end)
    c.content = content
    c.confidence = confidence
    _finish_source(toks, c)
    return c


COLON_SUBJECT_MAX = 8  # words before the colon of "X's message was blunt: '...'"


def _colon_quote(text: str, toks: list[Tok]) -> Cand | None:
    """A sentence whose subject can hold a view and whose rest after a colon is one
    quotation ("Her message was blunt: '...'", "Ruiz wrote on Facebook: '...'"): the
    quotation is the subject's."""
    colon = next((x for x, t in enumerate(toks) if t.low == ":" and not t.quoted), None)
    if colon is None or not 0 < colon <= COLON_SUBJECT_MAX or colon + 2 >= len(toks):
        return None
    if toks[colon + 1].qmark != "open" or not all(
        t.quoted or t.qmark for t in toks[colon + 1 :] if t.word[:1].isalnum()
    ):
        return None
    verb = next((x for x in range(colon) if toks[x].tag in FINITE_TAGS), colon)
    st = _np_left(toks, verb, 0)
    if st is None or st != (1 if toks[0].tag == "CC" else 0) or st >= verb:
        return None
    if any(toks[x].low in TARGET_VERBS or toks[x].low in RECEIVING_VERBS for x in range(colon)):
        return None  # "The mayor received a letter: '...'": the mayor did not write it
    end = verb
    poss = next(
        (x for x in range(st, verb) if toks[x].low in ("'s", "’s") or toks[x].tag == "PRP$"), None
    )
    if poss is not None and toks[verb - 1].low in MESSAGE_NOUNS:
        end = poss + 1  # "Ruiz's message was blunt": Ruiz's; "Her critics had ...": her critics
    if not any(_agentive(toks[x]) or toks[x].tag == "PRP$" for x in range(st, end)):
        return None
    qs = toks[colon + 1].start
    qe = toks[-1].end if toks[-1].qmark or toks[-1].quoted else toks[-2].end
    return _whole_clause_cand(
        toks, (colon, colon + 1), ":", (st, end), (qs, qe), 0.6, rule="quote-colon"
    )


def _view_clause(text: str, toks: list[Tok]) -> Cand | None:
    """A sentence-initial "In X's view, CLAUSE" (or "in the view of X") with no cue of its
    own: X holds the clause."""
    i = 1 if toks and toks[0].tag == "CC" else 0
    n = len(toks)
    if i + 4 >= n or toks[i].low != "in" or toks[i].quoted:
        return None
    k = i + 1
    if toks[k].low == "the" and toks[k + 1].low in VIEW_NOUNS and toks[k + 2].low == "of":
        noun, src_start = k + 1, k + 3  # "In the view of X,"
        comma = _verbless_comma(toks, src_start, src_start + 8)
        src = (src_start, comma) if comma is not None else None
    else:
        comma = _verbless_comma(toks, k, k + 8)
        if comma is None or toks[comma - 1].low not in VIEW_NOUNS:
            return None
        noun = comma - 1
        src = (k, noun)  # "In Ruiz's view," / "In her view,"
        if not (toks[noun - 1].tag in ("PRP$", "POS") or toks[noun - 1].low in ("'s", "’s")):
            return None
    if src is None or comma is None or src[1] <= src[0] or comma + 2 >= n:
        return None
    if not any(_agentive(toks[x]) or toks[x].tag == "PRP$" for x in range(*src)):
        return None
    s, e = _trim(text, toks[comma + 1].start, toks[-1].end)
    if not _has_words(text, s, e, 3):
        return None
    return _whole_clause_cand(toks, (i, noun + 1), "in view", src, (s, e), 0.4, rule="view-in")


FRAME_MODIFIER_TAGS = {"DT", "PRP$", "JJ", "JJS", "CD", "NN", "NNP", "NNPS", "POS"}
FRAME_SUBJECT_MAX = 8  # words of a framed clause's subject


def _verbless_comma(toks: list[Tok], j: int, last: int) -> int | None:
    """Index of the first comma from token j (up to token `last`) with no finite verb or
    quotation mark before it, leaving at least two tokens after it; None otherwise."""
    n = len(toks)
    while j < n and j <= last and toks[j].low != ",":
        if toks[j].tag in FINITE_TAGS or toks[j].qmark:
            return None
        j += 1
    if j >= n - 2 or toks[j].low != ",":
        return None
    return j


def _framed_clause(text: str, toks: list[Tok]) -> Cand | None:
    """A sentence-initial "In <statement/interview/poll ...>, CLAUSE" with no cue of its own:
    the clause is what the frame reports. A poll is the source; for a statement or an
    interview the clause subject is."""
    i = 1 if toks and toks[0].tag == "CC" else 0
    n = len(toks)
    if i + 3 >= n or toks[i].low != "in":
        return None
    k = i + 1
    while k < n and (toks[k].tag in FRAME_MODIFIER_TAGS or toks[k].low in ("-", "/")):
        if toks[k].quoted or toks[k].qmark:
            return None
        if toks[k].low in FRAME_NOUNS and not (k + 1 < n and toks[k + 1].tag in ("NNP", "NNPS")):
            break  # a capitalised head: "an ABC News Poll"
        k += 1
    if k >= n or toks[k].low not in FRAME_NOUNS or (k == i + 1 and toks[k].tag != "NNS"):
        return None
    comma = _verbless_comma(toks, k + 1, k + 12)
    if comma is None:
        return None
    if toks[comma + 1].tag == "VBN":
        # "In the last poll, conducted in May, ...": the participle belongs to the frame
        comma = _verbless_comma(toks, comma + 2, comma + 10)
        if comma is None:
            return None
    rest = toks[comma + 1 :]
    if not any(t.tag.startswith("VB") or t.tag == "MD" for t in rest[1:]):
        return None
    s, e = _trim(text, toks[comma + 1].start, toks[-1].end)
    if len(WORD.findall(text, s, e)) < 3:
        return None
    if toks[k].low in FRAME_SOURCE_NOUNS:
        source = (i + 1, comma)
    else:
        # the clause subject: the words before its first verb
        fv = next(x for x, t in enumerate(rest) if t.tag.startswith("VB") or t.tag == "MD")
        if not 0 < fv <= FRAME_SUBJECT_MAX or not any(_agentive(t) for t in rest[:fv]):
            return None
        if any(t.tag not in NP_TAGS and t.low != "of" for t in rest[:fv]):
            return None
        source = (comma + 1, comma + 1 + fv)
    return _whole_clause_cand(toks, (i, i + 1), "in", source, (s, e), 0.35, rule="frame-in")


POLL_NOUNS = {"poll", "polls", "survey", "surveys", "average", "averages"}
POLL_STANDING_WORDS = set(
    """
    lead leads led leading ahead trail trails trailed trailing behind fare fared bump
    running
    """.split()
)
POLL_CLAUSE_STOPS = {",", ";", ":", "where", "who", "which", "that", "when", "while", "because"}
POLL_NP_MAX = 12  # words between "in" and the poll noun


POLL_SCAN_MAX = 40  # words scanned around "in ... poll": keeps long run-on text linear


def _poll_clause(text: str, toks: list[Tok]) -> Cand | None:
    """ "X leads Y in the latest poll": the poll is the source of the clause before "in"."""
    n = len(toks)
    for i in range(2, n - 1):
        if toks[i].low != "in" or toks[i].quoted:
            continue
        k = i + 1
        while k < n and k - i <= POLL_NP_MAX and toks[k].low not in POLL_NOUNS:
            if toks[k].tag in FINITE_TAGS or toks[k].low in (",", ";", "."):
                break
            k += 1
        if k >= n or toks[k].low not in POLL_NOUNS:
            continue
        # the poll's noun phrase runs on over its modifiers to the end of the clause
        e = k + 1
        while (
            e < n
            and e - k < POLL_SCAN_MAX
            and toks[e].low not in (",", ";", ":", ".", "!", "?")
            and not toks[e].qmark
        ):
            if toks[e].tag in FINITE_TAGS or toks[e].low in ("but", "and"):
                break
            e += 1
        st = i - 1
        while (
            st > 0
            and i - st < POLL_SCAN_MAX
            and toks[st - 1].low not in POLL_CLAUSE_STOPS
            and not toks[st - 1].qmark
        ):
            st -= 1
        clause = toks[st:i]
        if not any(t.tag.startswith("VB") for t in clause) or len(clause) < 2:
            continue
        if not any(t.low in POLL_STANDING_WORDS for t in clause):
            continue  # only a standing in the poll is what the poll reports
        if st > 0 and toks[st - 1].low in ("that", "because"):
            continue  # a clause inside another report: "X says that she leads in the polls"
        content = _trim(text, toks[st].start, toks[i - 1].end)
        return _whole_clause_cand(toks, (i, i + 1), "in", (i + 1, e), content, 0.3, rule="poll-in")
    return None


# "X seems/appears to ...": the writer's hedged claim about X, the whole clause its content.
HEDGE_FORMS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
HEDGE_NOT_AFTER = {"that", "which", "who", "whom", "where", "what", "when", "to", "would"}


def _hedged_clause(text: str, toks: list[Tok]) -> Cand | None:
    """A sentence whose verb is "seem"/"appear" with a complement ("to ...", an adjective,
    a participle, "like ..."), a subject that can hold a view, and no cue of its own: the
    writer's view of that subject, from the subject on."""
    n = len(toks)
    for i in range(1, n - 2):
        t = toks[i]
        if t.quoted or t.qmark or t.low not in HEDGE_FORMS:
            continue
        nxt = toks[i + 1]
        a = _aux_left(toks, i)
        if a > 0 and toks[a - 1].low == "it" and _clause_after(toks, i + 1):
            # "It seems (that) the pier will close": the writer's hedge, the clause its content
            st = i + 2 if nxt.low == "that" else i + 1
            c = Cand((a - 1, i + 1), t.low, GENERIC_WEIGHT, rule="hedge-it")
            c.cue_chars = (toks[a - 1].start, t.end)
            c.content = _trim(text, toks[st].start, toks[-1].end)
            c.confidence = 0.3
            return c
        if not (nxt.tag in ("TO", "JJ", "JJR", "VBN", "RB") or nxt.low in ("to", "like")):
            return None
        if a == 0 or toks[a - 1].low in HEDGE_NOT_AFTER:
            return None
        src = _source_left(toks, a)
        if src is None or not any(_agentive(toks[x]) for x in range(*src)):
            return None
        s, e = _trim(text, toks[src[0]].start, toks[-1].end)
        if len(WORD.findall(text, s, e)) < 4:
            return None
        c = Cand((a, i + 1), t.low, GENERIC_WEIGHT, source=src, rule="hedge-seem")
        _finish_source(toks, c)
        c.cue_chars = (toks[a].start, t.end)
        c.content = (s, e)
        c.confidence = 0.3
        return c
    return None


EXPERIENCER_SCAN = 6  # words of the object after the verb


def _experiencer_clause(text: str, toks: list[Tok]) -> Cand | None:
    """A sentence whose verb makes its object feel something ("The delay has angered the
    mayor's allies", "The port raised fees, frustrating Ruiz"): the object, when it can hold a
    view, is the source and the subject (or the clause before the comma) the content."""
    n = len(toks)
    for i in range(1, n - 1):
        t = toks[i]
        if t.quoted or t.qmark or t.low not in EXPERIENCER_FORMS or not t.word[:1].islower():
            continue
        kind = EXPERIENCER_FORMS[t.low]
        ger = kind == "ger"
        p = toks[i - 1]
        if (ger and p.low != ",") or (
            not ger and (p.low in ("the", "a", "an", "to") or p.tag in ("JJ", "PRP$", "POS", "IN"))
        ):
            return None  # "a troubling sign", "the upset", "by surprise", "to troubled banks"
        a = i - 1 if ger else _aux_left(toks, i)
        if a == 0 or any(toks[x].low in BE_FORMS for x in range(a, i)):
            return None  # "was angered by": the passive agent rule's
        e = _by_phrase_end(toks, i)  # the object: a noun phrase right after the verb
        if e - i > EXPERIENCER_SCAN or not any(_agentive(toks[x]) for x in range(i + 1, e)):
            return None
        if e < n and toks[e].low in ("that", "to", "with", "by"):
            return None  # "worried that ...", "pleased with": the other construction
        s, ce = _trim(text, toks[0].start, toks[a - 1].end)
        c = Cand((i, i + 1), t.low, GENERIC_WEIGHT, source=(i + 1, e), rule="experiencer-object")
        _finish_source(toks, c)
        c.cue_chars = (toks[a].start if not ger else t.start, t.end)
        c.content = (s, ce)
        c.confidence = 0.3
        return c
    return None


# Verbs that bring their object to a view: "The leak led Ruiz to suspect that ...".
LEAD_TO_FORMS = {
    "lead", "leads", "led", "leading", "prompt", "prompts", "prompted", "prompting",
    "convince", "convinces", "convinced", "convincing", "persuade", "persuades", "persuaded",
}  # fmt: skip
# Infinitives of the view they bring: "... to suspect", "... to fear", "... to conclude".
LED_VIEW_VERBS = {
    "suspect", "believe", "conclude", "think", "fear", "doubt", "question", "wonder", "assume",
    "predict", "speculate", "worry",
}  # fmt: skip


def _led_to_view(text: str, toks: list[Tok]) -> Cand | None:
    """A verb that brings its object to a view ("The leak led many engineers to suspect that
    the pier is unsafe"): the object, when it can hold a view, is the source and what follows
    the infinitive the content."""
    n = len(toks)
    for i in range(1, n - 4):
        t = toks[i]
        if t.quoted or t.qmark or t.low not in LEAD_TO_FORMS:
            continue
        e = _by_phrase_end(toks, i)
        if e - i > EXPERIENCER_SCAN or e + 2 >= n or toks[e].low != "to":
            continue
        v = toks[e + 1]
        if v.quoted or v.low not in LED_VIEW_VERBS:
            continue
        if not any(_agentive(toks[x]) for x in range(i + 1, e)):
            continue
        s, ce = _trim(text, toks[e + 2].start, toks[-1].end)
        if len(WORD.findall(text, s, ce)) < 3:
            continue
        c = Cand((e + 1, e + 2), v.low, GENERIC_WEIGHT, source=(i + 1, e), rule="led-to-view")
        _finish_source(toks, c)
        c.cue_chars = (toks[e].start, v.end)
        c.content = (s, ce)
        c.confidence = 0.3
        return c
    return None


CLAUSE_VERB_SCAN = 12  # words of a subject before its verb ("the mayor's plan to ... will")


def _clause_after(toks: list[Tok], k: int) -> bool:
    """Tokens from k open a clause: "that", or a subject and, soon after, its finite verb."""
    if toks[k].low == "that":
        return True
    if toks[k].tag not in ("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS"):
        return False
    return any(x.tag in FINITE_TAGS and not x.quoted for x in toks[k + 1 : k + CLAUSE_VERB_SCAN])


# Adverbs that mark a clause as reported by unnamed others: "X has reportedly ...".
REPORTED_ADVERBS = {"reportedly", "allegedly"}


def _reported_clause(text: str, toks: list[Tok]) -> Cand | None:
    """A clause with "reportedly"/"allegedly" after its subject and no cue of its own: an
    attribution without a source, from the subject to the end of the sentence."""
    for i in range(1, len(toks) - 2):
        t = toks[i]
        if t.low not in REPORTED_ADVERBS or t.quoted or t.qmark:
            continue
        a = _aux_left(toks, i)
        src = _source_left(toks, a) if a > 0 else None
        if src is None:
            return None
        # the clause ends before a participle or an adverbial clause that follows it
        end = len(toks) - 1
        for k in range(i + 3, len(toks) - 1):
            if toks[k].quoted or toks[k].qmark:
                continue
            if toks[k].low in FRONT_SUBORD or (toks[k].low == "," and toks[k + 1].tag == "VBG"):
                end = k - 1
                while end > i + 1 and (toks[end].low == "," or toks[end].tag == "RB"):
                    end -= 1  # "..., even as ..."
                break
        s, e = _trim(text, toks[src[0]].start, toks[end].end)
        if len(WORD.findall(text, s, e)) < 4:
            return None
        c = Cand((i, i + 1), t.low, GENERIC_WEIGHT, rule="reported-adverb")
        c.cue_chars = (t.start, t.end)
        c.content = (s, e)
        c.confidence = 0.3
        return c
    return None


def _previous_subject(
    text: str,
    sentences: list[Sentence],
    sentence_ends: list[int],
    pos: int,
    sentence_tokens: dict[int, list[Tok]],
) -> tuple[int, int] | None:
    """Character span of the subject of the sentence just before `pos`, when it opens that
    sentence (after an opening phrase at most) and can be a speaker."""
    k = bisect.bisect_right(sentence_ends, pos)
    prev = sentences[k - 1] if k else None
    if prev is None or text[prev.end : pos].strip():
        return None  # something (a heading, a dropped line) stands between
    toks = sentence_tokens.get(prev.start)  # tokenised once, in the main loop
    if not toks:
        return None
    st = _finite_subject(toks, len(toks))
    if st is None or not any(_agentive(toks[x]) for x in range(*st)):
        return None
    return toks[st[0]].start, toks[st[1] - 1].end


def _turn_taker(
    text: str,
    sentences: list[Sentence],
    sentence_ends: list[int],
    pos: int,
    sentence_tokens: dict[int, list[Tok]],
) -> tuple[int, int] | None:
    """The named subject of the sentence just before the quotation at `pos` when that
    sentence hands the turn to it: a verb of saying with no words of its own ('Ruiz later
    spoke to the fans. "..."') or a closing colon ('Ruiz made this remark:')."""
    subject = _previous_subject(text, sentences, sentence_ends, pos, sentence_tokens)
    if subject is None or text[subject[0] : subject[1]].lower() in AGENT_PRONOUNS:
        return None
    k = bisect.bisect_right(sentence_ends, pos) - 1
    toks = sentence_tokens.get(sentences[k].start) or []
    if _colon_before(text, sentences[k].end):
        return subject
    if any(t.qmark or t.quoted for t in toks):
        return None  # its own quotation is what the verb reports
    speaks = any(
        t.start >= subject[1] and t.low in VERB_FORMS and t.tag.startswith("VB") for t in toks
    )
    return subject if speaks else None


WHAT_KEEP_LEMMAS = REPORT_LEMMAS | {"describe", "dub"}


def _what_clause(b: Cand, toks: list[Tok]) -> bool:
    """A cue in a free relative ("what he called a hoax", "what they see as ...") whose
    lemma is not a verb of saying: a label inside the content around it."""
    a = b.cue[0]
    return (
        b.lemma not in WHAT_KEEP_LEMMAS
        and a > 1
        and (toks[a - 2].low == "what" or (a > 2 and toks[a - 3].low == "what"))
        and toks[a - 1].tag in ("PRP", "NNP", "NNS", "NN")
    )


# Words opening an adjunct, not a reported clause, after "X <cue>,": "Ruiz laughs, just
# like ...", "voters agree, while the council ...", "they believe, and the mayor ..."
COMMA_ADJUNCT_OPENERS = {"just", "like", "while", "whereas", "and"}


# Subordinators that open a fronted adverbial clause ("Though X said ..., Y argued ...").
FRONT_SUBORD = {
    "though",
    "although",
    "when",
    "as",
    "while",
    "if",
    "after",
    "before",
    "since",
    "because",
    "whereas",
    "once",
    "until",
    "unless",
}


def _fronted_clause(a: Cand, b: Cand, toks: list[Tok]) -> bool:
    """Cue `a` lies in a fronted subordinate clause ("Though X never named her, Y argued
    ...") and `b` heads the main clause after its comma, with a subject of its own: b is
    not part of a's content, whatever their weights."""
    if b.source is None or b.shared_source or b.inverted or b.source_chars is None:
        return False
    i = 1 if toks[0].tag == "CC" and len(toks) > 1 else 0
    if toks[i].low not in FRONT_SUBORD or i >= a.cue[0]:
        return False
    s0 = b.source_chars[0]
    for k in range(a.cue[1], b.cue[0]):
        if toks[k].start >= s0:
            return False
        if toks[k].low == ",":
            return True
    return False


def _initial_according(a: Cand, b: Cand, toks: list[Tok]) -> bool:
    """`a` is a sentence-initial "According to X, ...": every report inside its clause
    ("According to X, Y said ...") stays part of it, unless coordinated with it."""
    return (
        a.lemma == "according to"
        and a.cue[0] <= 1
        and not (
            b.shared_source and b.cue[0] > 0 and toks[b.cue[0] - 1].low in ("and", "but", "or")
        )
    )


def _nested_report(a: Cand, b: Cand, toks: list[Tok]) -> bool:
    """Cue `b` lies in the reported clause of a verb of saying `a` ("X said she hoped ...")
    and is not itself a strong verb of saying: its clause stays part of a's content."""
    if _initial_according(a, b, toks):
        return True
    return (
        a.lemma in REPORT_LEMMAS
        and a.rule.endswith(("say-that", "say-clause", "cue-clause"))
        # "X said ... and called for ...": X's second cue, not a cue inside X's clause
        and not (
            b.shared_source and b.cue[0] > 0 and toks[b.cue[0] - 1].low in ("and", "but", "or")
        )
        and not b.rule.startswith(("quote", "agent-quote"))
        and b.weight < NESTED_KEEP_WEIGHT
    )


# Subordinators that open an adverbial clause inside a reported clause ("X said the bill
# failed because voters wanted ..."): a report in that clause belongs to X's content.
CONTENT_SUBORD = {"because", "until", "when", "if", "unless", "since", "as", "after", "before"}


def _subordinate_report(a: Cand, b: Cand, toks: list[Tok]) -> bool:
    """The subject of `b` opens an adverbial clause inside a's forward content."""
    if b.source is None or b.shared_source or b.inverted or b.source_chars is None:
        return False
    k = b.source[0]
    if not (a.cue[1] < k <= b.cue[0] and toks[k - 1].low in CONTENT_SUBORD):
        return False
    # only a reported clause nests it: "X cited Y, when Z said ..." keeps two reports
    j = a.cue[1]
    return a.rule.endswith(("say-that", "say-clause")) or (j < len(toks) and toks[j].low == "to")


def _contact_relative(b: Cand, toks: list[Tok]) -> bool:
    """The subject of `b` is a pronoun right after a common noun ("the money he says he
    raised", "the cases in which she argued"): b's clause modifies that noun."""
    if b.source is None or b.shared_source or b.inverted or b.source_chars is None:
        return False
    # the source may run over the noun: "the money he"
    k = b.source[1] - 1
    if k < 2 or toks[k].low not in PRONOUN_SUBJ:
        return False
    if toks[k - 1].low in ("which", "whom") and toks[k - 2].tag == "IN":
        return True
    return toks[k - 1].tag in ("NN", "NNS") and not toks[k - 1].quoted


def _verbless_that(toks: Tokens, s: int, e: int, report: bool) -> bool:
    """The characters s..e hold "that" and the start of a subject, with no verb, or (before
    a cue that is not a verb of saying, `report`) end in an unfinished phrase: cutting there
    would leave a clause without its predicate."""
    lo = bisect.bisect_left(toks.once(_starts), s)  # the tokens inside: lo .. hi - 1
    hi = bisect.bisect_right(toks.once(_ends), e)
    if lo >= hi:
        return False
    last = toks[hi - 1]
    if not report and last.low in ("which", "that", "of") and not last.quoted:
        return True  # "several areas in which", "reminds me of": an unfinished phrase
    if toks[lo].low != "that":
        return False
    verb = _first_from(toks.once(_finite_or_quoted), lo)
    return verb is None or verb >= hi


def _finite_or_quoted(toks: list[Tok]) -> list[int]:
    return [k for k, t in enumerate(toks) if t.tag in FINITE_TAGS or t.quoted]


def _pieces(c: Cand) -> tuple[Span, ...]:
    """The pieces of a split content, clipped to the content; () when it is one piece."""
    if not c.pieces:
        return ()
    s0, e0 = c.content
    out = [Span(max(s, s0), min(e, e0)) for s, e in c.pieces if s < e0 and s0 < e]
    return tuple(out) if len(out) > 1 else ()


def _title_line(text: str, sent: Sentence) -> bool:
    """The first line of a text, alone in its paragraph and in title case ("Smith Says He
    Will Run."): a headline even with a final full stop."""
    if sent.start > 300 or text[: sent.start].strip() or sent.end - sent.start > 200:
        return False
    if text[sent.end : sent.end + 2].strip() and sent.end < len(text):
        return False  # the paragraph goes on
    words = [w for w in WORD.findall(text, sent.start, sent.end) if w[:1].isalpha()]
    caps = sum(w[:1].isupper() for w in words)
    return len(words) >= 3 and caps >= 0.6 * len(words)


def _clause_between(sentences, starts, sentence_tokens, a: int, b: int) -> bool:
    """Words between chars a and b that make a clause of their own: a verb other than "be",
    or a noun in a new sentence. A quotation inside a sentence after them is not the last
    one going on ('"Q1," she said, and Ruiz called it "Q2"'; '... she said. The council
    "Q2."'), unlike '"Q1," she said. It is "Q2."'."""
    k = max(0, bisect.bisect_right(starts, a) - 1)
    seen = 0
    while k < len(sentences) and sentences[k].start < b:
        new = sentences[k].start > a
        toks = sentence_tokens.get(sentences[k].start) or Tokens()
        # only the tokens between a and b, found by bisection: this runs per quotation
        at = toks.once(_starts)
        lo = bisect.bisect_left(at, a)
        for t in toks[lo : min(bisect.bisect_left(at, b), lo + CLAUSE_BETWEEN_MAX + 1)]:
            if (t.tag.startswith("VB") and t.low not in BE_FORMS) or (
                new and t.tag.startswith("NN")
            ):
                return True
            seen += 1
            if seen > CLAUSE_BETWEEN_MAX:
                return True  # that far from the last quotation, the words hold a clause
        k += 1
    return False


CLAUSE_BETWEEN_MAX = 60  # tokens between two quotations scanned for a clause of their own


def _last_word(toks: list[Tok]) -> int:
    """Index of the sentence's last token holding a letter or digit (-1 if none)."""
    return next((x for x in range(len(toks) - 1, -1, -1) if toks[x].word[:1].isalnum()), -1)


def _no_words_after(toks: list[Tok], k: int) -> bool:
    """No word follows token k in the sentence (found once per sentence)."""
    last = toks.once(_last_word) if isinstance(toks, Tokens) else _last_word(toks)
    return last <= k


def _named_finite_verbs(toks: list[Tok]) -> list[int]:
    """Finite verbs outside quotations right after a name that can speak ("as Ruiz went")."""
    return [
        x
        for x in range(1, len(toks))
        if toks[x].tag in FINITE_TAGS
        and toks[x - 1].tag in ("NNP", "NNPS")
        and _agentive(toks[x - 1])
        and not toks[x].quoted
    ]


def _mid_quote_source(toks: list[Tok], qi: int) -> tuple[int, int] | None:
    """Tokens of the speaker of an uncued quotation inside a sentence (token qi opens it)."""
    if qi < 2:
        return None
    if toks[qi - 1].low == ":":
        c = qi - 1
        st = c
        while st > 1 and (
            toks[st - 1].tag in ("NNP", "NNPS")
            or (toks[st - 1].tag.startswith(("NN", "JJ")) and toks[st - 1].low in HUMAN_NOUNS)
            or (toks[st - 1].tag == "JJ" and toks[st - 1].word[:1].isupper())
        ):
            st -= 1
        # the object of a verb ("surprise" after "does not" is often tagged a noun), not of
        # a preposition: "sent it to the weekly Harbor News: '...'" names no speaker
        v = toks[st - 1]
        if (
            st < c
            and _agentive(toks[c - 1])
            and (v.tag.startswith("VB") or (v.tag == "NN" and toks[st - 2].tag in ("RB", "MD")))
        ):
            return st, c  # "The result does not surprise pollster Ana Ruiz: '...'"
    st = _finite_subject(toks, qi)
    # a later clause with a named subject of its own speaks nearer the quotation: "..., as
    # Ruiz went on about 'how the port is run'"
    named = (
        toks.once(_named_finite_verbs) if isinstance(toks, Tokens) else _named_finite_verbs(toks)
    )
    i = bisect.bisect_right(named, qi - 1) - 1  # the nearest before the quotation
    if i >= 0 and named[i] > (st[1] if st else 1):
        x = named[i]
        b = x - 1
        while b > 0 and toks[b - 1].tag in ("NNP", "NNPS") and not toks[b - 1].quoted:
            b -= 1
        return b, x
    if st is None:
        return None
    head = next((x for x in range(*st) if toks[x].tag == "IN"), st[1])
    return st if any(_agentive(toks[x]) for x in range(st[0], head)) else None


def _title_quotation(text: str, r: tuple[int, int]) -> bool:
    """A quotation in title case not closed by a full stop, a name of a show or a book:
    "''Tales of the Harbor,'' a new drama"."""
    body = text[r[0] : r[1]].rstrip("\"'”’» ")
    if body.endswith((".", "!", "?")):
        return False
    words = [w for w in WORD.findall(body) if w[:1].isalpha() and w not in TITLE_SMALL_WORDS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by"}


def _title_paragraph(text: str, sent: Sentence) -> bool:
    """A sentence alone in its paragraph, in title case: a headline inside the text."""
    if not (_para_start(text, sent.start) and text[sent.end : sent.end + 2].strip() == ""):
        return False
    words = [w for w in WORD.findall(text, sent.start, sent.end) if w[:1].isalpha()]
    caps = sum(w[:1].isupper() for w in words)
    return len(words) >= 4 and caps >= 0.6 * len(words)


HEADLINE_COLON_NAME_MAX = 3  # words of the name before a headline's colon
LESSON_NOUNS = MESSAGE_NOUNS | {"lesson", "lessons", "thoughts"}


def _headline_colon(text: str, toks: list[Tok]) -> Cand | None:
    """A headline "Name: Words" or "Name on Topic: Words" ("Ana Ruiz on Ferries: We Are
    Broke") or "A lesson from Name: '...'": the name's words."""
    colon = next((x for x, t in enumerate(toks) if t.low == ":" and not t.quoted), None)
    if colon is None or colon > 8 or colon + 2 >= len(toks):
        return None
    i = 0
    if toks[0].tag == "DT" and colon > 3 and toks[1].low in LESSON_NOUNS and toks[2].low == "from":
        i = 3  # "A lesson from Ana Ruiz:"
    j = i
    while j < colon and j - i < HEADLINE_COLON_NAME_MAX and toks[j].tag in ("NNP", "NNPS"):
        j += 1
    if j == i or not _agentive(toks[j - 1]) or any(toks[x].word.isupper() for x in range(i, j)):
        return None  # "UPDATE: ..." is no name
    lex = _lexicon() or {}
    if lex.get(toks[i].low) not in (None, "NNP", "NNPS"):
        return None  # "Veto Power Impedes Progress:" opens with a common word
    rest = [t.low for t in toks[j:colon]]
    if rest and (i or rest[0] != "on"):
        return None  # "Ana Ruiz on Ferries:", not "Ana Ruiz Wins Again:"
    s, e = _trim(text, toks[colon + 1].start, toks[-1].end)
    if len(WORD.findall(text, s, e)) < 2:
        return None
    return _whole_clause_cand(
        toks,
        (colon, colon + 1),
        ":",
        (i, j),
        (s, e),
        0.45,
        rule="headline-colon",
    )


def _first_line(text: str, sent: Sentence) -> bool:
    """The first line of a text that goes on below it: a headline, even in sentence case."""
    return (
        sent.start < 300
        and not text[: sent.start].strip()
        and text[sent.end : sent.end + 3].lstrip(" \t;")[:1] == "\n"
        and bool(text[sent.end :].strip())
    )


SENTENCE_LINK = re.compile(r"\s*(?:instead|still|then|also|and|but|yet|so|again),?\s*", re.I)


def _after_sentence_link(text: str, pos: int, starts: list[int]) -> bool:
    """`pos` follows only a linking word that opens its sentence: 'Instead, "..."'."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos - starts[k] < 12 and SENTENCE_LINK.fullmatch(text, starts[k], pos)


ASIDE_OPEN = re.compile(r"\s*(?:--|[—–-])\s+[^\"“”—–]*")
ASIDE_CLOSE = re.compile(r"[,]?\s*(?:--|[—–-])\s*")


def _resumed_after_aside(text: str, outer: Cand, inner: Cand, r: tuple[int, int]) -> bool:
    """Quotation `r` follows a dash aside holding `inner`, a quotation cued inside it, right
    after `outer`'s quotation: '"A" - as the fans shouted "B" - "and C."'."""
    starts = [inner.content[0], inner.cue_chars[0]]
    if inner.source_chars:
        starts.append(inner.source_chars[0])
    return (
        outer.rule.startswith("quote")
        and inner.rule.startswith("quote")
        and outer.content[1] < min(starts)
        and inner.content[1] <= r[0]
        and ASIDE_OPEN.fullmatch(text, outer.content[1], inner.content[0]) is not None
        and ASIDE_CLOSE.fullmatch(text, inner.content[1], r[0]) is not None
    )


def _next_sentence_starts(
    sentences: list[Sentence], starts: list[int], inside: int, pos: int
) -> bool:
    """`pos` opens the sentence right after the one holding `inside`."""
    k = bisect.bisect_right(starts, inside)
    return 0 < k < len(sentences) and sentences[k].start == pos


TRAILING_CONJ = re.compile(r"(?:,?\s+(?:and|but|or|while|as|because|after|before|when|,))+$")
CONJ_TAIL = 80  # chars at a content's end that can hold its trailing conjunctions


def _strip_conj(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop the conjunctions a cut content ends in: "the pier is safe, and" (only the tail
    is searched, so a long content costs no more than a short one)."""
    w = max(s, e - CONJ_TAIL)
    m = TRAILING_CONJ.search(text, w, e)
    if m:
        e = m.start()
    return _trim(text, s, e)


def _inside_closing_report(a: Cand, b: Cand, toks: list[Tok]) -> bool:
    """`b` closes the sentence with its source and cue ("..., a new poll found.") and `a`,
    a cue other than a verb of saying, lies in b's content: a's words are what b reports."""
    return (
        b.rule.startswith("content-cue-after")
        and b.source is not None
        and not b.inverted
        and a.content is not None
        and a.lemma not in REPORT_LEMMAS
        and not a.rule.startswith("quote")
        and b.content[0] <= toks[a.cue[0]].start
        and toks[a.cue[1] - 1].end <= b.content[1]
        and _ends_sentence(toks, b.cue[1])
        # a source set off by a comma, not a comparison: "..., more than insiders expected"
        and b.source[0] > 0
        and toks[b.source[0] - 1].low == ","
        # nor a gloss with its relative clause: "..., a plan that the mayor backed"
        and not any(
            toks[x].low in ("than", "that", "which", "who", "whom") for x in range(*b.source)
        )
    )


def _ends_sentence(toks: list[Tok], k: int) -> bool:
    """Nothing but punctuation or a time phrase after token k: "..., a poll found (on
    Monday)."."""
    rest = list(islice((toks[x] for x in range(k, len(toks)) if toks[x].word[:1].isalnum()), 4))
    return not rest or (rest[0].low in ("on", "in", "last", "this", "earlier") and len(rest) <= 3)


def _has_words(text: str, s: int, e: int, k: int, skip_conj: bool = True) -> bool:
    """text[s:e] holds k words (besides "and", "but", "or" with `skip_conj`); stops reading
    at the k-th, so a long content costs no more than a short one."""
    for m in WORD.finditer(text, s, e):
        if not skip_conj or m.group(0).lower() not in ("and", "but", "or"):
            k -= 1
            if k <= 0:
                return True
    return k <= 0


def _verb_end(toks: list[Tok], a: int, b: int, after=("IN", "RP", "TO")) -> int:
    """End of the verb of the cue tokens [a, b), before the particles, prepositions (or
    other `after` tags) that close the cue."""
    while b - 1 > a and toks[b - 1].tag in after:
        b -= 1
    return b


def _attach(
    text, toks, c: Cand, prev: Cand | None, regions, sent: Sentence, inverted: Cand | None = None
) -> None:
    """Fill source and content of cue candidate `c` in sentence `toks`; `prev` is the
    sentence's main attribution so far, `inverted` its last "..., said X"."""
    n = len(toks)
    a, b = c.cue
    v = _verb_end(toks, a, b)  # "referring to": the verb's end, before its particle
    c.cue_chars = (toks[a].start, toks[b - 1].end)
    sent_end = sent.end
    if c.lemma == "according to":
        src = _source_right(toks, b)
        if not src:
            return
        c.source = src
        s_end = src[1]
        if a == 0 or (a == 1 and toks[0].tag in ("CC", "RB")):
            j = s_end
            # "According to a report by the council on Monday, the pier ...": the phrases
            # before the comma go with the source, not the content
            k = j
            while k < n and k - j < ACCORDING_TAIL and toks[k].low != ",":
                if toks[k].tag in FINITE_TAGS or toks[k].quoted or toks[k].qmark:
                    break
                k += 1
            if j < k < n - 1 and toks[k].low == "," and toks[j].tag in ("IN", "TO"):
                j = k
            while j < n and toks[j].low in (",",):
                j += 1
            if j < n:
                c.content = _trim(text, toks[j].start, sent_end)
        else:
            j = a
            if toks[j - 1].low == ",":
                j -= 1
            elif j >= 2 and toks[j - 1].low in ("’s", "'s", "is", "was"):
                # "That's according to X": the copula goes with the cue, not the content
                j -= 1
                c.cue_chars = (toks[j].start, c.cue_chars[1])
            st = _according_scope(toks, j)
            start = toks[st].start if st < j else sent.start
            c.content = _trim(text, start, toks[j - 1].end if j else sent.start)
            r = s_end + 1
            while r < n and toks[r].tag.startswith("RB"):
                r += 1
            if (
                toks[a - 1].low == ","
                and s_end < n
                and toks[s_end].low == ","
                and r < n
                and toks[r].tag in FINITE_TAGS
                and not any(toks[x].tag in FINITE_TAGS or toks[x].quoted for x in range(st, j))
            ):
                # "The pier, according to Ruiz, is unsafe": the cue splits its subject from
                # its verb, and both are the content
                c.pieces = (c.content, _trim(text, toks[s_end + 1].start, sent_end))
                c.content = (c.content[0], c.pieces[1][1])
        c.rule = "according-to"
        # a sentence-final "..., according to Y" holds the reports inside it
        c.confidence = 0.85 if a <= 1 else 0.97
        _finish_source(toks, c)
        return

    if c.noun:
        _attach_noun(text, toks, c)
        return

    if c.lemma == ":":
        c.source = (1 if toks[0].qmark else 0, a)
        _finish_source(toks, c)
        end = _para_end(text, toks[b].start)
        if not text[: toks[0].start].strip():
            # a title's label speaks to the end of its line
            line_end = text.find("\n", toks[b].start)
            end = min(end, line_end) if line_end >= 0 else end
        c.content = _trim(text, toks[b].start, end)
        c.rule = "speaker-label"
        c.confidence = 0.9
        return

    # --- source
    src = None
    if a > 0:
        src = _source_left(toks, a)
    if src is None and c.lemma == "put it":
        x = _as_clause(toks, a)
        if x is not None and x + 1 < a:
            src = (x + 1, a)  # "As X, author of ''A Book,'' put it"
    spent = _spent_subject(toks, a) if a > 0 and not c.noun else None
    recorded = _recorded_speaker(toks, src, b) if src is not None else None
    if spent is not None:
        src = spent  # "Ruiz spent the spring touting the pier": Ruiz touts it
    elif recorded is not None:
        src = recorded  # "footage of Ana Ruiz asking ...": she asks, not the ad showing it
    elif src is not None and _object_participle(toks, a, b, src):
        # "X planted articles alleging ...", "X spoke about Y, arguing ...": the participle's
        # subject is the main clause's, not the noun phrase before it
        main_src = _main_subject(toks, a, prev)
        if main_src is not None:
            src = main_src
    inherit = False
    if src is None and a > 0:
        p = toks[a - 1]
        rel = _coordinated_relative(toks, a) if p.low in ("and", "but") else None
        if rel is not None:
            src = rel  # "X, which sold the bonds and guaranteed ...": the pronoun
            c.shared_source = True
        elif p.low in ("and", "but", "or") and prev and prev.source:
            if not _coordinated_in_content(toks, prev, a, b):
                src, inherit = prev.source, True
                c.shared_source = True
        elif p.low == "who" or (
            p.low in ("which", "that")
            and a > 1
            and toks[a - 2].tag in ("NN", "NNS", "NNP", "NNPS", ",")
        ):
            # "Smith, who says ...": PolNeAR keeps the relative pronoun; "groups that say"
            # mostly the antecedent too
            src = (_relative_antecedent(toks, a - 1), a)
            c.limit = _main_clause_resumes(toks, b)
        elif (
            toks[v - 1].low.endswith("ing")
            # "devoted to criticizing": the cue may open with "to"
            and all(toks[x].tag.startswith("RB") or toks[x].low == "to" for x in range(a, v - 1))
            and p.low not in (",", *PARTICIPLE_PREPS)
            and p.tag in ("IN", "TO", "VBD", "VBZ", "VBP", "VBN")
        ):
            # "X focused on reiterating ...", "X avoids condemning ...": the subject of the
            # verb that governs the gerund
            src = _governing_subject(toks, a)
            c.governed = True
        elif (
            (
                p.low in (",", *PARTICIPLE_PREPS)
                or (p.tag == "RB" and a > 1 and toks[a - 2].low == ",")
                # 'X called it "a disgrace," adding ...': the comma inside the quotation
                or (p.qmark == "close" and a > 1 and toks[a - 2].low == ",")
            )
            and toks[v - 1].low.endswith("ing")
            and all(toks[x].tag.startswith("RB") for x in range(a, v - 1))
        ) or (
            p.low in ("and", "but", "yet")
            and (not toks[a].low.endswith("ing") or (a > 2 and toks[a - 2].tag in ("NN", "NNS")))
        ):
            # participle: "X joined the protesters, saying: ..."; coordination: "X stood
            # with them and urged ..."
            if inverted is not None and inverted.source[1] == a - 1 and p.low == ",":
                src = inverted.source  # '"...," said X, explaining ...'
            elif (
                prev is not None
                and prev.source
                and prev.cue[1] <= a
                # not "In a statement announcing X, Y called ...": a noun and its participle
                and not (
                    toks[prev.cue[1] - 1].low.endswith("ing") and prev.source[1] == prev.cue[0]
                )
            ):
                src = prev.source
            else:
                fv = _first_verb(toks)
                if fv is not None and fv < a - 1:
                    fa = _aux_left(toks, fv)
                    st = _source_left(toks, fa) if fa else None
                    if st is not None and _clause_subject(toks, st):
                        src = st
                if src is None and p.low not in PARTICIPLE_PREPS:
                    # ", perhaps recognizing ...", "... and asked for ...": the main clause's
                    src = _finite_subject(toks, a - 1)
                if src is None and p.low in PARTICIPLE_PREPS and a > 2 and toks[a - 2].low == ",":
                    # "X, after first saying ..., went on": the subject before the comma
                    st = _source_left(toks, a - 1)
                    if st is not None and _clause_subject(toks, st):
                        src = st
                        # the content ends where the main clause resumes: ", bought ..."
                        for k in range(b, n - 1):
                            if toks[k].qmark or toks[k].quoted:
                                continue
                            if toks[k].low == "," and (
                                toks[k + 1].tag in FINITE_TAGS or toks[k + 1].low in AUXILIARIES
                            ):
                                c.limit = k
                                break
            c.shared_source = src is not None
    right_src = None
    if src is None and not toks[v - 1].low.endswith("ing"):
        # a gerund never has its subject after it: ", saying X ..." has X as its object
        right_src = _source_right(toks, b)
        if right_src and (_pronoun_clause(toks, right_src) or _subject_clause(toks, right_src)):
            # "X, a lawyer ..., said he would appeal": the pronoun opens the content
            right_src = None
            if toks[a - 1].low == ",":
                src = _initial_subject(toks, a - 1)
        if right_src and right_src[1] > right_src[0]:
            # only when the verb comes after content: "..., said Trump."
            if (a > 0 and (toks[a - 1].low == "," or toks[a - 1].qmark == "close")) or (
                a == 0 and right_src[1] < n and toks[right_src[1]].low == ":"
            ):
                # '..., said X', and 'Said X: "..."' opening the sentence
                c.inverted = True
                src = right_src
            else:
                right_src = None
        else:
            right_src = None
    agent_j = None  # where the content starts after a fronted cue's agent
    if src is None and b < n and toks[b].low == "by":
        agent = _fronted_agent(toks, a, b)
        if agent is not None:
            # "Asked by X whether ...", "As reported by X, ...": X asked / reported
            src, agent_j, c.limit = agent
    if src is None:
        fronted = _fronted_subject(toks, a, b)
        if fronted is not None:
            src, c.limit = fronted
            c.shared_source = True
    if c.limit is None and src is not None and toks[src[1] - 1].low in ("who", "which", "that"):
        c.limit = _main_clause_resumes(toks, b)  # "X, who said ..., voted ...": the cue's clause
    c.source = src
    _finish_source(toks, c)
    conf = c.weight

    m = _contact_split(toks, c, src, b)
    if m is not None:
        # "the style he prefers": the noun before the pronoun is what he prefers
        c.source = (m, src[1])
        c.source_chars = None
        _finish_source(toks, c)
        c.content = _trim(text, toks[src[0]].start, toks[m - 1].end)
        c.rule = "relative-object"
        c.confidence = 0.3 + 0.5 * conf
        return
    if (
        src is not None
        and not c.inverted
        and b < n
        and toks[b].low == "so"
        and c.lemma in SO_LEMMAS
        and _no_words_after(toks, b)
    ):
        # "He doesn't think so.": the "so" stands for the view, not an adverb to skip
        c.content = (toks[b].start, toks[b].end)
        c.rule = "say-clause" if c.lemma == "say" else "cue-clause"
        c.confidence = 0.35 + 0.55 * conf
        return
    # --- quotation next to the cue/source
    left_edge = src[0] if src and not c.inverted and not c.shared_source else a
    right_edge = src[1] if c.inverted and src else b
    q_before = _quote_ending_before(text, toks, left_edge, regions)
    j = _skip_adverbials(toks, right_edge, n)
    if (
        right_edge < j
        and c.lemma not in REPORT_LEMMAS
        and (toks[right_edge].low in OBJECT_PREPS or toks[right_edge].tag in ("DT", "PRP$"))
        # "commented to the Gazette", "shouted to the crowd": an addressee, not content
        and not (
            toks[right_edge].low == "to"
            and (_proper_after(toks, right_edge + 1) or _audience_after(toks, right_edge + 1, j))
        )
        # (up to a semicolon: "Ruiz apologizes for his remarks; he vows to ...")
        and not any(toks[x].word[:1].isalnum() for x in range(j, _semicolon_from(toks, j)))
        and not any(_time_word(toks[x]) for x in range(right_edge, j))
    ):
        j = right_edge  # "X apologized for his remarks": the phrase is what the verb is about
    if (
        b < n
        and right_edge == b
        and toks[b].low in ("at", "on", "against")
        and toks[b - 1].low in PARTICLES.get(c.lemma, ())
        and not (b + 1 < n and toks[b + 1].low in MEDIA_WORDS)  # "chimed in on Twitter"
    ):
        j = b  # "lashed out at the mayor", "weighed in on the dispute": the object is the content
    if (
        j < n
        and c.lemma in ADDRESSEE_VERBS
        and not c.inverted
        # "pushed for pier funds, although ...": after its particle the noun phrase is the
        # object, not an addressee
        and not (right_edge == b and toks[b - 1].low in PARTICLES.get(c.lemma, ()))
        and toks[b - 1].low not in EXPERIENCER_PARTICIPLES  # "we are convinced this is"
    ):
        k = j
        while (
            k < n
            and (toks[k].tag in NP_TAGS or toks[k].tag.startswith("NN"))
            and (toks[k].low != "that" and not toks[k].qmark)
        ):
            if k > j and toks[k].tag == "PRP" and toks[k].low in PRONOUN_SUBJ:
                break
            if (
                k > j
                and toks[k].low in ("the", "a", "an", "this", "these", "those")
                and toks[k - 1].tag in ("NNS", "NNP")
            ):
                break  # "told reporters the dam was safe": a new noun phrase opens the clause
            k += 1
        if (
            k > j
            and not (
                k < n
                and toks[k].tag.startswith("VB")
                and toks[k].low not in ("to",)
                and toks[k - 1].tag == "PRP"
                and k - j == 1
                and toks[k - 1].low in PRONOUN_SUBJ
            )
            and not (k < n and toks[k].low in ADDRESSEE_KEEP)
            and not (k < n and toks[k].low == "on" and c.lemma == "blame")  # "blame it on X"
            # "pushing for a new pier": a noun phrase ending the sentence is what is asked for
            and (
                c.lemma in REPORT_LEMMAS  # "told the Post." has no content
                or any(toks[x].word[:1].isalnum() for x in range(k, n))
            )
        ):
            # "told reporters that ..." drops the addressee; "urged voters to ..." keeps it
            j = _skip_adverbials(toks, k, n)
    q_after = _quote_starting_after(text, toks, j, regions)
    if (
        q_after is None
        and 0 < j < n
        and toks[j].qmark == "open"
        and toks[j - 1].low in ("'s", "’s")
    ):
        # 'told the station's "Morning Call" on Friday that ...': past the program's title
        title = regions.by_start.get(toks[j].start)
        k = j + 1
        while title is not None and k < n and toks[k].start < title[1]:
            k += 1
        k = _skip_adverbials(toks, k, n)
        if k < n and toks[k].low == "that":
            j = k
    if q_before is not None and left_edge == 0 and q_after is None:
        # '"..." She says they will go on.': a clause after the cue wins over a quotation
        # that closed the previous sentence
        rest = [t for t in toks[j:] if t.word[:1].isalnum()]
        if (
            len(rest) >= 3
            and (
                any(t.tag in FINITE_TAGS for t in rest)
                # '"..." She noted a rally on the pier.': an object right after the cue
                or (
                    j == b
                    and (toks[j].tag in ("DT", "PRP$", "CD") or toks[j].low in OBJECT_PREPS)
                    and not any(_time_word(t) for t in rest[:3])  # "the next day"
                )
            )
        ):
            q_before = None
        elif len(rest) >= 2 and j < n and toks[j - 1].low != "," and toks[j].word[:1].isalnum():
            q_before = None  # '"..." She noted a planned rally.': the verb has its own object
    if q_before is not None and _title_quote(toks, q_before, j):
        q_before = None
    if q_before is not None and c.shared_source and toks[v - 1].low.endswith("ing"):
        q_before = None  # 'X called it "a disgrace," adding ...': the participle looks forward
    if (
        q_before is not None
        and src is None
        and a > 0
        and toks[a - 1].qmark == "close"
        and toks[a].tag == "VBN"
        and b < n
        and toks[b].low == "by"
    ):
        # 'port "super funds" backed by the Ruiz brothers': a participle modifying the
        # quoted words, not a verb reporting them
        return
    if c.lemma in QUOTE_BEFORE_LEMMAS and q_before is None:
        return
    if q_before is not None:
        s, e = q_before
        rule = "quote-cue-after"
        if q_after is not None and q_after[0] > e:
            c.pieces = ((s, e), q_after)
            e = q_after[1]
            rule = "quote-split"
        elif (
            s > sent.start
            and src is not None
            and c.weight >= 0.7
            and text[s:e].rstrip("\"'”’ ").endswith(",")
            and _has_words(text, sent.start, s, 3, skip_conj=False)
            and not _say_before(toks, a, s)
            # 'Ruiz scolded him: "...," she said': a colon hands over to the quotation
            and not text[max(sent.start, s - 3) : s].rstrip().endswith(":")
        ):
            # 'X offers a clear message that "...," Y said': the quotation ends a clause
            # that starts the sentence
            s = sent.start
            rule = "quote-mixed-cue-after"
        c.content = (s, e)
        c.rule = rule
        c.confidence = min(1.0, 0.8 + 0.2 * conf)
        return
    if q_after is not None:
        c.content = q_after
        c.rule = "quote-cue-before"
        c.confidence = min(1.0, 0.75 + 0.2 * conf)
        return

    # --- parenthetical cue: "The news, Woolson said, is that ...", "The pier, as the mayor
    # pointed out, is safe"
    if (
        left_edge > 2
        and toks[left_edge - 1].low == "as"
        and toks[left_edge - 2].low == ","
        and j < n - 2
        and toks[j].low == ","
    ):
        left_edge -= 1
    # "A plan, he said, for how ...": the comma after the cue, not a phrase it opens
    pj = right_edge if right_edge < j and toks[right_edge].low == "," else j
    if (
        pj < n - 2
        and toks[pj].low == ","
        and left_edge > 1
        and toks[left_edge - 1].low == ","
        and not toks[left_edge - 2].qmark
        and any(toks[x].tag.startswith("VB") or toks[x].tag == "MD" for x in range(pj + 1, n))
        and (
            not any(toks[x].tag.startswith("VB") for x in range(left_edge - 1))
            # "The plant was busy, the owner said, until it closed": a bare "X said,"
            # between two clauses reports both
            or (
                c.weight >= 0.8
                and src is not None
                and not c.inverted
                and (pj == right_edge or c.lemma not in ADDRESSEE_VERBS)
            )
        )
    ):
        start = sent.start
        if toks[left_edge - 2].low in ("which", "who"):
            start = toks[left_edge - 2].start  # "the pier, which, X said, is closed"
        c.content = _trim(text, start, sent_end)
        # the words around the cue and its source: "The news, [X said,] is that ..."
        c.pieces = (
            _trim(text, start, toks[left_edge - 1].start),
            _trim(text, toks[pj].end, sent_end),
        )
        c.rule = "cue-parenthetical"
        c.confidence = 0.3 + 0.6 * conf
        return
    # --- "X writes:" closing its paragraph introduces the next paragraph
    if j == n - 1 and toks[j].low == ":" and not c.inverted and src is not None:
        m = re.match(r"\s*\n\s*", text[toks[j].end :])
        if m:
            s0 = toks[j].end + m.end()
            e0 = _para_end(text, s0)
            if e0 > s0:
                c.content = _trim(text, s0, e0)
                c.rule = "cue-colon-paragraph"
                c.confidence = 0.6 + 0.3 * conf
                return
    agent_complement = False  # "was told by police that ...": the agent is the source
    # --- a passive with its agent right after it: "The plan was criticized by the mayor";
    # the agent holds the view, the subject is what it is about
    if (
        b < n
        and toks[b].low == "by"
        and src is not None
        and not (c.inverted or inherit or c.shared_source)
        and c.lemma != "say"
        and toks[b - 1].low not in EXPERIENCER_PARTICIPLES
        and (_passive(toks, a, b) or _reduced_passive(toks, a, b))
    ):
        agent = _by_agent(toks, b, n)
        if agent is None or not any(
            toks[x].tag[:2] in ("NN", "PR", "WD", "WP") for x in range(*src)
        ):
            return  # no agent, or no noun phrase before the verb ("is likely to be decided")
        st, e = agent
        if e < n and toks[e].low == "of" and _by_phrase_end(toks, e) > e + 1:
            e = _by_phrase_end(toks, e)  # "by dozens of papers"
        rel_end = e  # "was accused by a reporter, who covered it, of ...": over the relative
        if e + 1 < n and toks[e].low == "," and toks[e + 1].low in RELATIVES:
            m = e + 2
            while m < min(n, e + REL_CLAUSE_SCAN) and toks[m].low != "," and not toks[m].qmark:
                m += 1
            if m + 1 < n and toks[m].low == "," and toks[m + 1].low in PASSIVE_COMPLEMENTS:
                rel_end = m + 1
        # "She was told by police that ...", "was described by engineers as unsafe": a
        # complement after the agent is the content, and the forward clause below finds it
        if rel_end > e:
            e = rel_end
        if not (e < n and toks[e].low in PASSIVE_COMPLEMENTS):
            subject = _trim(text, toks[src[0]].start, toks[src[1] - 1].end)
            c.source = (st, e)
            c.source_chars = None
            _finish_source(toks, c)
            c.content = subject
            c.rule = "cue-passive-agent"
            c.confidence = 0.3 + 0.5 * conf
            return
        src = (st, e)  # the agent holds the view; the complement is what it holds
        c.source = src
        _finish_source(toks, c)
        agent_complement = True
        j = e
    # --- forward clause
    if agent_j is not None:
        j = agent_j
    if (
        c.lemma in ("promise", "threaten")
        and b + 1 < n
        and toks[b].low == "to"
        and toks[b + 1].low in ("be", "become")
        and src is not None
        and not _agentive(toks[src[1] - 1])
    ):
        return  # "The regatta promises to be close": a likelihood, no one's pledge
    if (
        c.lemma in ("encourage", "discourage")
        and src is not None
        and src[1] - src[0] == 1
        and toks[src[0]].low in ("it", "this")
        and not (inherit or c.shared_source or c.inverted)
    ):
        return  # "A loss could encourage Ruiz to quit" ("It could ..."): a cause, no view
    if c.lemma == "echo" and j < n and not c.inverted:
        e = _by_phrase_end(toks, j - 1)
        possessive = e < n and toks[e].low in ("'s", "’s", "'", "’")  # "the mayor's view"
        if e > j and _agentive(toks[e - 1]) and not possessive:
            return  # "Ruiz spoke up, echoing the mayor": the echoed speaker is no content
    if (
        j < n
        and toks[j].low == ","
        and not c.inverted
        and left_edge > 0
        and toks[left_edge - 1].low in FRONT_SUBORD - {"as"}
        and not _passive(toks, a, b)  # "After the plan was approved, ...": its own content
    ):
        return  # "After the port objected, the pier closed": the main clause is no content
    if (
        j + 1 < n
        and toks[j].low == ","
        and not c.inverted
        and toks[j + 1].low in COMMA_ADJUNCT_OPENERS
    ):
        return  # "The mayor laughs, just like in June": an adjunct after the comma, no content
    if (
        j < n
        and toks[j].low in ("and", "or")
        and b - a == 1
        and toks[a].tag in ("VBN", "VBG")
        and not c.inverted
    ):
        return  # "a show written and staged by Ruiz": a lone participle, coordinated
    if j < n and toks[j].low in (",", ":") and j + 1 < n:
        j += 1
    if (
        j + 2 < n
        and j == b
        and toks[j].low in ("about", "against", "of", "at", "on")
        and not c.inverted
        and not _time_word(toks[j + 1])  # not a time: "said on Monday the pier was safe"
    ):
        # "talked about his taxes", "warned against ...": the preposition joins the cue
        c.cue_chars = (c.cue_chars[0], toks[j].end)
        j += 1
    # "said after his speech that ..."
    # ("wrote in a letter obtained by the Gazette that ...": a participle may modify the
    # phrase's noun)
    participle = 0 < j < n - 1 and (
        toks[j].tag in ("VBN", "VBG") or (toks[j].tag == "VBD" and toks[j + 1].low == "by")
    )
    if participle and toks[j - 1].low == ",":
        # "argued in its letter, signed by Ana Ruiz, an aide, that ...": over the aside
        m = j + 1
        while m < min(n, j + ASIDE_SCAN) and not (toks[m].low == "that" and toks[m - 1].low == ","):
            if toks[m].tag in FINITE_TAGS or toks[m].quoted or toks[m].qmark:
                m = n
                break
            m += 1
        if m < min(n, j + ASIDE_SCAN):
            j = m
    k = j
    while k < n and k - j < 12:
        if toks[k].low == "that" and toks[k].tag in ("IN", "DT", "WDT"):
            if all(
                toks[x].tag not in (*FINITE_TAGS, "VB", "VBG")
                and not (toks[x].tag == "VBN" and toks[x - 1].tag not in ("NN", "NNS"))
                for x in range(j, k)
            ) and not _relative_that(toks, k):
                j = k
            break
        is_modifier = toks[k].tag == "VBN" and k > j and toks[k - 1].tag in ("NN", "NNS")
        if (
            (toks[k].tag.startswith("VB") and not is_modifier)
            or toks[k].tag == "MD"
            or toks[k].qmark
        ):
            break
        k += 1
    words_after = (x for x in range(j, n) if toks[x].word[:1].isalnum() or toks[x].qmark == "open")
    counted = list(islice(words_after, 2))  # two words after j, counted that far
    # "a toll that critics called unfair": the relative pronoun before the subject is the
    # object, and the one word after the cue completes it
    gap_that = (
        len(counted) == 1
        and src is not None
        and not (inherit or c.shared_source or c.inverted)
        and src[0] > 1
        and toks[src[0] - 1].low in ("that", "which")
        and (
            toks[src[0] - 2].tag in ("NN", "NNS")
            or (toks[src[0] - 2].low == "," and toks[src[0] - 1].low == "which")
        )
        and toks[src[1] - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
        and toks[j].tag in ("JJ", "JJR", "NN", "NNS")
    )
    forward_ok = (
        j < n
        and (
            len(counted) == 2 or (len(counted) == 1 and (gap_that or _lone_object(toks, c, src, j)))
        )
        and not (c.inverted and all(not toks[x].tag.startswith("VB") for x in range(j, n)))
        and (c.lemma not in QUOTE_ONLY_LEMMAS or toks[j].low == "that")
    )
    if forward_ok and not c.inverted:
        end = sent_end
        s = toks[j].start
        if (
            src is not None
            and not inherit
            and not c.shared_source
            and src[0] > 0
            and (toks[src[0] - 1].low in ("which", "what") or gap_that)
            and toks[j].low != "that"
            # not "a speech in which she said ...": there "which" is the preposition's
            and not (
                src[0] > 1 and toks[src[0] - 1].low == "which" and toks[src[0] - 2].tag == "IN"
            )
        ):
            # "a rule which critics said was unfair", "what he calls a hoax": the
            # relative pronoun is the gap's filler, part of what was said
            s = toks[src[0] - 1].start
            c.pieces = ((s, toks[src[0] - 1].end), (toks[j].start, sent_end))
        if (
            _passive(toks, a, b)
            and c.lemma != "say"
            and toks[j].low != "that"
            and toks[b - 1].low not in EXPERIENCER_PARTICIPLES
            and not agent_complement
        ):
            # "X is expected to win": the subject belongs to the content, no source;
            # "X was criticized by Y ..." is left alone
            if toks[b].low == "by":
                return
            if src is not None and not inherit and not c.shared_source:
                s = toks[src[0]].start
                c.source = None
                c.source_chars = None
                agent = _by_agent(toks, b, n)
                if agent is not None:
                    # "X was endorsed on Monday by Y": Y holds the view of X
                    c.source = agent
                    _finish_source(toks, c)
                    by = _agent_phrase(toks, b, n)
                    # "X was called a hazard by Y": what Y said is the whole "X was called
                    # a hazard"; "X was endorsed by Y": Y endorses X
                    last = toks[by - 1].end if by is not None else toks[src[1] - 1].end
                    c.content = _trim(text, s, last)
                    c.rule = "cue-passive-agent"
                    c.confidence = 0.3 + 0.5 * conf
                    return
                by = _agent_phrase(toks, b, n)
                if by is not None:
                    end = toks[by].start  # "X was called a fraud by critics ...": the agent
        if c.lemma != "say" and toks[j].low != "that":
            k = _object_end(toks, j + 1)
            if k is not None:
                end = toks[k].start
        else:
            k = _clause_tail(toks, j)
            if k is not None:
                end = min(end, toks[k].start)
        if c.limit is not None and c.limit > j:
            end = min(end, toks[c.limit].start)
        k = _final_apposition(toks, j + 2, end)
        if k is not None:
            end = toks[k].start
        k = _trailing_venue(toks, j, end)
        if k is not None:
            end = toks[k].start
        k = _second_predicate(toks, j, end)
        if k is not None:
            end = toks[k].start
        k = _dash_aside(toks, j, end)
        if k is not None:
            end = toks[k].start
        # extend over a quotation that runs past the sentence
        for rs, re_ in regions.starting_in(s, end):
            if rs < end < re_:
                end = re_
        c.content = _trim(text, s, end)
        c.rule = "say-that" if toks[j].low == "that" else "cue-clause"
        if c.lemma == "say":
            c.rule = "say-that" if toks[j].low == "that" else "say-clause"
        c.confidence = 0.35 + 0.55 * conf
        if src is None and not inherit:
            c.confidence *= 0.7
        return

    # --- backward clause: "CONTENT, X said (on Monday)."
    if left_edge > 1 and toks[left_edge - 1].low == "as" and toks[left_edge - 2].low == ",":
        left_edge -= 1  # "CONTENT, as X put it.", "CONTENT, as the Gazette reported."
    tail_subject = False
    if src is not None and not (c.inverted or c.shared_source) and 0 < left_edge == src[0]:
        # "CONTENT, an aide familiar with it said.": the subject runs back to the comma over
        # words the noun phrase finder stops at ("retired", "close to", "familiar with")
        k = left_edge - 1
        while (
            k > 0
            and left_edge - k < SUBJECT_TAIL_MAX
            and toks[k].low not in (",", ":", *DASHES)
            and toks[k].tag not in FINITE_TAGS
            and not (toks[k].quoted or toks[k].qmark)
        ):
            k -= 1
        if (
            k < left_edge - 1
            and toks[k].low == ","
            and toks[k + 1].tag not in ("CC", "IN", "WDT", "WP", "WRB", "RB")
            and not any(toks[x].low in RELATIVES for x in range(k + 1, left_edge))
            and all(not toks[x].word[:1].isalnum() for x in range(j, n))
            and any(_agentive(toks[x]) for x in range(k + 1, src[1]))
        ):
            c.source = (k + 1, src[1])
            _finish_source(toks, c)
            left_edge = k + 1
            tail_subject = True
    if (left_edge > 0 and toks[left_edge - 1].low in (",", ":")) or (
        left_edge > 0 and toks[left_edge - 1].qmark == "close"
    ):
        end_i = left_edge - 1
        start_char = sent.start
        has_verb = any(
            t.tag in FINITE_TAGS
            or t.quoted
            or t.qmark
            # the tagger's past participle for a past tense: "Hackers compromised 12 servers"
            or (
                t.tag == "VBN"
                and 0 < x < end_i - 1
                and toks[x - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
                and toks[x + 1].tag in ("DT", "CD", "PRP$", "NNS", "NNP")
            )
            or (t.tag == "VB" and x > 0 and toks[x - 1].tag in ("NNS", "PRP", "RB"))
            # a headline's "to" future: "Council to reopen pier, mayor says"
            or (
                t.tag == "VB"
                and x > 0
                and toks[x - 1].low == "to"
                and (sent.kind == "headline" or _title_line(text, sent))
            )
            for x, t in ((x, toks[x]) for x in range(end_i))
        )
        # "... to just 75,000 pledged": a number is no speaker
        numeral = src is not None and all(toks[x].tag == "CD" for x in range(*src))
        # "..., continuing to put parents at risk": a participle with no subject of its
        # own modifies the clause before it, it does not report it
        participle = src is None and toks[a].tag == "VBG"
        after = max(c.cue[1], c.source[1] if c.source else 0)
        if (
            end_i > 0
            and (has_verb or _fragment_said(toks, end_i, after, n))
            and not numeral
            and not participle
        ):
            s, e = _trim(
                text, start_char, toks[end_i].end if toks[end_i].qmark else toks[end_i - 1].end
            )
            if e > s:
                c.content = (s, e)
                c.rule = "content-cue-after-tail" if tail_subject else "content-cue-after"
                c.confidence = 0.3 + 0.55 * conf
                return


# Nouns a contact relative clause modifies as a manner, a time or a reason ("the way she
# says", "the moment he said"): never what the clause reports.
ADVERBIAL_HEADS = {"way", "ways", "moment", "moments", "reason", "reasons", "manner", "point"}


def _contact_split(toks: list[Tok], c: Cand, src, b: int) -> int | None:
    """Where the subject starts inside a source that runs over the noun a contact relative
    clause modifies ("the style HE prefers.", "the toll THEY want is high"), when nothing
    but the clause's end or the main verb follows the cue."""
    if src is None or c.inverted or c.shared_source or c.noun:
        return None
    s0, s1 = src
    m = s1 - 1
    if m <= s0 or toks[m].low not in PRONOUN_SUBJ - {"it", "you"}:
        return None
    p = toks[m - 1]
    if p.tag not in ("NN", "NNS") or not p.word.islower() or p.quoted or _time_word(p):
        return None
    if p.low in ADVERBIAL_HEADS:
        return None  # "the way she says", "the moment he said": how or when, not what
    n = len(toks)
    if b >= n or toks[b].low in (".", ",", ";", "!", "?") or toks[b].tag in FINITE_TAGS:
        return m
    return None


def _semicolons(toks: list[Tok]) -> list[int]:
    return [k for k, t in enumerate(toks) if t.low == ";" and not t.quoted]


def _semicolon_from(toks: Tokens, j: int) -> int:
    """Index of the first semicolon outside quotations at or after j, else the end."""
    k = _first_from(toks.once(_semicolons), j)
    return len(toks) if k is None else k


def _lone_object(toks: list[Tok], c: Cand, src, j: int) -> bool:
    """A one-word object ending the sentence right after the cue is its content: "The
    council endorsed Ruiz.", "The mayor didn't suggest tolls." (not "..., said Ruiz Monday")."""
    t = toks[j]
    return (
        src is not None
        and not c.inverted
        and j == c.cue[1]
        # "called Ruiz", "wrote books": a phone call or a work, not a view
        and c.lemma not in ("call", "write")
        # not a participle modifying a noun: "cases alleging fraud"
        and toks[j - 1].tag != "VBG"
        and t.tag in ("NN", "NNS", "NNP", "NNPS")
        and not _time_word(t)
        and t.low not in MEDIA_WORDS
        and _no_words_after(toks, j)
    )


def _fragment_said(toks: list[Tok], end_i: int, after: int, n: int) -> bool:
    """A verbless fragment opening its sentence before a closing ", he said." ("People like
    Ruiz, he said."): a reply, the words of the cue's subject."""
    return (
        end_i >= 2
        # not an adverbial or a command: "On Monday, she said.", "Believe me, I know."
        and toks[0].tag not in ("IN", "TO", "CC", "RB", "WRB", "CD", "VB")
        and toks[0].low not in WEEKDAYS
        and all(not toks[x].word[:1].isalnum() for x in range(after, n))
    )


SUBJECT_TAIL_MAX = 6  # words between a comma and a sentence-final cue's noun phrase
# Determiners that open a comment on the content, not a gloss of the noun: "..., some of
# them killers", "..., each other's failings", "..., that is".
APPOSITION_NOT_DT = {"this", "that", "these", "those", "some", "all", "each", "both", "any"}


def _fronted_agent(
    toks: list[Tok], a: int, b: int
) -> tuple[tuple[int, int], int, int | None] | None:
    """A participle opening the sentence with its agent ("Asked by X whether ...", "When
    pressed by X about ...", "As reported by X, ..."): the agent, where the content starts
    and where it stops (the comma before the main clause, except after "As")."""
    n = len(toks)
    lead = toks[0].low if a == 1 else ""
    if not (a == 0 or lead in FRONT_WORDS or lead == "as"):
        return None
    if not (toks[b - 1].tag == "VBN" or toks[b - 1].low.endswith("ed")):
        return None
    e = _by_phrase_end(toks, b, possessive_ends=True)
    if e == b + 1 or e >= n:
        return None
    if not any(_agentive(toks[x]) or toks[x].word[:1].isupper() for x in range(b + 1, e)):
        return None  # a name (tagged or capitalized) or a person
    j = e
    if toks[j].low in ("about", "on", "over") and j + 1 < n and toks[j + 1].low in WH_WORDS:
        j += 1  # "pressed by X about how ...": the question is the content
    if lead == "as":
        return (b + 1, e), j, None
    limit = next((k for k in range(j, n) if toks[k].low == "," and not toks[k].quoted), None)
    return (b + 1, e), j, limit


def _final_apposition(toks: Tokens, lo: int, end: int) -> int | None:
    """Index of the comma opening an apposition or relative clause that closes the
    content after a name ("... met Jane Doe, a lawyer who ..."): the writer's gloss, not
    part of what was said."""
    stop = bisect.bisect_left(toks.once(_starts), end)  # the first token from `end` on
    # the last punctuation mark or quoted word before `stop` must be a comma after a noun
    marks, noun_commas = toks.once(_apposition_marks)
    x = bisect.bisect_left(marks, min(stop, len(toks) - 1)) - 1
    if x < 0 or marks[x] < lo or marks[x] not in noun_commas:
        return None
    last = marks[x]
    # the comma before `last`, for spotting a list "A, B and C, ..."
    prev_comma = marks[x - 1] if x > 0 and marks[x - 1] >= lo else None
    if prev_comma not in noun_commas:
        prev_comma = None
    if toks[last - 1].tag != "NNP":
        # after a common noun the comma may go on with a list ("taxes, the debt and jobs")
        conj = _first_from(toks.once(_and_or), last + 1 if prev_comma is None else prev_comma + 1)
        if conj is not None and conj < stop:
            return None
    nx = toks[last + 1]
    if nx.low in ("who", "whose"):
        return last
    if nx.tag in ("DT", "PRP$") and nx.low not in APPOSITION_NOT_DT:
        # a finite verb before any relative pronoun makes the words after the comma a clause
        x = _first_from(toks.once(_relative_or_finite), last + 1)
        clause = (
            x is not None
            and toks[x].start < end
            and not (toks[x].low in RELATIVES or toks[x].low == "that")
        )
        return None if clause else last
    return None


def _apposition_marks(toks: list[Tok]) -> tuple[list[int], set[int]]:
    """For `_final_apposition`: the quoted words and punctuation marks, in order, and which
    of them are commas after a noun."""
    marks = []
    noun_commas = set()
    for k, t in enumerate(toks):
        if t.quoted or t.qmark:
            marks.append(k)
        elif t.low == "," and toks[k - 1].tag in ("NNP", "NN", "NNS", "NNPS", "CD"):
            marks.append(k)
            noun_commas.add(k)
        elif t.low in (",", ";", ":") or t.low in DASHES:
            marks.append(k)
    return marks, noun_commas


def _and_or(toks: list[Tok]) -> list[int]:
    return [k for k, t in enumerate(toks) if t.low in ("and", "or")]


def _relative_or_finite(toks: list[Tok]) -> list[int]:
    return [
        k
        for k, t in enumerate(toks)
        if t.low in RELATIVES or t.low == "that" or t.tag in FINITE_TAGS
    ]


# Where and how words were voiced: "attacked X in a statement", "praised Y at a rally".
VENUE_NOUNS = set(
    """statement interview tweet email e-mail letter speech ruling op-ed post debate forum
    rally hearing appearance conference call video broadcast remarks memo filing message
    announcement editorial column address briefing diatribe tirade twitter facebook
    instagram television radio testimony event session meeting stump article essay blog
    podcast commercial ad advertisement sermon lecture release""".split()
)
VENUE_PREPS = {"in", "during", "at", "on", "via", "through", "after"}
VENUE_MODIFIER_TAGS = {"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH"}


def _trailing_venue(toks: list[Tok], j: int, end: int) -> int | None:
    """Index of the preposition opening a phrase that closes a verbless object with the
    occasion it was voiced on ("denounced the deal in a statement on Monday"): it goes
    with the cue, not the object."""
    n = len(toks)
    for k in range(j + 1, n):
        t = toks[k]
        if t.start >= end:
            return None
        if t.tag.startswith("VB") or t.tag == "MD" or t.qmark or t.quoted:
            return None
        if toks[j].low.endswith("ing"):
            return None  # a gerund object ("criticized fact-checking X") takes the phrase
        if t.low not in VENUE_PREPS or k + 1 >= n:
            continue
        if toks[k + 1].low in ("the", "this", "that") or toks[k + 1].tag == "PRP$":
            continue  # "his prowess in his debates", "in the interview": a known occasion
        m = k + 1
        while m < n and m - k <= 6 and toks[m].start < end:
            w = toks[m].low
            if w in VENUE_NOUNS or (w.endswith("s") and w[:-1] in VENUE_NOUNS):
                break
            if toks[m].tag not in VENUE_MODIFIER_TAGS:
                m = n
                break
            m += 1
        if m >= n or toks[m].start >= end or m - k > 6:
            continue
        rest = (toks[y] for y in range(m + 1, n))
        if any(
            x.tag in FINITE_TAGS or x.low in RELATIVES or x.low == "that" or x.qmark
            for x in takewhile(lambda x: x.start < end, rest)
        ):
            return None
        return k
    return None


SUBJECT_TAGS = {"DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS"}


def _second_predicate(toks: list[Tok], j: int, end: int) -> int | None:
    """Index of the conjunction or comma after which a verbless object gives way to the
    writer's next clause: a second verb of the cue's subject ("claimed self-defense and
    was acquitted") or a clause of its own (", and his aides have ...", ", he said")."""
    n = len(toks)
    if toks[j].low == "to":
        return None  # "wants to pay but can't": the infinitive's own predicates
    for k in range(j, n - 1):
        t = toks[k]
        if t.start >= end:
            return None
        if t.qmark or t.quoted:
            continue
        if t.tag.startswith("VB") or t.tag == "MD":
            return None
        if t.low not in ("and", "but", "yet", ","):
            continue
        if not any(x.word[:1].isalnum() for x in toks[j:k]):
            if t.low == ",":
                continue
            return None
        m = k + 1
        if t.low == "," and m < n and toks[m].low in ("and", "but", "yet"):
            m += 1
        while m < n and toks[m].tag.startswith("RB"):
            m += 1
        if m >= n or toks[m].start >= end:
            return None
        if toks[m].tag in FINITE_TAGS and (t.low != "," or m > k + 1):
            return k - 1 if toks[k - 1].low == "," else k
        if t.low == "," and toks[k + 1].low in ("and", "but"):
            # ", and his aides have ...": a clause of its own (a subject's "A and B are"
            # takes no comma)
            s = m
            while s < n and s - m < 5 and toks[s].tag in SUBJECT_TAGS and not toks[s].quoted:
                s += 1
            if s > m and s < n and toks[s].start < end and toks[s].tag in FINITE_TAGS:
                return k
        elif (
            t.low == ","
            and toks[m].low in PRONOUN_SUBJ
            and m + 1 < n
            and toks[m + 1].tag in FINITE_TAGS
            and toks[j].tag not in ("IN", "TO")
            and toks[j].low != "that"
        ):
            return k  # "thanked them for coming, he sounded ...": the main clause
    return None


def _dash_aside(toks: Tokens, j: int, end: int) -> int | None:
    """Index of a dash that opens the writer's aside on the content ("cut 277 jobs -- the
    first wave of layoffs", "... - a charge that stung"), after three words from j."""
    dashes = toks.once(_aside_dashes)
    if _first_from(dashes, j) is None:
        return None
    words = toks.once(_word_counts)
    third = bisect.bisect_left(words, words[j] + 3) - 1  # the token that makes three
    k = _first_from(dashes, max(j, third))
    if k is None or toks[k + 1].start >= end:
        return None
    return k


def _word_counts(toks: list[Tok]) -> list[int]:
    """The number of words outside quotations before each token (and after the last)."""
    counts = [0]
    for t in toks:
        counts.append(counts[-1] + (not (t.qmark or t.quoted) and t.word[:1].isalnum()))
    return counts


def _aside_dashes(toks: list[Tok]) -> list[int]:
    """The dashes of `_dash_aside`, in order."""
    found = []
    for k in range(len(toks) - 1):
        t, nx = toks[k], toks[k + 1]
        if (t.low not in DASHES and t.low != "-") or t.qmark or t.quoted:
            continue
        # a spaced hyphen stands for a dash; the one of "U.S.-based" does not
        dash = t.low in DASHES or (t.low == "-" and toks[k - 1].end < t.start and t.end < nx.start)
        if dash and not nx.quoted and nx.tag in ("DT", "VBG", "VBN", "PRP"):
            found.append(k)
    return found


def _clause_tail(toks: Tokens, j: int) -> int | None:
    """Index of the comma closing a reported clause before the writer's own addition:
    a relative clause on the whole report (", which ...") or a participle of saying that
    opens the next report (", arguing ..."), once the clause after j has a finite verb."""
    verb = _first_from(toks.once(_finite_words), j + 1)
    return None if verb is None else _first_from(toks.once(_tail_commas), verb + 1)


def _finite_words(toks: list[Tok]) -> list[int]:
    """Finite verbs outside quotations."""
    return [k for k, t in enumerate(toks) if not (t.quoted or t.qmark) and t.tag in FINITE_TAGS]


def _tail_commas(toks: Tokens) -> list[int]:
    """The commas of `_clause_tail`, in order: before a gerund of saying, or before a
    "which" after the sentence's last comma."""
    commas = toks.once(_commas)
    last_comma = commas[-1] if commas else -1
    found = []
    for k in commas:
        if k + 1 >= len(toks):
            break
        t, nx = toks[k], toks[k + 1]
        if t.quoted or t.qmark or nx.quoted or nx.qmark:
            continue
        lemma, kind = VERB_FORMS.get(nx.low, ("", ""))
        if (kind == "ger" and lemma in REPORT_LEMMAS) or (nx.low == "which" and last_comma < k + 2):
            found.append(k)
    return found


def _object_end(toks: Tokens, j: int) -> int | None:
    """Where the object or clause after a cue other than "say" ends: before a clause joined
    by a comma (", but ...", ", which ...", ", sending ...") or a semicolon."""
    return _first_from(toks.once(_object_ends), j)


def _object_ends(toks: list[Tok]) -> list[int]:
    """The commas and semicolons of `_object_end`, in order."""
    n = len(toks)
    found = []
    for k in range(n):
        t = toks[k]
        if t.low not in (",", ";") or t.quoted or t.qmark:
            continue
        if t.low == ";":
            found.append(k)
            continue
        nx = toks[k + 1] if k + 1 < n else None
        if nx is not None and nx.tag.startswith("RB") and k + 2 < n and toks[k + 2].tag == "VBG":
            nx = toks[k + 2]  # ", potentially sending ..."
        if (
            t.low == ","
            and nx is not None
            and not nx.quoted
            and not nx.qmark
            and (nx.low in COMMA_STOP or (nx.tag == "VBG" and nx.low != "including"))
        ):
            found.append(k)
    return found


RECORDING_NOUNS = {
    "footage", "video", "videos", "clip", "clips", "audio", "recording", "recordings", "tape",
    "tapes", "image", "images", "photo", "photos", "picture", "pictures",
}  # fmt: skip


def _recorded_speaker(toks: list[Tok], src: tuple[int, int], b: int) -> tuple[int, int] | None:
    """The name in "footage of Ana Ruiz" before a participle cue ("... asking, '...'"): the
    one speaking in the recording."""
    if not toks[b - 1].low.endswith("ing") or src[1] != b - 1:
        return None
    if b >= len(toks) or not (toks[b].low == "," or toks[b].qmark == "open"):
        return None  # only before its quotation or a comma: 'footage of Ruiz asking, "..."'
    for x in range(src[1] - 2, src[0], -1):
        if toks[x].low == "of" and toks[x - 1].low in RECORDING_NOUNS:
            if all(toks[y].tag in ("NNP", "NNPS") for y in range(x + 1, src[1])):
                return x + 1, src[1]
            return None
    return None


def _object_participle(toks: list[Tok], a: int, b: int, src: tuple[int, int]) -> bool:
    """A bare participle cue ("alleging") after a noun phrase that is an object or the
    complement of a preposition: the phrase is not its subject."""
    if not toks[b - 1].low.endswith("ing") or any(
        not toks[x].tag.startswith("RB") for x in range(a, b - 1)
    ):
        return False
    if src[0] == 0:
        return False
    p = toks[src[0] - 1]
    return (p.tag.startswith("VB") and p.low not in BE_FORMS) or (
        p.tag in ("IN", "TO") and p.low not in ("with", "of", "by", "without", "that")
    )


def _main_subject(toks: list[Tok], a: int, prev: Cand | None) -> tuple[int, int] | None:
    """The subject of the clause's first verb before token a, or of the previous cue."""
    if prev is not None and prev.source and prev.cue[1] <= a and not prev.inverted:
        return prev.source
    fv = _first_verb(toks)
    if fv is not None and fv < a - 1:
        fa = _aux_left(toks, fv)
        st = _source_left(toks, fa) if fa else None
        if st is not None and _clause_subject(toks, st):
            return st
    return _finite_subject(toks, a - 1)


def _finite_subject(toks: list[Tok], end: int) -> tuple[int, int] | None:
    """The subject of the first finite verb before token `end` outside quotations and
    relative clauses ("Reed, in the last week, has urged calm, saying ..."),
    when it opens the sentence or follows a comma."""
    # the first finite verb does not depend on `end`: found once per sentence, so that a
    # run-on sentence with many quotations costs time in proportion to its length
    k, subject = (
        toks.once(_first_finite_subject)
        if isinstance(toks, Tokens)
        else (_first_finite_subject(toks))
    )
    return subject if k < end else None


def _first_finite_subject(toks: list[Tok]) -> tuple[int, tuple[int, int] | None]:
    """Where the scan of `_finite_subject` stops (the first finite verb, or the end), and
    the subject found there."""
    relative = False
    relative_verb = False  # the relative clause has its verb: a later one is the main verb
    for k in range(len(toks)):
        t = toks[k]
        if t.quoted or t.qmark:
            continue
        if relative and t.tag in FINITE_TAGS:
            if relative_verb and toks[k - 1].tag in ("NN", "NNS", "NNP", "NNPS"):
                relative = False  # "Leaders who have been critics of X have embraced ..."
            relative_verb = True
        if t.low in (",", *DASHES):
            relative = False
        elif t.low in ("who", "which") or (
            t.low == "that" and k > 0 and toks[k - 1].tag in ("NN", "NNS", "NNP", "NNPS")
        ):
            relative, relative_verb = True, False
        elif t.low in FRONT_SUBORD and all(x.tag.startswith("RB") for x in toks[:k]):
            relative = True  # "Just before the flight took off, X asked ...": skip the clause
        elif not relative and (
            t.tag in FINITE_TAGS
            or (t.low in AUXILIARIES and not t.tag.startswith("RB"))
            # "Mr. Smith released a statement", "X also mused": a past tense tagged as a
            # participle
            or (t.tag == "VBN" and _after_noun(toks, k))
        ):
            fa = _aux_left(toks, k)
            st = _source_left(toks, fa) if fa else None
            if st is not None and (_clause_subject(toks, st) or _fronted_phrase(toks, st[0])):
                return k, st
            return k, None
    return len(toks), None


def _after_noun(toks: list[Tok], k: int) -> bool:
    """Token k follows a name or a pronoun, adverbs aside ("Smith also mused")."""
    j = k - 1
    while j >= 0 and toks[j].tag.startswith("RB"):
        j -= 1
    return j >= 0 and toks[j].tag in ("NNP", "NNPS", "PRP", "NN", "NNS")


GOVERNING_SCAN = 10  # words between a gerund cue and the verb that governs it


def _governing_subject(toks: list[Tok], a: int) -> tuple[int, int] | None:
    """The subject of the nearest verb before a gerund cue at `a` within its clause ("X has
    been aggressive in pushing ...", "X set about persuading ...")."""
    k = a - 1
    while k > 0 and a - k <= GOVERNING_SCAN:
        t = toks[k]
        if t.quoted or t.qmark or t.low in (",", ";", ":", "that", "and", "or", "but"):
            return None
        if t.low in RELATIVES or t.low in DASHES:
            return None
        if t.tag in FINITE_TAGS or (t.tag == "VBN" and toks[k - 1].tag in ("NNP", "NNPS", "PRP")):
            fa = _aux_left(toks, k)  # "X can be heard yelling": from the modal
            return _source_left(toks, fa) if fa else None
        k -= 1
    return None


def _fronted_phrase(toks: list[Tok], s: int) -> bool:
    """Tokens before `s` are an opening prepositional phrase without a verb ("On Sunday
    morning X said")."""
    return (
        s > 1
        and toks[0].tag == "IN"
        and not any(t.tag.startswith("VB") or t.tag == "MD" or t.qmark for t in toks[1:s])
    )


NOUN_VERB_GAP = 3  # words between a noun cue and the verb whose subject voices it
COMMA_STOP = {"but", "although", "though", "while", "whereas", "which", "who", "where", "yet"}


def _noun_from_agent(toks: list[Tok], i: int) -> int | None:
    """For a noun of stance at i followed by "from" and a noun phrase that can hold a view,
    then a word opening its content ("criticism from unions over the tolls"): the index of
    that word."""
    if i + 3 >= len(toks) or not toks[i].word[:1].islower():
        return None
    if toks[i + 1].low not in ("from", "among"):  # "the feeling among voters that ..."
        return None
    e = _by_phrase_end(toks, i + 1)
    if e < len(toks) - 1 and toks[e].low not in NOUN_PREP_CUES[toks[i].low]:
        e = _target_holder_end(toks, i + 1)  # "among members of the council that ..."
    if e <= i + 2 or e >= len(toks) - 1 or toks[e].low not in NOUN_PREP_CUES[toks[i].low]:
        return None
    # "criticism from unions" takes any group; "among" a group that holds views, not "the
    # ruins"
    bare = toks[i + 1].low == "from"
    if not any(_agentive(toks[x]) or (bare and toks[x].tag == "NNS") for x in range(i + 2, e)):
        return None
    return e


LIST_ITEM_TAGS = {"NN", "NNS", "NNP", "NNPS", "DT", "JJ", "PRP$", "CD", "POS"}


def _list_end(toks: list[Tok], j: int) -> int | None:
    """For a comma at j inside a noun phrase, the index after the list it continues
    ("Ashton, Brill and the pier"): short noun phrases between commas, the last after
    "and" or "or"; None when no such list follows."""
    n = len(toks)
    first = j
    while j < n and toks[j].low == ",":
        k = j + 1
        if k < n and toks[k].low in ("and", "or"):
            if j == first:
                return None  # ", and the mayor left": a second clause, not a list
            k += 1  # a serial comma: "Ashton, Brill, and the pier"
            m = k
            while m < n and m - k < 5 and toks[m].tag in LIST_ITEM_TAGS and not toks[m].quoted:
                m += 1
            return m if m > k else None
        m = k
        while m < n and m - k < 5 and toks[m].tag in LIST_ITEM_TAGS and not toks[m].quoted:
            m += 1
        if m == k or m >= n:
            return None
        if toks[m].low in ("and", "or"):
            e = m + 1
            while e < n and e - m < 6 and toks[e].tag in LIST_ITEM_TAGS and not toks[e].quoted:
                e += 1
            return e if e > m + 1 else None
        j = m
    return None


def _attach_target(text: str, toks: list[Tok], c: Cand) -> bool:
    """ "Ruiz drew the support of older voters": the voters (after "of") hold the view, Ruiz
    (the verb's subject) is what it is about. False when the verb has no subject."""
    v, b = c.cue
    fa = _aux_left(toks, v)
    subj = _source_left(toks, fa) if fa > 0 else None
    if subj is None or not any(toks[x].tag[:2] in ("NN", "PR", "WP") for x in range(*subj)):
        return False
    c.source = (b, _target_holder_end(toks, b - 1))
    _finish_source(toks, c)
    c.content = _trim(text, toks[subj[0]].start, toks[subj[1] - 1].end)
    c.cue_chars = (toks[fa].start, toks[b - 1].end)
    c.rule = "target-noun"
    c.confidence = 0.25 + 0.5 * c.weight
    return True


def _attach_noun(text: str, toks: list[Tok], c: Cand) -> None:
    """Source and content of a noun cue: "Trump's harsh criticism of the deal", "critics
    raised questions about her emails", "the belief that ..."."""
    n = len(toks)
    i, b = c.cue
    if c.target:
        if _attach_target(text, toks, c) or toks[b - 1].low not in NOUN_PREP_CUES.get(
            toks[b - 2].low, ()
        ):
            return
        i = b - 2  # no subject to be its target: "the endorsement of ..." alone
        c.cue, c.target, c.source = (i, b), False, None
    prep = toks[b - 1].low
    cue_start = i
    # "criticism from unions over ...", "a sense among voters that ..."
    from_agent = b - i > 2 and toks[i + 1].low in ("from", "among")
    # source: a possessive before the noun, or the subject of a voicing verb
    k = i
    while (
        k > 0
        and toks[k - 1].tag in ("JJ", "JJR", "JJS", "RB", "RBS", "VBN", "VBG")
        and toks[k - 1].low not in VOICING_VERBS
        and toks[k - 1].low not in HOLDING_VERBS
        and i - k < 3
    ):
        k -= 1
    if from_agent:
        c.source = (i + 2, b - 1)
    elif c.adj:
        cop = _copula_before(toks, i)
        fa = _aux_left(toks, cop) if cop is not None else 0
        src = _source_left(toks, fa) if fa > 0 else None
        if src is None and fa > 1 and toks[fa - 1].low in ("and", "but"):
            # "Ruiz is a lawyer, but has been critical of ...": the first verb's subject
            src = _finite_subject(toks, fa - 1)
        if src is None or not _holds_views(toks, src):
            return  # "the plan is critical of ...": no one holds the view
        c.source = src
        cue_start = fa
    elif k > 0:
        p = toks[k - 1]
        if p.tag == "PRP$" and not p.quoted and k > 1 and toks[k - 2].low in VOICING_VERBS:
            # "Ruiz renewed her threat to ...": the verb's subject, named
            fa = _aux_left(toks, k - 2)
            if fa > 0:
                c.source = _source_left(toks, fa)
            if c.source is None:
                c.source = (k - 1, k)
        elif p.tag == "PRP$" and not p.quoted:
            c.source = (k - 1, k)
        elif (
            p.low in ("'s", "’s")
            or (p.low in ("'", "’") and p.tag == "POS")  # plural: "the judges'"
        ) and k > 1:
            st = _np_left(toks, k - 1, 0)
            if st is not None and c.held:
                # "a ruling on Ruiz's bid to ...": the possessor is Ruiz, not the ruling
                st = max([st] + [x + 1 for x in range(st, k - 1) if toks[x].tag == "IN"])
            if st is not None and st < k - 1:
                c.source = (st, k)
        elif p.low in VOICING_VERBS:
            fa = _aux_left(toks, k - 1)
            if fa > 0:
                c.source = _source_left(toks, fa)
        elif p.tag == "DT" and k > 1 and toks[k - 2].low in VOICING_VERBS:
            fa = _aux_left(toks, k - 2)
            if fa > 0:
                c.source = _source_left(toks, fa)
        else:
            v = k - 2 if p.tag in ("DT", "PDT") else k - 1
            fa = _aux_left(toks, v) if v > 0 and toks[v].low in HOLDING_VERBS else 0
            src = _source_left(toks, fa) if fa > 0 else None
            if src is not None and _holds_views(toks, src):
                c.source = src  # "the owners have no interest in", not "the pier has"
    if (c.adj or c.held) and c.source is None:
        return
    if c.source is None and k > 1:
        c.source = _verb_subject(toks, k)
    _finish_source(toks, c)
    bare = c.adj and prep == c.lemma  # "is confident the pier will reopen"
    start = b - 1 if prep in ("that", "to") else b
    if start >= n:
        return
    # content: up to the end of the clause (a "that" clause) or of the noun phrase
    j = start + 1
    # a "that" clause or a question ("questions about whether ...") has its own verb
    seen_verb = not (prep == "that" or bare or toks[start].low in WH_WORDS)
    clause = not seen_verb
    # a noun heading the sentence's subject ("his resolve to act alone angered ..."): the
    # sentence's verb ends the content even where the tagger calls it a participle or an
    # adjective
    finite = toks.once(_finite_positions) if isinstance(toks, Tokens) else _finite_positions(toks)
    finite_before = bool(finite) and finite[0] < cue_start  # found once per sentence
    subject = not clause and not finite_before
    # a noun's content is a clause or a phrase, never a whole run-on text: the scan stops
    # after NOUN_CONTENT_MAX words, so many noun cues in one endless sentence cost linear time
    stop = min(n, start + NOUN_CONTENT_MAX)
    while j < stop:
        t = toks[j]
        if (
            subject
            and t.tag in ("VBN", "JJ", "VBP")
            and (t.low.endswith("ed") or t.tag == "VBP")
            and toks[j - 1].tag in ("RB", "NN", "NNS", "NNP", "NNPS")
            and toks[j - 1].low not in ("to", "not")
        ):
            break
        if t.low in (";", ":", "--", "—", "–", "(") and not t.quoted:
            break
        if t.low == "," and not clause and not t.quoted:
            end = _list_end(toks, j)
            # "... about the pier, the mayor and the council said": a verb after the list
            # makes it a subject, unless the noun itself heads the sentence's subject
            if end is not None and (
                end >= n or toks[end].tag not in FINITE_TAGS or not finite_before
            ):
                j = end  # "his obsession with Ashton, Brill and the pier": a list
                continue
        if t.low in (",", ".") and not t.quoted and (not clause or seen_verb):
            break
        if t.tag in FINITE_TAGS and not t.quoted:
            if not seen_verb:
                seen_verb = True
            elif toks[j - 1].low not in ("that", "who", "which") and not (
                clause and (toks[j - 1].tag in ("MD", "RB") or t.tag == "MD")
            ):
                break
        if (
            t.low == "and"
            and j + 1 < n
            and toks[j + 1].tag == "PRP$"
            and prep not in ("that", "to")
        ):
            break
        j += 1
    s, e = _trim(text, toks[start].start, toks[j - 1].end)
    if e <= s or len(re.findall(r"\w+", text[s:e])) < (2 if prep in ("that", "to") else 1):
        return
    c.cue_chars = (
        toks[cue_start].start,
        toks[b - 1].end if prep not in ("that", "to") and not from_agent else toks[i].end,
    )
    c.content = (s, e)
    c.rule = "adjective-cue" if c.adj else "noun-cue"
    c.confidence = 0.25 + 0.5 * c.weight * (1.0 if c.source else 0.8)


NOUN_CONTENT_MAX = 120  # tokens


# Words after a passive's agent that open its complement: "was told by police that ..."
PASSIVE_COMPLEMENTS = {"that", "to", "as", "of", "whether", "about", "for", "over"}
# Verbs whose subject receives the stance its object names: "faced criticism", "drew praise"
TARGET_VERBS = {
    "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing",
    "receive", "receives", "received", "receiving", "attract", "attracts", "attracted",
    "endure", "endures", "endured", "suffer", "suffers", "suffered", "weather", "weathered",
}  # fmt: skip


# "X won praise": the receiving verbs of the target-noun rule, "have" aside ("X has doubts")
RECEIVED_STANCE_VERBS = RECEIVING_NOUN_VERBS - HAVE_FORMS


def _verb_subject(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The subject of a verb a few words before the noun cue at token k, whose object holds
    it ("X signed an agreement to ...", "X bristled at hints that ..."), when that
    subject can hold a view."""
    v = k - 1
    while v >= 0 and k - v <= NOUN_VERB_GAP:
        t = toks[v]
        if t.quoted or t.qmark or t.low in (",", ";", ":", "that", *RELATIVES, *DASHES):
            return None
        if t.tag in ("VBD", "VBZ", "VBP") or (
            t.tag == "VBN"
            and v > 0
            # "has signed", or a past tense the tagger calls a participle: "they extracted"
            and (toks[v - 1].low in HAVE_FORMS or toks[v - 1].tag in ("PRP", "NNP", "NNPS"))
        ):
            if t.low in BE_FORMS or t.low in TARGET_VERBS or t.low in RECEIVED_STANCE_VERBS:
                # "X faced criticism for ...", "X won praise for ...": X is its target, not its
                # source
                return None
            a = _aux_left(toks, v)
            if a == 0:
                return None
            src = _source_left(toks, a)
            if src is None or not any(
                _agentive(toks[x]) or toks[x].tag == "NNS" for x in range(*src)
            ):
                return None  # a person, a name or a group ("the two countries")
            return src
        v -= 1
    return None


def _passive(toks: list[Tok], a: int, b: int) -> bool:
    """A passive cue: a form of "be" followed by a past participle ("is expected")."""
    b = _verb_end(toks, a, b, ("RP", "IN", "RB"))  # the verb, not "down (on)" after it
    last = toks[b - 1].low
    if last.endswith("ing") or b - a < 2:
        return False
    return any(toks[x].low in BE_FORMS - {"'s", "’s"} for x in range(a, b - 1)) and (
        last.endswith(("ed", "en", "wn", "nt", "ld", "ght"))
    )


def _reduced_passive(toks: list[Tok], a: int, b: int) -> bool:
    """A bare participle after its noun or a comma and before "by": "the toll, criticized by
    Ruiz, ...", "a view echoed by the mayor"."""
    return (
        b - a == 1
        and a > 0
        and b < len(toks)
        and toks[b].low == "by"
        and toks[a].low.endswith(("ed", "en", "wn", "nt", "ld", "ght"))
        and (toks[a - 1].low == "," or toks[a - 1].tag in ("NN", "NNS", "NNP", "NNPS"))
    )


def _by_phrase_end(toks: list[Tok], by: int, possessive_ends: bool = False) -> int:
    """End of the noun phrase after the "by" at index `by` (`by + 1` when there is none),
    stopping at a quotation; with `possessive_ends`, also at a possessive after its first
    word ("Asked by reporters his view, ...")."""
    n = len(toks)
    e = by + 1
    if e + 1 < n and toks[e].tag == "RB" and toks[e + 1].tag in ("JJR", "JJS", "CD"):
        e += 1  # "by far fewer papers", "by nearly 200 doctors"
    while e < n and (toks[e].tag in NP_TAGS or toks[e].tag.startswith("NN")):
        t = toks[e]
        if t.qmark or t.quoted or (possessive_ends and t.tag == "PRP$" and e > by + 1):
            break
        e += 1
    return e


# Nouns of number or of a group whose "of" phrase names its members: "a number of experts"
GROUP_NOUNS = {
    "number", "coalition", "group", "dozens", "hundreds", "thousands", "millions", "majority",
    "minority", "team", "panel", "handful", "host", "chorus", "lot", "lots", "bunch", "couple",
    "series", "range", "variety", "slew", "raft", "crowd", "army", "band", "alliance", "network",
}  # fmt: skip


# Quantifiers standing alone for unnamed people after "by": "was seen by some as a retreat".
BY_PRONOUN_AGENTS = {"some", "many", "most", "others", "few"}


def _by_agent(toks: list[Tok], b: int, n: int) -> tuple[int, int] | None:
    """The agent of a passive cue, "by" and a noun phrase that can hold a view, a few words
    after the cue ("was backed a day earlier by Y")."""
    for k in range(b, min(n - 1, b + 8)):
        t = toks[k]
        if t.quoted or t.qmark or t.low in (",", ";", ":") or t.tag in ("VBD", "VBZ", "VBP"):
            return None
        if t.low == "by":
            # "by far fewer papers", "by nearly all voters": an adverb opens the phrase
            adv = k + 2 < n and toks[k + 1].tag in ("RB", "RBR") and toks[k + 2].tag in NP_TAGS
            e = _by_phrase_end(toks, k + 1 if adv else k)
            if e + 1 < len(toks) and toks[e].low == "of" and toks[e - 1].low in GROUP_NOUNS:
                e = _by_phrase_end(toks, e)  # "by a coalition of leaders", "by dozens of papers"
            if e > k + 1 + adv and any(
                _agentive(toks[x]) or toks[x].tag == "NNS" for x in range(k + 1, e)
            ):
                return k + 1, e  # a person, a name or a group ("by fellow physicians")
            if e == k + 2 and toks[k + 1].low in BY_PRONOUN_AGENTS:
                return k + 1, e  # "was seen by some as ...": people left unnamed
            return None
    return None


def _by_agent_as(toks: list[Tok], b: int, n: int) -> bool:
    """A passive's agent right after the participle and then "as" ("was seen by some as a
    retreat"): the sense of judging, not of perceiving."""
    if b >= n or toks[b].low != "by":
        return False
    ag = _by_agent(toks, b, n)
    return ag is not None and ag[1] < n and toks[ag[1]].low == "as"


def _agent_phrase(toks: list[Tok], b: int, n: int) -> int | None:
    """Index of the "by" opening the agent phrase of a passive cue after its complement
    ("was declared the winner by news organizations")."""
    for k in range(b + 1, min(n - 1, b + 12)):
        t = toks[k]
        if t.quoted or t.qmark or t.low in (",", ";", ":") or t.tag in FINITE_TAGS:
            return None
        if t.low == "by" and toks[k + 1].tag in NP_TAGS and toks[k + 1].tag != "PRP$":
            return k
    return None


def _relative_that(toks: list[Tok], k: int) -> bool:
    """'that' after a common noun opening a relative clause or a noun's complement ("an
    interaction that took place", "the idea that ..."): part of the content, not its start."""
    p = toks[k - 1] if k else None
    if k + 1 < len(toks) and toks[k + 1].tag in FINITE_TAGS:
        return True  # "an interaction with Clinton that took place"
    return (
        p is not None
        and p.tag in ("NN", "NNS")
        and p.low not in HUMAN_NOUNS
        and p.low not in WEEKDAYS
    )


def _pronoun_clause(toks: list[Tok], src: tuple[int, int]) -> bool:
    """A subject pronoun after the cue that is followed by its own verb ("said he would"):
    the start of a reported clause, not an inverted source ("said he.")."""
    s, e = src
    return (
        e - s == 1
        and toks[s].low in PRONOUN_SUBJ
        and e < len(toks)
        and (toks[e].tag.startswith("VB") or toks[e].tag == "MD" or toks[e].low in AUXILIARIES)
    )


def _subject_clause(toks: list[Tok], src: tuple[int, int]) -> bool:
    """A noun phrase after the cue, maybe coordinated, followed by a finite verb ("said
    China and Russia have ..."): the subject of the reported clause, not an inverted
    source."""
    k = src[1]
    while k < len(toks) and (
        toks[k].low in ("and", "or") or toks[k].tag in NP_TAGS or toks[k].tag.startswith("NN")
    ):
        if toks[k].quoted or toks[k].qmark:
            return False
        k += 1
    return k < len(toks) and (toks[k].tag in FINITE_TAGS or toks[k].low in BE_FORMS | HAVE_FORMS)


def _initial_subject(toks: list[Tok], end: int) -> tuple[int, int] | None:
    """The sentence-opening subject with its apposition before a cue at `end`+1 ("Jane Doe,
    an expert who ..., said"): a first comma-delimited chunk that reads as a name."""
    if end < 3 or end > 45:
        return None
    k = 0
    while k < end and toks[k].low != ",":
        k += 1
    if k == 0 or k >= end or k > 8 or not toks[0].word[:1].isupper():
        return None
    for x in range(end):
        t = toks[x]
        if t.qmark or t.quoted or t.low in (";", ":"):
            return None
        if x < k and (
            t.tag in ("VBZ", "VBP", "MD", "IN", "TO") and not t.word[:1].isupper() and t.low != "of"
        ):
            return None
        if x < k and t.tag == "VBD" and not t.word[:1].isupper():
            return None
    if not any(t.tag == "NNP" or t.word[:1].isupper() for t in toks[:k]):
        return None
    return 0, end


def _relative_antecedent(toks: list[Tok], r: int) -> int:
    """Start of the noun phrase a relative "that" at token r refers to ("groups that"),
    or r itself when there is none."""
    if toks[r].low != "that":
        return r
    e = r
    head = _np_left(toks, e, 0) if e > 0 else None
    if head is None or head >= e or any(toks[x].tag == "PRP" for x in range(head, e)):
        return r
    return head


def _clause_subject(toks: list[Tok], st: tuple[int, int]) -> bool:
    """A noun phrase before the sentence's first verb that is its subject: it opens the
    sentence or follows a comma or an adverb, or it is a subject pronoun."""
    s = st[0]
    if s <= 1 or toks[s - 1].low == ",":
        return True
    if toks[s - 1].tag in ("RB", "RBR") and not toks[s - 1].quoted:
        return True
    return st[1] - s == 1 and toks[s].low in PRONOUN_SUBJ


def _first_verb(toks: list[Tok]) -> int | None:
    """The first verb outside quotations, skipping participles that modify a noun in an
    opening phrase ("In a statement released Monday, X said")."""
    for i, t in enumerate(toks):
        if t.tag.startswith("VB") and not t.quoted:
            if (
                t.tag in ("VBN", "VBG")
                and i > 0
                and toks[i - 1].tag in ("NN", "NNS")
                and toks[0].tag == "IN"
                and all(x.low != "," for x in toks[:i])
                and any(x.low == "," for x in toks[i + 1 :])
            ):
                continue
            return i
    return None


def _finish_source(toks: list[Tok], c: Cand) -> None:
    if c.source:
        s, e = c.source
        while e > s and toks[e - 1].low in (",", *DASHES):
            e -= 1
        if e > s:
            c.source = (s, e)
            c.source_chars = (toks[s].start, toks[e - 1].end)
            if e - s == 1 and toks[s].low in RELATIVE_PRONOUNS:
                c.antecedent = _antecedent_chars(toks, s)
        else:
            c.source = None


RELATIVE_PRONOUNS = {"who", "which", "that"}


def _antecedent_chars(toks: list[Tok], r: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at token r stands for, as a char span: "Ana Ruiz,
    who said" -> "Ana Ruiz"; past an apposition: "Ana Ruiz, a Democrat who said" -> "Ana
    Ruiz"."""
    e = r - 1 if r > 0 and toks[r - 1].low == "," else r
    st = _np_left(toks, e, 0) if e > 0 else None
    if st is None or st >= e:
        return None

    def named(lo: int, hi: int) -> bool:
        return any(toks[x].tag in ("NNP", "NNPS") for x in range(lo, hi))

    if st > 1 and toks[st - 1].low == "," and (toks[st].low in ("a", "an") or not named(st, e)):
        st2 = _np_left(toks, st - 1, 0)
        if st2 is not None and st2 < st - 1 and named(st2, st - 1):
            st, e = st2, st - 1
    head = toks[e - 1]
    if head.tag not in ("NNP", "NNPS", "NNS") and head.low not in HUMAN_NOUNS:
        return None  # "... an architect who": not a name to file the speaker under
    return (toks[st].start, toks[e - 1].end)


TITLE_REST_SCAN = 10


def _say_positions(toks: list[Tok]) -> list[int]:
    return [x for x, t in enumerate(toks) if VERB_FORMS.get(t.low, ("",))[0] == "say"]


def _finite_positions(toks: list[Tok]) -> list[int]:
    """Finite verbs, quoted ones too (`_finite_words` skips those)."""
    return [x for x, t in enumerate(toks) if t.tag in FINITE_TAGS]


def _say_before(toks: Tokens, a: int, s: int) -> bool:
    """A form of "say" before token a that ends by char s (the earliest one ends first)."""
    x = _first_from(toks.once(_say_positions), 0)
    return x is not None and x < a and toks[x].end <= s


WORK_NOUNS = {
    "book", "books", "film", "movie", "song", "album", "novel", "memoir", "essay", "column",
    "documentary", "play", "poem", "series", "show", "podcast", "blog",
}  # fmt: skip


def _title_quote(toks: Tokens, q: tuple[int, int], j: int) -> bool:
    """A quotation after a preposition or determiner ('on the episode of "The Show," X
    said she ...') names a title; a clause after the cue is the content."""
    o = bisect.bisect_left(toks.once(_starts), q[0])
    if o >= len(toks) or o == 0:
        return False
    p = toks[o - 1]
    # 'In his book, "Fix the Pier," Ruiz argued ...': a work named after its noun
    named_work = p.low == "," and o > 1 and toks[o - 2].low in WORK_NOUNS
    if not named_work and p.tag not in ("IN", "DT", "POS") and p.low not in ("'s", "’s"):
        return False
    words = 0
    for t in toks[j : j + 3 * TITLE_REST_SCAN]:
        words += t.word[:1].isalnum()
        if words >= 3:
            break
    return words >= 3 and _first_from(toks.once(_finite_positions), j) is not None


def _quote_ending_before(text, toks, i: int, regions) -> tuple[int, int] | None:
    """A quotation that ends right before token i (only commas/space between); a quotation
    closed by a full stop without a comma after it ends its own sentence."""
    if i == 0:
        # the sentence may start right after a quote that ended the previous sentence
        pos = toks[0].start
        if (
            text[max(0, pos - 4) : pos].rstrip().endswith(('."', ".”", ".''"))
            and toks[0].low not in PRONOUN_SUBJ
        ):
            return None
    else:
        j = i - 1
        while j >= 0 and toks[j].low in (",", "--", "—", "–") and not toks[j].qmark:
            j -= 1
        if j < 0 or toks[j].qmark != "close":
            return None
        if (
            j == i - 1
            and j > 0
            and toks[j - 1].word == "."
            and toks[i].word[:1].isupper()
            and (toks[i].low not in PRONOUN_SUBJ)
        ):
            return None
        pos = toks[j].end
    for rs, re_ in regions.ending_in(pos - 3, pos):
        if re_ == pos or (i == 0 and text[re_:pos].strip(" ,") == ""):
            return rs, re_
    return None


def _quote_starting_after(text, toks, j: int, regions) -> tuple[int, int] | None:
    n = len(toks)
    while j < n and toks[j].low in (",", ":", "--", "—", "–") and not toks[j].qmark:
        j += 1
    if j < n and toks[j].qmark in ("open", "inner"):
        if j > 0 and toks[j - 1].low in ("'s", "’s"):
            return None  # 'told the station's "Morning Call"': a program's title
        return regions.by_start.get(toks[j].start)
    return None
