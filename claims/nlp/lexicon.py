"""Cue lexicons for attribution detection: reporting verbs, their inflections, and helpers.

Weights are rough priors (0..1) of how reliably a verb introduces attributed content; they feed
the `confidence` of an attribution and rank competing cues in a sentence.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def tagger_lexicon() -> dict[str, str] | None:
    """Word -> Penn tag from textblob's bundled lexicon (read from the wheel, never
    downloaded), or None when textblob is not installed."""
    try:
        from textblob.en import lexicon

        lexicon.load()
        return dict(lexicon)
    except Exception:  # pragma: no cover - depends on the environment
        return None


# Verbs of saying, reporting and stance, by strength. Multiword cues ("point out") are handled
# through PARTICLES below.
SPEECH_VERBS = {
    # core verbs of saying
    "say": 1.0,
    "tell": 0.95,
    "add": 0.7,
    "note": 0.85,
    "claim": 0.9,
    "insist": 0.9,
    "argue": 0.9,
    "warn": 0.9,
    "explain": 0.85,
    "report": 0.85,
    "write": 0.8,
    "state": 0.85,
    "announce": 0.85,
    "acknowledge": 0.85,
    "admit": 0.85,
    "allege": 0.9,
    "assert": 0.9,
    "contend": 0.9,
    "declare": 0.85,
    "deny": 0.85,
    "suggest": 0.8,
    "tweet": 0.85,
    "read": 0.8,  # a document's wording: '"...," the letter read' (after a quotation only)
    "predict": 0.8,
    "reply": 0.85,
    "respond": 0.7,
    "recall": 0.75,
    "remark": 0.85,
    "concede": 0.85,
    "confirm": 0.8,
    "complain": 0.85,
    "stress": 0.8,
    "emphasize": 0.8,
    "emphasise": 0.8,
    "maintain": 0.6,
    "promise": 0.8,
    "vow": 0.85,
    "pledge": 0.8,
    "threaten": 0.7,
    "urge": 0.85,
    "demand": 0.8,
    "accuse": 0.85,
    "blame": 0.75,
    "criticize": 0.75,
    "criticise": 0.75,
    "praise": 0.7,
    "ask": 0.75,
    "question": 0.6,
    "wonder": 0.7,
    "believe": 0.8,
    "think": 0.7,
    "hope": 0.6,
    "fear": 0.65,
    "worry": 0.65,
    "expect": 0.5,
    "estimate": 0.7,
    "conclude": 0.75,
    "find": 0.5,
    "show": 0.5,
    "indicate": 0.65,
    "reveal": 0.7,
    "signal": 0.65,
    "agree": 0.6,
    "disagree": 0.7,
    "call": 0.6,
    "mention": 0.75,
    "point": 0.4,
    "joke": 0.85,
    "boast": 0.85,
    "brag": 0.85,
    "quip": 0.9,
    "lament": 0.85,
    "charge": 0.6,
    "counter": 0.8,
    "observe": 0.75,
    "propose": 0.75,
    "recommend": 0.75,
    "describe": 0.7,
    "reiterate": 0.85,
    "testify": 0.85,
    "caution": 0.85,
    "decry": 0.8,
    "dismiss": 0.6,
    "reject": 0.65,
    "slam": 0.75,
    "blast": 0.75,
    "attack": 0.55,
    "condemn": 0.75,
    "denounce": 0.8,
    "defend": 0.6,
    "support": 0.5,
    "endorse": 0.65,
    "back": 0.45,
    "oppose": 0.6,
    "want": 0.5,
    "plan": 0.4,
    "intend": 0.5,
    "seek": 0.45,
    "refuse": 0.5,
    "know": 0.5,
    "feel": 0.55,
    "consider": 0.5,
    "understand": 0.45,
    "learn": 0.45,
    "acknowlege": 0.8,
    "answer": 0.7,
    "advise": 0.75,
    "assure": 0.8,
    "inform": 0.75,
    "remind": 0.75,
    "convince": 0.6,
    "persuade": 0.55,
    "order": 0.55,
    "instruct": 0.7,
    "request": 0.7,
    "encourage": 0.6,
    "demonstrate": 0.5,
    "prove": 0.5,
    "imply": 0.75,
    "hint": 0.8,
    "speculate": 0.85,
    "surmise": 0.85,
    "guess": 0.7,
    "suspect": 0.75,
    "doubt": 0.7,
    "assume": 0.6,
    "imagine": 0.6,
    "recognize": 0.55,
    "recognise": 0.55,
    "realize": 0.55,
    "discover": 0.5,
    "determine": 0.5,
    "decide": 0.45,
    "rule": 0.5,
    "insinuate": 0.85,
    "proclaim": 0.85,
    "pronounce": 0.7,
    "affirm": 0.85,
    "repeat": 0.7,
    "shout": 0.8,
    "yell": 0.8,
    "scream": 0.75,
    "cry": 0.5,
    "chant": 0.75,
    "whisper": 0.75,
    "murmur": 0.75,
    "mutter": 0.8,
    "sigh": 0.6,
    "laugh": 0.4,
    "continue": 0.4,
    "concur": 0.75,
    "object": 0.6,
    "protest": 0.55,
    "push": 0.35,
    "press": 0.4,
    "dispute": 0.7,
    "challenge": 0.55,
    "contradict": 0.6,
    "characterize": 0.7,
    "label": 0.6,
    "brand": 0.6,
    "dub": 0.65,
    "term": 0.6,
    "forecast": 0.75,
    "project": 0.45,
    "calculate": 0.6,
    "figure": 0.4,
    "reckon": 0.8,
    "posit": 0.85,
    "theorize": 0.85,
    "opine": 0.9,
    "muse": 0.85,
    "ponder": 0.6,
    "confess": 0.85,
    "disclose": 0.75,
    "divulge": 0.75,
    "recount": 0.8,
    "relate": 0.4,
    "describe as": 0.7,
    "allow": 0.3,
    "grumble": 0.8,
    "groan": 0.6,
    "gush": 0.8,
    "rave": 0.7,
    "rant": 0.7,
    "vent": 0.6,
    "plead": 0.75,
    "beg": 0.7,
    "appeal": 0.6,
    "implore": 0.8,
    "retort": 0.9,
    "rebut": 0.8,
    "refute": 0.75,
    "clarify": 0.75,
    "specify": 0.7,
    "elaborate": 0.7,
    "summarize": 0.6,
    "sum": 0.6,  # only as "sum up"
    "outline": 0.5,
    "detail": 0.5,
    "describe it": 0.7,
    "look": 0.4,
}

# Irregular verb forms: lemma -> (3sg, past, past participle, gerund).
IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "find": ("finds", "found", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "sum": ("sums", "summed", "summed", "summing"),
    "know": ("knows", "knew", "known", "knowing"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "cry": ("cries", "cried", "cried", "crying"),
    "prove": ("proves", "proved", "proven", "proving"),
    "rebut": ("rebuts", "rebutted", "rebutted", "rebutting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "cast": ("casts", "cast", "cast", "casting"),
    "see": ("sees", "saw", "seen", "seeing"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "echo": ("echoes", "echoed", "echoed", "echoing"),
    "broadcast": ("broadcasts", "broadcast", "broadcast", "broadcasting"),
    "lay": ("lays", "laid", "laid", "laying"),
    "read": ("reads", "read", "read", "reading"),
    "sell": ("sells", "sold", "sold", "selling"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "spin": ("spins", "spun", "spun", "spinning"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "upset": ("upsets", "upset", "upset", "upsetting"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "veto": ("vetoes", "vetoed", "vetoed", "vetoing"),
}
DOUBLE_FINAL = {
    "shrug",
    "admit",
    "plan",
    "commit",
    "regret",
    "quip",
    "dub",
    "rebut",
    "refer",
    "prefer",
    "occur",
    "concur",
    "stop",
    "slam",
    "rip",
    "jab",
    "beg",
    "brag",
    "vet",
    "chat",
    "cop",
    "peg",
    "tag",
    "abhor",
    "blog",
    "extol",
    "shun",
    "snub",
}

# Verbs whose first complement is the addressee ("told AFP", "warned reporters"); lemmas of
# SPEECH_VERBS or STANCE_VERBS only, as a cue's lemma is what is looked up.
ADDRESSEE_VERBS = {
    "tell",
    "warn",
    "assure",
    "inform",
    "remind",
    "advise",
    "urge",
    "ask",
    "convince",
    "persuade",
    "promise",
    "caution",
    "instruct",
    "order",
    "encourage",
    "beg",
    "implore",
    "press",
    "push",
    "accuse",
    "blame",
    "question",
    "challenge",
}

# Particles kept in the cue ("point out", "call for").
PARTICLES = {
    "point": {"out", "to"},
    "call": {"for", "on", "upon"},
    "speak": {"out", "about", "of"},
    "lash": {"out"},
    "push": {"for", "back"},
    "press": {"for"},
    "hit": {"back", "out"},
    "weigh": {"in"},
    "chime": {"in"},
    "spell": {"out"},
    "rule": {"out"},
    "back": {"up"},
    "sound": {"off"},
    "open": {"up"},
    "go": {"on"},
    "fire": {"back"},
    "shoot": {"back"},
    "write": {"in"},
    "look": {"for"},
    "walk": {"back"},
    "double": {"down"},
    "play": {"down"},
    "shrug": {"off"},
    "brush": {"aside", "off"},
    "sign": {"off"},
    "sum": {"up"},
}
# Verbs that need their particle to count as cues.
NEEDS_PARTICLE = {
    "bring",
    "cop",
    "balk",
    "lecture",
    "harp",
    "dwell",
    "gloss",
    "pile",
    "look",
    "focus",
    "vote",
    "point",
    "speak",
    "lash",
    "hit",
    "weigh",
    "chime",
    "spell",
    "sound",
    "open",
    "go",
    "fire",
    "shoot",
    "lay",
    "walk",
    "double",
    "play",
    "shrug",
    "brush",
    "sign",
    "sum",
}

# Idioms of stance: a verb and fixed words ("~" stands for a possessive: "threw her support
# behind"), after which comes what the stance is about. A final "that" opens the content.
IDIOM_CUES = {
    "take": (
        "aim at", "issue with", "credit for", "a swipe at", "a shot at", "a jab at",
        "a stand against", "a stand on", "a hard line on", "the position that",
    ),
    "make": (
        "the case for", "the case against", "the case that", "no secret of", "little secret of",
        "a pitch for",
    ),
    "stop": ("short of",),
    "side": ("with", "against"),
    "throw": ("~ support behind", "~ weight behind"),
    "give": ("~ backing to", "~ support to", "~ blessing to"),
    "cast": ("doubt on", "doubt over"),
    "pour": ("cold water on", "scorn on"),
    "heap": ("praise on", "criticism on", "scorn on", "blame on"),
    "lavish": ("praise on",),
    "sound": ("the alarm about", "the alarm over", "the alarm on"),
    "raise": ("the possibility that", "the possibility of", "the prospect of", "the prospect that"),
    "float": ("the idea of", "the idea that", "the possibility of", "the possibility that"),
    "break": ("with",),
    "pile": ("on",),
    "pull": ("support for", "~ support for", "~ support from", "support from"),
    "draw": (
        "a contrast with", "contrasts with", "a sharp contrast with", "sharp contrasts with",
        "a clear contrast with", "a contrast between", "a distinction between",
    ),
}  # fmt: skip
IDIOM_VERB_FORMS = {
    **{w: "take" for w in ("take", "takes", "took", "taken", "taking")},
    **{w: "make" for w in ("make", "makes", "made", "making")},
    **{w: "stop" for w in ("stop", "stops", "stopped", "stopping")},
    **{w: "side" for w in ("side", "sides", "sided", "siding")},
    **{w: "throw" for w in ("throw", "throws", "threw", "thrown", "throwing")},
    **{w: "give" for w in ("give", "gives", "gave", "given", "giving")},
    **{w: "cast" for w in ("cast", "casts", "casting")},
    **{w: "pour" for w in ("pour", "pours", "poured", "pouring")},
    **{w: "sound" for w in ("sound", "sounds", "sounded", "sounding")},
    **{w: "raise" for w in ("raise", "raises", "raised", "raising")},
    **{w: "float" for w in ("float", "floats", "floated", "floating")},
    **{w: "heap" for w in ("heap", "heaps", "heaped", "heaping")},
    **{w: "lavish" for w in ("lavish", "lavishes", "lavished", "lavishing")},
    **{w: "break" for w in ("break", "breaks", "broke", "breaking")},
    **{w: "pile" for w in ("pile", "piles", "piled", "piling")},
    **{w: "pull" for w in ("pull", "pulls", "pulled", "pulling")},
    **{w: "draw" for w in ("draw", "draws", "drew", "drawn", "drawing")},
}

# Verbs of NEEDS_PARTICLE that are also cues before an infinitive of intent ("X looks to
# ease tensions").
INFINITIVE_CUES = {"look"}

AUXILIARIES = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "'s",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "'ll",
    "'d",
    "'ve",
    "wo",
    "ca",
    "not",
    "n't",
    "never",
    "also",
    "already",
    "reportedly",
    "repeatedly",
    "previously",
    "publicly",
    "privately",
    "often",
    "once",
    "later",
    "again",
    "even",
    "still",
    "just",
    "recently",
    "earlier",
    "frequently",
    "has been",
    "got",
    "get",
    "gets",
    "going",
    "to",
    "used",
    "always",
    "now",
    "further",
    "then",
    "since",
    "first",
    "too",
    "long",
    "initially",
    "ultimately",
    "finally",
    "famously",
    "openly",
    "flatly",
}

# Verbs of stance, evaluation and communication that count as cues only after a subject that
# can hold or voice a view (a name, a person pronoun, "officials", "the campaign"): "Trump
# cited ...", "the paper backs ...", "she touted ...".
STANCE_VERBS = {
    w: 0.45
    for w in """
    regret
    cite tout highlight liken compare echo invoke laud hail mock ridicule tease taunt insult
    lambaste chide scold rebuke berate fault hammer bash belittle disparage downplay trumpet
    champion applaud commend congratulate thank salute celebrate welcome embrace vouch favor
    prefer like love hate dislike pitch promote advocate retweet blog publish broadcast discuss
    debate talk speak reference refer portray depict cast nickname chronicle narrate summarize
    preview foreshadow telegraph guarantee swear anticipate wish desire lobby petition offer
    counsel discourage reassure regard view see deem suppose presume dread remember forget
    notice comment apologize mourn deplore excoriate castigate assail rip target extol admire
    respect trust distrust appreciate enjoy credit spotlight underscore reaffirm rail fume
    gloat sneer scoff snipe jab swipe quibble exhort document lay decline vote focus list
    bemoan
    deride chastise disavow snub rebuff lampoon denigrate demonize vilify malign skewer pillory
    reprimand admonish censure repudiate renounce disown regret resent relish cherish lionize
    glorify idolize acclaim scorn spurn shun upbraid reproach loathe detest despise abhor
    revere venerate begrudge
    sponsor cosponsor co-sponsor repeal overrule veto
    bring cop balk lecture harp dwell gloss pile
    envision envisage foresee fathom comprehend perceive sense
    ignore disregard overlook
    """.split()
}
PARTICLES_STANCE = {
    "focus": {"on"},
    "vote": {"for", "against", "to", "down"},
    "talk": {"about", "up"},
    "lay": {"out"},
    "refer": {"to"},
    "speak": {"about", "of"},
    "bring": {"up"},
    "cop": {"to"},
    "balk": {"at"},
    "lecture": {"on", "about"},
    "harp": {"on"},
    "dwell": {"on"},
    "gloss": {"over"},
    "pile": {"on"},
}

# Verbs of casting someone or something in a light, cues only in the frame "X <verb> Y as Z"
# after a subject that can hold a view: "the mayor billed the pier as a landmark", "Ruiz
# painted the plan as reckless", "voters picked Ruiz as their favorite".
AS_VERBS = set(
    """
    bill paint frame pitch present style peg tag rate rank name rename recast reframe rebrand
    choose pick select single hail knock cover treat identify position market sell spin
    caricature envision regard tout
    """.split()
)
# Verbs of naming a cause, cues only in the frame "X <verb> Y to Z": "Ruiz linked the delays
# to the storm", "the mayor attributed the losses to the port".
TO_VERBS = {"link", "attribute", "ascribe"}

# Verbs that, even with a human subject, do not introduce attributed content (being, having,
# moving, winning): the generic cue rule in attribution.py skips them.
NON_CUE_VERBS = set(
    """
    is are was were be been being am 's has have had do does did got gets get
    became become becomes seemed seems remained remains went goes came comes
    won wins lost loses died dies lives lived born left leaves arrived arrives
    returned returns moved moves ran runs flew flies traveled travelled travels
    sat sits stood stands walked walks met meets joined joins served serves held holds
    took takes made makes gave gives put puts kept keeps let lets began begins started starts
    spent spends worked works used uses tried tries helped helps led leads turned turns
    received receives raised raises earned earns finished finishes ended ends
    needed needs appeared appears happened happens fell falls rose rises titled entitled
    """.split()
)

# Common nouns for people and organisations that can be the subject of a cue.
HUMAN_NOUNS = set(
    """
    officials official critics critic supporters supporter voters voter aides aide advisers
    adviser advisors advisor experts expert analysts analyst economists economist lawmakers
    lawmaker legislators legislator leaders leader democrats republicans conservatives
    liberals progressives candidates candidate campaign administration government spokesman
    spokeswoman spokesperson president senator governor democrat republican people residents
    members member activists activist scientists researchers reporters journalists
    editors editor authors author writers writer commentators pundits observers
    opponents opponent allies ally rivals rival group groups party committee board
    court judge justices prosecutors investigators police agency department ministry
    company companies officers workers parents students teachers americans citizens
    women men fans delegates donors staff staffers strategists pollsters polls poll survey
    surveys report study paper newspaper network lawyers lawyer attorneys attorney
    mayor mayors governors chairman chairwoman chair chief chiefs director directors
    spokesmen spokeswomen minister ministers secretary secretaries ambassador ambassadors
    judges prosecutor pollster strategist aides advisors senators congressman congresswoman
    representatives nominee nominees speaker sheriff commissioner commissioners manager
    managers executive executives ceo founder head historians scholars professor professors
    doctors diplomats diplomat insiders consultant consultants operatives operative pundit
    columnist columnists commentator host hosts anchor correspondent reporter journalist
    scientist researcher organizers protesters demonstrators sources source officer agent
    agents backers proponents advocates defenders skeptics detractors
    friend friends neighbor neighbors colleague colleagues wife husband son daughter
    mother father brother sister
    legislature legislatures chamber council councils panel assembly caucus majority
    everyone everybody someone somebody nobody anyone anybody
    studies analyses physicians physician nurses employees employee colleagues friends
    relatives neighbors neighbours followers viewers readers listeners audiences investors
    customers consumers clients bankers owners farmers veterans immigrants families
    ad ads editorial editorials column op-ed book memo letter spot video
    documentary website blog
    coalition coalitions commission websites magazine magazines newspapers papers publication publications outlet outlets
    """.split()
)

# Nouns of saying, believing and stance with the words that open their content: "Trump's
# criticism of the deal", "questions about her emails", "the belief that ...", "an agreement
# to cut emissions". "that" and "to" keep their word in the content; other prepositions do not.
_NOUN_PREPS = (
    ("criticism criticisms critique", "of"),
    ("criticism criticisms condemnation", "over for"),
    ("questions doubts skepticism scepticism worries", "about over of"),
    ("concern concerns", "about over that"),
    ("support backing", "for"),
    ("opposition objection objections", "to"),
    ("attack attacks assault", "on"),
    ("praise", "for of"),
    ("calls demands demand call plea pleas appeal appeals", "for"),
    ("agreement commitment pledge pledges vow vows promise promises refusal threat", "to"),
    ("agreement promise promises pledge warning warnings fear fears hope hopes", "that"),
    ("claim claims assertion assertions belief beliefs insistence suggestion", "that"),
    ("argument arguments allegation allegations accusation accusations", "that"),
    ("acknowledgment acknowledgement admission recognition conviction", "that"),
    ("view notion contention prediction assurance assurances", "that"),
    ("idea theory speculation rumor rumors report reports message sense feeling", "that"),
    ("impression perception suggestions statement announcement doubts worries", "that"),
    ("expectation expectations assumption conclusion finding findings charge charges", "that"),
    ("complaint complaints reminder insinuation implication", "that"),
    ("skepticism scepticism doubt confidence optimism frustration anger outrage regret", "that"),
    ("allegations accusations denial denials rejection condemnation", "of"),
    ("endorsement defense defence embrace mention", "of"),
    ("disdain contempt enthusiasm admiration sympathy", "for"),
    ("complaints complaint warnings", "about"),
    ("comments remarks", "about on"),
    ("insistence", "on"),
    ("proposal proposals", "to for"),
)


def _word_preps(table: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """word -> the words that open its content, from rows of ("words ...", "preps ...")."""
    out: dict[str, set[str]] = {}
    for words, preps in table:
        for word in words.split():
            out.setdefault(word, set()).update(preps.split())
    return {k: frozenset(v) for k, v in out.items()}


NOUN_PREP_CUES = _word_preps(_NOUN_PREPS)

# Nouns of wish, feeling and opinion that hold a view only when someone holds them: a
# possessive ("Ruiz's desire to rebuild the pier", "their distrust of the port") or a voicing
# verb ("residents voiced misgivings about the toll"). Alone they are common nouns ("interest
# in the bonds rose", "the decision to close was final").
_HELD_NOUN_PREPS = (
    ("interest", "in"),
    (
        "desire wish eagerness willingness unwillingness readiness reluctance determination "
        "intention intent resolve desperation decision decisions bid",
        "to",
    ),
    ("misgivings reservations qualms illusions worry", "about over"),
    ("outrage anger fury indignation dismay alarm displeasure disappointment", "over at"),
    ("frustration annoyance irritation disappointment dissatisfaction satisfaction", "with"),
    ("dislike distrust mistrust suspicion hatred fear fears love", "of"),
    ("fear fears suspicions", "about over"),
    ("distaste preference respect", "for"),
    ("fascination obsession preoccupation", "with"),
    ("enthusiasm excitement optimism pessimism", "about over"),
    ("confidence trust belief", "in"),
    ("view views opinion opinions thoughts ideas", "on about"),
    ("opinion perception perceptions impression theory declaration declarations", "of"),
    ("adulation approval disapproval mantra", "of"),
    ("position stance", "on"),
    ("threat threats", "of against"),
    ("hope hopes", "for of"),
)
HELD_NOUN_PREP_CUES = _word_preps(_HELD_NOUN_PREPS)

# Adjectives of stance after "be" ("X was critical of the plan", "voters are optimistic that
# ...", "the union is willing to talk") with the words that open what they hold.
_ADJ_PREPS = (
    (
        "critical supportive skeptical sceptical wary suspicious dismissive contemptuous "
        "scornful proud fond mindful respectful tolerant mistrustful distrustful leery",
        "of",
    ),
    (
        "optimistic pessimistic worried concerned skeptical sceptical enthusiastic excited "
        "nervous upbeat bullish bearish vocal adamant confident hopeful angry upset candid",
        "about",
    ),
    (
        "confident optimistic pessimistic hopeful adamant certain sure aware afraid worried "
        "concerned skeptical sceptical doubtful insistent unaware glad happy proud sorry angry "
        "upset disappointed frustrated clear emphatic explicit",
        "that",
    ),
    (
        "willing unwilling eager reluctant ready prepared keen loath opposed committed "
        "receptive hostile sympathetic loyal favorable favourable",
        "to",
    ),
    ("split divided united silent firm", "on"),
    (
        "unhappy happy satisfied dissatisfied frustrated angry upset pleased impressed "
        "disappointed comfortable uncomfortable",
        "with",
    ),
    ("divided split angry upset concerned worried", "over"),
)
# Adjectives whose "to" opens an infinitive ("willing to talk"), not a noun phrase
ADJ_INFINITIVE = {
    "willing",
    "unwilling",
    "eager",
    "reluctant",
    "ready",
    "prepared",
    "keen",
    "loath",
}


ADJ_PREP_CUES = _word_preps(_ADJ_PREPS)

# Roles of stance after "be" ("X is a vocal critic of Y", "X was long an advocate for Y")
ROLE_NOUNS = _word_preps(
    (
        (
            "critic critics supporter supporters opponent opponents proponent proponents "
            "skeptic skeptics foe foes backer backers defender defenders champion champions",
            "of",
        ),
        ("advocate advocates champion champions", "for of"),
    )
)

# What a player aims at or holds in a game: "took a shot at the goal", "a champion of
# Wimbledon" are play, not stance
PLAY_TARGETS = set(
    """
    goal goals net basket hoop rim ball puck pin hole green crown medal medals trophy cup
    title titles championship championships tournament marathon olympics league derby slam
    wimbledon
    """.split()
)

# Cue verbs whose base form is as often a common noun: "the campaign plan", "a state report".
NOUN_HOMOGRAPHS = set(
    """
    plan report push call detail state show debate attack pledge protest claim comment promise
    vow tweet charge rule support hope answer reply appeal challenge offer note warning threat
    demand request question estimate forecast survey review order boast bet guess remark
    """.split()
)

TITLES = {
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "sen.",
    "sen",
    "del.",
    "senator",
    "rep.",
    "rep",
    "representative",
    "gov.",
    "gov",
    "governor",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "dr.",
    "dr",
    "gen.",
    "gen",
    "general",
    "col.",
    "lt.",
    "sgt.",
    "capt.",
    "adm.",
    "former",
    "then",
    "then-",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "mayor",
    "judge",
    "justice",
    "chief",
    "ambassador",
    "speaker",
    "leader",
    "candidate",
    "nominee",
    "presidential",
    "democratic",
    "republican",
    "gop",
    "democrat",
    "sir",
    "lady",
    "lord",
    "rev.",
    "reverend",
    "father",
    "professor",
    "prof.",
    "attorney",
    "foreign",
    "defense",
    "defence",
    "state",
    "house",
    "senate",
    "majority",
    "minority",
    "deputy",
    "opposition",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "founder",
    "head",
    "interior",
    "finance",
    "health",
    "of",
    "u.s.",
    "us",
    "new",
    "incoming",
    "outgoing",
    "acting",
    "sheikh",
    "ayatollah",
    "supreme",
    "first",
    "billionaire",
    "businessman",
    "activist",
    "sens.",
    "reps.",
    "govs.",
}

ORG_WORDS = {
    "federation",
    "school",
    "college",
    "society",
    "academy",
    "corporation",
    "party",
    "union",
    "ministry",
    "council",
    "department",
    "house",
    "kremlin",
    "committee",
    "court",
    "news",
    "times",
    "post",
    "agency",
    "agencies",
    "office",
    "government",
    "administration",
    "campaign",
    "commission",
    "congress",
    "senate",
    "parliament",
    "association",
    "institute",
    "foundation",
    "group",
    "company",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "bank",
    "fund",
    "organization",
    "organisation",
    "bureau",
    "service",
    "network",
    "journal",
    "tribune",
    "press",
    "reuters",
    "afp",
    "ap",
    "nato",
    "un",
    "u.n.",
    "eu",
    "police",
    "army",
    "forces",
    "pentagon",
    "university",
    "club",
    "center",
    "centre",
    "coalition",
    "alliance",
    "league",
    "board",
    "authority",
    "authorities",
    "watch",
    "international",
    "cnn",
    "fox",
    "bbc",
    "abc",
    "cbs",
    "nbc",
    "msnbc",
    "tv",
    "television",
    "radio",
    "magazine",
    "daily",
    "herald",
    "guardian",
}

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
FEMININE_PRONOUNS = {"she", "her"}

# Common given names by the gender they mostly signal, and gendered titles: a pronoun ("she
# said") skips a candidate speaker of the other gender. Unknown names match either.
FEMALE_NAMES = set(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith
    megan cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
    janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly
    isabella theresa diana natalie brittany charlotte marie kayla alexis lori elaine nora sue
    sheila valerie jill sonia irene rosa carmen lucy julia sofia anne claire fiona elena olga ana
    carla paula
    irina natalia tatiana yulia fatima aisha leila priya mei yuki ingrid greta astrid
    """.split()
)
MALE_NAMES = set(
    """
    james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis mike chris ben tom tim jim bob rick
    ron tony steve dave dan matt nick greg jon pete sam luke hugh ian colin neil martin simon
    mohammed muhammad ahmed ali hassan omar ivan sergei dmitri alexei igor oleg hans klaus
    """.split()
)
MALE_TITLES = {"mr", "mr.", "sir", "king", "prince", "lord"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "queen", "princess", "lady", "dame"}

# Demonym / adjective endings dropped from the front of a speaker name ("Belarusian President").
DEMONYM_SUFFIXES = ("ian", "ese", "ish", "ean", "ani", "i")


def _forms(lemma: str) -> tuple[str, str, str, str]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in DOUBLE_FINAL:
        stem = lemma + lemma[-1]
        past, gerund = stem + "ed", stem + "ing"
    elif lemma.endswith("ee"):
        past, gerund = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        past, gerund = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, gerund = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, gerund = lemma + "ed", lemma + "ing"
    return third, past, past, gerund


def _form_kinds(lemma: str) -> list[tuple[str, str]]:
    """(form, kind) for a verb's forms; a past tense that is also its participle ("warned",
    "said") is "pp", both at once, so a test for either kind finds it."""
    third, past, part, ger = _forms(lemma)
    kinds = [(ger, "ger")]
    kinds += [(past, "pp")] if past == part else [(part, "part"), (past, "past")]
    return [*kinds, (third, "3sg"), (lemma, "base")]


def _build_forms() -> dict[str, tuple[str, str]]:
    """word form -> (lemma, form kind: base|3sg|past|part|pp|ger)."""
    out: dict[str, tuple[str, str]] = {}
    # dict order, not a set's: the first lemma to claim a form keeps it, on every run
    lemmas = dict.fromkeys([*(k for k in SPEECH_VERBS if " " not in k), *PARTICLES])
    for lemma in lemmas:
        for form, kind in _form_kinds(lemma):
            out.setdefault(form, (lemma, kind))
    return out


VERB_FORMS = _build_forms()


def _build_stance_forms() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for lemma in STANCE_VERBS:
        if lemma in SPEECH_VERBS:
            continue
        for form, kind in _form_kinds(lemma):
            out.setdefault(form, (lemma, kind))
    return {f: v for f, v in out.items() if f not in VERB_FORMS}


STANCE_FORMS = _build_stance_forms()

# Verbs whose object feels what their subject causes ("the delay angered the mayor"): the
# object holds the view. word form -> form kind
EXPERIENCER_FORMS = {
    form: kind
    for lemma in """
    anger infuriate enrage outrage frustrate annoy irritate upset offend worry alarm trouble
    dismay disappoint unsettle rattle startle surprise delight please impress
    """.split()
    for form, kind in zip(_forms(lemma), ("3sg", "past", "past", "ger"), strict=True)
}
# word form -> the word that opens the complement after its object
OBJECT_PREP_FORMS = {
    **{f: "as" for lemma in AS_VERBS for f in (lemma, *_forms(lemma))},
    **{f: "to" for lemma in TO_VERBS for f in (lemma, *_forms(lemma))},
}


def cue_weight(lemma: str) -> float:
    return SPEECH_VERBS.get(lemma, 0.4)
