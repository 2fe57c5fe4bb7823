"""Attribution through the real broker to a real Celery worker (CI: Redis + PostgreSQL)."""

import time

import pytest

from claims.models import Article, Attribution
from claims.services import article_create
from claims.tasks import attribute_article

from ..conftest import HAS_BROKER

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not HAS_BROKER, reason="needs a broker: set CELERY_BROKER_URL=redis://..."),
]


def wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_ingested_article_is_attributed_by_the_worker(celery_worker_thread, seed_text):
    body = seed_text.partition("\n\n")[2]
    article = article_create(title="Belarus", body=body).article
    assert article.status == Article.Status.PENDING
    assert wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.READY), (
        Article.objects.get(pk=article.pk).status
    )
    article.refresh_from_db()
    assert article.attempts == 1
    rows = list(
        Attribution.objects.filter(article=article).values_list(
            "content_start", "content_end", "speaker"
        )
    )
    assert "Alexander Lukashenko" in {speaker for _, _, speaker in rows}

    # Running the task again (a redelivery) leaves the same rows.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PROCESSING)
    attribute_article.delay(article.pk)
    assert wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.READY)
    again = list(
        Attribution.objects.filter(article=article).values_list(
            "content_start", "content_end", "speaker"
        )
    )
    assert sorted(again) == sorted(rows)


def test_a_missing_article_is_not_an_error(celery_worker_thread):
    attribute_article.delay(987654321)
    # The worker logs and moves on; the next task still runs.
    article = article_create(title="Next", body="The council said rents rose. They did.").article
    assert wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.READY)
