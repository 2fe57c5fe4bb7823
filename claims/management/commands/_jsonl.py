"""Shared by `segment` and `attribute`: read {"id", "text"} lines, write one result per line."""

import json
import sys
from collections.abc import Callable
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.importers import jsonl_lines


def map_jsonl(input_path: str, output_path: str, compute: Callable[[str], dict]) -> int:
    try:
        raw = (
            sys.stdin.read() if input_path == "-" else Path(input_path).read_text(encoding="utf-8")
        )
        lines = jsonl_lines(raw)
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"Cannot read {input_path}: {exc}") from None
    results = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CommandError(f"{input_path}:{number}: not valid JSON ({exc.msg}).") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise CommandError(
                f'{input_path}:{number}: expected {{"id", "text"}} with text a string.'
            )
        results.append(
            json.dumps({"id": record.get("id"), **compute(record["text"])}, ensure_ascii=False)
        )
    out = "\n".join(results) + ("\n" if results else "")
    if output_path == "-":
        sys.stdout.write(out)
    else:
        Path(output_path).write_text(out, encoding="utf-8")
    return len(results)


class JsonlCommand(BaseCommand):
    """A database-free command mapping {"id", "text"} lines to one result line each."""

    requires_system_checks = []
    done_verb = "Processed"

    def compute(self, text: str) -> dict:
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="JSON Lines file, or - for stdin.")
        parser.add_argument("--output", required=True, help="JSON Lines file, or - for stdout.")

    def handle(self, *args, input, output, **options):
        count = map_jsonl(input, output, self.compute)
        if output != "-":
            self.stderr.write(f"{self.done_verb} {count} text(s) into {output}.")
