"""Reading article files (CONTRACT §2): the plain-text seed format and JSON Lines.

Parsing only: every article read here goes through `services.article_create`, which validates it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*\S)\s*$")
ARTICLE_SUFFIXES = {".txt", ".jsonl", ".ndjson"}


class ArticleFileError(ValueError):
    """A file, or a line of one, that cannot be read as an article; the message says why."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}" if origin else reason)
        self.origin = origin
        self.reason = reason


@dataclass
class ArticleInput:
    title: str
    body: str
    source: str = ""
    url: str = ""
    published_at: str | None = None
    origin: str = ""  # "file.txt" or "file.jsonl:3", for messages
    extra: dict = field(default_factory=dict)


def decode_utf8(data: bytes, origin: str) -> str:
    if b"\x00" in data:
        raise ArticleFileError(origin, "contains NUL bytes; is it a binary file?")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(
            origin, f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8 and retry."
        ) from None


def parse_text_article(text: str, origin: str = "") -> ArticleInput:
    """The seed format: optional `date YYYY-MM-DD TITLE` line, a blank line, then the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.lstrip("\n").partition("\n")
    header = HEADER.match(first)
    if header:
        published_at, title = header.group(1), header.group(2)
    else:
        published_at, title = None, first.strip()
    if not title:
        raise ArticleFileError(origin, "the file is empty.")
    return ArticleInput(
        title=title, body=rest.strip("\n"), published_at=published_at, origin=origin
    )


def parse_jsonl_line(line: str, origin: str) -> ArticleInput:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        message = getattr(exc, "msg", "nested too deeply")
        raise ArticleFileError(origin, f"not valid JSON ({message}).") from None
    if not isinstance(record, dict):
        raise ArticleFileError(origin, "expected a JSON object with title and body.")
    for name in ("title", "body"):
        if not isinstance(record.get(name), str):
            raise ArticleFileError(origin, f"'{name}' is missing or not a string.")
    for name in ("source", "url", "published_at"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise ArticleFileError(origin, f"'{name}' must be a string.")
    return ArticleInput(
        title=record["title"],
        body=record["body"],
        source=record.get("source") or "",
        url=record.get("url") or "",
        published_at=record.get("published_at"),
        origin=origin,
    )


def jsonl_lines(text: str) -> list[str]:
    """JSON Lines records: split on newlines only. str.splitlines() would also split on U+2028,
    U+0085 or a form feed, which may stand raw inside a JSON string."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def iter_jsonl(text: str, name: str) -> Iterator[tuple[int, ArticleInput | ArticleFileError]]:
    """(line number, article or that line's error) for each non-blank line: one bad line
    spoils none."""
    for number, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        try:
            yield number, parse_jsonl_line(line, f"{name}:{number}")
        except ArticleFileError as error:
            yield number, error


def iter_article_files(paths: list[Path]) -> Iterator[Path]:
    """The article files named, folders searched recursively, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES
            )
        else:
            yield path


def read_article_file(path: Path) -> Iterator[ArticleInput | ArticleFileError]:
    """The articles of one file; errors are yielded, not raised, so the caller can report all."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ArticleFileError(str(path), f"cannot be read ({exc.strerror}).")
        return
    try:
        text = decode_utf8(data, str(path))
    except ArticleFileError as error:
        yield error
        return
    if path.suffix in {".jsonl", ".ndjson"}:
        for _, item in iter_jsonl(text, str(path)):
            yield item
    else:
        try:
            yield parse_text_article(text, str(path))
        except ArticleFileError as error:
            yield error
