# ruff: noqa: RUF001 - typographic quotes and dashes are intended
"""Speaker resolution: map a source mention to the fullest name the article uses for it.

The article is scanned once (`NameIndex(text)`) for runs of capitalised words; each multiword
person-like name registers its parts, so a later "Tikhanovskaya" resolves to "Svetlana
Tikhanovskaya". "he"/"she" resolve to the last speaker of that gender, unless a person of that
gender opened a sentence since; gender comes from common first names and Mr./Mrs./Ms.
titles, and an unknown name fits either.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import (
    DEMONYM_SUFFIXES,
    FEMALE_NAMES,
    FEMALE_TITLES,
    FEMININE_PRONOUNS,
    MALE_NAMES,
    MALE_TITLES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PRONOUNS,
    TITLES,
    tagger_lexicon,
)

# A capitalised word; a full stop belongs to it only in an initial ("Paul D. Ryan", "U.S.") or
# an abbreviated title ("Sen.", "Jr."), so "... in Arizona. Johnson said" is two names.
_NAME_WORD = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Gov|Rep|Del|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Hon|Ft|Mt)\."
    r"|[A-Z](?:\.[A-Z])*\.|[A-Z][\w’'\-]*\w|[A-Z])"
)
NAME_RUN = re.compile(
    # every name word opens with a capital: the lookahead lets the scan skip other places fast
    rf"(?=[A-Z]){_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|der|al|bin|la|le|da|di)[ \t]+)?{_NAME_WORD})*"
)
_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE = re.compile(r"[’']s?$")
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
    Where Who Whether Once Instead Indeed Thus Today Yesterday Tonight""".split(),
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


# Tagger classes of a word that ends a name run: a verb, an adverb, a function word
_END_NAME_TAGS = ("VBZ", "VBD", "VBP", "MD", "RB", "IN", "DT", "CC")


def _cut_name_run(words: list[str]) -> list[str]:
    """A title-case headline runs a name into the words after it: "Perez Wins Big", "Ruiz
    Says", "Tim Allen Just ..."."""
    lex = tagger_lexicon() or {}
    for k in range(1, len(words)):
        if lex.get(words[k].lower(), "NNP") in _END_NAME_TAGS:
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


def _subject_mention(text: str, m: re.Match) -> bool:
    """A name that opens its sentence or is set off by commas: likely a clause's subject."""
    return _starts_sentence(text, m.start()) or (
        text[max(0, m.start() - 2) : m.start()] == ", " and text[m.end() : m.end() + 1] == ","
    )


PLACE_WORDS = set(
    """
    ocean sea river lake mountain mountains island islands county city state states valley
    street avenue road park bay coast airport station square bridge hall heights beach
    """.split()
)


def _person_like(words: list[str]) -> bool:
    """Not "Three Names", "African Americans", "Pacific Ocean": a number first, a plural or
    a place word last is no person."""
    lex = tagger_lexicon() or {}
    first, last = lex.get(words[0].lower()), lex.get(words[-1].lower())
    return (
        first != "CD"
        and last not in ("NNS", "NNPS")
        and not words[-1].endswith("ans")  # "Americans", "Republicans"
        and words[-1].lower() not in PLACE_WORDS
    )


def _given_name_gender(word: str) -> str | None:
    """ "f" or "m" for a common given name, None for any other word."""
    low = word.lower()
    return "f" if low in FEMALE_NAMES else "m" if low in MALE_NAMES else None


TITLES_BY_GENDER = MALE_TITLES | FEMALE_TITLES

HISTORY_SCAN = 40  # earlier speakers a pronoun looks back over
MENTION_SCAN = 40  # earlier name mentions a pronoun looks back over


class NameIndex:
    """Names of one article, built once: parts of multiword person names -> full name, and
    where each person is named, for pronouns."""

    def __init__(self, text: str):
        self.full: dict[str, str] = {}
        self.person_mentions: list[tuple[int, str]] = []  # (offset, full name), sorted
        self._subject: list[bool] = []  # per mention: opens its sentence or is an apposition
        self._gender: dict[str, str] = {}  # surname -> "m"/"f", from "Mr."/"Mrs."/"Ms."
        for m in NAME_RUN.finditer(text):
            raw = m.group(0).split()
            if len(raw) == 1 and raw[0].lower() not in TITLES_BY_GENDER:
                continue  # one word, no title: no part of a name of two words or more
            words = [_clean_word(w) for w in raw]
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if _starts_sentence(text, m.start()):
                words = _drop_leading_common(words)
            words = strip_titles(_cut_name_run(words))
            title = raw[0].lower()
            titled = bool(words) and (title in MALE_TITLES or title in FEMALE_TITLES)
            if titled:
                self._gender.setdefault(words[-1], "m" if title in MALE_TITLES else "f")
            if titled and len(words) == 1:
                # "Ms. Acosta said": a person, named by surname; resolved to the full name later
                self.person_mentions.append((m.start(), words[0]))
                self._subject.append(_subject_mention(text, m))
                continue
            if len(words) < 2 or len(words) > 4 or is_org(words) or not _person_like(words):
                continue
            acronym = any(w.isupper() and len(w.rstrip(".")) > 1 for w in words)  # not "D."
            if acronym:
                continue
            name = " ".join(words)
            self.person_mentions.append((m.start(), name))
            self._subject.append(_subject_mention(text, m))
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

    def gender(self, name: str) -> str | None:
        """ "m", "f" or None (unknown) for a person's name."""
        words = name.split()
        return _given_name_gender(words[0]) or self._gender.get(words[-1])

    def person_for_pronoun(
        self, offset: int, feminine: bool, history: list[tuple[int, str]]
    ) -> str | None:
        """The person a "he"/"she" at `offset` most likely is: the last speaker of that
        gender, unless a person of that gender opened a sentence (or was set off as an
        apposition) since; otherwise the last person of that gender named before."""
        want = "f" if feminine else "m"

        def fits(name: str) -> bool:
            g = self.gender(name)
            return g is None or g == want

        speaker = None
        for o, sp in reversed(history[-HISTORY_SCAN:]):
            words = sp.split() if sp else []
            # a name, not a description ("the harbour master") or a group ("Officials"); a
            # lone surname only of someone titled ("Ms. Ruiz") or named in full elsewhere
            named = (
                bool(words)
                and all(w[:1].isupper() for w in words)
                and len(words) <= 4
                and words[0] not in _NOT_NAMES  # "The FBI", "They"
            )
            if len(words) == 1:
                named = named and (sp in self._gender or len(self.full.get(sp, "").split()) > 1)
            if named and not is_org(words) and _person_like(words) and fits(sp):
                speaker = (o, sp)
                break
        i = bisect.bisect_left(self._offsets, offset)
        lo = max(-1, i - 1 - MENTION_SCAN)
        for k in range(i - 1, lo, -1):
            o, name = self.person_mentions[k]
            if speaker is not None and o <= speaker[0]:
                break
            if self._subject[k] and fits(name):
                return self.fullest(name)
        if speaker is not None:
            return speaker[1]
        for k in range(i - 1, lo, -1):
            if fits(self.person_mentions[k][1]):
                return self.fullest(self.person_mentions[k][1])
        # last, a lone capitalised speaker no one else could be: "Ruiz said ... she added"
        for _, sp in reversed(history[-HISTORY_SCAN:]):
            lone = bool(sp) and " " not in sp and sp[:1].isupper() and sp not in _NOT_NAMES
            if lone and not is_org([sp]) and sp.lower() not in PRONOUNS:
                return sp
        return None


def _proper_name(words: list[str]) -> list[str]:
    """The name in a capitalised run: "Gov. Ana Ruiz of Ohio" -> "Ana Ruiz"; "Secretary of
    State Ana Ruiz" -> "Ana Ruiz"; "Bank of Leith" and "Department of Justice" as they are."""
    of = next((k for k, w in enumerate(words) if w.lower() == "of"), None)
    if of is None or of == 0:
        return strip_titles(words)
    lead = 1 if words[0] == "The" else 0
    if of > lead and all(w.lower() in TITLES for w in words[lead:of]):
        # a title of a place with no holder named: "Governor of the Harbour Province" is the
        # office, not the province; a name after it is the holder ("... of State Ana Ruiz")
        given = next((k for k in range(of + 1, len(words)) if _given_name_gender(words[k])), None)
        if given is not None:
            return words[given:]
        place = words[of + 2 :] if words[of + 1 : of + 2] == ["the"] else words[of + 1 :]
        holder = strip_titles(place)  # "of State Mara Lindqvist": Mara Lindqvist
        return words[lead:] if holder == place else holder
    left = strip_titles(words[:of])
    if len(left) >= 2 and not is_org(left):
        return left
    if words[0].lower() in TITLES:
        return left if left and left[0].lower() not in TITLES else strip_titles(words)
    return words


# Prepositions after which a name is the object of a description, not its speaker
OBJECT_PREPOSITIONS = {"to", "with", "for", "of", "from", "at", "by", "near", "about"}


def _object_of_preposition(before: list[str]) -> bool:
    """The words before a name end in a preposition after a lowercase description ("a
    lawyer for", "the mayor of the"): the name is what the description is about. After a
    capitalised title ("Secretary of the Treasury Ana Ruiz") it is not."""
    if before[-1:] and before[-1].lower() == "the":
        before = before[:-1]
    return (
        len(before) >= 2
        and before[-1].lower() in OBJECT_PREPOSITIONS
        and not before[-2][:1].isupper()
    )


def _appositive_name(source_text: str) -> str | None:
    """The person's name set off after a role: "Okafor's spokeswoman, Ana Ruiz" -> "Ana
    Ruiz"; None when the mention does not read that way ("Okafor, a ferry captain")."""
    parts = [p.strip() for p in source_text.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    role, name = parts[0].split(), parts[1].split()
    if not role or all(w[:1].isupper() for w in role) or not 2 <= len(name) <= 4:
        return None  # the first part is a role ("his spokeswoman"), not a name or a place
    given = _given_name_gender(name[0]) is not None
    if role[-1][:1].isupper() and not (given or any(_INITIAL.fullmatch(w) for w in name)):
        return None  # "a fisherman from Brest, Brittany": a place, not a person
    if not all(w[:1].isupper() for w in name) or not _person_like(name) or is_org(name):
        return None
    return " ".join(_clean_word(w) for w in strip_titles(name))  # "Dr. Ana Ruiz": Ana Ruiz


_HEAD_END = re.compile(r"\s*(?:,|--|—|–|\(|\bwho\b|\bwhich\b|\bthat\b)\s*")


def _head_text(source_text: str) -> str:
    """A source mention up to its apposition or relative clause."""
    return " ".join(_HEAD_END.split(source_text)[0].split())


def _description(source_text: str) -> str:
    """A source mention that names no one, as a label: apostrophes made uniform, so a curly
    and a straight "Ruiz's campaign" are one speaker, and without a closing possessive ("the
    woman's" criticism is the woman's)."""
    head = _head_text(source_text).replace("’", "'")
    return _POSSESSIVE.sub("", head) if head.endswith(("'s", "'")) else head


def head_words(source_text: str) -> list[str]:
    """The naming part of a source mention: before an apposition or a "who" clause."""
    words = _head_text(source_text).split()
    # a quoted nickname is no part of the name: 'Ana "Nana" Ruiz' is Ana Ruiz
    return [_clean_word(w) for w in words if not (w[:1] in '"“' and w[-1:] in '"”')]


def resolve(source_text: str, offset: int, names: NameIndex, history: list[tuple[int, str]]) -> str:
    """Speaker name for the mention `source_text` at `offset`; `history` lists earlier
    (offset, speaker) pairs of person speakers, in order."""
    named = _appositive_name(source_text)
    if named is not None:
        return names.fullest(named)  # "the mayor's spokeswoman, Ana Ruiz," is Ana Ruiz
    words = head_words(source_text)
    if not words:
        return source_text.strip()
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        if low[0] in PERSON_PRONOUNS:
            feminine = low[0] in FEMININE_PRONOUNS
            return names.person_for_pronoun(offset, feminine, history) or words[0]
        return words[0]
    # Proper name at the end of the phrase ("NATO member Lithuania", "President Donald Trump").
    caps_end = len(words)
    caps_start = caps_end
    while caps_start > 0 and (
        words[caps_start - 1][:1].isupper()
        or low[caps_start - 1] in ("of", "de", "van", "von", "al", "bin", "for", "and", "&")
        or (low[caps_start - 1] == "the" and caps_start > 1 and low[caps_start - 2] == "of")
    ):
        caps_start -= 1
    while caps_start < caps_end and not words[caps_start][:1].isupper():
        caps_start += 1
    if caps_start < caps_end and _object_of_preposition(words[:caps_start]):
        # "a lawyer for Okafor", "sources close to Okafor": Okafor is not the speaker
        return _description(source_text)
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
    return _description(source_text)  # "the mayor's lawyer"
