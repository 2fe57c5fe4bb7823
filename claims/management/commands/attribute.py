from claims.nlp.attribution import attribute

from ._jsonl import JsonlCommand


def _span(span):
    return [span.start, span.end] if span else None


def attributions_of(text: str) -> dict:
    return {
        "attributions": [
            {
                "type": a.type,
                "source": _span(a.source),
                "cue": _span(a.cue),
                "content": _span(a.content),
                "speaker": a.speaker,
                "confidence": round(a.confidence, 3),
                "rule": a.rule,
            }
            for a in attribute(text)
        ]
    }


class Command(JsonlCommand):
    help = 'Detect attribution: JSON Lines {"id", "text"} -> {"id", "attributions": [...]}.'
    done_verb = "Attributed"

    def compute(self, text: str) -> dict:
        return attributions_of(text)
