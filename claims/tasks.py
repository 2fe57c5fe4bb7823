"""Celery tasks: they take ids, re-read the rows, and are safe to run twice."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError

from . import services

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=5,
    default_retry_delay=2,
)
def attribute_article(self, article_id: int) -> str:
    """Detect attribution in an article; transient faults retry with backoff, others fail it."""
    try:
        article = services.article_attribute(article_id)
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            services.article_mark_failed(article_id, f"gave up after retries: {exc}")
            raise
        countdown = min(60, 2 ** (self.request.retries + 1))
        raise self.retry(exc=exc, countdown=countdown) from exc
    except DatabaseError as exc:
        services.article_mark_failed(article_id, f"database error: {exc}")
        raise
    except Exception as exc:
        logger.exception("Attribution of article %s failed", article_id)
        services.article_mark_failed(article_id, f"{type(exc).__name__}: {exc}")
        raise
    return article.status if article else "missing"


@shared_task(acks_late=True)
def ingest_job_run(job_id: int) -> None:
    services.ingest_job_run(job_id)


@shared_task
def requeue_stale_articles() -> list[int]:
    """Periodic sweep (celery beat): articles left pending or processing go round again."""
    return services.articles_requeue_stale()
