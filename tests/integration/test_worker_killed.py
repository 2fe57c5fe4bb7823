"""A worker process killed (SIGKILL) in the middle of attribution: the task is delivered again
and the article ends `ready`, with no duplicate rows. Real Redis, PostgreSQL and a prefork worker."""

import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from claims.models import Article, Attribution
from claims.services import article_create
from claims.tasks import attribute_article

from ..conftest import HAS_BROKER, USES_POSTGRES

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not (HAS_BROKER and USES_POSTGRES), reason="needs Redis and PostgreSQL"),
]


def database_url() -> str:
    db = settings.DATABASES["default"]
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


def children(pid: int) -> list[int]:
    out = subprocess.run(
        ["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False
    ).stdout
    return [int(p) for p in out.split()]


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def worker_process():
    queue = f"killtest-{os.getpid()}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "FACTCHECK_TESTING": "1",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "factcheck",
            "worker",
            "--pool=prefork",
            "--concurrency=1",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--loglevel=INFO",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(lambda: children(process.pid) or process.poll() is not None, 60, "the worker")
        assert process.poll() is None, process.stdout.read()
        yield process, queue
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
        for pid in children(process.pid):
            os.kill(pid, signal.SIGKILL)


def test_pool_process_killed_mid_task_is_redelivered_and_leaves_no_duplicates(
    worker_process, monkeypatch, seed_text
):
    process, queue = worker_process
    # Store the article without sending the task, so the test decides when the worker starts.
    monkeypatch.setattr(attribute_article, "delay", lambda *a, **k: None)
    article = article_create(title="Belarus", body=seed_text.partition("\n\n")[2]).article
    monkeypatch.undo()

    # Hold the article's row lock: the worker's task blocks on it, mid-task, until we let go.
    with psycopg.connect(
        database_url().replace("postgres://", "postgresql://"), autocommit=False
    ) as lock:
        lock.execute("SELECT id FROM claims_article WHERE id = %s FOR UPDATE", [article.pk])
        attribute_article.apply_async((article.pk,), queue=queue)

        def task_is_blocked() -> bool:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND query ILIKE %s",
                    ["%claims_article%FOR UPDATE%"],
                )
                return cursor.fetchone()[0] > 0

        wait_for(task_is_blocked, 60, "the task to reach the database")
        pool = children(process.pid)
        assert len(pool) == 1
        os.kill(pool[0], signal.SIGKILL)
        wait_for(
            lambda: children(process.pid) and children(process.pid) != pool,
            60,
            "a new pool process",
        )
        lock.rollback()

    wait_for(
        lambda: Article.objects.get(pk=article.pk).status == Article.Status.READY,
        90,
        "the article to be ready",
    )
    article.refresh_from_db()
    rows = list(article.attributions.values_list("content_start", "content_end"))
    assert rows and len(rows) == len(set(rows))
    links = Attribution.claims.through.objects.filter(claim__article=article)
    assert links.count() == len(set(links.values_list("claim_id", "attribution_id")))
    # The killed attempt never got past the lock, so only the redelivery counted.
    assert article.attempts == 1
