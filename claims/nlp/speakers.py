# ruff: noqa: RUF001 - typographic quotes and dashes are intended
"""Speaker resolution: map a source mention to the fullest name the article uses for it.

The article is scanned once (`NameIndex(text)`) for runs of capitalised words; each multiword
person-like name registers its parts, so a later "Tikhanovskaya" resolves to "Svetlana
Tikhanovskaya". Pronouns resolve to the last person speaker (or the last full person name).
"""

from __future__ import annotations

import bisect
import re

from .lexicon import (
    DEMONYM_SUFFIXES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PRONOUNS,
    TITLES,
    tagger_lexicon,
)

# A capitalised word; a full stop belongs to it only in an initial ("Paul D. Ryan", "U.S.") or
# an abbreviated title ("Sen.", "Jr."), so "... in Arizona. Johnson said" is two names.
_NAME_WORD = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Hon|Ft|Mt)\."
    r"|[A-Z](?:\.[A-Z])*\.|[A-Z][\w’'\-]*\w|[A-Z])"
)
NAME_RUN = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|der|al|bin|la|le|da|di)[ \t]+)?{_NAME_WORD})*"
)
_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE = re.compile(r"[’']s?$")
_LOWER_DET = {"the", "a", "an"}
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Yet",
    "So",
    "For",
    "With",
    "By",
    "From",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    # closed-class words a sentence may open with: "Until Mr. Comey ...", "Should Mr. Ruiz ..."
    *"""Until Unless Although Though Because Since Should Could Would Did Does Do Can Perhaps
    Meanwhile Both Among Unlike Like Despite Even Only Also Still However Then Now Why How What
    Where Who Whether Once Though Instead Indeed Thus Today Yesterday Tonight""".split(),
}


# Tagger classes of a sentence's capitalised first word that is no part of a name: "Following
# Sanders, ...", "Understated Perez ..." in a headline. Nouns stay: "Bill", "Rush".
_NOT_NAME_TAGS = ("VBG", "VBN", "VBD", "RB", "IN", "DT", "CC", "WRB", "PRP")


_SENTENCE_START = re.compile(r"(?:\n|[.!?][\"”’')]*\s)\s*\Z")


def _starts_sentence(text: str, i: int) -> bool:
    return i == 0 or _SENTENCE_START.search(text, max(0, i - 8), i) is not None


def _drop_leading_common(words: list[str]) -> list[str]:
    lex = tagger_lexicon() or {}
    while len(words) > 1 and lex.get(words[0].lower(), "NNP") in _NOT_NAME_TAGS:
        words = words[1:]
    return words


def _cut_at_verb(words: list[str]) -> list[str]:
    """A title-case headline runs a name into its verb: "Perez Wins Big", "Ruiz Says"."""
    lex = tagger_lexicon() or {}
    for k in range(1, len(words)):
        if lex.get(words[k].lower(), "NNP") in ("VBZ", "VBD", "VBP", "MD"):
            return words[:k]
    return words


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and demonyms: "Belarusian President Alexander Lukashenko"."""
    i = 0
    lex = tagger_lexicon() or {}
    while i < len(words) - 1:
        w = words[i].lower()
        common = (
            lex.get(w, "NNP")[:3] in ("NN", "NNS", "JJ")
            and len(words) - i >= 3
            and not _INITIAL.fullmatch(words[i + 1])  # "John D. Podesta": "John" is a name
        )
        if (
            w in TITLES
            or common
            # a demonym before a full name; not a first name like "Brian" or "Giovanni"
            or (
                w.endswith(DEMONYM_SUFFIXES)
                and len(w) > 4
                and w[0].isalpha()
                and len(words) - i >= 3
            )
        ):
            i += 1
            continue
        break
    return words[i:]


def _clean_word(w: str) -> str:
    return _POSSESSIVE.sub("", w) if w.endswith(("'s", "’s", "'", "’")) else w


def is_org(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ORG_WORDS for w in words) or (
        len(words) == 1 and words[0].isupper() and len(words[0]) > 1
    )


class NameIndex:
    """Names of one article, built once: parts of multiword person names -> full name."""

    def __init__(self, text: str):
        self.full: dict[str, str] = {}
        self.person_mentions: list[tuple[int, str]] = []  # (offset, full name), sorted
        for m in NAME_RUN.finditer(text):
            words = [_clean_word(w) for w in m.group(0).split()]
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if _starts_sentence(text, m.start()):
                words = _drop_leading_common(words)
            words = strip_titles(_cut_at_verb(words))
            if len(words) < 2 or len(words) > 4 or is_org(words):
                continue
            if any(
                w.isupper() and len(w.rstrip(".")) > 1 for w in words
            ):  # not "D." of "Paul D. Ryan"
                continue
            name = " ".join(words)
            self.person_mentions.append((m.start(), name))
            for key in (words[-1], name):
                prev = self.full.get(key)
                if prev is None or len(name) > len(prev):
                    self.full[key] = name
        self._offsets = [o for o, _ in self.person_mentions]

    def fullest(self, name: str) -> str:
        words = name.split()
        if not words:
            return name
        found = self.full.get(name) or self.full.get(words[-1])
        same_tail = found and (len(words) == 1 or found.split()[-1] == words[-1])
        if same_tail and len(found) >= len(name):
            return found
        return name

    def last_person_before(self, offset: int) -> str | None:
        i = bisect.bisect_left(self._offsets, offset)
        if i:
            return self.person_mentions[i - 1][1]
        return None


def _proper_name(words: list[str]) -> list[str]:
    """The name in a capitalised run: "Gov. Ana Ruiz of Ohio" -> "Ana Ruiz"; "Secretary of
    State Ana Ruiz" -> "Ana Ruiz"; "Bank of Leith" and "Department of Justice" as they are."""
    of = next((k for k, w in enumerate(words) if w.lower() == "of"), None)
    if of is None or of == 0:
        return strip_titles(words)
    left = strip_titles(words[:of])
    if len(left) >= 2 and not is_org(left):
        return left
    if words[0].lower() in TITLES:
        return strip_titles(words)
    return words


def head_words(source_text: str) -> list[str]:
    """The naming part of a source mention: before an apposition, a "who" clause or "of"."""
    text = re.split(r"\s*(?:,|--|—|–|\(|\bwho\b|\bwhich\b|\bthat\b)\s*", source_text)[0]
    words = [_clean_word(w) for w in text.split()]
    return words


def resolve(source_text: str, offset: int, names: NameIndex, history: list[tuple[int, str]]) -> str:
    """Speaker name for the mention `source_text` at `offset`; `history` lists earlier
    (offset, speaker) pairs of person speakers, in order."""
    words = head_words(source_text)
    if not words:
        return source_text.strip()
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        if low[0] in PERSON_PRONOUNS:
            for _, sp in reversed(history):
                if sp and sp[0].isupper() and len(sp.split()) >= 2 and not is_org(sp.split()):
                    return sp
            return names.last_person_before(offset) or words[0]
        return words[0]
    # Proper name at the end of the phrase ("NATO member Lithuania", "President Donald Trump").
    caps_end = len(words)
    caps_start = caps_end
    while caps_start > 0 and (
        words[caps_start - 1][:1].isupper()
        or low[caps_start - 1] in ("of", "de", "van", "von", "al", "bin", "for", "and", "&")
    ):
        caps_start -= 1
    while caps_start < caps_end and not words[caps_start][:1].isupper():
        caps_start += 1
    if caps_start < caps_end:
        if caps_start > 0 and low[caps_start - 1] == "the" and words[caps_start - 1] == "The":
            caps_start -= 1
        proper = _proper_name(words[caps_start:caps_end])
        if proper and proper[0] in _NOT_NAMES and len(proper) > 1 and proper[0] != "The":
            proper = proper[1:]
        if (
            caps_start == 0
            or all(w[:1].isupper() for w in words[:caps_start])
            or (len(proper) >= 1 and not is_org(proper))
        ):
            name = " ".join(proper)
            if is_org(proper) or proper[0] == "The":
                return name
            return names.fullest(name)
    return " ".join(words)
