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

_NAME_WORD = r"(?:[A-Z][\w’'.\-]*[\w.]|[A-Z])"
NAME_RUN = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|der|al|bin|la|le|da|di)[ \t]+)?{_NAME_WORD})*"
)
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
}


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and demonyms: "Belarusian President Alexander Lukashenko"."""
    i = 0
    lex = tagger_lexicon() or {}
    while i < len(words) - 1:
        w = words[i].lower()
        common = lex.get(w, "NNP")[:3] in ("NN", "NNS", "JJ") and len(words) - i >= 3
        if (
            w in TITLES
            or common
            or (w.endswith(DEMONYM_SUFFIXES) and len(w) > 4 and w[0].isalpha())
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
            words = strip_titles(words)
            if len(words) < 2 or len(words) > 4 or is_org(words):
                continue
            if any(w.isupper() and len(w) > 1 for w in words):
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
        proper = strip_titles(words[caps_start:caps_end])
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
