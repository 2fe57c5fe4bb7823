"""What each attribution rule means, in words a reviewer reads next to the attribution.

`attribution.py` names the rule that produced every attribution; this is the glossary the web
UI and the admin show, so a reviewer can see why a claim was attributed and how much to trust it.
"""

from __future__ import annotations

RULE_DESCRIPTIONS: dict[str, str] = {
    # quotations
    "quote-cue-after": "a quotation followed by its speaker and verb (“…,” she said)",
    "quote-cue-before": "a quotation after its speaker and verb (she said: “…”)",
    "quote-split": "a quotation split by its speaker and verb (“…,” she said, “…”)",
    "quote-mixed-cue-after": "a clause ending in a quotation, then its speaker and verb",
    "quote-signature": "a quotation signed with a name after a dash, or with a name alone on its last line inside the marks",
    "quote-continuation": "a quotation with no verb of its own, continuing the last speaker",
    "quote-mid": "a partial quotation inside a sentence with no verb of its own: the sentence's subject's, a name right before a colon, or the speaker of the sentence's cued quotation",
    "quote-turn": "a quotation with no verb of its own after a sentence handing the turn to a new named speaker (Ruiz spoke next. “…”; Ruiz made this remark: “…”)",
    "quote-uncued": "a quotation with no verb and no speaker before it, after a sentence whose subject can speak: that subject's",
    # reported speech
    "say-that": "a verb of saying followed by a “that” clause",
    "say-clause": "a verb of saying followed by the clause it reports",
    "cue-clause": "a reporting or stance verb followed by what it reports",
    "content-cue-after": "a clause followed by its speaker and verb (…, she said)",
    "relative-object": "a noun and the relative clause after it that reports it (the plan she backs)",
    "content-cue-after-tail": "a clause followed by its speaker and verb at the sentence end",
    "cue-parenthetical": "a speaker and verb inside the reported clause (…, she said, …)",
    "cue-colon-paragraph": "a speaker and verb ending in a colon, reporting the next paragraph",
    "cue-passive-agent": "a passive verb with its agent (was told by …)",
    "according-to": "“according to” and its source",
    "quote-colon": "a quotation after a colon, held by the sentence's subject (Her reply: “…”)",
    "view-in": "“In X's view, …”: the clause is what X holds",
    "noun-cue": "a noun of saying or stance with what it holds (the claim that …)",
    "target-noun": "a noun of stance whose holder follows it and whose subject is its target "
    "(X drew the support of Y)",
    "adjective-cue": (
        "an adjective or a role of stance after “be” with what it holds (was critical of …, "
        "is a vocal critic of …)"
    ),
    "speaker-label": "a speaker label before a colon (SMITH: …)",
    "headline-verb": "a headline's subject with a verb of saying or stance",
    "headline-passive": "a headline ending in a stance verb's participle, its agent dropped: the noun phrase is what is judged",
    "hedge-it": "the writer's hedged reading of a whole clause (it seems …, it looks like …)",
    "evident-that": "the writer's claim framed as evident or likely (it is clear that …, it is likely that …)",
    "headline-colon": 'a headline "Name: Words", "Name on Topic: Words" or "A lesson from Name: Words": the name\'s words',
    "frame-in": "a sentence opening with the statement, interview or poll that frames it",
    "hedge-seem": "the writer's reading of someone's view (she seems to …)",
    "experiencer-object": "a verb whose object feels what its subject causes (… angered her)",
    "led-to-view": "a verb that brings its object to a view (… led her to suspect that …): the object holds it",
    "poll-in": "a standing measured by a poll (X leads in the latest poll): the poll is the source",
    "reported-adverb": "a clause marked as reported without a source (reportedly, allegedly)",
}

AGENT_PREFIX = "agent-"
AGENT_NOTE = "; the verb counts because its subject can hold a view"


def explain(rule: str) -> str:
    """The reviewer-facing description of `rule`; an unknown rule is shown by its name."""
    if rule.startswith(AGENT_PREFIX):
        base = RULE_DESCRIPTIONS.get(rule[len(AGENT_PREFIX) :])
        return base + AGENT_NOTE if base else rule
    return RULE_DESCRIPTIONS.get(rule, rule)
