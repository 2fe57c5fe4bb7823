"""Speaker resolution on invented text: the name a reviewer filters claims by."""

import pytest

from claims.nlp.attribution import attribute
from claims.nlp.speakers import NameIndex, resolve


def _speakers(text):
    return [(a.source.text(text), a.speaker) for a in attribute(text) if a.source]


def test_a_sentence_end_does_not_join_two_names():
    text = "Voters waited in Arizona. Lindqvist said the count would be slow."
    assert _speakers(text) == [("Lindqvist", "Lindqvist")]


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("Gov. Mara Lindqvist of Ohio", "Mara Lindqvist"),
        ("Secretary of State Mara Lindqvist", "Mara Lindqvist"),
        ("the Department of Harbours", "the Department of Harbours"),
        ("Ryan", "Paul D. Ryan"),  # a middle initial keeps the name whole
        ("Podesta", "John D. Podesta"),  # "John" is a name, not a title to strip
    ],
)
def test_names_resolve_to_the_fullest_form(mention, speaker):
    names = NameIndex(
        "Speaker Paul D. Ryan met John D. Podesta and Gov. Mara Lindqvist of Ohio on Monday."
    )
    assert resolve(mention, 200, names, []) == speaker


def test_headline_words_around_a_name_are_not_part_of_it():
    text = (
        "Understated Okafor Wins Big\n\n"
        "Following Okafor, the party rallied. Chidi Okafor thanked the crowd. "
        "Okafor said the vote was fair."
    )
    names = NameIndex(text)
    assert resolve("Okafor", len(text) - 5, names, []) == "Chidi Okafor"


def test_relative_pronoun_source_is_filed_under_its_antecedent():
    text = "Mara Lindqvist, a Democrat who said the port was unsafe, resigned on Friday."
    assert _speakers(text) == [("who", "Mara Lindqvist")]
    text = "Residents who said the port was unsafe were ignored."
    assert _speakers(text) == [("who", "Residents")]
