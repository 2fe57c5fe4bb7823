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


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        pytest.param(
            "Peter Lund, the harbour master, said the pier was safe. Mayor Ingrid Sola "
            'disagreed. "We will close it," she said.',
            "We will close it",
            "Ingrid Sola",
            id="she-skips-the-last-speaker-when-he-is-a-man",
        ),
        pytest.param(
            '"The pier is safe," said Peter Lund. Oskar Berg, a ferry captain, has sailed here '
            'for years. "I would not dock there," he said.',
            "I would not dock there",
            "Oskar Berg",
            id="a-person-who-opened-a-sentence-since-the-last-speaker",
        ),
    ],
)
def test_pronoun_resolution(text, snippet, speaker):
    assert _find_speaker(text, attribute(text), snippet) == speaker


def test_a_titled_surname_carries_its_gender():
    text = (
        "Dana Kerr spoke first. Ms. Alvarado, who runs the port, listened. "
        '"It is closed," she said.'
    )
    atts = attribute(text)
    assert _find_speaker(text, atts, "It is closed") == "Alvarado"
    names = NameIndex(text)
    assert names.gender("Alvarado") == "f"


def _find_speaker(text, atts, snippet):
    return next(a.speaker for a in atts if snippet in a.content.text(text))


def test_sources_close_to_a_person_are_not_that_person():
    text = "Sources close to Lindqvist said she would resign."
    assert _speakers(text) == [("Sources close to Lindqvist", "Sources close to Lindqvist")]


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("The harbour board's spokeswoman, Ana Ruiz", "Ana Ruiz"),
        ("A lawyer for Lindqvist, Mark Berg", "Mark Berg"),
        ("Lindqvist, a ferry captain", "Lindqvist"),
        ("a lawyer for Lindqvist", "a lawyer for Lindqvist"),
        ("the mayor of Lagos", "the mayor of Lagos"),
        ("a fisherman from Brest, Brittany", "a fisherman from Brest"),
    ],
)
def test_a_description_is_filed_under_the_person_it_names(mention, speaker):
    assert resolve(mention, 0, NameIndex(""), []) == speaker


def test_a_description_is_one_label_whatever_its_apostrophes():
    names = NameIndex("")
    assert resolve("the harbour board\u2019s lawyer", 0, names, []) == "the harbour board's lawyer"
    assert resolve("the harbour board's lawyer", 0, names, []) == "the harbour board's lawyer"
    assert resolve("the woman\u2019s", 0, names, []) == "the woman"


def test_a_pronoun_prefers_a_named_speaker_to_a_description():
    text = (
        "Peter Lund, the harbour master, runs the port. The official said the pier was safe. "
        '"It will reopen," he said.'
    )
    atts = attribute(text)
    assert _find_speaker(text, atts, "It will reopen") == "Peter Lund"


def test_a_lone_surname_is_the_last_resort_for_a_pronoun():
    text = "Ruiz said the pier was safe. The tolls, she added, would fall."
    assert _find_speaker(text, attribute(text), "The tolls") == "Ruiz"


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("Secretary of the Treasury Ana Ruiz", "Ana Ruiz"),
        ("His aide, Dr. Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_title_with_of_still_names_its_holder(mention, speaker):
    assert resolve(mention, 0, NameIndex(""), []) == speaker


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("The Governor of the Harbour Province", "Governor of the Harbour Province"),
        ("the Governor of Texas", "Governor of Texas"),
        ("Vice Governor of the Harbour Province Ana Ruiz", "Ana Ruiz"),
        ("Secretary of State Ana Ruiz", "Ana Ruiz"),
        ("Mr. Ruiz of the Harbour Club", "Ruiz"),
    ],
)
def test_a_title_of_a_place_is_the_office_not_the_place(mention, speaker):
    assert resolve(mention, 0, NameIndex(""), []) == speaker
