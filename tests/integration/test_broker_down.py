"""The broker down when an article is ingested: the article is kept `pending`, and the sweep
sends it again once the broker is back. Real processes, real Redis and PostgreSQL."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings

from claims.models import Article
from claims.services import articles_requeue_stale

from ..conftest import HAS_BROKER, USES_POSTGRES
from .test_worker_killed import database_url

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not (HAS_BROKER and USES_POSTGRES), reason="needs Redis and PostgreSQL"),
]


def test_ingest_with_the_broker_down_keeps_the_article_and_the_sweep_recovers_it(
    celery_worker_thread, tmp_path
):
    article_file = tmp_path / "outage.txt"
    article_file.write_text(
        "Outage\n\nThe utility said power returns tonight. Residents doubt it.\n"
    )
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": "redis://127.0.0.1:1/0",  # nothing listens there: the broker is down
        "FACTCHECK_TESTING": "1",
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "manage.py", "ingest", "--no-progress", str(article_file)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Ingested 1 article(s)" in result.stdout
    assert elapsed < 60, f"ingest hung for {elapsed:.0f} s on a dead broker"
    article = Article.objects.get()
    assert article.status == Article.Status.PENDING
    assert article.claims.count() == 2

    # The broker is back (this process's broker is the real one): the sweep re-sends it.
    assert articles_requeue_stale(older_than_seconds=0) == [article.pk]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        article.refresh_from_db()
        if article.status == Article.Status.READY:
            break
        time.sleep(0.2)
    assert article.status == Article.Status.READY
