"""A real Celery worker in a thread, for the tests that send tasks through the broker."""

import pytest
from django.db import connections

from factcheck.celery import app as celery_app


@pytest.fixture(scope="module")
def celery_worker_thread(django_db_blocker):
    from celery.contrib.testing.worker import start_worker

    celery_app.conf.task_always_eager = False
    with (
        django_db_blocker.unblock(),
        start_worker(
            celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=30
        ) as worker,
    ):
        # No result backend (results are ignored), so no ping check: start_worker has already
        # waited for the consumer to be ready.
        yield worker
    connections.close_all()
