from django.core.management.base import BaseCommand

from claims.nlp.segmentation import segment

from ._jsonl import map_jsonl


class Command(BaseCommand):
    help = 'Split texts into sentences: JSON Lines {"id", "text"} -> {"id", "sentences": [[start, end], ...]}.'
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="JSON Lines file, or - for stdin.")
        parser.add_argument("--output", required=True, help="JSON Lines file, or - for stdout.")

    def handle(self, *args, input, output, **options):
        count = map_jsonl(
            input, output, lambda text: {"sentences": [[s.start, s.end] for s in segment(text)]}
        )
        if output != "-":
            self.stderr.write(f"Segmented {count} text(s) into {output}.")
