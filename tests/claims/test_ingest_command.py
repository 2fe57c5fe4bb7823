"""`manage.py ingest`: files and folders of both formats; duplicates skipped; bad files named."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim

from ..factories import committed

pytestmark = pytest.mark.django_db


def run(*paths):
    out, err = StringIO(), StringIO()
    try:
        with committed():
            call_command("ingest", *map(str, paths), no_progress=True, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        code = error.returncode
        err.write(str(error))
    return code, out.getvalue(), err.getvalue()


def test_seed_folder_is_ingested_once(settings):
    code, out, _ = run(settings.BASE_DIR / "seeds")
    assert code == 0
    assert "Ingested 1 article(s), skipped 0 duplicate(s), rejected 0." in out
    article = Article.objects.get()
    assert article.title.startswith("Workers at a state-run factory")
    assert article.published_at.date().isoformat() == "2020-08-17"
    assert article.status == "ready"
    code, out, _ = run(settings.BASE_DIR / "seeds")
    assert "Ingested 0 article(s), skipped 1 duplicate(s)" in out
    assert Article.objects.count() == 1


def test_jsonl_lines_each_become_an_article_and_bad_lines_are_named(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"title": "A", "body": "The rate rose. Officials said so.", "url": "https://e.org/a"}
        ),
        "{not json",
        json.dumps({"title": "B"}),
        json.dumps({"title": "C", "body": ""}),
        json.dumps(
            {
                "title": "D",
                "body": "Another one. It is short.",
                "published_at": "2024-01-02T10:00:00Z",
            }
        ),
    ]
    path.write_text("\n".join(lines) + "\n")
    code, out, err = run(path)
    assert code == 1
    assert "Ingested 2 article(s), skipped 0 duplicate(s), rejected 3." in out
    assert "batch.jsonl:2: not valid JSON" in err
    assert "batch.jsonl:3: 'body' is missing" in err
    assert "batch.jsonl:4: article body is empty" in err
    assert Article.objects.count() == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\x00\x01binary\x00", "NUL bytes"),
        ("Titel\n\nÜber alles".encode("latin-1"), "not valid UTF-8"),
        (b"", "empty"),
        (b"Title only\n\n   \n", "body is empty"),
    ],
)
def test_invalid_files_are_rejected_with_their_reason_and_nothing_saved(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, _, err = run(path)
    assert code == 1
    assert reason in err
    assert Article.objects.count() == 0
    assert Claim.objects.count() == 0


def test_missing_path_is_an_error(tmp_path):
    code, _, err = run(tmp_path / "nope.txt")
    assert code == 1
    assert "No such file" in err
