"""Celery tasks: they take ids, re-read the rows, and are safe to run twice."""

from __future__ import annotations

import logging
import random

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError

from . import services

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


def backoff(retries: int, *, base: float, cap: float) -> float:
    """Seconds before retry number `retries + 1`: exponential, capped, with +-20% jitter so
    that tasks failing together do not retry together."""
    return min(cap, base * 2**retries) * random.uniform(0.8, 1.2)


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
        raise self.retry(exc=exc, countdown=backoff(self.request.retries, base=2, cap=60)) from exc
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
