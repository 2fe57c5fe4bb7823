from claims.nlp.segmentation import segment

from ._jsonl import JsonlCommand


class Command(JsonlCommand):
    help = 'Split texts into sentences: JSON Lines {"id", "text"} -> {"id", "sentences": [[start, end], ...]}.'
    done_verb = "Segmented"

    def compute(self, text: str) -> dict:
        return {"sentences": [[s.start, s.end] for s in segment(text)]}
