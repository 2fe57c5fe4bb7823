from django.core.management.base import BaseCommand

from claims.nlp.attribution import attribute

from ._jsonl import map_jsonl


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


class Command(BaseCommand):
    help = 'Detect attribution: JSON Lines {"id", "text"} -> {"id", "attributions": [...]}.'
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="JSON Lines file, or - for stdin.")
        parser.add_argument("--output", required=True, help="JSON Lines file, or - for stdout.")

    def handle(self, *args, input, output, **options):
        count = map_jsonl(input, output, attributions_of)
        if output != "-":
            self.stderr.write(f"Attributed {count} text(s) into {output}.")
