"""Sentence segmentation: the seed article's hard cases, rule fixtures and properties."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.nlp.segmentation import segment, segment_with_datelines

SEED = Path(__file__).resolve().parents[2] / "seeds" / "belarus-factory-protest-2020-08-17.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed article missing: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    return text, segment(text)


def texts(text, sentences):
    return [text[s.start : s.end] for s in sentences]


def containing(text, sentences, needle):
    found = [s for s in sentences if needle in text[s.start : s.end]]
    assert found, f"no sentence contains {needle!r}"
    return found[0]


def test_seed_headline_is_first_and_whole(seed):
    text, sentences = seed
    first = sentences[0]
    assert first.kind == "headline"
    assert first.paragraph == 0
    assert text[first.start : first.end].endswith("over a disputed election")
    assert '"Leave!" on Monday' in text[first.start : first.end]


def test_seed_dateline_left_out_of_first_claim(seed):
    text, sentences = seed
    second = sentences[1]
    assert second.kind == "sentence"
    assert text[second.start : second.end].startswith("Workers at a state-run factory")
    assert "Minsk, (APP" not in " ".join(texts(text, sentences))
    _, datelines = segment_with_datelines(text)
    assert [text[a:b] for a, b in datelines] == [
        "Minsk, (APP - UrduPoint / Pakistan Point News - 17th Aug, 2020 ) :"
    ]


def test_seed_no_split_after_quoted_exclamation(seed):
    text, sentences = seed
    sentence = containing(text, sentences, "shouts of")
    assert text[sentence.start : sentence.end].endswith("as he tried to give a speech.")


def test_seed_dash_subheadings_split_off(seed):
    text, sentences = seed
    for heading, follower in [
        ("- 'Fighting their own people' -", "Hundreds of workers and protesters"),
        ("- Tikhanovskaya 'ready' to lead -", "Lukashenko has defied calls"),
    ]:
        index = texts(text, sentences).index(heading)
        assert sentences[index].kind == "subheading"
        after = sentences[index + 1]
        assert after.kind == "sentence"
        assert after.paragraph == sentences[index].paragraph
        assert text[after.start : after.end].startswith(follower)


def test_seed_closing_quote_crosses_paragraph_break(seed):
    text, sentences = seed
    sentence = containing(text, sentences, "You should get it approved")
    assert text[sentence.start : sentence.end].endswith('presidential elections.\n\n"')
    following = sentences[sentences.index(sentence) + 1]
    assert text[following.start : following.end].startswith("Demonstrators also gathered")


def test_seed_quote_of_several_sentences_gives_several(seed):
    text, sentences = seed
    first = containing(text, sentences, "I know how scared you are")
    assert text[first.start : first.end].endswith("because we are all scared.")
    second = sentences[sentences.index(first) + 1]
    assert text[second.start : second.end] == (
        'Thank you for overcoming your fear and joining the majority."'
    )
    third = sentences[sentences.index(first) + 2]
    assert text[third.start : third.end].startswith("Production at the Belaruskali")


def test_seed_ellipsis_inside_sentence(seed):
    text, sentences = seed
    sentence = containing(text, sentences, "peaceful protest actions...")
    assert text[sentence.start : sentence.end].endswith("told AFP outside the plant.")


def test_seed_all_body_sentences_and_paragraphs(seed):
    text, sentences = seed
    kinds = [s.kind for s in sentences]
    assert kinds.count("headline") == 1
    assert kinds.count("subheading") == 2
    assert len(sentences) == 39
    assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)
    assert_well_formed(text, sentences, skip=segment_with_datelines(text)[1])


RULES = [
    pytest.param("The bus left early. Nobody was on it.", 2, id="simple_period"),
    pytest.param("Where did the money go? Nobody knows.", 2, id="question_mark"),
    pytest.param("The bridge is open! Traffic flows again.", 2, id="exclamation_mark"),
    pytest.param("The report was written by Anna K. Berg.", 1, id="upper_initial"),
    pytest.param("The vote closes at 8 a.m. on Friday.", 1, id="lower_time_abbreviation"),
    pytest.param("She moved to the U.K. in May.", 1, id="upper_two_letter_abbreviation"),
    pytest.param("Bring snacks, e.g. fruit or nuts.", 1, id="lower_two_letter_abbreviation"),
    pytest.param("Dr. Alvarez met Sen. Park near Mt. Vernon.", 1, id="titles"),
    pytest.param("The essay by J. R. Tolkien was reprinted.", 1, id="initials"),
    pytest.param("The bill is listed as No. 42 on the agenda.", 1, id="number_label"),
    pytest.param(
        "Her family lives in the U.S. She visits them often.", 2, id="abbreviation_ends_sentence"
    ),
    pytest.param(
        "The polls closed at 8 P.M. The count began.", 2, id="time_abbreviation_ends_sentence"
    ),
    pytest.param("At 7 a.m. Ms. Lee opened the shop.", 1, id="time_phrase_opens_sentence"),
    pytest.param("Inflation rose 3.2 percent. Wages fell 0.5 percent.", 2, id="decimals"),
    pytest.param("The deal is worth $4.5 billion. It closes in June.", 2, id="money"),
    pytest.param("Acme Inc. reported a loss. Shares fell.", 2, id="company_abbreviation_ends"),
    pytest.param(
        "The mayor (she took office in May.) declined to comment.", 1, id="parenthetical_sentence"
    ),
    pytest.param(
        'Crowds chanted "Resign!" outside the hall.', 1, id="quoted_exclamation_continues"
    ),
    pytest.param('"Is it over?" she asked.', 1, id="quoted_question_said"),
    pytest.param('"It works," he said. "We tested it."', 2, id="quoted_comma_said"),
    pytest.param('"We are done." he said.', 1, id="quoted_period_lowercase"),
    pytest.param(
        "She replied, 'That is fine.' and hung up.", 1, id="single_quoted_period_lowercase"
    ),
    pytest.param(
        '"We will appeal. The ruling is wrong," she said.', 2, id="quote_of_two_sentences"
    ),
    pytest.param("He sold his shares in Yahoo! last year.", 1, id="exclamation_in_name"),
    pytest.param("1. Close the door. 2. Lock the gate.", 2, id="numbered_list_period"),
    pytest.param("1. Close the door 2. Lock the gate", 2, id="numbered_list_no_final"),
    pytest.param("1) Close the door 2) Lock the gate", 2, id="numbered_list_paren"),
    pytest.param("1.) Close the door. 2.) Lock the gate.", 2, id="numbered_list_period_paren"),
    pytest.param("a. Close the door b. Lock the gate c. Call the guard", 3, id="lettered_list"),
    pytest.param("• 4. Close the door • 5. Lock the gate", 2, id="bulleted_numbered_list"),
    pytest.param("Steps:\n- Close the door\n- Lock the gate", 3, id="dash_list_lines"),
    pytest.param("He paused... then went on.", 1, id="ellipsis_lowercase"),
    pytest.param("Prices rose … Most shoppers noticed.", 1, id="ellipsis_character_capital"),
    pytest.param("The plan . . . was never funded.", 1, id="spaced_ellipsis_inside"),
    pytest.param("I never agreed to that.... She left.", 2, id="four_dots_end_sentence"),
    pytest.param("It ended there . . . . A new era began.", 2, id="spaced_four_dots_end_sentence"),
    pytest.param(
        "The text was cut. . . . The rest is lost.", 2, id="period_then_ellipsis_opens_next"
    ),
    pytest.param(
        '"Costs rose [...] We expect cuts," he said.', 2, id="bracketed_elision_then_capital"
    ),
    pytest.param(
        "Write to press@example.com for details. Visit www.example.org today.",
        2,
        id="email_and_web_address",
    ),
    pytest.param("He was born in 1990. I met him later.", 2, id="pronoun_i_starts"),
    pytest.param("Really?! Yes, really.", 2, id="interrobang_style"),
    pytest.param("First paragraph ends.\n\nSecond one too.", 2, id="paragraph_break"),
]


@pytest.mark.parametrize(("text", "count"), RULES)
def test_rule(text, count):
    sentences = segment(text)
    assert len(sentences) == count, texts(text, sentences)
    assert_well_formed(text, sentences)
    assert "".join(text.split()) == "".join("".join(texts(text, sentences)).split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "WASHINGTON (Reuters) - The Senate passed the bill. It now goes to the House.",
            ["The Senate passed the bill.", "It now goes to the House."],
            id="dateline_agency",
        ),
        pytest.param(
            "NEW YORK, Nov. 19 (UPI) \u2014 Stocks fell on Tuesday.",
            ["Stocks fell on Tuesday."],
            id="dateline_date_agency",
        ),
        pytest.param(
            "Storm hits coast\n\nLISBON \u2014 Winds of 120 km/h hit the coast. Ports closed.",
            ["Storm hits coast", "Winds of 120 km/h hit the coast.", "Ports closed."],
            id="dateline_after_headline",
        ),
        pytest.param(
            "Mr. Park (Labour) said the vote was fair.",
            ["Mr. Park (Labour) said the vote was fair."],
            id="not_a_dateline",
        ),
    ],
)
def test_datelines(text, expected):
    assert texts(text, segment(text)) == expected


def test_kinds_headline_subheading_sentence():
    text = (
        "Town votes to rebuild its bridge\n\nThe council met on Monday. It voted 7 to 2."
        "\n\nWhat comes next\n\nWork starts in May.\n"
    )
    got = [(text[s.start : s.end], s.kind, s.paragraph) for s in segment(text)]
    assert got == [
        ("Town votes to rebuild its bridge", "headline", 0),
        ("The council met on Monday.", "sentence", 1),
        ("It voted 7 to 2.", "sentence", 1),
        ("What comes next", "subheading", 2),
        ("Work starts in May.", "sentence", 3),
    ]


def test_headline_line_inside_first_paragraph():
    text = "Town votes to rebuild its bridge\nThe council met on Monday. It voted 7 to 2."
    got = [(text[s.start : s.end], s.kind) for s in segment(text)]
    assert got[0] == ("Town votes to rebuild its bridge", "headline")
    assert [kind for _, kind in got[1:]] == ["sentence", "sentence"]


def test_lone_text_without_punctuation_is_a_sentence():
    assert [s.kind for s in segment("just some words")] == ["sentence"]


def test_empty_and_blank():
    assert segment("") == []
    assert segment(" \n\n\t ") == []


def test_credit_after_caption():
    text = "Crowds outside the plant Image: Agency Photo.\n\nThe strike went on."
    assert texts(text, segment(text)) == [
        "Crowds outside the plant",
        "Image: Agency Photo.",
        "The strike went on.",
    ]


def test_attribution_after_quote_stays():
    text = '"We will not stop. Never." - A striking worker'
    assert texts(text, segment(text)) == ['"We will not stop.', 'Never." - A striking worker']


def assert_well_formed(text, sentences, skip=()):
    """In order, not overlapping, stripped, non-empty; every non-space character covered."""
    position = 0
    covered = bytearray(len(text))
    for sentence in sentences:
        assert position <= sentence.start < sentence.end <= len(text)
        piece = text[sentence.start : sentence.end]
        assert piece == piece.strip() and piece
        assert sentence.kind in ("headline", "subheading", "sentence")
        covered[sentence.start : sentence.end] = b"\1" * (sentence.end - sentence.start)
        position = sentence.end
    for start, end in skip:
        covered[start:end] = b"\1" * (end - start)
    lost = [i for i, ch in enumerate(text) if not covered[i] and not ch.isspace()]
    assert not lost, [text[i] for i in lost]


NEWSY = st.text(
    alphabet=st.sampled_from(
        list("aAbBzZ 0123456789.!?\"'\u201c\u201d\u2019()[]:;,-\u2014\u2026\n\t\u2022")
    ),
    max_size=120,
)
WORDS = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "U.S.",
            "said",
            "The",
            "the",
            "...",
            ". . .",
            "1.",
            "2)",
            "a.",
            "b.",
            '"Leave!"',
            "- Title -",
            "WASHINGTON",
            "(AP)",
            "\u2014",
            "\n",
            "\n\n",
            "Image:",
            "[...]",
            '"',
            "3.5",
            "p.m.",
            "Dr.",
            "No.",
            "i.e.",
            "x",
            "?",
            "!",
            ":",
            "he",
            "She",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY, WORDS))
def test_spans_are_ordered_stripped_and_lose_nothing(text):
    sentences, datelines = segment_with_datelines(text)
    assert_well_formed(text, sentences, skip=datelines)
    for start, end in datelines:
        assert text[start:end] == text[start:end].strip() and start < end


def test_dateline_after_a_title_line_ending_in_a_period():
    text = (
        "Pier shut for repairs.\n\nLAGOS, May 2 (UPI) — The pier is shut, Ruiz said.\n\n"
        "OSLO, May 3 (UPI) — The port is open."
    )
    _, datelines = segment_with_datelines(text)
    assert [text[a:b] for a, b in datelines] == ["LAGOS, May 2 (UPI) —"]
