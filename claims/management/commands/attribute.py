from claims.nlp.attribution import attribute

from ._jsonl import JsonlCommand


def _span(span):
    return [span.start, span.end] if span else None


def _row(a) -> dict:
    row = {
        "type": a.type,
        "source": _span(a.source),
        "cue": _span(a.cue),
        "content": _span(a.content),
        "speaker": a.speaker,
        "confidence": round(a.confidence, 3),
        "rule": a.rule,
    }
    if len(a.content_spans) > 1:
        # a quotation interrupted by its cue: the pieces, without '"he said"'
        row["content_spans"] = [_span(s) for s in a.content_spans]
    return row


def attributions_of(text: str) -> dict:
    return {"attributions": [_row(a) for a in attribute(text)]}


class Command(JsonlCommand):
    help = 'Detect attribution: JSON Lines {"id", "text"} -> {"id", "attributions": [...]}.'
    done_verb = "Attributed"

    def compute(self, text: str) -> dict:
        return attributions_of(text)
