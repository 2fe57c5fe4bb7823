"""A worker process killed (SIGKILL) in the middle of attribution: the task is delivered again
and the article ends `ready`, with no duplicate rows. Real Redis, PostgreSQL and a prefork worker."""

import contextlib
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
from claims.services import article_create, articles_requeue_stale
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
def start_worker(tmp_path):
    """`start_worker(queues)`: a real prefork worker process (one pool process) on those queues."""
    started: list[subprocess.Popen] = []
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "FACTCHECK_TESTING": "1",
    }

    def start(queues: str) -> subprocess.Popen:
        log = (tmp_path / f"worker-{len(started)}.log").open("w")
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
                queues,
                "--without-gossip",
                "--without-mingle",
                "--loglevel=INFO",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        wait_for(lambda: children(process.pid) or process.poll() is not None, 60, "the worker")
        assert process.poll() is None, (tmp_path / f"worker-{len(started) - 1}.log").read_text()
        return process

    yield start
    for process in started:
        pool = children(process.pid)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
        for pid in pool + children(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def article_row_locked(article_id: int):
    """Hold the article's row lock from another connection: a task touching it blocks, mid-task."""
    with psycopg.connect(database_url().replace("postgres://", "postgresql://")) as lock:
        lock.execute("SELECT id FROM claims_article WHERE id = %s FOR UPDATE", [article_id])
        yield lock
        lock.rollback()


def task_is_blocked() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE %s",
            ["%claims_article%FOR UPDATE%"],
        )
        return cursor.fetchone()[0] > 0


def stored_without_sending(monkeypatch, body: str) -> Article:
    monkeypatch.setattr(attribute_article, "delay", lambda *a, **k: None)
    article = article_create(title="Belarus", body=body).article
    monkeypatch.undo()
    return article


def assert_ready_without_duplicates(article: Article) -> None:
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


def test_pool_process_killed_mid_task_is_redelivered_and_leaves_no_duplicates(
    start_worker, monkeypatch, seed_text
):
    queue = f"killtest-{os.getpid()}"
    process = start_worker(queue)
    article = stored_without_sending(monkeypatch, seed_text.partition("\n\n")[2])
    with article_row_locked(article.pk):
        attribute_article.apply_async((article.pk,), queue=queue)
        wait_for(task_is_blocked, 60, "the task to reach the database")
        pool = children(process.pid)
        assert len(pool) == 1
        os.kill(pool[0], signal.SIGKILL)
        wait_for(
            lambda: children(process.pid) and children(process.pid) != pool,
            60,
            "a new pool process",
        )
    # The main process saw its pool process die and gave the message back (reject_on_worker_lost).
    assert_ready_without_duplicates(article)
    assert article.attempts == 1  # the killed attempt never got past the lock


def test_whole_worker_killed_mid_task_the_sweep_sends_the_article_again(
    start_worker, monkeypatch, seed_text
):
    queue = f"killtest-whole-{os.getpid()}"
    first = start_worker(queue)
    article = stored_without_sending(monkeypatch, seed_text.partition("\n\n")[2])
    with article_row_locked(article.pk):
        attribute_article.apply_async((article.pk,), queue=queue)
        wait_for(task_is_blocked, 60, "the task to reach the database")
        for pid in [*children(first.pid), first.pid]:
            os.kill(
                pid, signal.SIGKILL
            )  # the whole worker: nobody is left to give the message back
        first.wait(10)
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
    # Redis keeps the unacked message until the visibility timeout; the sweep does not wait.
    start_worker(f"{queue},celery")
    assert articles_requeue_stale(older_than_seconds=0) == [article.pk]
    assert_ready_without_duplicates(article)
