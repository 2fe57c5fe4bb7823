"""Every rule the detector can name has a description a reviewer can read."""

from __future__ import annotations

import re
from pathlib import Path

from claims.nlp import attribution
from claims.nlp.rules import AGENT_NOTE, RULE_DESCRIPTIONS, explain

SOURCE = Path(attribution.__file__).read_text(encoding="utf-8")


def test_every_rule_named_in_the_detector_is_described():
    # every rule-like literal on a line that sets or passes a rule: 'c.rule = "a" if x else
    # "b"', 'rule="view-in"', 'rule = "quote-split"'
    named = {
        name
        for line in SOURCE.splitlines()
        if re.search(r"\brule\s*=", line)
        for name in re.findall(r'"([a-z]+(?:-[a-z]+)+)"', line)
    }
    named |= set(re.findall(r'"(say-that|cue-clause|say-clause)"', SOURCE))
    assert len(named) > 15
    assert named - {"agent-"} <= set(RULE_DESCRIPTIONS), named - set(RULE_DESCRIPTIONS)


def test_agent_rules_explain_why_the_verb_counts():
    assert explain("agent-cue-clause") == RULE_DESCRIPTIONS["cue-clause"] + AGENT_NOTE


def test_unknown_rule_is_shown_by_its_name():
    assert explain("some-future-rule") == "some-future-rule"
    assert explain("agent-some-future-rule") == "agent-some-future-rule"
