"""Attribution detection: the seed article's quotes and reported speech, plus one invented
sentence per construction. No database, no Django."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from claims.nlp.attribution import attribute, quote_regions

SEED = Path(__file__).resolve().parents[2] / "seeds" / "belarus-factory-protest-2020-08-17.txt"


def _body() -> str:
    return SEED.read_text(encoding="utf-8").split("\n\n", 1)[1]


def _find(text, atts, snippet):
    """The attribution whose content contains `snippet`."""
    for a in atts:
        if snippet in a.content.text(text):
            return a
    raise AssertionError(f"no attribution for {snippet!r}: {[a.content.text(text) for a in atts]}")


def _one(text):
    atts = attribute(text)
    assert atts, text
    return atts


@pytest.fixture(scope="module")
def seed():
    text = _body()
    return text, attribute(text)


@pytest.mark.parametrize(
    ("snippet", "speaker", "type_"),
    [
        ("Thank you, I have said everything", "Alexander Lukashenko", "direct"),
        ("it was prepared to back", "Germany", "indirect"),
        ("following events", "Donald Trump", "mixed"),
        ("We plan to participate in all peaceful strikes", "Ilya Rybkin", "direct"),
        ("he would not give in", "Alexander Lukashenko", "indirect"),
        ("You will never expect me", "Alexander Lukashenko", "direct"),
        ("Until you kill me", "Alexander Lukashenko", "direct"),
        ("he may be willing to hand over power", "Alexander Lukashenko", "indirect"),
        ("elections could only be held", "Alexander Lukashenko", "indirect"),
        ("You should get it approved", "Alexander Lukashenko", "direct"),
        ("600 people joined the strike", "local media", "indirect"),
        ("I know how scared you are", "Maria Kolesnikova", "direct"),
        ("Production at the Belaruskali potash producer", "Russian news agencies", "indirect"),
        ("she was prepared to temporarily take over", "Svetlana Tikhanovskaya", "indirect"),
        ("Fate decreed", "Svetlana Tikhanovskaya", "direct"),
        ("I am ready to take responsibility", "Svetlana Tikhanovskaya", "direct"),
        ("the authorities release all detainees", "Svetlana Tikhanovskaya", "indirect"),
        ("she will organise new elections", "Svetlana Tikhanovskaya", "indirect"),
        ("did not recognise the results", "Britain", "mixed"),
        ("Belarus had started military drills", "Lithuania", "indirect"),
        ("it is ready to step in", "The Kremlin", "indirect"),
    ],
)
def test_seed_article(seed, snippet, speaker, type_):
    text, atts = seed
    a = _find(text, atts, snippet)
    assert a.speaker == speaker
    assert a.type == type_
    assert a.rule
    assert 0.0 < a.confidence <= 1.0


def test_seed_sources_and_cues(seed):
    text, atts = seed
    rybkin = _find(text, atts, "We plan to participate")
    assert rybkin.source.text(text) == "Ilya Rybkin, a 30-year-old road worker"
    assert rybkin.cue.text(text) == "told"
    assert rybkin.content.text(text).startswith('"We plan')
    assert rybkin.content.text(text).endswith('own people,"')
    quoted = _find(text, atts, "You will never expect me")
    assert quoted.cue.text(text) == "was quoted as saying"
    assert quoted.source.text(text) == "he"
    kremlin = _find(text, atts, "it is ready to step in")
    assert kremlin.source.text(text) == "The Kremlin, Lukashenko's closest ally"
    assert kremlin.cue.text(text) == "has said"
    she = _find(text, atts, "she will organise new elections")
    assert she.cue.text(text) == "has also said"
    trump = _find(text, atts, "following events")
    assert trump.source.text(text) == "President Donald Trump"


def test_seed_sorted_and_disjoint(seed):
    _, atts = seed
    starts = [a.content.start for a in atts]
    assert starts == sorted(starts)
    for a, b in itertools.pairwise(atts):
        assert a.content.end <= b.content.start


def test_quote_before_cue():
    text = '"The bridge will open in May," the mayor said on Tuesday.'
    a = _one(text)[0]
    assert a.content.text(text) == '"The bridge will open in May,"'
    assert a.source.text(text) == "the mayor"
    assert a.cue.text(text) == "said"
    assert a.type == "direct"
    assert a.rule == "quote-cue-after"


def test_quote_after_cue_curly():
    text = "Jane Doakes told reporters: “We are not going anywhere.”"
    a = _one(text)[0]
    assert a.content.text(text) == "“We are not going anywhere.”"
    assert a.speaker == "Jane Doakes"
    assert a.type == "direct"


def test_inverted_subject():
    text = '"Prices will fall," said Tom Brindle, an economist at a small bank.'
    a = _one(text)[0]
    assert a.source.text(text) == "Tom Brindle, an economist at a small bank"
    assert a.speaker == "Tom Brindle"


def test_split_quote():
    text = '"We tried," the coach said, "but the weather beat us."'
    a = _one(text)[0]
    assert a.content.text(text) == text[: len(text) - 1] or a.content.text(text) == text
    assert a.type == "direct"
    assert a.speaker == "the coach"
    pieces = [p.text(text) for p in a.content_spans]
    assert pieces == ['"We tried,"', '"but the weather beat us."']
    assert a.content.start == a.content_spans[0].start
    assert a.content.end == a.content_spans[-1].end


def test_split_quote_over_two_sentences_and_one_piece_quotes():
    text = (
        'Pilar Okafor opened the meeting. "The budget is tight," Okafor said. '
        '"We will cut travel first."\n\n"Nothing else will change," said the treasurer.'
    )
    atts = attribute(text)
    a = _find(text, atts, "The budget is tight")
    assert [p.text(text) for p in a.content_spans] == [
        '"The budget is tight,"',
        '"We will cut travel first."',
    ]
    b = _find(text, atts, "Nothing else will change")
    assert b.content_spans == ()  # one piece


def test_attribute_command_writes_pieces_only_for_split_quotes():
    from claims.management.commands.attribute import attributions_of

    text = '"We tried," the coach said, "but the weather beat us." The mayor said it rained.'
    rows = attributions_of(text)["attributions"]
    split = [r for r in rows if "content_spans" in r]
    assert len(split) == 1
    assert [text[s:e] for s, e in split[0]["content_spans"]] == [
        '"We tried,"',
        '"but the weather beat us."',
    ]
    assert split[0]["content"] == [
        split[0]["content_spans"][0][0],
        split[0]["content_spans"][-1][1],
    ]
    assert all(
        set(r) >= {"type", "source", "cue", "content", "speaker", "confidence", "rule"}
        for r in rows
    )


def test_multi_paragraph_quote_and_continuation():
    text = (
        "Mara Lindqvist, the head of the port authority, spoke at length.\n\n"
        '"The harbour has never been busier. We need another pier.\n\n'
        '"Without it, ships will wait for days," Lindqvist said.\n\n'
        '"I have asked the council twice already."'
    )
    atts = attribute(text)
    first = _find(text, atts, "The harbour has never been busier")
    assert "ships will wait for days" in first.content.text(text)
    assert first.speaker == "Mara Lindqvist"
    cont = _find(text, atts, "I have asked the council")
    assert cont.cue is None
    assert cont.source == first.source  # where the speaker was last named
    assert cont.speaker == "Mara Lindqvist"
    assert cont.rule == "quote-continuation"


def test_according_to():
    text = "According to the ministry, exports rose by 4 percent last year."
    a = _one(text)[0]
    assert a.content.text(text) == "exports rose by 4 percent last year"
    assert a.source.text(text) == "the ministry"
    assert a.cue.text(text) == "According to"
    assert a.rule == "according-to"
    text = "Exports rose by 4 percent, according to official figures."
    a = _one(text)[0]
    assert a.content.text(text) == "Exports rose by 4 percent"
    assert a.source.text(text) == "official figures"


def test_passive_quoted_as_saying():
    text = (
        "Governor Anna Berkholt visited the flooded valley. "
        '"We will rebuild every house," she was quoted as saying by a local paper.'
    )
    a = _find(text, attribute(text), "We will rebuild")
    assert a.cue.text(text) == "was quoted as saying"
    assert a.speaker == "Anna Berkholt"


def test_say_that_and_pronoun():
    text = (
        "Opposition leader Karl Menzer spoke in the square. He said that the vote had been rigged."
    )
    a = _find(text, attribute(text), "the vote had been rigged")
    assert a.content.text(text) == "that the vote had been rigged"
    assert a.source.text(text) == "He"
    assert a.speaker == "Karl Menzer"
    assert a.type == "indirect"
    assert a.rule == "say-that"


def test_short_name_resolves_to_full_name():
    text = (
        "Economist Ruth Abernathy has studied the plan. "
        "Abernathy warned that the tax would hurt farmers."
    )
    a = _find(text, attribute(text), "the tax would hurt farmers")
    assert a.speaker == "Ruth Abernathy"
    assert a.cue.text(text) == "warned"


def test_content_before_cue():
    text = "The plant will close next year, the company said on Friday."
    a = _one(text)[0]
    assert a.content.text(text) == "The plant will close next year"
    assert a.source.text(text) == "the company"
    assert a.rule == "content-cue-after"


def test_mixed():
    text = 'The senator said the bill was "dead on arrival" in the House.'
    a = _one(text)[0]
    assert a.type == "mixed"
    assert a.content.text(text) == 'the bill was "dead on arrival" in the House'


def test_organisation_and_auxiliaries():
    text = "The Foreign Ministry has also insisted the talks would go ahead."
    a = _one(text)[0]
    assert a.cue.text(text) == "has also insisted"
    assert a.speaker == "The Foreign Ministry"
    assert a.content.text(text) == "the talks would go ahead"


def test_coordinated_cues_do_not_nest():
    text = "Norway said it would send aid and called for a ceasefire."
    atts = attribute(text)
    assert [a.content.text(text) for a in atts] == ["it would send aid", "a ceasefire"]
    assert [a.speaker for a in atts] == ["Norway", "Norway"]


def test_nouns_are_not_cues():
    text = "The reports of flooding were exaggerated by the calls for help."
    assert attribute(text) == []


def test_quote_regions_straight_and_double_apostrophes():
    text = "He said ''it is over,'' and left. \"Fine,\" she said."
    assert [text[s:e] for s, e in quote_regions(text)] == ["''it is over,''", '"Fine,"']


def test_stance_verb_with_human_subject():
    text = "Mayor Ana Ruiz touted the new tram line at a rally on Friday."
    a = _find(text, attribute(text), "the new tram line")
    assert a.source.text(text) == "Mayor Ana Ruiz"
    assert a.cue.text(text) == "touted"
    # an inanimate subject does not make a stance verb a cue
    assert not attribute("The storm echoed through the valley all night.")


def test_coordinated_verb_and_party_label_sources():
    text = "Sen. Rob Finch (R-Ore.) toured the plant and warned that jobs were at risk."
    a = _find(text, attribute(text), "jobs were at risk")
    assert a.source.text(text) == "Sen. Rob Finch (R-Ore.)"


def test_transcript_speaker_label():
    text = "HOST: Welcome back to the program, everyone.\n\nGUEST: Thanks for having me."
    a = _find(text, attribute(text), "Welcome back")
    assert a.source.text(text) == "HOST"
    assert a.rule == "speaker-label"


def test_addressee_kept_before_infinitive_dropped_before_clause():
    text = "The mayor urged residents to conserve water. She told reporters the dam was safe."
    atts = attribute(text)
    assert _find(text, atts, "conserve water").content.text(text) == "residents to conserve water"
    assert _find(text, atts, "the dam was safe").content.text(text) == "the dam was safe"


def test_relative_that_is_not_a_complementizer():
    text = "Lena Park recalled a meeting with the board that ended in shouting."
    a = _find(text, attribute(text), "ended in shouting")
    assert a.content.text(text).startswith("a meeting")


def test_passive_cue_keeps_its_subject_in_the_content():
    text = "The incumbent is expected to win the race easily."
    a = _find(text, attribute(text), "win the race")
    assert a.content.text(text).startswith("The incumbent")
    assert a.source is None


def test_participle_after_quote_gets_its_own_content():
    text = "“The budget is fair,” Ortiz said, adding that taxes would not rise."
    atts = attribute(text)
    a = _find(text, atts, "taxes would not rise")
    assert a.source.text(text) == "Ortiz"
    assert _find(text, atts, "The budget is fair").source.text(text) == "Ortiz"


def test_party_state_apposition_and_time_words_in_source():
    text = "The plan will fail, Sen. Mara Lind, D-Vt., said Tuesday."
    a = _find(text, attribute(text), "The plan will fail")
    assert a.source.text(text).startswith("Sen. Mara Lind")
    text = "Omar Diaz on Sunday night recounted a dispute with the coach."
    a = _find(text, attribute(text), "a dispute with the coach")
    assert a.source.text(text) == "Omar Diaz"


def test_verb_without_subject_stays_in_content():
    text = (
        "A person familiar with the talks said the figures that leaked suggested a deal was near."
    )
    atts = attribute(text)
    a = _find(text, atts, "a deal was near")
    assert a.source.text(text) == "A person familiar with the talks"
    assert a.content.text(text).startswith("the figures")


def test_dash_signature_after_quote():
    text = "“We will rebuild the library together.” ― Ines Moreau\n“It is our home.” ― Tom Bell"
    a = _find(text, attribute(text), "rebuild the library")
    assert a.source.text(text) == "Ines Moreau"
    assert a.rule == "quote-signature"


def test_noun_cues_with_their_preposition():
    text = "The mayor's sharp criticism of the new stadium drew loud applause."
    a = _find(text, attribute(text), "the new stadium")
    assert a.content.text(text) == "the new stadium"
    assert a.source.text(text) == "The mayor's"
    assert a.rule == "noun-cue"
    text = "Local farmers have raised questions about whether the dam will hold."
    a = _find(text, attribute(text), "whether the dam will hold")
    assert a.source.text(text) == "Local farmers"
    text = "The two towns signed an agreement to share a fire station."
    a = _find(text, attribute(text), "share a fire station")
    assert a.content.text(text) == "to share a fire station"
    text = "Her claim that the bridge was unsafe proved correct."
    a = _find(text, attribute(text), "the bridge was unsafe")
    assert a.content.text(text).startswith("that the bridge")


def test_reported_clause_keeps_the_nested_report():
    text = "The ranger says that the warden called the trail a disgrace."
    atts = attribute(text)
    assert len(atts) == 1
    assert atts[0].source.text(text) == "The ranger"
    assert atts[0].content.text(text).startswith("that the warden called")


def test_transcript_turn_is_not_split_by_inner_verbs():
    text = "LINDQVIST: Well, the council apparently thinks the pier is cheap. It is not."
    atts = attribute(text)
    assert len(atts) == 1
    assert atts[0].rule == "speaker-label"
    assert atts[0].content.text(text).startswith("Well, the council apparently thinks")


def test_quote_ending_a_clause_before_the_cue():
    text = (
        "The budget sends a clear message that the city ''is serious about repairs,'' Ortiz said."
    )
    a = _find(text, attribute(text), "serious about repairs")
    assert a.content.text(text).startswith("The budget sends")
    assert a.source.text(text) == "Ortiz"


def test_noun_plural_is_not_a_cue_and_continue_needs_a_quote():
    text = "The candidates campaigned in the swing states of the north."
    assert not attribute(text)
    text = "She continues to face pressure from both sides."
    assert not attribute(text)


def test_particles_after_adverbs_and_votes():
    text = "Her brother spoke passionately about the family farm."
    a = _find(text, attribute(text), "the family farm")
    assert a.source.text(text) == "Her brother"
    text = "The senator voted against the road bill."
    a = _find(text, attribute(text), "the road bill")
    assert a.source.text(text) == "The senator"
    text = "The spokeswoman declined to comment on the audit."
    a = _find(text, attribute(text), "to comment")
    assert a.source.text(text) == "The spokeswoman"


def test_title_case_first_line_is_a_headline():
    text = "Ortega Says He Will Not Seek A Third Term.\n\nThe mayor spoke on Monday."
    a = _find(text, attribute(text), "He Will Not Seek")
    assert a.source.text(text) == "Ortega"
    text = "Poll: Most Voters Back The New Bridge.\n\nThe survey was small."
    a = _find(text, attribute(text), "Most Voters Back")
    assert a.source.text(text) == "Poll"
    assert a.rule == "speaker-label"


def test_stance_verb_after_apposition_or_as_participle():
    text = "Mara Olsen, a lawyer for the family, declined to comment on the settlement."
    a = _find(text, attribute(text), "to comment on the settlement")
    assert a.source.text(text) == "Mara Olsen, a lawyer for the family"
    text = "The council rejected the proposal on Tuesday, citing the cost of the new road."
    a = _find(text, attribute(text), "the cost of the new road")
    assert a.source.text(text) == "The council"


def test_object_ends_before_a_comma_clause():
    text = "The council backed the proposal, sending it to the governor for a signature."
    a = _find(text, attribute(text), "the proposal")
    assert a.content.text(text) == "the proposal"
    text = "The mayor praised the new bridge, which opened last spring."
    a = _find(text, attribute(text), "the new bridge")
    assert a.content.text(text) == "the new bridge"


def test_participle_after_an_object_takes_the_main_subject():
    text = "The senator sent a letter to the agency urging it to act quickly."
    a = _find(text, attribute(text), "it to act quickly")
    assert a.source.text(text) == "The senator"


def test_subject_with_a_long_apposition():
    text = "Ann Lee, a city planner who has studied the project, suggests that the plan is flawed."
    a = _find(text, attribute(text), "the plan is flawed")
    assert a.source.text(text).startswith("Ann Lee, a city planner")
    text = "Tom Reed, however, says the road will close."
    a = _find(text, attribute(text), "the road will close")
    assert a.source.text(text) == "Tom Reed"


def test_fronted_participle_and_passive_agent():
    text = "Asked whether she would run again, the senator declined to answer."
    a = _find(text, attribute(text), "whether she would run again")
    assert a.source.text(text) == "the senator"
    text = "The new tax was criticized the same day by several economists."
    a = _find(text, attribute(text), "The new tax")
    assert a.source.text(text) == "several economists"


def test_weak_cue_inside_a_reported_clause_does_not_nest():
    text = "The mayor said that in a tight race the council would endorse the plan."
    atts = attribute(text)
    assert [a.content.text(text) for a in atts] == [
        "that in a tight race the council would endorse the plan"
    ]
    assert atts[0].source.text(text) == "The mayor"


def test_party_tag_before_an_apposition():
    text = "Sen. Jane Doe, R-Utah, a longtime budget hawk, said the bill costs too much."
    a = _find(text, attribute(text), "the bill costs too much")
    assert a.source.text(text).startswith("Sen. Jane Doe")
    assert a.speaker == "Jane Doe"


def test_noun_cue_voiced_by_the_subject_of_its_verb():
    text = "The two mayors signed an agreement to share a fire station."
    a = _find(text, attribute(text), "to share a fire station")
    assert a.source.text(text) == "The two mayors"


def test_news_roles_and_backers_can_hold_a_view():
    text = "The mayor touted the new tram line."
    a = _find(text, attribute(text), "the new tram line")
    assert a.source.text(text) == "The mayor"
    text = "Backers of the plan, however, say it would cut costs."
    a = _find(text, attribute(text), "it would cut costs")
    assert a.source.text(text) == "Backers of the plan"


def test_content_before_cue_with_a_plural_subject_verb():
    text = "Ten thousand jobs also depend on the port, one report says."
    a = _find(text, attribute(text), "depend on the port")
    assert a.content.text(text) == "Ten thousand jobs also depend on the port"


def test_weekday_possessive_stays_in_the_content():
    text = "Officials called Friday's vote a turning point."
    a = _find(text, attribute(text), "a turning point")
    assert a.content.text(text) == "Friday's vote a turning point"


def test_fronted_participle_before_a_past_tense_verb():
    text = "Asked if the plan works, Jones avoided a direct answer."
    a = _find(text, attribute(text), "if the plan works")
    assert a.source.text(text) == "Jones"


def test_relative_clause_stays_in_the_subject():
    text = "Two engineers who worked with the harbor board said the crane was unsafe."
    a = _find(text, attribute(text), "the crane was unsafe")
    assert a.source.text(text) == "Two engineers who worked with the harbor board"


def test_relative_that_keeps_its_antecedent():
    text = "The plan angered farm groups that oppose any new fees."
    a = _find(text, attribute(text), "any new fees")
    assert a.source.text(text) == "farm groups that"


def test_pronoun_after_said_opens_the_content_not_an_inverted_source():
    text = "Ann Vole, a port inspector who has examined some of the cranes, said he did not see any cracks."
    a = _find(text, attribute(text), "did not see any cracks")
    assert a.content.text(text) == "he did not see any cracks"
    assert a.source.text(text).startswith("Ann Vole, a port inspector")


def test_quoted_title_after_a_preposition_is_not_the_content():
    text = 'On an episode of "The Harbor Hour," the mayor said she wanted to rebuild the pier.'
    a = _find(text, attribute(text), "to rebuild the pier")
    assert a.source.text(text) == "the mayor"
    assert a.content.text(text).startswith("she wanted")


def test_label_in_a_free_relative_stays_in_the_content():
    text = "Jones mocked the plan, and he attacked what he called a reckless pier budget."
    atts = attribute(text)
    assert not any(a.cue and a.cue.text(text) == "called" for a in atts)


def test_participle_after_a_preposition_takes_the_subject_before_the_comma():
    text = "Mr. Jones, after initially saying he would skip the fair in the county, showed up."
    a = _find(text, attribute(text), "he would skip the fair")
    assert a.source.text(text) == "Mr. Jones"
    assert a.content.text(text) == "he would skip the fair in the county"


def test_gloss_on_a_final_name_is_not_part_of_the_content():
    text = "Mayor Stone said she had met Ann Vole, a lawyer who ran the port for a decade."
    a = _find(text, attribute(text), "she had met")
    assert a.content.text(text) == "she had met Ann Vole"


def test_sentence_final_according_to_holds_the_report_inside_it():
    text = "The mayor said little at the lunch, according to a guest."
    a = _find(text, attribute(text), "said little")
    assert a.source.text(text) == "a guest"


def test_initial_according_to_holds_the_report_inside_it():
    text = "According to the Harbor Gazette, port spokesman Al Reed said the pier would reopen."
    atts = attribute(text)
    a = _find(text, atts, "would reopen")
    assert a.cue.text(text) == "According to"
    assert a.source.text(text) == "the Harbor Gazette"
    assert not any(x.cue and x.cue.text(text) == "said" for x in atts)


def test_according_to_source_stops_before_a_clause_with_its_own_verb():
    text = "According to early counts, the incumbent is comfortably ahead in the north."
    a = _one(text)[0]
    assert a.source.text(text) == "early counts"
    assert a.content.text(text) == "the incumbent is comfortably ahead in the north"
    text = "According to Ann Moss, a harbor pilot, the channel will close."
    a = _one(text)[0]
    assert a.source.text(text) == "Ann Moss, a harbor pilot"
    assert a.content.text(text) == "the channel will close"


def test_final_cue_subject_runs_back_to_the_comma():
    text = "The bridge will reopen in May, a person close to the mayor said."
    a = _one(text)[0]
    assert a.source.text(text) == "a person close to the mayor"
    assert a.content.text(text) == "The bridge will reopen in May"


def test_participle_before_a_title_belongs_to_the_name():
    text = "The harbor was safe, said retired Adm. Jane Roe."
    a = _one(text)[0]
    assert a.source.text(text) == "retired Adm. Jane Roe"
    assert a.content.text(text) == "The harbor was safe"


def test_initial_in_a_poll_frames_the_clause():
    text = "In the county survey, conducted in late June, Reyes led Park by 6 points."
    a = _one(text)[0]
    assert a.source.text(text) == "the county survey, conducted in late June"
    assert a.content.text(text) == "Reyes led Park by 6 points"
    text = "In a statement on Monday, Mayor Ann Cole was more cautious than her aides."
    a = _one(text)[0]
    assert a.source.text(text) == "Mayor Ann Cole"
    assert a.content.text(text) == "Mayor Ann Cole was more cautious than her aides"
    assert attribute("In the end, the council was more cautious than the mayor.") == []


def test_seem_with_a_complement_is_the_writers_view_of_its_subject():
    text = "Later that night, the senator seemed eager to end the feud."
    a = _one(text)[0]
    assert a.source.text(text) == "the senator"
    assert a.cue.text(text) == "seemed"
    assert a.content.text(text) == "the senator seemed eager to end the feud"
    assert attribute("The senator appeared on a morning show with her husband.") == []


def test_look_for_and_look_to_are_cues_of_intent():
    text = "The mayor looks to mend ties with the unions."
    a = _one(text)[0]
    assert a.source.text(text) == "The mayor"
    assert a.content.text(text) == "to mend ties with the unions"
    text = "Some council members are looking for a compromise."
    a = _one(text)[0]
    assert a.cue.text(text) == "are looking for"
    assert a.content.text(text) == "a compromise"
    assert attribute("The mayor looked at the river for a long time.") == []


def test_as_x_put_it():
    text = 'As Lena Ortiz, a tax lawyer, put it, "Nobody reads the fine print."'
    a = _one(text)[0]
    assert a.cue.text(text) == "put it"
    assert a.source.text(text) == "Lena Ortiz, a tax lawyer"
    assert "Nobody reads the fine print" in a.content.text(text)
    text = "The rules are strict, as a city memo put it."
    a = _one(text)[0]
    assert a.source.text(text) == "a city memo"
    assert a.content.text(text) == "The rules are strict"
    assert attribute("He put it on the table and left the room.") == []


def test_reportedly_marks_a_clause_without_a_source():
    text = "The ferry company has reportedly cut its winter timetable, leaving islanders angry."
    a = _one(text)[0]
    assert a.cue.text(text) == "reportedly"
    assert a.source is None
    assert a.content.text(text) == "The ferry company has reportedly cut its winter timetable"


def test_cue_verbs_in_senses_that_report_nothing():
    for text in (
        "The mayor has never been charged with any crime.",
        "Graduates often cannot find a job in the valley.",
        "The plan would bring factories back to the valley.",
        "The appeals court ruling was a surprise to the town.",
        "The mayor invited reporters to a tour of the plant.",
        "The campaign hired a small firm called Northwind Data.",
        "The port authority has found itself at the center of the dispute.",
        "In all, 212 pledged delegates are at stake in the valley.",
        "Donors have benefited from groups like Harbor Watch for years.",
    ):
        assert attribute(text) == [], text


def test_noun_phrase_with_its_own_verb_after_the_cue_is_not_an_inverted_source():
    text = "In the end, Ruiz, at the city planning office, said Leeds and York have agreed."
    a = _find(text, attribute(text), "Leeds and York have agreed")
    assert a.cue.text(text) == "said"
    assert "Ruiz" in a.source.text(text)


def test_title_line_name_colon_labels_its_speaker():
    text = "Okafor: the harbor plan is not set in stone\nMuslim groups react.\n\nThe mayor spoke."
    a = _find(text, attribute(text), "the harbor plan")
    assert a.source.text(text) == "Okafor"
    assert a.content.text(text) == "the harbor plan is not set in stone"
    text = "The Latest: the mayor visits the harbor.\n\nThe mayor spoke on Monday."
    assert not any(x.cue and x.cue.text(text) == ":" for x in attribute(text))


def test_has_long_said():
    text = "The mayor has long said that the harbor needs a second pier."
    a = _one(text)[0]
    assert a.cue.text(text) == "has long said"
    assert a.content.text(text) == "that the harbor needs a second pier"


def test_made_it_clear():
    text = "The mayor made it clear she had doubts about the pier."
    a = _one(text)[0]
    assert a.cue.text(text) == "made it clear"
    assert a.source.text(text) == "The mayor"
    assert a.content.text(text) == "she had doubts about the pier"


def test_focus_on_with_a_subject_that_holds_a_view():
    text = "The senator has focused on rural broadband all year."
    a = _one(text)[0]
    assert a.cue.text(text) == "has focused on"
    assert a.source.text(text) == "The senator"
    assert attribute("The inquiry is focused on the harbor accounts.") == []


def test_continued_to_and_went_on_to_pass_the_subject_to_the_cue():
    text = "The mayor continued to question whether the pier was safe."
    a = _one(text)[0]
    assert a.cue.text(text) == "continued to question"
    assert a.source.text(text) == "The mayor"
    assert a.content.text(text) == "whether the pier was safe"
    text = "Okafor went on to explain how the tolls would work."
    a = _one(text)[0]
    assert a.cue.text(text) == "went on to explain"
    assert a.source.text(text) == "Okafor"
    assert attribute("Prices at the harbor continued to rise.") == []


def test_list_is_a_stance_cue_after_a_name():
    text = "Okafor angrily listed his recent wins in the valley."
    a = _one(text)[0]
    assert a.cue.text(text) == "angrily listed"
    assert a.content.text(text) == "his recent wins in the valley"


def test_standing_in_a_poll_is_reported_by_the_poll():
    text = "The senator flew to Tulsa, where she has held a wide lead in the newest polls."
    a = _find(text, attribute(text), "wide lead")
    assert a.source.text(text) == "the newest polls"
    assert a.content.text(text) == "she has held a wide lead"
    assert attribute("The mayor slept badly in the days before the polls.") == []


def test_main_clause_after_a_fronted_clause_is_its_own_attribution():
    text = "Though she never mentioned Vole by name, Stone cast her rival as a friend of banks."
    atts = attribute(text)
    a = _find(text, atts, "her rival as a friend")
    assert a.cue.text(text) == "cast"
    assert a.source.text(text) == "Stone"
    b = _find(text, atts, "Vole by name")
    assert "Stone" not in b.content.text(text)


def test_headline_subject_verb_object_is_attributed_to_its_subject():
    text = "Farm Unions Slam Water Rationing Plan\n\nThe plan takes effect in May."
    a = _find(text, _one(text), "Water Rationing Plan")
    assert a.source.text(text) == "Farm Unions"
    assert a.cue.text(text) == "Slam"
    assert a.rule == "headline-verb"


def test_headline_with_a_verb_of_doing_is_not_attributed():
    text = "Harbor Board Wins Funding Vote\n\nThe plan takes effect in May."
    assert not [a for a in attribute(text) if a.content.start < text.index("\n")]


def test_speaker_label_in_a_sentence_case_first_line():
    text = "Mayor Lee: the bridge will reopen in spring.\n\nCrews began work on Monday."
    a = _find(text, _one(text), "the bridge will reopen")
    assert a.source.text(text) == "Mayor Lee"
    assert a.cue.text(text) == ":"


def test_gloss_on_a_final_common_noun_is_not_part_of_the_content():
    text = "Council members rejected the new parking fees, a plan that the mayor had backed."
    a = _find(text, attribute(text), "parking fees")
    assert a.content.text(text) == "the new parking fees"
    text = "The mayor praised bakers, grocers and tailors, all of them small employers."
    a = _find(text, attribute(text), "bakers")
    assert a.content.text(text).endswith("small employers")


def test_occasion_closing_a_verbless_object_goes_with_the_cue():
    text = "The senator attacked the harbor plan in a statement on Monday."
    a = _find(text, attribute(text), "harbor plan")
    assert a.content.text(text) == "the harbor plan"
    text = "The senator praised his rival in the debate."
    a = _find(text, attribute(text), "his rival")
    assert a.content.text(text) == "his rival in the debate"


def test_second_predicate_after_a_verbless_object_is_not_content():
    text = "The chef denied the charges and was cleared of all wrongdoing a year later."
    a = _find(text, attribute(text), "the charges")
    assert a.content.text(text) == "the charges"


def test_comment_or_new_report_after_a_reported_clause_is_cut():
    text = "The mayor said the city would sell the pier, which angered many fishermen."
    a = _find(text, attribute(text), "sell the pier")
    assert a.content.text(text) == "the city would sell the pier"
    text = "The mayor said taxes would rise, arguing that the budget was short."
    a = _find(text, attribute(text), "taxes would rise")
    assert a.content.text(text) == "taxes would rise"


def test_closing_according_to_vouches_for_the_last_clause_only():
    text = "The council approved the plan, and it will take effect in May, according to the mayor."
    a = _find(text, attribute(text), "take effect")
    assert a.content.text(text) == "it will take effect in May"
    text = "But the pier will reopen in May, according to the mayor."
    a = _find(text, attribute(text), "will reopen")
    assert a.content.text(text) == "the pier will reopen in May"


def test_relative_clause_cue_ends_where_the_main_clause_resumes():
    text = "The mayor, who said the pier was unsafe, voted to reopen it in May."
    a = _find(text, attribute(text), "the pier was unsafe")
    assert a.content.text(text) == "the pier was unsafe"


def test_new_clause_after_a_verbless_object_is_not_content():
    text = "The mayor praised the harbor plan, and her aides have begun to sell it."
    a = _find(text, attribute(text), "harbor plan")
    assert a.content.text(text) == "the harbor plan"


def test_aside_after_a_dash_is_not_content():
    text = "The mayor said the city would close three piers -- a move that angered fishermen."
    a = _find(text, attribute(text), "three piers")
    assert a.content.text(text) == "the city would close three piers"


def test_relative_pronoun_before_the_source_opens_the_content():
    text = "The board passed a rule which critics said was unfair to renters."
    a = _find(text, attribute(text), "unfair to renters")
    assert a.content.text(text) == "which critics said was unfair to renters"
    assert [p.text(text) for p in a.content_spans] == ["which", "was unfair to renters"]


def test_bare_verb_coordinated_inside_the_content_keeps_one_attribution():
    text = "The mayor says she will call the owners in and tell them the pier must close."
    atts = attribute(text)
    a = _find(text, atts, "call the owners")
    assert a.content.text(text).endswith("the pier must close")
    assert not any(x.cue and x.cue.text(text) == "tell" for x in atts)


def test_participle_after_an_inverted_cue_shares_its_speaker():
    text = '"We have the data," said Tom Avery, explaining he worked with the county clerk.'
    a = _find(text, attribute(text), "he worked with")
    assert a.source.text(text) == "Tom Avery"


@pytest.mark.parametrize(
    ("text", "snippet", "source"),
    [
        (
            "The mill owners, many of whom say the tariff is unfair, met on Monday.",
            "tariff",
            "many of whom",
        ),
        ("The two ports, which together vowed to cut fees, lost money.", "to cut fees", "which"),
        (
            "The parents, who took to the streets and called for new rules, went home.",
            "new rules",
            "who",
        ),
    ],
)
def test_relative_pronoun_is_the_source(text, snippet, source):
    a = _find(text, attribute(text), snippet)
    assert a.source.text(text) == source


def test_agent_of_a_fronted_participle_is_the_source():
    text = "Asked by Ann Vole whether the pier would reopen, the mayor smiled and left."
    a = _find(text, attribute(text), "the pier would reopen")
    assert a.source.text(text) == "Ann Vole"
    assert a.content.text(text) == "whether the pier would reopen"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Mayor Stone avoids condemning the strike at the port.", "the strike"),
        ("Mayor Stone has been especially vocal in supporting the new pier.", "the new pier"),
        (
            "On Sunday morning Mayor Stone released a statement, describing the pier as a triumph.",
            "a triumph",
        ),
    ],
)
def test_gerund_cue_takes_the_subject_of_its_clause(text, snippet):
    a = _find(text, attribute(text), snippet)
    assert a.source.text(text) == "Mayor Stone"


def test_object_after_a_gerund_cue_is_not_its_source():
    text = 'Ann Lee gave an interview on "Life at Sea," answering questions about how the port changed.'
    assert not any(a.source and a.source.text(text) == "questions" for a in attribute(text))


def test_party_tag_and_apposition_after_an_opening_phrase_stay_in_the_source():
    text = (
        "On the other side, Sen. Ann Vole (R-Tex.), a candidate who has made ports her cause, "
        "tweeted a warning."
    )
    a = _find(text, attribute(text), "a warning")
    assert a.source.text(text).startswith("Sen. Ann Vole (R-Tex.), a candidate")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "All the engineers I interviewed said the pier was sound.",
            "All the engineers I interviewed",
        ),
        (
            "Some 40 percent of residents polled said the pier was sound.",
            "Some 40 percent of residents polled",
        ),
    ],
)
def test_subject_closed_by_a_survey_participle(text, source):
    a = _find(text, attribute(text), "the pier was sound")
    assert a.source.text(text) == source


def test_read_reports_a_document_quotation_before_it():
    text = 'The port board wrote to the mayor.\n\n"The pier must close by June," the letter read.'
    a = _find(text, attribute(text), "The pier must close")
    assert a.source.text(text) == "the letter"
    assert a.cue.text(text) == "read"
    other = 'She read "The Sea Wolf" twice.'
    assert not any(x.cue and x.cue.text(other) == "read" for x in attribute(other))


def test_adverb_or_contracted_auxiliary_before_a_past_tense_cue():
    text = "The board has long argued that the pier is unsafe, and it's predicted a long closure."
    atts = attribute(text)
    assert _find(text, atts, "the pier is unsafe").source.text(text) == "The board"
    text = '"The pier is unsafe," the report further noted.'
    assert _find(text, attribute(text), "The pier is unsafe").source.text(text) == "the report"
    text = "The mayor's repeated refusal to talk angered the board."
    assert not any(a.cue and a.cue.text(text).endswith("repeated") for a in attribute(text))


def test_subject_of_a_state_of_mind_passive_keeps_the_view():
    text = "After the storm, we are persuaded the cove offers the best shelter."
    a = _find(text, attribute(text), "the best shelter")
    assert a.source.text(text) == "we"
    assert a.content.text(text) == "the cove offers the best shelter"


def test_relative_pronoun_before_a_date_is_the_source():
    text = "The board met Lee, now the harbor chief, who in 2010 said the pier was unsafe."
    a = _find(text, attribute(text), "the pier was unsafe")
    assert a.source.text(text) == "who"


def test_uncued_quote_points_at_the_speaker_named_just_before():
    text = (
        '"The pier is old," Ann Vole said.\n\n'
        "Vole was quick to add that the pier would stay open.\n\n"
        '"Closing it? Not an option for this town."'
    )
    a = _find(text, attribute(text), "Not an option")
    assert a.source.start == text.index("Vole was")


def test_quotation_after_a_long_inverted_source_continues_the_split_quote():
    text = (
        '"The pier is safe," said Ann Vole, a lawyer at Vole and Sons, who represents the harbor '
        "board in its long fight with the state over the closure plan and its costs. "
        '"We will prove it again."'
    )
    a = _find(text, attribute(text), "The pier is safe")
    assert a.content.text(text).endswith('"We will prove it again."')
    assert len(a.content_spans) == 2


def test_agent_phrase_after_a_passive_cue_ends_the_content():
    text = "The old pier has been called a hazard by several engineers for years."
    a = _find(text, attribute(text), "a hazard")
    assert a.content.text(text) == "The old pier has been called a hazard"


def test_parenthetical_cue_content_leaves_out_the_cue_and_source():
    text = "The news, the mayor said, is that the pier will reopen in May."
    a = _find(text, attribute(text), "the pier will reopen")
    assert [p.text(text) for p in a.content_spans] == [
        "The news",
        "is that the pier will reopen in May",
    ]


def test_adverb_and_participle_after_a_comma_end_an_object():
    text = "The union praised the new contract, quietly ending a long strike at the port."
    a = _find(text, attribute(text), "the new contract")
    assert a.content.text(text) == "the new contract"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("After long talks, they extracted an agreement to cut port fees.", "they"),
        ("The two towns signed an agreement to share the pier.", "The two towns"),
    ],
)
def test_subject_of_the_verb_before_a_noun_cue(text, source):
    a = next(x for x in attribute(text) if x.cue and "agreement" in x.cue.text(text))
    assert a.source.text(text) == source


@pytest.mark.parametrize(
    ("text", "snippet", "source"),
    [
        (
            "Shortly before the ferry sailed, the captain needed to steady the cargo and asked for "
            "help moving crates to the stern.",
            "to the stern",
            "the captain",
        ),
        (
            "Nearly all of the chief's remarks were devoted to criticizing the harbor board.",
            "the harbor board",
            "the chief's remarks",
        ),
    ],
)
def test_coordinated_or_governed_cue_takes_the_main_subject(text, snippet, source):
    a = _find(text, attribute(text), snippet)
    assert a.source.text(text) == source


@pytest.mark.parametrize(
    ("text", "snippet", "source"),
    [
        (
            "The plan would make the code more complex. Said Ann Reed: “I doubt she wants reform.”",
            "I doubt she wants reform",
            "Ann Reed",
        ),
        (
            "Ann Kall -- co-editor of Port Tales, a book on harbor life -- said the pier tended to flood.",
            "the pier tended to flood",
            "Ann Kall -- co-editor of Port Tales, a book on harbor life",
        ),
        (
            "A harbor board survey published Tuesday found 58 percent of residents want the pier closed.",
            "residents want",
            "A harbor board survey published Tuesday",
        ),
    ],
)
def test_inverted_dashed_and_dated_sources(text, snippet, source):
    a = _find(text, attribute(text), snippet)
    assert a.source.text(text) == source


@pytest.mark.parametrize(
    ("text", "snippet", "source"),
    [
        (
            "Ann Reed, a harbor pilot, has been called a hero by fellow sailors for the rescue.",
            "a harbor pilot",
            "fellow sailors",
        ),
        (
            "Declaring that only he could mend the port, the property tycoon offered himself as its rescuer.",
            "only he could mend the port",
            "the property tycoon",
        ),
        (
            "Reed may drop the plan, an aide familiar with it said. That aide said the feud hurt him.",
            "the feud hurt him",
            "That aide",
        ),
    ],
)
def test_passive_agent_fronted_subject_and_demonstrative_sources(text, snippet, source):
    a = _find(text, attribute(text), snippet)
    assert a.source.text(text) == source


def test_coordinated_cue_does_not_inherit_a_noun_cues_possessive():
    text = "In an interview, Mayor Stone doubled down on his comments about the pier and said the board had lied."
    a = _find(text, attribute(text), "the board had lied")
    assert a.source.text(text) == "Mayor Stone"


def test_prepositional_aside_with_commas_is_not_the_source():
    text = 'Ann Reed, at a harbor meeting in Duluth, Minnesota, said she would "mend the pier."'
    a = _find(text, attribute(text), "mend the pier")
    assert a.source.text(text) == "Ann Reed"


def test_reported_clause_is_not_cut_before_its_verb():
    text = "Ann Reed suspects that some of the sailors reported her message as spam."
    atts = attribute(text)
    a = _find(text, atts, "reported her message")
    assert a.source.text(text) == "Ann Reed"
    assert a.content.text(text) == "that some of the sailors reported her message as spam"


def test_relative_clause_inside_a_content_is_not_cut_off():
    text = (
        "The harbor plan passed on Monday, listing three docks in which the board hopes to invest."
    )
    a = _find(text, attribute(text), "three docks")
    assert a.content.text(text) == "three docks in which the board hopes to invest"


def test_subject_with_apposition_inside_an_object_relative():
    text = (
        "The board wants to collect fees, which the port's chief, Ann Reed, called ''a shakedown.''"
    )
    a = _find(text, attribute(text), "a shakedown")
    assert a.source.text(text) == "the port's chief, Ann Reed"


def test_participle_skips_a_noun_and_its_own_participle_in_the_opening_phrase():
    text = "In a letter praising the choice, the sailors' union named Reed a champion, citing her work at the port."
    a = _find(text, attribute(text), "her work at the port")
    assert a.source.text(text) == "the sailors' union"


@pytest.mark.parametrize(
    ("text", "snippet", "source"),
    [
        (
            "Harbor chiefs who were among the plan's harshest opponents have welcomed "
            "the idea of a new pier, warning that the old one will collapse.",
            "the old one will collapse",
            "Harbor chiefs who were among the plan's harshest opponents",
        ),
        (
            "Ann Reed can be heard yelling to the crew that the pier was unsafe.",
            "the pier was unsafe",
            "Ann Reed",
        ),
    ],
)
def test_participle_subject_after_a_relative_clause_or_a_modal(text, snippet, source):
    a = _find(text, attribute(text), snippet)
    assert a.source.text(text) == source


def test_headline_kicker_is_not_a_speaker_when_a_cue_follows():
    text = "EXCLUSIVE: In letter to council, dockworkers insist they're ready to strike\n\nBody text here."
    a = _find(text, attribute(text), "ready to strike")
    assert a.source.text(text) == "dockworkers"


@pytest.mark.parametrize(
    "text",
    [
        "The Hartwell plan is cautious about new spending.",
        "Her Ohio report covered the final quarter of the year.",
        "Ann Lee filed it; additional reporting by Bo Chan in Lima; editing by Al Roe.",
        "Without a strong showing in the state, the campaign may struggle next week.",
        "The Harbor Business Network debate drew a record audience.",
    ],
)
def test_cue_noun_heading_a_noun_phrase_is_no_cue(text):
    assert attribute(text) == []


def test_cue_verb_after_a_plural_subject_stays_a_cue():
    text = "The city councillors plan to close the library early."
    assert [a.content.text(text) for a in _one(text)] == ["to close the library early"]


@pytest.mark.parametrize(
    "text",
    ["Do you support the new stadium deal?", "Or would you believe the mayor could change?"],
)
def test_yes_no_question_to_the_reader_reports_nothing(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 3,000 people who showed up at the fair left early.",
        "The mayor will go on offense over the budget.",
    ],
)
def test_show_up_and_go_on_offense_report_nothing(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "And he is advising Pfenning as it works on a merger.",
        "Norcast, which advises big companies on mergers, grew fast.",
    ],
)
def test_advising_a_client_on_a_deal_reports_nothing(text):
    assert attribute(text) == []


def test_advising_someone_to_act_stays_a_cue():
    text = "Her lawyer advised her to stay silent."
    assert [a.content.text(text) for a in _one(text)] == ["her to stay silent"]


@pytest.mark.parametrize(
    "text",
    [
        "During the race, Mrs. Okafor enjoyed strong support from rural voters.",
        "Mr. Lark maintains a narrow lead over his rival this month.",
        "A new set of Clean Water Act rules that could close dozens of plants.",
    ],
)
def test_holding_a_standing_or_a_noun_with_a_relative_clause_reports_nothing(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lark, who would assume office next spring, met the staff.",
        "Her lead in pledged delegates will be hard to overcome.",
        "The plant was run badly, as shown in the case of the broken pump.",
    ],
)
def test_take_on_sense_adjective_participle_and_as_shown_report_nothing(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It goes without saying that the harbor needs new cranes.",
        "Having said that, the harbor needs new cranes.",
        "If the mayor cuts the gap to, say, five points, she could win.",
    ],
)
def test_discourse_idioms_with_say_report_nothing(text):
    assert attribute(text) == []


def test_market_demand_for_a_good_is_no_cue():
    text = "Mills sat idle as the low demand for steel dragged on."
    assert attribute(text) == []


def test_split_quote_after_a_long_description_of_the_speaker():
    # the speaker's description runs past the usual gap: the next sentence's quote is still hers
    text = (
        '"The ferry will run again by spring," said Marisol Vantongeren, who has chaired the '
        "harbor board, the regional transit council, the island school committee and two "
        "fishing cooperatives since she retired from the coast guard almost twenty years ago, "
        'in the winter of the great storm. "We have the money now."'
    )
    a = _find(text, attribute(text), "The ferry will run")
    assert [p.text(text) for p in a.content_spans] == [
        '"The ferry will run again by spring,"',
        '"We have the money now."',
    ]


def test_quotation_running_over_paragraphs_is_cut_at_the_paragraph_break():
    # the quotation left open at the paragraph's end goes on in the next one: pieces, not
    # one span over the break
    text = (
        '"Rents keep rising," Dana Whitcombe said. "Families are leaving the valley.\n\n'
        '"We are not giving up," she continued. "The council will act."'
    )
    a = _find(text, attribute(text), "We are not giving up")
    assert [p.text(text) for p in a.content_spans] == [
        '"Families are leaving the valley.',
        '"We are not giving up,"',
        '"The council will act."',
    ]


def test_uncued_quotation_over_paragraphs_is_one_attribution_in_pieces():
    text = (
        "Olek Brandvold, the ferry captain, spoke at the pier on Monday.\n\n"
        '"The engines are older than my crew, and the hull needs new plates.\n\n'
        '"Without the money we will stop sailing in the winter months."'
    )
    quoted = [a for a in attribute(text) if "engines" in a.content.text(text)]
    assert len(quoted) == 1
    assert [p.text(text) for p in quoted[0].content_spans] == [
        '"The engines are older than my crew, and the hull needs new plates.',
        '"Without the money we will stop sailing in the winter months."',
    ]


def test_quotation_in_double_apostrophes_ending_a_sentence_is_not_the_next_ones():
    # a quotation closed by ".''" ends its sentence, as '."' does: no cue after it takes it
    text = (
        "The gazette wrote that her remark was ''out of step with our harbor rules.'' "
        "The board said it planned to fly the pilot to Lisbon for more understanding."
    )
    a = _find(text, attribute(text), "out of step")
    assert a.source is not None and a.source.text(text) == "The gazette"
    assert a.content.text(text).startswith("that her remark")


def test_reported_clause_ends_before_but_and_a_new_subject():
    # ", but <subject> <verb>" opens the writer's own clause, not more of the report
    text = "The mayor said the pier would reopen in May, but the council has delayed the repairs twice."
    a = _find(text, attribute(text), "the pier would reopen")
    assert a.content.text(text) == "the pier would reopen in May"


def test_split_quote_going_on_after_but():
    text = 'The treasurer was blunt. "I like the plan," she said, but "the money is not there yet."'
    a = _find(text, attribute(text), "I like the plan")
    assert [p.text(text) for p in a.content_spans] == [
        '"I like the plan,"',
        '"the money is not there yet."',
    ]


def test_thats_according_to_a_gerund_source():
    text = "The ferry carried 40,000 riders last year. That's according to ticketing records."
    a = _find(text, attribute(text), "That")
    assert a.content.text(text) == "That"
    assert a.cue.text(text) == "'s according to"
    assert a.source is not None and a.source.text(text) == "ticketing records"


def test_ing_noun_after_a_determiner_can_be_a_source():
    text = "A new ranking says the harbor is only the third busiest on the coast."
    a = _find(text, attribute(text), "the harbor is only")
    assert a.source is not None and a.source.text(text) == "A new ranking"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some say the new ferry is too slow for the island route.", "Some"),
        ("One study finds the pier is safe, while another says the pilings are rotten.", "another"),
    ],
)
def test_bare_quantifier_is_a_source(text, source):
    atts = attribute(text)
    assert source in [a.source.text(text) for a in atts if a.source is not None]


def test_quantifier_before_a_noun_is_no_source():
    text = "Another challenge: the pilings are rotten."
    assert all(a.source is None or a.source.text(text) != "Another" for a in attribute(text))


def test_report_inside_adverbial_clause_of_reported_clause_stays_nested():
    # "when the growers warned ..." belongs to what the planner said
    text = "The planner said the orchard road closed early when the growers warned that the bridge was unsafe."
    (a,) = attribute(text)
    assert a.cue.text(text) == "said"
    assert a.content.text(text).endswith("the bridge was unsafe")


def test_report_after_noun_content_is_its_own_attribution():
    # a noun-phrase content is not a reported clause: the later report stands alone
    text = "The coach praised the new stadium after the mayor said it would open in June."
    atts = attribute(text)
    assert [a.cue.text(text) for a in atts] == ["praised", "said"]


def test_weak_coordinated_verb_inside_reported_clause_stays_nested():
    # "but decided ..." continues the reported clause, not the speaker's own report
    text = "The builder said the crews had finished the roof but decided to wait for spring."
    (a,) = attribute(text)
    assert a.cue.text(text) == "said"
    assert a.content.text(text).endswith("wait for spring")


def test_bare_parenthetical_cue_between_two_clauses_reports_both():
    text = "The ferry was always late, the captain said, until the new engine arrived."
    (a,) = attribute(text)
    assert a.cue.text(text) == "said"
    assert a.content.text(text).startswith("The ferry was always late")
    assert a.content.text(text).endswith("new engine arrived")


def test_fronted_clause_keeps_a_one_word_content():
    text = 'As the governor attacked Lopez, the students chanted, "Not our school!"'
    atts = attribute(text)
    assert [(a.cue.text(text), a.content.text(text)) for a in atts] == [
        ("attacked", "Lopez"),
        ("chanted", '"Not our school!"'),
    ]


def test_report_in_contact_relative_clause_stays_nested():
    text = "The mayor said he plans to spend the money he says he raised on new parks."
    (a,) = attribute(text)
    assert a.cue.text(text) == "said"
    assert a.content.text(text).endswith("raised on new parks")


def test_infinitive_of_purpose_takes_the_clause_subject_as_source():
    text = "Councillor Abara took to the radio to say the ferry contract was rigged."
    a = _one(text)[0]
    assert a.source.text(text) == "Councillor Abara"
    assert a.cue.text(text) == "took to the radio to say"
    assert a.content.text(text) == "the ferry contract was rigged"
    text = "The mayor was quick to insist that no strike had been called."
    a = _one(text)[0]
    assert a.source.text(text) == "The mayor"
    assert a.content.text(text) == "that no strike had been called"


def test_infinitive_after_a_modal_frame_is_no_report():
    # "hard to predict", "had to defend": no one's act of saying
    assert attribute("The outcome of the vote was hard to predict in March.") == []
    assert attribute("Morales had to defend the budget cuts for a week.") == []


def test_purpose_infinitive_inside_a_reported_clause_stays_nested():
    text = "Okafor said the mayor was right to urge calm after the flood."
    atts = attribute(text)
    assert [a.source.text(text) for a in atts] == ["Okafor"]
    assert atts[0].content.text(text) == "the mayor was right to urge calm after the flood"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "Residents made a plea for the council to reopen the pool.",
            "plea for",
            "the council to reopen the pool",
        ),
        (
            "The engineers expressed doubt that the tunnel would open in May.",
            "doubt",
            "that the tunnel would open in May",
        ),
    ],
)
def test_attitude_noun_opens_its_content(text, cue, content):
    a = _one(text)[0]
    assert a.cue.text(text) == cue
    assert a.content.text(text) == content


def test_plural_possessive_is_the_source_of_a_noun_cue():
    text = "The unions\u2019 criticism of the ferry plan grew louder."
    a = _one(text)[0]
    assert a.source.text(text) == "The unions\u2019"
    assert a.content.text(text) == "the ferry plan"


def test_closing_as_clause_reports_what_comes_before():
    text = "The ferry was late again, as the Harbor Gazette previously reported."
    a = _one(text)[0]
    assert a.source.text(text) == "the Harbor Gazette"
    assert a.content.text(text) == "The ferry was late again"


def test_participle_after_a_quotation_ending_in_a_comma_reports_forward():
    text = 'Okafor called the ferry "a disgrace," adding that the port was closed.'
    adding = _find(text, attribute(text), "the port was closed")
    assert adding.source.text(text) == "Okafor"
    assert adding.cue.text(text) == "adding"
    assert adding.content.text(text) == "that the port was closed"


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Okafor was sharply critical of the harbour plan.",
            "Okafor",
            "was sharply critical of",
            "the harbour plan",
        ),
        (
            "Residents are optimistic that the pier will reopen.",
            "Residents",
            "are optimistic",
            "that the pier will reopen",
        ),
        (
            "The mayor is willing to reopen the pier.",
            "The mayor",
            "is willing",
            "to reopen the pier",
        ),
        (
            "She's frustrated that the ferry keeps failing.",
            "She",
            "'s frustrated",
            "that the ferry keeps failing",
        ),
    ],
)
def test_adjective_of_stance_after_be(text, source, cue, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text), a.content.text(text)) == (source, cue, content)
    assert a.rule == "adjective-cue"


def test_adjective_of_stance_needs_someone_to_hold_it():
    assert attribute("The outlook is optimistic about the harbour.") == []
    # a verb of saying after "quick to" keeps its own rule
    text = "The mayor was quick to insist that the pier was safe."
    assert _one(text)[0].cue.text(text) == "was quick to insist"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Okafor lashed out at the harbour board.", "lashed out at", "the harbour board"),
        ("Okafor weighed in on the pier dispute.", "weighed in on", "the pier dispute"),
        ("Okafor walked back the pledge.", "walked back", "the pledge"),
        ("Okafor is doubling down on the claim.", "is doubling down on", "the claim"),
        ("Okafor shrugged off the criticism.", "shrugged off", "the criticism"),
    ],
)
def test_phrasal_verbs_of_stance(text, cue, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text), a.content.text(text)) == ("Okafor", cue, content)


def test_phrasal_verb_in_its_literal_sense_reports_nothing():
    assert attribute("He walked back into the room and sat down.") == []
    assert attribute("The ferry captain chimed in on Twitter.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Imagine that the pier closes for a year.",
        "Honestly, please ask yourself why the ferry is late.",
        "Now tell us this is not a scandal!",
    ],
)
def test_command_to_the_reader_reports_nothing(text):
    assert attribute(text) == []


def test_report_to_a_superior_or_from_a_place_reports_nothing():
    assert attribute("Okafor reported daily to the harbour chief.") == []
    assert attribute("Okafor reported from Kabul, and Lund from Herat.") == []
    text = "Okafor reported to police that the pier was unsafe."
    assert _one(text)[0].content.text(text) == "that the pier was unsafe"


def test_allow_needs_someone_who_permits_and_known_as_only_names():
    assert attribute("The tax has loopholes that allow developers to pay nothing.") == []
    assert attribute("A hacking group known as Sandfly took the files.") == []
    text = "The mayor allowed traders to stay on the pier."
    assert _one(text)[0].source.text(text) == "The mayor"


def test_participle_with_a_particle_after_an_inverted_quote_cue():
    text = '"The tolls are unfair," Okafor said in a written reply, calling on the council to act.'
    calling = _find(text, attribute(text), "the council to act")
    assert (calling.source.text(text), calling.cue.text(text)) == ("Okafor", "calling on")


def test_split_quotation_goes_on_after_a_participle_aside():
    text = '"The pier is safe," said Okafor, referring to the new deck. "It will open in May."'
    atts = attribute(text)
    quote = _find(text, atts, "The pier is safe")
    assert [p.text(text) for p in quote.content_spans] == [
        '"The pier is safe,"',
        '"It will open in May."',
    ]
    aside = [a for a in atts if a is not quote]
    assert [(a.cue.text(text), a.content.text(text)) for a in aside] == [
        ("referring to", "the new deck")
    ]


def test_third_person_verb_of_intent_after_a_noun_subject():
    text = "The harbour board plans to reopen the pier in May."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("The harbour board", "plans")
    assert attribute("The swing states to watch are Ohio and Florida.") == []


def test_infinitive_whose_verb_the_tagger_calls_a_noun_is_still_the_content():
    # "boycott" is a noun to the tagger; "to boycott the port" is still no place phrase
    text = "Okafor vowed to boycott the port."
    a = _one(text)[0]
    assert (a.cue.text(text), a.content.text(text)) == ("vowed", "to boycott the port")
    text = "Okafor said to the crowd that the port was unsafe."
    assert _one(text)[0].content.text(text) == "that the port was unsafe"


def test_weak_cue_inside_an_adjective_that_clause_stays_nested():
    text = "Officials were adamant that the mayor would seek to close the pier."
    atts = attribute(text)
    assert [(a.source.text(text), a.cue.text(text)) for a in atts] == [
        ("Officials", "were adamant")
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The toll plan was criticized by the harbour board.",
            "the harbour board",
            "The toll plan",
        ),
        ("The leak was initially reported by the Gazette.", "the Gazette", "The leak"),
        ("The mayor has been endorsed by scores of unions.", "scores of unions", "The mayor"),
    ],
)
def test_passive_with_its_agent_right_after(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text), a.rule) == (
        source,
        content,
        "cue-passive-agent",
    )


def test_passive_whose_agent_holds_no_view_reports_nothing():
    assert attribute("The match was decided by a late goal.") == []


def test_prepositional_phrase_is_the_content_of_a_stance_verb_that_has_nothing_else():
    text = "Okafor apologized for his remarks."
    assert _one(text)[0].content.text(text) == "for his remarks"
    # a time phrase is not what the verb is about, and "said on Monday" reports nothing
    assert attribute("Okafor responded over the weekend.") == []
    assert attribute("Okafor said on Monday.") == []


def test_headline_with_a_to_future_before_a_closing_cue():
    text = "Council to reopen pier, mayor says\n\nThe council met on Monday."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("mayor", "Council to reopen pier")


def test_closing_report_holds_the_weaker_cue_inside_it():
    text = "Most voters oppose the toll plan, a new poll found."
    assert [(a.source.text(text), a.content.text(text)) for a in attribute(text)] == [
        ("a new poll", "Most voters oppose the toll plan")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ruiz took aim at the harbour board.", "took aim at", "the harbour board"),
        ("Ruiz took issue with the toll plan.", "took issue with", "the toll plan"),
        (
            "Ruiz threw her support behind the toll plan.",
            "threw her support behind",
            "the toll plan",
        ),
        ("Ruiz made the case that tolls hurt trade.", "made the case", "that tolls hurt trade"),
        ("Ruiz sided with the dock workers.", "sided with", "the dock workers"),
    ],
)
def test_idioms_of_stance(text, cue, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text), a.content.text(text)) == ("Ruiz", cue, content)


def test_idiom_words_in_their_literal_sense_report_nothing():
    # the idiom's words after a subject that holds no view
    assert attribute("The storm took aim at the harbour.") == []
    assert attribute("The other side with the pier is closed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz is a vocal critic of the toll plan.",
        "Ruiz has been an outspoken opponent of the toll plan.",
        "Ruiz remains a strong supporter of the toll plan.",
    ],
)
def test_role_of_stance_after_be(text):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the toll plan")


def test_possessed_noun_of_stance_with_is_that():
    text = "Ruiz's view is that the pier is safe."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz's", "that the pier is safe")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Ruiz's view, the pier is safe.", "Ruiz's"),
        ("In the view of the harbour board, the pier is safe.", "the harbour board"),
    ],
)
def test_in_someones_view_frames_the_clause(text, source):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text), a.rule) == (
        source,
        "the pier is safe",
        "view-in",
    )


def test_in_the_end_is_no_view():
    assert attribute("In the end, the pier is safe.") == []


def test_which_after_a_preposition_is_not_part_of_what_was_said():
    text = "Ruiz gave a speech in which she said the pier was safe."
    assert _one(text)[0].content.text(text) == "the pier was safe"
    text = "The critics attacked what Ruiz called a safe pier."
    assert "what" in _find(text, attribute(text), "a safe pier").content.text(text)


def test_adjective_of_stance_with_a_clause_without_that():
    text = "Ruiz remains confident the pier will reopen."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text), a.content.text(text)) == (
        "Ruiz",
        "remains confident",
        "the pier will reopen",
    )
    assert (
        attribute("The mayor is happy with the pier.")[0].content.text(
            "The mayor is happy with the pier."
        )
        == "the pier"
    )


def test_noun_phrase_ending_the_sentence_after_an_addressee_verb_is_the_content():
    text = "Ruiz is pushing for a new pier."
    assert _one(text)[0].content.text(text) == "a new pier"
    assert attribute("Ruiz told reporters.") == []


def test_single_quotation_marks_in_british_style():
    text = "'The pier is safe,' Ruiz said. 'We will reopen it in May.'"
    a = _one(text)[0]
    assert (a.rule, a.source.text(text), a.type) == ("quote-split", "Ruiz", "direct")
    text = "Ruiz said: \u2018The workers\u2019 union is strong.\u2019"
    assert _one(text)[0].content.text(text) == "\u2018The workers\u2019 union is strong.\u2019"


def test_apostrophes_are_no_quotation_marks():
    text = "It wasn't the workers' fault, Ruiz said."
    a = _one(text)[0]
    assert (a.type, a.content.text(text)) == ("indirect", "It wasn't the workers' fault")


def test_split_quotation_is_direct_whatever_stands_between_its_pieces():
    text = '"We will not back down," Ruiz said in an interview. "The pier will hold."'
    a = _one(text)[0]
    assert (a.rule, a.type) == ("quote-split", "direct")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz's message was blunt: \u201cWe will not back down.\u201d", "Ruiz's"),
        ("Ruiz posted on Facebook: \u201cThe pier is safe.\u201d", "Ruiz"),
    ],
)
def test_quotation_after_a_colon_is_the_subjects(text, source):
    a = _one(text)[0]
    assert (a.source.text(text), a.rule, a.type) == (source, "quote-colon", "direct")
    assert a.speaker == "Ruiz"


def test_as_clause_set_off_inside_the_sentence_is_parenthetical():
    text = "The pier, as the mayor pointed out, is safe."
    a = _one(text)[0]
    assert a.rule == "cue-parenthetical"
    assert [p.text(text) for p in a.content_spans] == ["The pier", "is safe"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The tolls rose by 40 percent, by one estimate.",
            "one estimate",
            "The tolls rose by 40 percent",
        ),
        (
            "By the council's count, the tolls rose by 40 percent.",
            "the council's count",
            "the tolls rose by 40 percent",
        ),
    ],
)
def test_by_a_reckoning_works_like_according_to(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


def test_noun_of_stance_with_its_source_after_from():
    text = "The plan drew criticism from dock unions over the tolls."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text), a.content.text(text)) == (
        "dock unions",
        "criticism",
        "the tolls",
    )


def test_the_subject_of_faced_criticism_is_its_target_not_its_source():
    text = "The mayor faced criticism for the tolls."
    a = _one(text)[0]
    assert a.source is None
    assert a.content.text(text) == "the tolls"


def test_anonymity_boilerplate_is_no_report_and_a_participle_phrase_before_that():
    text = "A spokesman, who asked not to be named, said the pier was unsafe."
    assert [a.cue.text(text) for a in attribute(text)] == ["said"]
    text = "Ruiz wrote in a letter seen by the Gazette that the pier was unsafe."
    assert _one(text)[0].content.text(text) == "that the pier was unsafe"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz raised the possibility that the pier might close.", "that the pier might close"),
        ("Ruiz floated the idea of closing the pier.", "closing the pier"),
    ],
)
def test_idioms_of_raising_a_possibility(text, content):
    assert _one(text)[0].content.text(text) == content


def test_a_day_ends_the_time_phrase_after_the_cue():
    text = "LAGOS (Reuters) - The harbour master said on Monday the pier was safe."
    a = _one(text)[0]
    assert (a.cue.text(text), a.content.text(text)) == ("said", "the pier was safe")


def test_headline_verb_before_a_colon_is_no_speaker_label():
    text = "Ruiz Blasts Mayor: 'He Lied About the Pier'\n\nThe harbour master spoke on Monday."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", "Blasts")


@pytest.mark.parametrize(
    "text", ["'The pier is safe,' said Ruiz.", "\u2018The pier is safe,\u2019 says Ruiz."]
)
def test_single_quotation_before_an_inverted_cue(text):
    a = _one(text)[0]
    assert (a.rule, a.source.text(text)) == ("quote-cue-after", "Ruiz")


def test_single_marks_do_not_join_two_quotations_or_open_at_a_decade():
    text = "He called the plan 'unworkable' on Monday. 'We will fight it,' Ruiz said."
    quote = _find(text, attribute(text), "We will fight it")
    assert quote.content.text(text) == "'We will fight it,'"
    text = "Back in the '90s the pier was busy. 'It was safe then,' she said."
    assert _find(text, attribute(text), "safe then").content.text(text) == "'It was safe then,'"


def test_passive_agent_with_a_complement_after_it():
    text = "She was told by police that the pier was unsafe."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("police", "that the pier was unsafe")


def test_adjective_before_a_time_phrase_reports_nothing():
    assert attribute("Ruiz was silent on Tuesday.") == []
    assert attribute("Ruiz was upset over the weekend.") == []


def test_quotation_after_a_colon_is_not_its_recipients():
    assert attribute('The mayor received a letter: "We will sue."') == []
    text = 'Her critics had a simple message: "Resign."'
    assert _one(text)[0].source.text(text) == "Her critics"


def test_by_any_measure_and_a_mid_sentence_count_are_no_sources():
    assert attribute("By any measure, the season was a success.") == []
    assert attribute("The bill passed, and by one count, 12 members abstained.") == []


def test_possessive_before_a_role_and_a_proper_name_after_to():
    assert attribute("The senator's longtime critic of the bill spoke.") == []
    assert attribute("Ruiz commented to the Gazette.") == []
    text = "Ruiz responded to the report."
    assert _one(text)[0].content.text(text) == "to the report"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Residents were warned by officials to stay away.", "to stay away"),
        ("The mayor was accused by rivals of lying.", "of lying"),
    ],
)
def test_passive_agent_holds_the_complement(text, content):
    a = _one(text)[0]
    assert (a.content.text(text), a.source.text(text)) == (
        content,
        text.split(" by ")[1].split()[0],
    )


def test_quantifier_after_a_preposition_is_no_subject():
    text = "Turnout rose by 10 percent, by one estimate, the highest in years."
    assert [a.cue.text(text) for a in attribute(text)] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ana Ruiz, 61, of Linford, Del., who attended the parade, said the floats were late.",
            "Ana Ruiz, 61, of Linford, Del., who attended the parade",
        ),
        ("Ana Ruiz, of Linford, Ohio, said the floats were late.", "Ana Ruiz, of Linford, Ohio"),
        (
            "On Monday, Ana Ruiz, 61, who attended the parade, said the floats were late.",
            "Ana Ruiz, 61, who attended the parade",
        ),
    ],
)
def test_age_and_hometown_stay_with_the_name(text, source):
    a = _one(text)[0]
    assert (a.source.text(text), a.speaker, a.content.text(text)) == (
        source,
        "Ana Ruiz",
        "the floats were late",
    )


def test_past_tense_tagged_as_participle_still_makes_a_clause():
    text = "Intruders compromised nine laptops, the audit said."
    assert _one(text)[0].content.text(text) == "Intruders compromised nine laptops"


def test_short_quotation_after_a_cued_one_goes_on_with_it():
    text = '"Does the council have a plan for the pier?" Ruiz asked. "Not yet."'
    (a,) = _one(text)
    assert [p.text(text) for p in a.content_spans] == [
        '"Does the council have a plan for the pier?"',
        '"Not yet."',
    ]
    assert a.source.text(text) == "Ruiz"


def test_short_quotation_after_a_cued_one_mid_sentence_stays_out():
    text = '"The pier is safe," Ruiz said. The "plan" has failed twice.'
    (a,) = _one(text)
    assert a.content.text(text) == '"The pier is safe,"'


def test_uncued_quotation_with_no_speaker_anywhere_gives_nothing():
    text = 'Harbor Voices Speak Up.\n\n"We want the ferry back. The bus takes two hours."'
    assert attribute(text) == []


def test_uncued_title_after_a_subject_gives_nothing():
    text = (
        "The council met on Monday. Ruiz, the crafty captain, is returning to the channel."
        "\n\n''Tales of the Harbor,'' another old show, is also back."
    )
    assert attribute(text) == []


def test_uncued_quotation_after_a_speaking_subject_is_hers():
    text = (
        "The council met on Monday. Ana Ruiz waited in the back row.\n\n"
        '"The ferry must run all winter."'
    )
    (a,) = _one(text)
    assert (a.source.text(text), a.speaker, a.rule) == ("Ana Ruiz", "Ana Ruiz", "quote-uncued")


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is safe," Ruiz said. It is "a harbor we can all be proud of."',
        '"The pier is safe," said Ruiz at the pier on Monday, "and the ferry runs again."',
    ],
)
def test_quotation_inside_a_sentence_goes_on_with_the_cued_one(text):
    (a,) = _one(text)
    assert (a.source.text(text), a.rule, len(a.content_spans)) == ("Ruiz", "quote-split", 2)


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is safe," Ruiz said, and the mayor called it "a harbor nobody can use."',
        '"The pier is safe," Ruiz said. The council, in a long vote, "kept the harbor open."',
    ],
)
def test_quotation_inside_a_clause_of_its_own_is_not_the_cued_ones(text):
    a = attribute(text)[0]
    assert a.content.text(text) == '"The pier is safe,"'


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'The mayor has a plan to make the pier "the finest harbor on the whole coast" by June.',
            "The mayor",
        ),
        (
            'The result does not surprise pollster Ana Ruiz: "Cheap ferries win votes in every town."',
            "pollster Ana Ruiz",
        ),
        (
            'The crowd cheered, and as Ruiz went on about "how the harbor was sold off," some left.',
            "Ruiz",
        ),
    ],
)
def test_partial_quotation_inside_a_sentence_is_its_speakers(text, source):
    a = _find(text, _one(text), '"')
    assert (a.rule, a.type, a.source.text(text)) == ("quote-mid", "mixed", source)


def test_quotation_after_a_colon_in_a_cued_quotations_sentence_is_that_speakers():
    text = '"We are broke," said Ruiz, as the clerk closed the ledger: "The ferry costs too much."'
    a = _find(text, _one(text), "costs too much")
    assert (a.rule, a.speaker) == ("quote-mid", "Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        'Ruiz walked onstage to the "Harbor Lights Forever And Ever" theme song.',
        'Ruiz, the captain, is on "The Harbor Morning Show Tonight" each week.',
        'The ferry was kept for cargo that could cause "grave damage to the old pier."',
        'The "fact-finding" panel met at the pier.',
        'The ferry sailed to the weekly Harbor News: "The pier will stay open all winter."',
    ],
)
def test_title_scare_quote_or_quotation_without_a_speaker_inside_a_sentence(text):
    assert [a.rule for a in attribute(text) if a.rule == "quote-mid"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Ruiz on Ferries: The Costs Are 'Too High.'\n\nThe council met.", "The Costs Are"),
        (
            "The council met.\n\nAna Ruiz on the Pier: It Will Stand Another Century.\n\nMore.",
            "It Will Stand",
        ),
        ("A lesson from Ana Ruiz: 'Keep the ferry running.'\n\nThe council met.", "Keep the"),
    ],
)
def test_headline_name_and_colon_gives_the_names_words(text, content):
    a = _find(text, _one(text), content)
    assert (a.source.text(text), a.speaker) == ("Ana Ruiz", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        "The council met.\n\nPier Repairs Impede Progress: More Delays Ahead.\n\nMore.",
        "The council met.\n\nHarbor Hearing: The Pier Is Safe Again.\n\nMore.",
        "The council met.\n\nAna Ruiz Wins Again: The Ferry Vote.\n\nMore.",
    ],
)
def test_headline_colon_after_no_name_gives_nothing(text):
    assert [a.rule for a in attribute(text) if a.rule == "headline-colon"] == []


@pytest.mark.parametrize("holder", ["A friend", "Her neighbor", "My father"])
def test_kin_and_friends_can_comment(holder):
    text = f'{holder} commented: "The pier is the best place in the whole town."'
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        holder,
        '"The pier is the best place in the whole town."',
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The council met. According to Ruiz, "The pier is safe. The ferry is not. Both need money."',
            '"The pier is safe. The ferry is not. Both need money."',
        ),
        (
            'The council met. According to the handbook, the guides were told, "You sell the '
            'harbor. Not the boat."',
            'the guides were told, "You sell the harbor. Not the boat."',
        ),
    ],
)
def test_content_opening_a_quotation_takes_all_of_it(text, content):
    a = _find(text, _one(text), "harbor" if "harbor" in content else "pier")
    assert a.content.text(text) == content


def test_quotation_with_a_cue_of_its_own_is_not_taken_by_the_one_before():
    text = (
        'The council met. According to Ruiz, "The pier is safe. The ferry is not," the mayor said.'
    )
    assert [(a.source.text(text), a.content.text(text)) for a in attribute(text)] == [
        ("the mayor", '"The pier is safe. The ferry is not,"')
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to the freshly released harbor report, the pier is safe.",
            "the freshly released harbor report",
        ),
        (
            "The pier is safe, according to a newly published survey of sailors.",
            "a newly published survey",
        ),
        ("According to the mayor, newly elected crews will fix the pier.", "the mayor"),
    ],
)
def test_according_to_source_keeps_its_adverb_and_participle(text, source):
    assert _one(text)[0].source.text(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The fans cheered at the pier. Some chanted “Save our ferry!”", "Some"),
        ("The fans cheered at the pier. Many argued the ferry was late.", "Many"),
    ],
)
def test_bare_quantifier_before_a_past_form_is_a_subject(text, source):
    assert _one(text)[0].source.text(text) == source


def test_bare_quantifier_before_a_naming_participle_is_no_subject():
    text = "The town hired one firm for the pier, and another called Harbor Watch for the port."
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The council met. People like Ruiz, he said.", "he"),
        ("The council met. Sailors love the pier, she said.", "she"),
        ("The council met. People like Ruiz, said the mayor.", "the mayor"),
    ],
)
def test_verbless_fragment_before_a_closing_cue_is_the_content(text, source):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        source,
        text.split(". ")[1].split(",")[0],
    )


def test_time_phrase_before_a_closing_cue_is_no_content():
    assert attribute("The council met. On Monday, she said.") == []


def test_quotation_open_at_a_line_end_goes_on_in_the_next_quoted_line():
    text = (
        "The council met on Monday.\n"
        "“The pier is old and the ferry is late every single day.\n"
        "“We need money now,” Ruiz said."
    )
    (a,) = _one(text)
    assert a.source.text(text) == "Ruiz"
    assert [p.text(text) for p in a.content_spans] == [
        "“The pier is old and the ferry is late every single day.",
        "“We need money now,”",
    ]


def test_quotation_open_at_a_line_end_before_an_unquoted_line_stays_out():
    text = (
        "The council met on Monday.\n"
        "“The pier is old and the ferry is late every single day.\n"
        "Later the mayor spoke. “We need money now,” Ruiz said."
    )
    assert [a.content.text(text) for a in attribute(text)] == ["“We need money now,”"]


def test_possessive_after_a_voicing_verb_names_the_verbs_subject():
    text = "The mayor renewed her threat to close the pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("The mayor", "to close the pier")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Several residents expressed interest in buying the pier.",
            "Several residents",
            "buying the pier",
        ),
        (
            "The council members almost universally voiced outrage over the new tolls.",
            "The council members",
            "the new tolls",
        ),
        ("Ruiz expressed a desire to rebuild the pier.", "Ruiz", "to rebuild the pier"),
        ("The mayor's distrust of the new owners is old.", "The mayor's", "the new owners"),
        ("The mayor aired her misgivings about the toll.", "The mayor", "the toll"),
    ],
)
def test_held_noun_of_wish_or_feeling(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        "Interest in the bonds rose sharply.",
        "An owner's decision to sell the pier is final.",
        "The crew made plans to paint the pier.",
        "He's plans to paint the pier.",
    ],
)
def test_held_noun_without_a_holder_is_no_cue(text):
    assert attribute(text) == []


def test_held_noun_inside_a_report_keeps_the_report_whole():
    text = "Ruiz criticized the mayor's budget, including his reluctance to fund the pier."
    assert [a.content.text(text) for a in attribute(text)] == [
        "the mayor's budget, including his reluctance to fund the pier"
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The mayor had little interest in fixing the pier.", "The mayor", "fixing the pier"),
        ("The residents harbored deep misgivings about the toll.", "The residents", "the toll"),
    ],
)
def test_holding_verb_before_a_held_noun(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


def test_holding_verb_needs_a_subject_that_can_hold_a_view():
    assert attribute("The pier has no interest in the bonds.") == []


def test_holding_verb_inside_a_poll_finding_keeps_the_finding_whole():
    text = "A poll found 60 percent liked the pier and 30 percent who had misgivings about it."
    assert [a.content.text(text) for a in attribute(text)] == [
        "60 percent liked the pier and 30 percent who had misgivings about it"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz has the backing of older voters.", "older voters"),
        ("Ruiz won the support of 40 percent of the voters polled.", "40 percent of the voters"),
        ("Ruiz drew strong support from the senators.", "the senators"),
    ],
)
def test_target_noun_holder_after_of_or_from(text, source):
    a = _one(text)[0]
    assert (a.rule, a.source.text(text), a.content.text(text)) == ("target-noun", source, "Ruiz")


def test_target_noun_needs_a_holder_that_can_hold_a_view():
    assert attribute("The pier has the support of steel beams.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rivals heaped scorn on the mayor.", "the mayor"),
        ("Ruiz lavished praise on the new pier.", "the new pier"),
        ("Ruiz made little secret of her feud.", "her feud"),
    ],
)
def test_idioms_of_praise_and_blame(text, content):
    assert _one(text)[0].content.text(text) == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Ruiz's main point was that the pier is safe.", "Ruiz's", "that the pier is safe"),
        ("Her reply has always been that the toll is fair.", "Her", "that the toll is fair"),
        ("The mayor's boldest bet is that tourists return.", "The mayor's", "that tourists return"),
    ],
)
def test_possessive_noun_before_be_that(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


def test_noun_before_be_that_needs_a_possessive():
    assert attribute("The main point was that the pier is safe.") == []


def test_held_noun_of_admiration():
    text = "Ruiz keeps up her adulation of the old pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("her", "the old pier")


def test_plural_noun_cue_tagged_as_a_verb_after_a_preposition():
    text = "The mayor courted the fishermen with promises to rebuild the pier."
    assert [a.content.text(text) for a in attribute(text)] == ["to rebuild the pier"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz raised questions about the pier, the toll and the ferry.",
            "the pier, the toll and the ferry",
        ),
        ("Ruiz raised questions about the pier, and the mayor left.", "the pier"),
    ],
)
def test_noun_cue_content_keeps_a_list(text, content):
    assert _one(text)[0].content.text(text) == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The toll sparked criticism from the mayor and the council.",
            "the mayor and the council",
            "The toll",
        ),
        ("Ruiz picks up the backing of Gov. Ana Brill.", "Gov. Ana Brill", "Ruiz"),
        ("Ruiz, who has broad support among older voters, won.", "older voters", "who"),
    ],
)
def test_target_noun_more_verbs_and_holders(text, source, content):
    a = _one(text)[0]
    assert (a.rule, a.source.text(text), a.content.text(text)) == ("target-noun", source, content)


def test_held_noun_of_approval():
    text = "Ruiz won over the crowd with her approval of the new ferry."
    a = _one(text)[0]
    assert a.content.text(text) == "the new ferry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("There is a sense among many residents that the pier is unsafe.", "many residents"),
        (
            "There is a quiet belief among members of the council that the toll failed.",
            "members of the council",
        ),
    ],
)
def test_noun_cue_with_among_holder(text, source):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, text[text.index("that") : -1])


def test_among_phrase_without_a_holder_is_no_source():
    assert attribute("There is a sense among the ruins that time stopped.") == []


def test_held_noun_mantra():
    text = "The mayor's old mantra of fixing the pier first is gone."
    assert _one(text)[0].content.text(text) == "fixing the pier first"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Yet his resolve to act alone angered his rivals.", "to act alone"),
        ("The mayor's proposal to let crews rest or leave is new.", "to let crews rest or leave"),
    ],
)
def test_subject_noun_content_ends_at_the_sentence_verb(text, content):
    assert _one(text)[0].content.text(text) == content


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz took a shot at the goal in the final minute.",
        "Ruiz took a shot at the title last year.",
        "Ruiz took a shot at winning the regatta.",
        "Ruiz is a two-time champion of the Harbour Marathon.",
    ],
)
def test_play_and_tries_are_no_stance(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz took a shot at the council over the tolls.", "the council over the tolls"),
        ("Ruiz took aim at the goals of the council.", "the goals of the council"),
        ("Ruiz is a champion of lower tolls.", "lower tolls"),
    ],
)
def test_stance_idioms_still_hold_beside_play(text, content):
    assert _one(text)[0].content.text(text) == content


def test_a_quotation_opened_in_the_content_goes_on_to_its_close():
    text = 'According to Ruiz, "the pier is shut for now. The tolls will stay."'
    assert _one(text)[0].content.text(text) == ('"the pier is shut for now. The tolls will stay."')


def test_a_later_quotation_does_not_lengthen_the_content():
    text = 'According to Ruiz, the pier is shut. "The tolls stay," Lund said.'
    assert attribute(text)[0].content.text(text) == "the pier is shut"


def test_a_short_quoted_sentence_after_a_cued_quotation_goes_on_with_it():
    text = '"The tolls are too high," Ruiz said. "Big time."'
    assert _one(text)[0].content.text(text) == text


def test_a_short_quotation_after_other_words_is_not_a_continuation():
    text = '"The tolls are high," Ruiz said. Lund called the plan "a farce."'
    first = attribute(text)[0]
    assert first.content.text(text) == '"The tolls are high,"'


@pytest.mark.parametrize(
    "text",
    [
        "According to a report by the council on Monday, the pier was built in 1920.",
        "According to Ruiz in an interview with the paper, the pier was built in 1920.",
    ],
)
def test_phrases_after_the_source_of_according_to_are_not_content(text):
    assert _one(text)[0].content.text(text) == "the pier was built in 1920"


def test_initials_in_a_row_stay_with_the_name():
    text = "According to E. J. Ruiz, the pier was built in 1920."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "E. J. Ruiz",
        "the pier was built in 1920",
    )


def test_a_headline_noun_after_an_adjective_in_s_is_no_verb():
    assert attribute("A Curious Plan to Sell the Pier\n\nThe pier closed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The council has a plan, Ruiz said, to keep the port open.",
        "The council has a plan, Ruiz said, for how the port can stay open.",
    ],
)
def test_a_parenthetical_cue_before_a_phrase_reports_both_sides(text):
    a = _one(text)[0]
    assert (a.rule, a.content.text(text)) == ("cue-parenthetical", text[:-1])


def test_a_quotation_after_a_linking_word_goes_on_with_the_last_one():
    text = '"The tolls are far too high for us," Ruiz said. Instead, "the council should cut them."'
    a = _one(text)[0]
    assert a.content_spans[-1].text(text) == '"the council should cut them."'


def test_a_quotation_later_in_a_linked_sentence_is_not_a_continuation():
    text = (
        '"The tolls are far too high," Ruiz said. Instead, the council kept its "fair toll plan."'
    )
    assert [a.content.text(text) for a in attribute(text)] == ['"The tolls are far too high,"']


@pytest.mark.parametrize(
    "text",
    ["Perhaps most telling, the council never met.", "The most telling sign was the empty pier."],
)
def test_a_gerund_after_a_degree_word_is_an_adjective(text):
    assert attribute(text) == []


def test_a_gerund_cue_with_its_object_still_reports():
    text = "Ruiz is telling voters the pier is safe."
    assert _one(text)[0].content.text(text) == "the pier is safe"


def test_a_number_before_a_closing_cue_is_no_speaker():
    assert attribute("Tolls fell to a mere 40,000 pledged.") == []


def test_backed_out_is_a_withdrawal_not_support():
    text = "When the vote came, under heavy pressure, the council backed out."
    assert attribute(text) == []


def test_a_quoted_nickname_is_part_of_the_name_not_a_quotation():
    text = '"The port is watching us," Ana "Nana" Ruiz said.'
    a = _one(text)[0]
    assert (a.content.text(text), a.source.text(text), a.speaker) == (
        '"The port is watching us,"',
        'Ana "Nana" Ruiz',
        "Ana Ruiz",
    )
    assert quote_regions(text) == [(0, 26)]


@pytest.mark.parametrize("text", ["Ruiz shouted to the crowd.", "Ruiz spoke to reporters."])
def test_an_audience_after_to_is_no_content(text):
    assert attribute(text) == []


def test_a_thing_after_to_is_still_what_the_verb_is_about():
    text = "Ruiz objected to the plan."
    assert _one(text)[0].content.text(text) == "to the plan"


@pytest.mark.parametrize(
    "text",
    [
        "According to the mayor, basically.",
        "Believe me, I know.",
        "Ruiz made his remarks on Saturday.",
    ],
)
def test_a_one_word_content_that_says_nothing_gives_no_attribution(text):
    assert attribute(text) == []


def test_a_name_content_still_counts():
    text = "The mayor endorsed Ana Lund."
    assert _one(text)[0].content.text(text) == "Ana Lund"


@pytest.mark.parametrize(
    "text",
    [
        'Ruiz told the station\'s "Morning Call" that the pier was shut.',
        'Ruiz said on the station\'s "Morning Call" on Friday that the pier was shut.',
    ],
)
def test_a_quoted_title_after_a_possessive_is_no_quotation(text):
    assert _one(text)[0].content.text(text) == "that the pier was shut"


def test_a_quoted_title_after_a_possessive_can_be_the_object():
    text = 'Ruiz attacked Lund\'s "harbor values" and his record.'
    assert _one(text)[0].content.text(text) == 'Lund\'s "harbor values" and his record'


def test_no_longer_between_the_auxiliary_and_the_verb_is_part_of_the_cue():
    text = "Ruiz said the board could no longer defend the toll."
    atts = attribute(text)
    assert [a.source.text(text) for a in atts if a.source] == ["Ruiz"]


def test_according_to_between_a_subject_and_its_verb_reports_both():
    text = "The pier, according to Ruiz, is unsafe."
    a = _one(text)[0]
    assert [p.text(text) for p in a.content_spans] == ["The pier", "is unsafe"]


def test_according_to_after_a_clause_keeps_only_the_clause():
    text = "The pier is unsafe, according to Ruiz, and the tolls will rise."
    assert _one(text)[0].content.text(text) == "The pier is unsafe"


def test_a_relative_clause_on_the_passive_agent_before_its_complement():
    text = "Ruiz was accused by a reporter, who served under Lund, of hiding the ledger."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "a reporter, who served under Lund",
        "of hiding the ledger",
    )


def test_a_closing_participle_with_no_subject_reports_nothing():
    text = "That may be hard, since the toll is stuck in court, continuing to hurt firms."
    assert attribute(text) == []


def test_a_parenthetical_cut_by_the_next_cue_keeps_its_cue_out_of_the_content():
    text = "The pier is shut, Ruiz said, adding that the tolls stay."
    assert [a.content.text(text) for a in attribute(text)] == [
        "The pier is shut",
        "that the tolls stay",
    ]


def test_a_cue_after_an_auxiliary_inside_a_content_does_not_cut_it():
    text = "His lawyer's warning that the pier was unsafe since the guard would assert his rights went unheeded."
    atts = attribute(text)
    assert [a.content.text(text) for a in atts] == [
        "that the pier was unsafe since the guard would assert his rights"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The firm argued in its letter, signed by Ana Ruiz, a vice president for the port, that the toll was unfair.",
        "The firm argued, citing its own data, that the toll was unfair.",
    ],
)
def test_a_participle_aside_before_that_is_not_content(text):
    assert _one(text)[0].content.text(text) == "that the toll was unfair"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The mayor derided the pier plan as a waste.", "The mayor", "the pier plan as a waste"),
        ("Ruiz quickly disavowed the flyer.", "Ruiz", "the flyer"),
        ("The mayor chastised the port for the delay.", "The mayor", "the port for the delay"),
        ("Ruiz regrets her remarks about the council.", "Ruiz", "her remarks about the council"),
    ],
)
def test_verbs_of_scorn_disowning_and_regret_are_stance_cues(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


def test_stance_verb_needs_a_subject_that_can_hold_a_view():
    assert attribute("The storm chastised the pier all night.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor billed the pier as a landmark for the port.", "the pier as a landmark"),
        ("Ruiz has painted the new toll plan as a tax on commuters.", "the new toll plan as a tax"),
    ],
)
def test_verb_of_casting_with_an_as_complement_is_a_cue(text, content):
    a = _one(text)[0]
    assert a.content.text(text).startswith(content)
    assert a.source.text(text) in ("The mayor", "Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz painted the fence on Monday.",
        "Ruiz painted the fence as he waited.",
        "Ruiz painted the fence as the sun went down.",
    ],
)
def test_verb_of_casting_without_an_as_complement_is_no_cue(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The council voted to close the pier.", "The council", "close the pier"),
        (
            "The state legislature voted down the toll plan.",
            "The state legislature",
            "the toll plan",
        ),
    ],
)
def test_a_body_voting_to_do_or_down_something_holds_it(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


@pytest.mark.parametrize(
    "text", ["The council voted on Monday.", "The panel voted to the last minute."]
)
def test_a_vote_without_its_object_is_no_cue(text):
    assert attribute(text) == []


def test_stance_verb_after_and_shares_the_subject_of_the_earlier_verb():
    text = "Ruiz took office in May and then voted against the toll plan."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the toll plan")


def test_a_word_after_and_in_another_tense_is_a_noun_not_a_coordinated_verb():
    text = "Ruiz wanted to keep the loans and favors to the port hidden."
    assert [a.cue.text(text) for a in attribute(text)] == ["wanted"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Ruiz repeatedly linked the delays to the storm.", "Ruiz", "the delays to the storm"),
        ("The mayor attributed the losses to the port.", "The mayor", "the losses to the port"),
    ],
)
def test_verb_naming_a_cause_with_a_to_complement_is_a_cue(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


@pytest.mark.parametrize("text", ["Ruiz linked the delays.", "Ruiz linked arms to sing."])
def test_verb_naming_a_cause_without_its_to_complement_is_no_cue(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The new ad mocked the mayor for the pier delays.", "The new ad"),
        ("The editorial hailed the port deal as a win.", "The editorial"),
    ],
)
def test_an_ad_or_an_editorial_can_hold_a_view(text, source):
    assert _one(text)[0].source.text(text) == source


def test_a_title_is_no_quotation_of_its_work():
    assert attribute("The ad, titled “Pier Pressure,” ran on Monday.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The governor vetoed the pier bill on Friday.", "The governor", "the pier bill on Friday"),
        ("Ruiz sponsored the toll repeal.", "Ruiz", "the toll repeal"),
    ],
)
def test_sponsoring_vetoing_or_repealing_a_measure_is_a_stance(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


@pytest.mark.parametrize(
    "text", ["The veto of the pier bill stands.", "The bill was vetoed in May."]
)
def test_a_veto_as_a_noun_or_without_its_agent_is_no_cue(text):
    assert attribute(text) == []


def test_be_against_is_a_stance_of_the_subject():
    text = "Ruiz is firmly against the toll plan."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the toll plan")


@pytest.mark.parametrize("text", ["Ruiz is up against a deadline.", "The pier is against the law."])
def test_be_against_needs_a_subject_that_can_hold_a_view_and_no_particle(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Everyone can see the pier is unsafe.", "Everyone", "the pier is unsafe"),
        ("No one knows what the port will cost.", "No one", "what the port will cost"),
    ],
)
def test_an_indefinite_pronoun_is_a_subject_that_can_hold_a_view(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


def test_no_one_after_there_is_is_no_source():
    assert attribute("There is no one left at the pier.") == []


@pytest.mark.parametrize(
    "text",
    ["Ruiz declined to 30 percent in the May poll.", "Ruiz declined 4 points in the poll."],
)
def test_decline_before_an_amount_is_a_fall_not_a_refusal(text):
    assert attribute(text) == []


def test_decline_before_an_adverb_and_an_infinitive_is_a_refusal():
    text = "Ruiz declined to publicly explain the fee."
    assert _one(text)[0].content.text(text) == "to publicly explain the fee"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two studies have credited the pier with saving the port.", "Two studies"),
        ("Her neighbors praised the mayor for the pier.", "Her neighbors"),
        ("The employees talked fondly about the old pier.", "The employees"),
    ],
)
def test_studies_and_people_by_their_relation_can_hold_a_view(text, source):
    assert _one(text)[0].source.text(text) == source


def test_passive_stance_verb_with_an_agent_gives_the_agent_the_view():
    text = "The pier plan has been applauded by port workers."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("port workers", "The pier plan")


def test_passive_stance_verb_without_an_agent_is_no_cue():
    assert attribute("The pier plan has been applauded.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Instead, he brought up a study on the pier.", "a study on the pier"),
        ("Ruiz balked at the toll.", "the toll"),
        ("Ruiz piled on the mayor.", "the mayor"),
    ],
)
def test_phrasal_verbs_of_mentioning_and_objecting_are_stance_cues(text, content):
    assert _one(text)[0].content.text(text) == content


@pytest.mark.parametrize(
    "text", ["Ruiz was brought up in Ashton.", "Ruiz brought the boat up to the pier."]
)
def test_phrasal_stance_verb_needs_its_particle_and_an_active_voice(text):
    assert attribute(text) == []


def test_base_form_after_who_is_a_present_tense_casting_verb():
    text = "Ruiz won the fans who style themselves as purists, by a wide margin."
    a = _one(text)[0]
    assert a.content.text(text).startswith("themselves as purists")


def test_base_form_after_to_is_no_present_tense():
    assert attribute("It is wrong to bill the pier as a landmark.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("I cannot fathom how the pier stayed open.", "how the pier stayed open"),
        ("The mayor never envisioned a toll on the pier.", "a toll on the pier"),
    ],
)
def test_verbs_of_foreseeing_and_grasping_are_stance_cues(text, content):
    assert _one(text)[0].content.text(text) == content


@pytest.mark.parametrize(
    "text", ["Ruiz has a sense of the port.", "It makes sense to close the pier."]
)
def test_sense_as_a_noun_is_no_cue(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The ruling upset the mayor's allies.", "the mayor's allies", "The ruling"),
        ("The port raised fees, frustrating Ruiz.", "Ruiz", "The port raised fees"),
    ],
)
def test_experiencer_object_holds_what_the_subject_causes(text, source, content):
    a = _one(text)[0]
    assert (a.rule, a.source.text(text), a.content.text(text)) == (
        "experiencer-object",
        source,
        content,
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was a troubling sign for the mayor.",
        "The storm surprised the port.",
        "Fees rose again, according to troubled port officials.",
    ],
)
def test_experiencer_verb_needs_a_verb_use_and_an_object_that_can_hold_a_view(text):
    assert [a.rule for a in attribute(text) if a.rule == "experiencer-object"] == []


def test_ignoring_or_overlooking_something_is_a_stance():
    text = "Ruiz quietly ignored the pier plan."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the pier plan")


def test_emphatic_pronoun_after_the_subject_keeps_a_stance_verb():
    text = "The mayor herself cited the pier plan."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("The mayor herself", "the pier plan")


def test_reflexive_after_a_subject_that_cannot_hold_a_view_is_no_source():
    assert attribute("The pier itself cited the plan.") == []


def test_as_complement_may_hold_a_relative_clause():
    text = "The council framed the toll as a fee that is fair to all."
    assert _one(text)[0].content.text(text) == "the toll as a fee that is fair to all"


def test_passive_agent_runs_over_its_of_phrase():
    text = "The pier plan was praised by a coalition of port workers."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "a coalition of port workers",
        "The pier plan",
    )


def test_passive_of_a_verb_of_building_is_no_cue():
    assert attribute("The pier was built by a team of engineers.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Conservationists cited the pier plan.", "Conservationists"),
        ("That delay worries the port's machinists.", "the port's machinists"),
    ],
)
def test_plural_nouns_of_people_by_their_calling_can_hold_a_view(text, source):
    assert _one(text)[0].source.text(text) == source


def test_a_plural_in_ists_that_is_no_person_is_no_source():
    assert attribute("The plot twists delighted the port.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The toll, criticized by Ruiz, rose again.", "Ruiz", "The toll"),
        ("A view echoed by the mayor won the day.", "the mayor", "A view"),
    ],
)
def test_bare_participle_before_by_is_a_passive_with_its_agent(text, source, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (source, content)


def test_bare_participle_of_a_verb_of_building_before_by_is_no_cue():
    assert attribute("The pier, built by a team of engineers, rose again.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some argued that the pier is unsafe.", "Some"),
        ("On the pier, many warned that the deck would fail.", "many"),
    ],
)
def test_bare_quantifier_before_a_regular_past_is_its_subject(text, source):
    assert _one(text)[0].source.text(text) == source


def test_quantifier_before_a_participle_and_its_noun_is_no_subject():
    assert attribute("Some injured workers left the pier.") == []


def test_base_form_after_a_plural_subject_and_an_aside_is_a_verb():
    text = "The neighbors, however, plan a protest at the pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "The neighbors",
        "a protest at the pier",
    )


def test_noun_after_an_aside_and_a_singular_subject_stays_a_noun():
    assert attribute("The pier, however, question marks aside, stayed open.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It seems the mayor's plan for the old pier will fail.",
            "the mayor's plan for the old pier will fail",
        ),
        ("It appeared that Ruiz was unable to fund the pier.", "Ruiz was unable to fund the pier"),
    ],
)
def test_it_seems_before_a_clause_is_the_writers_hedge(text, content):
    a = _one(text)[0]
    assert (a.rule, a.source, a.content.text(text)) == ("hedge-it", None, content)


@pytest.mark.parametrize(
    "text", ["It seemed unlikely the pier would close.", "It appears to be closing."]
)
def test_it_seems_before_an_adjective_or_an_infinitive_is_no_cue(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz spent much of the spring touting the pier.", "the pier"),
        ("Ruiz has spent years saying the pier is unsafe.", "the pier is unsafe"),
    ],
)
def test_participle_after_spent_time_takes_the_subject_of_spent(text, content):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", content)


def test_participle_after_spent_time_needs_a_subject_that_can_hold_a_view():
    assert attribute("The port spent much of the spring touting the pier.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("They both said the pier is safe.", "They"),
        ("Ruiz and the mayor both sought to close the pier.", "Ruiz and the mayor"),
        ("The two men all agreed the pier is safe.", "The two men"),
    ],
)
def test_quantifier_floated_after_the_subject_keeps_the_verb(text, source):
    assert _one(text)[0].source.text(text) == source


def test_passive_agent_may_open_with_an_adverb():
    text = "Ruiz is backed by far fewer dock workers."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("far fewer dock workers", "Ruiz")


@pytest.mark.parametrize(
    "text, content",
    [
        ("The dockworkers' union endorses Ruiz.", "Ruiz"),
        ("The mayor didn't suggest tolls.", "tolls"),
    ],
)
def test_a_one_word_object_ending_the_sentence_is_the_content(text, content):
    assert _one(text)[0].content.text(text) == content


def test_a_participle_modifying_a_noun_takes_no_one_word_object():
    text = "The council heard cases alleging fraud."
    assert [a.content.text(text) for a in attribute(text)] == []


def test_an_object_after_the_cue_wins_over_the_quotation_before_the_sentence():
    text = '"We will win," she said. "The pier is ours." She noted a rally at the pier.'
    atts = attribute(text)
    assert [a.content.text(text) for a in atts if a.cue.text(text) == "noted"] == [
        "a rally at the pier"
    ]


def test_a_time_phrase_after_the_cue_leaves_it_the_quotation_before():
    text = '"We will win," she said. "The pier is ours." She wrote the next day.'
    atts = attribute(text)
    assert [a.content.text(text) for a in atts if a.cue.text(text) == "wrote"] == [
        '"The pier is ours."'
    ]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The blog of the council is often critical of the mayor.", "The blog of the council"),
        ("The toll plan is backed by the council.", "the council"),
    ],
)
def test_councils_coalitions_and_websites_can_hold_a_view(text, source):
    assert _one(text)[0].source.text(text) == source


def test_a_plan_holds_no_view():
    assert attribute("The plan has been critical of the port.") == []


def test_a_closing_so_stands_for_the_view():
    text = "The mayor doesn't think so."
    assert _one(text)[0].content.text(text) == "so"


def test_a_closing_so_after_another_verb_is_no_content():
    assert attribute("The mayor ran so.") == []


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("They passed a toll that critics called unfair.", ["that", "unfair"]),
        ("It bought piers, which the banks considered risky.", ["which", "risky"]),
    ],
)
def test_a_relative_object_and_one_word_after_the_cue_are_the_content(text, pieces):
    assert [p.text(text) for p in _one(text)[0].content_spans] == pieces


def test_a_that_clause_after_a_verb_is_no_relative_object():
    text = "Ruiz said that critics called."
    assert [a.cue.text(text) for a in attribute(text)] == ["said"]


def test_a_contact_relative_clause_reports_the_noun_before_it():
    text = "The council chose the plain design she prefers."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("she", "the plain design")


def test_a_time_noun_before_a_pronoun_is_no_relative_object():
    assert attribute("This week she agreed.") == []


def test_an_adverb_and_a_comparative_open_the_passive_agent():
    text = "Ruiz, meanwhile, is backed by far fewer councils."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("far fewer councils", "Ruiz")


def test_a_relative_that_tagged_as_a_preposition_is_the_subject_of_says():
    text = "Ruiz cited a memo that says the pier is safe."
    atts = [a for a in attribute(text) if a.cue.text(text) == "says"]
    assert [(a.source.text(text), a.content.text(text)) for a in atts] == [
        ("a memo that", "the pier is safe")
    ]


def test_a_demonstrative_that_before_says_is_no_relative():
    assert attribute("And that says a lot about the pier.") == []


def test_what_is_blamed_on_someone_stays_in_the_content():
    text = "They can't blame the delay on the mayor."
    assert _one(text)[0].content.text(text) == "the delay on the mayor"


def test_an_adjective_cue_after_but_takes_the_first_verb_subject():
    text = "Ruiz is a lawyer, but has long been critical of the mayor."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the mayor")


def test_an_adjective_cue_after_but_needs_a_subject_that_holds_views():
    assert attribute("The pier is old, but has long been critical of the mayor.") == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("No one here is critical of the toll.", "No one"),
        ("Everyone is critical of the toll.", "Everyone"),
    ],
)
def test_indefinite_pronouns_for_people_hold_views(text, source):
    assert _one(text)[0].source.text(text) == source


@pytest.mark.parametrize("text", ["The mayor called Ruiz.", "The mayor wrote books."])
def test_a_call_or_a_work_is_no_one_word_content(text):
    assert attribute(text) == []


def test_a_manner_noun_before_a_contact_clause_is_not_what_it_reports():
    assert attribute("It is not the way she says.") == []


def test_a_prepositional_object_before_a_semicolon_is_the_content():
    text = "Ruiz apologizes for pier remarks; Mayor vows to be more careful"
    atts = [a for a in attribute(text) if a.source.text(text) == "Ruiz"]
    assert [a.content.text(text) for a in atts] == ["for pier remarks"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz said the next day that the pier was safe.", "that the pier was safe"),
        ("Ruiz said the next day would be hard.", "the next day would be hard"),
        ("Ruiz said this week the pier was safe.", "the pier was safe"),
    ],
)
def test_a_day_after_the_cue_is_no_content(text, content):
    assert [a.content.text(text) for a in attribute(text)] == [content]


def test_a_stance_verb_with_a_lone_name_for_object():
    text = "The dockworkers' union endorses Ruiz.\n\nThe vote was close."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("The dockworkers' union", "Ruiz")


@pytest.mark.parametrize("text", ["Ruiz said Monday.", "Don't blame Ruiz."])
def test_a_lone_word_after_a_verb_of_saying_or_an_imperative_is_no_content(text):
    assert attribute(text) == []


def test_a_headline_ending_in_a_semicolon_is_cut_from_its_deck():
    text = "Ruiz urges pier inquiry; \nMayor vows to wait for the report.\n\nThe pier stays shut."
    assert [(a.source.text(text), a.content.text(text)) for a in attribute(text)] == [
        ("Ruiz", "pier inquiry"),
        ("Mayor", "to wait for the report"),
    ]


def test_a_semicolon_inside_a_body_paragraph_cuts_no_sentence():
    text = "The pier stays shut.\n\nThe port is quiet; \nRuiz said the ferries will run."
    from claims.nlp.segmentation import segment

    sentences = segment(text)
    assert text[sentences[-1].start : sentences[-1].end].startswith("The port is quiet;")


def test_a_title_case_headline_gerund_without_its_be_stops_at_a_dash():
    text = "Ruiz Aides Declining To Meet The Mayor \u2013 Voters Ask Why.\n\nThe pier stays shut."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz Aides", "Meet The Mayor")


def test_a_lowercase_headline_gerund_is_no_cue():
    text = "No clear winner going into the pier vote.\n\nThe pier stays shut."
    assert attribute(text) == []


def test_a_headline_ending_in_a_stance_participle_judges_its_noun_phrase():
    text = "The mayor's ferry plan criticized.\n\nThe vote is Monday."
    a = _one(text)[0]
    assert (a.source, a.content.text(text)) == (None, "The mayor's ferry plan")


def test_a_headline_ending_in_another_participle_is_no_attribution():
    text = "Ruiz's ferry plan delayed.\n\nThe vote is Monday."
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ruiz breaks with the mayor on tolls.", "breaks with", "the mayor on tolls"),
        (
            "Council members piled on the mayor over the pier.",
            "piled on",
            "the mayor over the pier",
        ),
        (
            "Big Ferry Lines Pull Support For Toll Plan.\n\nThe vote is Monday.",
            "Pull support For",
            "Toll Plan",
        ),
    ],
)
def test_idioms_of_breaking_with_piling_on_and_pulling_support(text, cue, content):
    a = _one(text)[0]
    assert (a.cue.text(text).lower(), a.content.text(text)) == (cue.lower(), content)


@pytest.mark.parametrize(
    "text",
    [
        "The pier broke in the storm.",
        "Mail piled up on the pier.",
        "Crews pulled the ferry from the water.",
    ],
)
def test_breaking_piling_and_pulling_without_their_idiom_are_no_cues(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her favorite ferry shows sound dull.",
        "Their Favorite Ferry Shows Look Grim.\n\nThe vote is Monday.",
    ],
)
def test_a_plural_noun_before_a_linking_verb_is_no_cue(text):
    assert attribute(text) == []


def test_a_verb_of_showing_before_its_clause_stays_a_cue():
    text = "The poll shows voters look tired of the toll."
    assert _one(text)[0].content.text(text) == "voters look tired of the toll"


def test_a_title_case_stance_noun_after_its_holder_is_a_cue():
    text = "Sailors Corner Mayor On Her Refusal To Meet Them.\n\nThe vote is Monday."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Her", "To Meet Them")


def test_a_title_case_stance_noun_without_a_holder_is_no_cue():
    text = "A Pledge To Reopen The Pier.\n\nThe vote is Monday."
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It sounds like the pier will stay shut for a year.",
            "the pier will stay shut for a year",
        ),
        ("Despite the denials, it sure looks like the mayor is stalling.", "the mayor is stalling"),
    ],
)
def test_an_expletive_it_seems_or_looks_like_hedges_its_clause(text, content):
    a = _one(text)[0]
    assert (a.source, a.content.text(text)) == (None, content)


@pytest.mark.parametrize(
    "text",
    ["It looks like rain.", "It seemed to work.", "It seemed unlikely the pier would open soon."],
)
def test_it_seems_without_a_clause_of_its_own_is_no_attribution(text):
    assert attribute(text) == []


def test_an_expletive_it_is_clear_that_gives_the_writers_claim():
    text = "It's also clear that the toll is of interest to sailors."
    a = _one(text)[0]
    assert (a.source, a.content.text(text)) == (None, "the toll is of interest to sailors")


@pytest.mark.parametrize(
    "text", ["It is not clear that the toll was paid.", "It is unclear whether the toll was paid."]
)
def test_a_negated_or_open_it_is_clear_is_no_attribution(text):
    assert attribute(text) == []


def test_a_headline_quotes_in_single_marks_above_a_body_in_double_ones():
    text = "Critics' reaction: 'Is that the whole plan?'\nThe mayor said, \"We will see.\""
    assert [a.content.text(text) for a in attribute(text)] == [
        "'Is that the whole plan?'",
        '"We will see."',
    ]


def test_a_scare_quoted_word_in_a_headline_is_no_quotation():
    text = "Ruiz Reveals 'Dismal' Toll Figures\nThe mayor said, \"We will see.\""
    assert attribute(text)[0].content.text(text) == "'Dismal' Toll Figures"


def test_sum_up_is_a_verb_of_saying():
    text = "Ruiz summed up the plan as a tax on sailors."
    a = _one(text)[0]
    assert (a.cue.text(text), a.content.text(text)) == ("summed up", "the plan as a tax on sailors")


@pytest.mark.parametrize("text", ["The sum of the tolls is large.", "Ruiz summed the tolls."])
def test_sum_without_up_is_no_cue(text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz grew mistrustful of the council.", "the council"),
        ("Most voters are strongly loyal to Ruiz.", "to Ruiz"),
        ("The weekly paper is favorable to Ruiz.", "to Ruiz"),
    ],
)
def test_adjectives_of_mistrust_loyalty_and_favor(text, content):
    assert _one(text)[0].content.text(text) == content


def test_a_ruling_favorable_to_a_party_holds_no_view():
    text = "The ruling was favorable to the port."
    assert attribute(text) == []


def test_a_headline_label_with_a_title_case_preposition_names_no_speaker():
    text = "Tolls Over Safety: The Mayor Was Warned But Waited.\n\nThe vote is Monday."
    assert attribute(text) == []


def test_a_headline_name_label_still_speaks():
    text = "Ana Ruiz: The Pier Is Safe.\n\nThe vote is Monday."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ana Ruiz", "The Pier Is Safe")


def test_regret_is_a_verb_of_stance():
    text = "Ruiz regrets her remarks about the mayor."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "her remarks about the mayor")


def test_regret_without_a_subject_that_holds_a_view_is_no_cue():
    text = "The pier regrets nothing."
    assert attribute(text) == []


def test_a_quotation_resumed_after_a_dash_aside_goes_on_with_the_one_before_it():
    text = 'Ruiz said, "The mayor will fix the pier" - as the fans shouted "Fix it!" - "and repair the roads."'
    atts = attribute(text)
    ruiz = next(a for a in atts if a.source.text(text) == "Ruiz")
    assert [p.text(text) for p in ruiz.content_spans] == [
        '"The mayor will fix the pier"',
        '"and repair the roads."',
    ]


def test_a_dash_aside_with_no_quotation_after_it_adds_nothing():
    text = (
        'Ruiz said, "The mayor will fix the pier" - as the fans shouted "Fix it!" - and then left.'
    )
    atts = attribute(text)
    ruiz = next(a for a in atts if a.source.text(text) == "Ruiz")
    assert ruiz.content.text(text) == '"The mayor will fix the pier"'


def test_a_source_after_at_which_time_leaves_the_relative_out():
    text = 'The mayor spoke, at which time the fans chanted "Fix the pier!"'
    atts = attribute(text)
    assert [a.source.text(text) for a in atts if a.cue and a.cue.text(text) == "chanted"] == [
        "the fans"
    ]


def test_a_delegate_title_does_not_end_the_sentence_of_a_quotation_cue():
    text = '"The pier must stay open!" the state Del. Ana Ruiz told the council.'
    a = _one(text)[0]
    assert a.source.text(text) == "the state Del. Ana Ruiz"


def test_the_state_abbreviation_del_still_ends_a_sentence_before_the():
    from claims.nlp.segmentation import segment

    text = "Ruiz lives in Dover, Del. The council met on Monday."
    assert len(segment(text)) == 2


def test_says_after_a_relative_that_is_a_cue():
    text = "The port kept a ledger that says the pier is safe."
    assert _one(text)[0].content.text(text) == "the pier is safe"


def test_says_after_a_demonstrative_that_is_no_cue():
    assert attribute("The pier is shut, and that says a lot about the council.") == []


def test_a_quotation_never_closed_ends_with_the_sentence_before_the_next_one():
    text = "Ruiz said the mayor met her “and said the pier is shut. And I just left. “Go home,” Ruiz said."
    assert [text[s:e] for s, e in quote_regions(text)] == [
        "“and said the pier is shut. And I just left.",
        "“Go home,”",
    ]
    said = attribute(text)[0]
    assert said.content.text(text).endswith("And I just left.")


def test_an_unclosed_mark_inside_a_sentence_opens_no_quotation():
    text = "Ruiz called it “a mess and “a shame,” she said."
    assert [text[s:e] for s, e in quote_regions(text)] == ["“a shame,”"]


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is shut," Lund said. Ruiz then spoke to the fans. "We will win. The port stays."',
        '"The pier is shut," Lund said.\n\nRuiz made this remark:\n\n"We will win. The port stays."',
    ],
)
def test_a_sentence_handing_the_turn_to_a_new_speaker_gives_them_the_next_quotation(text):
    last = attribute(text)[-1]
    assert (last.rule, last.source.text(text), last.content.text(text)) == (
        "quote-turn",
        "Ruiz",
        '"We will win. The port stays."',
    )


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is shut," Lund said. He then spoke to the fans. "We will win. The port stays."',
        '"The pier is shut," Lund said. Ruiz arrived late. "We will win. The port stays."',
    ],
)
def test_a_pronoun_or_a_sentence_with_no_verb_of_saying_keeps_the_last_speaker(text):
    last = attribute(text)[-1]
    assert last.source.text(text) == "Lund"


def test_a_short_quotation_after_a_comma_inside_marks_and_and_joins_the_cued_one():
    text = 'The fans chanted at him, "Shut the pier," and "Fix the roads." The mayor left.'
    a = _one(text)[0]
    assert [p.text(text) for p in a.content_spans] == ['"Shut the pier,"', '"Fix the roads."']


def test_a_short_quotation_with_a_cue_of_its_own_after_and_stays_out():
    text = 'The fans chanted "Shut the pier," and the mayor called it "fun."'
    atts = attribute(text)
    assert all(
        "fun" not in a.content.text(text) for a in atts if a.cue and a.cue.text(text) == "chanted"
    )


def test_a_participle_with_by_after_quoted_words_modifies_them():
    assert (
        attribute('By then, port "super funds" backed by the Ruiz brothers had seized on the toll.')
        == []
    )


def test_a_verb_of_saying_after_a_quotation_still_reports_it():
    text = '"The pier is safe," said the mayor.'
    assert _one(text)[0].content.text(text) == '"The pier is safe,"'


def test_a_name_alone_on_the_last_line_inside_the_marks_signs_the_quotation():
    text = 'The pier is old.\n\n"We will fix the pier this year and the port after it.\nAna Ruiz."\n\nThe council met.'
    a = _one(text)[0]
    assert (a.rule, a.source.text(text), a.content.text(text)) == (
        "quote-signature",
        "Ana Ruiz",
        '"We will fix the pier this year and the port after it',
    )


def test_a_last_line_opening_with_a_function_word_signs_nothing():
    text = 'The pier is old.\n\n"We will fix the pier this year and the port after it.\nThen The Roads."\n\nThe council met.'
    assert all(a.rule != "quote-signature" for a in attribute(text))


def test_a_quoted_sign_off_after_a_transcript_turn_is_the_writers():
    text = 'The pier is old.\n\n"RUIZ: We will fix the pier this year, and the port after it.\n\n"Follow Ana Lund on Twitter @analund."'
    atts = attribute(text)
    assert all("Follow" not in a.content.text(text) for a in atts)
    assert any(a.source and a.source.text(text) == "RUIZ" for a in atts)


def test_a_quotation_opening_with_follow_is_still_a_quotation():
    text = '"Follow the money at the port, and you will find the toll," Ruiz said.'
    assert _one(text)[0].source.text(text) == "Ruiz"


def test_a_colon_before_a_quotation_with_its_own_cue_after_it_splits_the_reports():
    text = "In her speech, Ruiz declared the need for hard work: “Fix the pier, and when you have done that, fix it again,” she said."
    assert [a.content.text(text) for a in attribute(text)] == [
        "the need for hard work",
        "“Fix the pier, and when you have done that, fix it again,”",
    ]


def test_a_speech_frame_ending_in_a_colon_is_not_part_of_the_quotation():
    text = "The pier is old.\n\nSen. Ana Ruiz scolded him: “The council is against you on the tolls,” she said. “I do not see why you went there.”"
    a = attribute(text)[-1]
    assert a.content.text(text).startswith("“The council")


def test_the_name_in_footage_of_a_person_asking_is_the_speaker():
    text = "The ad uses footage of Ana Ruiz asking, “Why is the pier still closed?”"
    assert _one(text)[0].source.text(text) == "Ana Ruiz"


def test_a_participle_after_footage_of_a_thing_keeps_the_main_subject():
    text = "The ad uses footage of the pier, asking why it is closed."
    assert _one(text)[0].source.text(text) == "The ad"


def test_a_quoted_title_after_a_work_noun_and_a_comma_is_no_quotation_of_the_cue():
    text = "In his 2002 book, ''Fix Your Own Pier,'' Ruiz argued that the tolls are too high."
    assert _one(text)[0].content.text(text) == "that the tolls are too high"


def test_a_quotation_after_a_noun_that_names_no_work_is_still_the_cues():
    text = "In his 2002 speech, ''Fix your own pier,'' Ruiz argued, and the council agreed."
    assert "Fix your own pier" in _one(text)[0].content.text(text)


def test_regular_stance_passive_without_agent_gives_no_attribution():
    # "mocked" is a past tense and a participle at once: after "was" it is a passive
    assert attribute("Ruiz was mocked for closing the pier.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz was mocked by the mayor for closing the pier.", "the mayor"),
        ("The mayor mocked Ruiz for closing the pier.", "The mayor"),
        ("The mayor has mocked Ruiz for closing the pier.", "The mayor"),
    ],
)
def test_regular_stance_past_keeps_its_active_and_agent_readings(text, source):
    assert _one(text)[0].source.text(text) == source


def test_cue_after_a_closed_quotation_with_its_own_object_looks_forward():
    text = '"We will fight for the pier." She noted a planned rally in May.'
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("She", "a planned rally in May")


def test_cue_after_a_closed_quotation_with_only_an_aside_keeps_the_quotation():
    text = '"We will fight for the pier." She said, looking at the port.'
    assert _one(text)[0].content.text(text) == '"We will fight for the pier."'


@pytest.mark.parametrize(
    "text",
    [
        "Saying the pier was unsafe, Ruiz closed it.",
        "Arguing the pier was unsafe, Ruiz closed it.",
    ],
)
def test_fronted_gerund_with_a_bare_clause_takes_the_subject_after_the_comma(text):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the pier was unsafe")


def test_present_tense_cue_after_a_relative_that_tagged_a_preposition():
    text = "The port released a report that says the pier is unsafe."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("a report that", "the pier is unsafe")


@pytest.mark.parametrize("text", ["That leaves the port in a bind.", "If that proves true, we go."])
def test_demonstrative_that_before_a_present_tense_is_no_relative(text):
    assert attribute(text) == []


def test_present_tense_cue_after_a_noun_the_tagger_calls_an_adjective():
    text = "The port average shows Ruiz ahead by 3 points."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "The port average",
        "Ruiz ahead by 3 points",
    )


def test_plural_noun_after_an_adjective_is_no_cue():
    assert attribute("Ruiz skipped the free shows.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ruiz continued to sharply criticize the port.", "continued to sharply criticize"),
        ("Ruiz was quick to loudly praise the pier.", "was quick to loudly praise"),
    ],
)
def test_split_infinitive_keeps_its_catenative_verb(text, cue):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", cue)


def test_split_infinitive_without_a_catenative_verb_is_no_cue():
    assert attribute("Ruiz was the first clerk to accurately predict a tie.") == []


def test_purpose_infinitive_finds_its_subject_over_an_adverb():
    text = "Ruiz never missed a chance to remind the crowd she grew up by the pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "she grew up by the pier")


def test_purpose_infinitive_over_an_adverb_needs_a_subject_that_can_hold_a_view():
    assert attribute("The storm never gave the crew a chance to warn the boats.") == []


def test_passive_with_well_before_the_participle_finds_its_agent():
    text = "Ruiz is well liked by the mayor."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("the mayor", "Ruiz")


def test_well_before_a_participle_without_agent_gives_nothing():
    assert attribute("The pier is well built.") == []


def test_past_tense_after_a_noun_the_tagger_calls_an_adjective():
    text = "A survey of voters in the primary showed that the pier is a top concern."
    a = _one(text)[0]
    assert a.cue.text(text) == "showed"
    assert a.content.text(text) == "that the pier is a top concern"


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz spoke often about the pier.",
        "Ruiz speaks more often in public about the pier.",
        "Ruiz spoke at length about the pier.",
    ],
)
def test_adverbs_between_a_verb_and_its_particle(text):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "the pier")


def test_no_one_is_a_subject_that_can_hold_a_view():
    text = "No one had envisioned how the pier would fare."
    a = _one(text)[0]
    assert a.source.text(text) == "No one"


def test_one_after_a_number_word_is_no_subject_for_a_stance_verb():
    assert attribute("Only one had envisioned the storm.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ruiz shot back that the pier was safe.", "shot back"),
        ("Ruiz had foreseen that the pier would close.", "had foreseen"),
    ],
)
def test_irregular_forms_of_cue_verbs(text, cue):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ruiz snubbed the port workers.", "snubbed"),
        ("Ruiz vetoes the plan for the pier.", "vetoes"),
    ],
)
def test_doubled_consonant_and_oes_forms_of_stance_verbs(text, cue):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", cue)


@pytest.mark.parametrize(
    "text",
    ["The mayor backs the plan for the pier.", "The mayor vetoes the plan for the pier."],
)
def test_present_tense_tagged_plural_noun_after_a_determined_subject(text):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("The mayor", "the plan for the pier")


def test_plural_noun_after_a_preposition_and_noun_is_no_cue():
    assert attribute("In the swing states the race is close.") == []


def test_noun_phrase_after_a_particle_is_the_object_not_an_addressee():
    text = "Ana Lund pushed for pier funds, although the port balked."
    a = attribute(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ana Lund", "pier funds")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz and the mayor have both said the pier is safe.", "Ruiz and the mayor"),
        ("They have all argued the pier is safe.", "They"),
    ],
)
def test_quantifier_floated_after_the_auxiliary_keeps_the_verb(text, source):
    assert _one(text)[0].source.text(text) == source


def test_quantifier_floated_in_a_passive_without_agent_gives_nothing():
    assert attribute("The plans were all approved.") == []


def test_coordinated_cue_with_its_own_auxiliary_after_be():
    text = "Ruiz is a harbor engineer and has lectured about the pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", "has lectured about")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The report led Ruiz to conclude that the pier will fail.",
            "Ruiz",
            "that the pier will fail",
        ),
        (
            "The leak prompted the mayor to question whether the pier is safe.",
            "the mayor",
            "whether the pier is safe",
        ),
    ],
)
def test_verb_that_brings_its_object_to_a_view(text, source, content):
    a = _one(text)[0]
    assert (a.rule, a.source.text(text), a.content.text(text)) == ("led-to-view", source, content)


@pytest.mark.parametrize(
    "text",
    [
        "The storm led the port crews to close the pier for a week.",
        "The storm led the port to question its budget for the year.",
    ],
)
def test_led_to_needs_a_view_verb_and_an_object_that_can_hold_a_view(text):
    assert [a.rule for a in attribute(text) if a.rule == "led-to-view"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan was seen by some as a retreat.", "some"),
        ("The plan was seen by the mayor as a retreat.", "the mayor"),
    ],
)
def test_irregular_participle_passive_with_agent_and_as_is_the_agents_view(text, source):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text), a.content.text(text)) == (
        source,
        "was seen",
        "as a retreat",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The fire was seen by some residents from the pier.",
        "The pier was used by some as a shelter.",
    ],
)
def test_passive_seen_without_as_or_a_non_cue_with_by_some_gives_nothing(text):
    assert attribute(text) == []


def test_idiom_of_stance_after_a_catenative_takes_its_subject():
    text = "Ruiz tried to take aim at the mayor over the toll."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", "tried to take aim at")


def test_idiom_of_stance_in_an_infinitive_without_a_subject_that_holds_views_gives_nothing():
    assert attribute("The pier was built to take aim at the old port.") == []


def test_drawing_a_contrast_with_someone_is_a_stance():
    text = "Ruiz drew a sharp contrast with the mayor on the toll."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", "drew a sharp contrast with")


def test_a_thing_that_draws_a_contrast_gives_nothing():
    assert attribute("The new pier drew a contrast with the old port.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz's view, however, is that the pier is unsafe.",
        "Ruiz's answer - one she gives rarely - was that the pier was never safe.",
    ],
)
def test_noun_of_claim_before_be_that_over_an_aside(text):
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text).startswith("that the pier")) == (
        "Ruiz's",
        True,
    )


def test_noun_of_claim_over_an_aside_without_that_gives_nothing():
    assert attribute("Ruiz's view, however, is clear.") == []


def test_verb_before_that_over_by_now():
    text = "The neighbors have overheard by now that the pier will close."
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("The neighbors", "have overheard by now")


def test_by_then_before_a_that_of_time_gives_nothing():
    assert attribute("The crew had left by then that morning.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ruiz took a cheap shot at the mayor.", "took a cheap shot at"),
        (
            "Ruiz drew a calmer, clearer contrast with the mayor.",
            "drew a calmer, clearer contrast with",
        ),
    ],
)
def test_idiom_with_adjectives_between_its_article_and_noun(text, cue):
    a = _one(text)[0]
    assert (a.source.text(text), a.cue.text(text)) == ("Ruiz", cue)


def test_adjectives_before_a_noun_outside_the_idioms_give_nothing():
    assert attribute("Ruiz took a long, slow walk at the pier.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fare rises were most pronounced near the pier.",
        "The ferry line, Ruiz Marine (pronounced roo-EES), moved to the port.",
    ],
)
def test_participle_after_a_degree_word_or_a_bracket_is_an_adjective(text):
    assert attribute(text) == []


def test_pronounced_with_an_object_stays_a_cue():
    text = "The mayor pronounced the pier safe."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("The mayor", "the pier safe")


def test_cue_in_a_fronted_subordinate_clause_takes_no_main_clause_as_content():
    assert attribute("After the union objected, the ferry was moved to the port.") == []


def test_cue_in_a_fronted_as_clause_still_reports_the_main_clause():
    text = "As the union noted, the ferry was moved to the port."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "the union",
        "the ferry was moved to the port",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz laughs, just like the pier crew did in June.",
        "Some engineers believe, and the council agrees.",
    ],
)
def test_adjunct_after_a_comma_is_no_content(text):
    assert all(a.cue.text(text) not in ("laughs", "believe") for a in attribute(text))


def test_clause_after_a_comma_stays_the_content():
    text = "The union noted, the ferry was moved to the port."
    a = _one(text)[0]
    assert a.content.text(text) == "the ferry was moved to the port"


def test_coordinated_participle_after_a_lone_participle_is_no_content():
    assert attribute("The ferry show is a harbor comedy, written and staged by Ana Ruiz.") == []


def test_coordinated_verbs_after_a_finite_cue_still_report():
    text = "Ruiz praised and thanked the harbor crew."
    assert _one(text)[0].source.text(text) == "Ruiz"


@pytest.mark.parametrize(
    "text",
    ["The regatta promises to be close.", "The harbor storm threatens to become a hurricane."],
)
def test_promise_to_be_after_a_thing_is_a_likelihood(text):
    assert attribute(text) == []


def test_promise_to_be_after_a_holder_stays_a_pledge():
    text = "The council promised to be open about the pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "The council",
        "to be open about the pier",
    )


def test_echo_with_a_speaker_as_object_gives_no_content():
    assert attribute("Ruiz spoke at the pier, echoing the mayor.") == []


def test_echo_with_words_as_object_reports_them():
    text = "Ruiz echoed those comments on the pier."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == ("Ruiz", "those comments on the pier")


def test_echo_with_a_speakers_possessive_object_reports_it():
    text = "Ruiz spoke at the pier, echoing the mayor's warning."
    assert any(a.content.text(text) == "the mayor's warning" for a in attribute(text))


def test_base_verb_form_between_a_determined_noun_and_is_is_a_noun():
    text = "The ferry push is stalled, officials said."
    assert [a.cue.text(text) for a in attribute(text)] == ["said"]


def test_free_relative_with_want_before_is_keeps_the_verb():
    text = "What the crews want is a raise."
    assert _one(text)[0].cue.text(text) == "want"


def test_encourage_after_it_is_a_cause():
    assert attribute("It could also encourage Ruiz to stay at the port.") == []


def test_encourage_after_a_holder_reports():
    text = "The mayor encouraged Ruiz to stay at the port."
    a = _one(text)[0]
    assert (a.source.text(text), a.content.text(text)) == (
        "The mayor",
        "Ruiz to stay at the port",
    )


@pytest.mark.parametrize(
    "text",
    ["Ruiz earned praise for her pier plan.", "Ruiz won praise for saying the pier was safe."],
)
def test_a_receiver_of_praise_is_its_target_not_its_source(text):
    a = _one(text)[0]
    assert (a.source, a.speaker) == (None, None)
