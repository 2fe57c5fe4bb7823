"""Reads for articles: tuned querysets with a fixed order."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from .models import Article, IngestJob


def article_list() -> QuerySet[Article]:
    return Article.objects.annotate(claim_count=Count("claims")).order_by("-id")


def article_get(article_id: int) -> Article | None:
    return article_list().filter(pk=article_id).first()


def ingest_job_list(user) -> QuerySet[IngestJob]:
    jobs = IngestJob.objects.defer("payload").order_by("-id")
    if not user.is_superuser:
        jobs = jobs.filter(created_by=user)
    return jobs
