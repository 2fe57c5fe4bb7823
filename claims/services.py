"""Writes for articles and claims. Every article goes through `article_create`."""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from factcheck.exceptions import InvalidInput

from .models import Article, Attribution, Claim, IngestJob
from .nlp.attribution import attribute
from .nlp.pipeline import attributions_by_sentence, claim_type, extract_claims
from .nlp.types import Sentence

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleCreated:
    article: Article
    created: bool


def normalise_body(body: str) -> str:
    """One newline convention and no trailing space, so offsets and the duplicate hash are stable."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in body.split("\n")).strip()


def content_hash(body: str) -> str:
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()


def _clean_text_field(value: str, name: str, max_chars: int, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput(f"article {name} is empty.", code="blank", extra={"field": name})
    if len(value) > max_chars:
        raise InvalidInput(
            f"article {name} is too long ({len(value)} characters; the limit is {max_chars}).",
            code="too_long",
            extra={"field": name},
        )
    if "\x00" in value:
        raise InvalidInput(f"article {name} contains NUL bytes.", extra={"field": name})
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            f"article {name} is not valid Unicode text.", extra={"field": name}
        ) from None
    return value


def _validate_body(body: str) -> str:
    if not isinstance(body, str):
        raise InvalidInput("article body must be text.", extra={"field": "body"})
    size = len(body.encode("utf-8", errors="surrogatepass"))
    limit = settings.FACTCHECK_MAX_ARTICLE_BYTES
    if size > limit:
        raise InvalidInput(
            f"article body is too large ({size:,} bytes; the limit is {limit:,}). "
            "Split it into several articles.",
            code="too_large",
            extra={"field": "body"},
        )
    body = normalise_body(body)
    if not body:
        raise InvalidInput("article body is empty.", code="blank", extra={"field": "body"})
    if "\x00" in body:
        raise InvalidInput(
            "article body contains NUL bytes; is it a binary file?", extra={"field": "body"}
        )
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            "article body is not valid Unicode text.", extra={"field": "body"}
        ) from None
    controls = sum(1 for ch in body if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    if controls > max(5, len(body) // 100):
        raise InvalidInput(
            "article body is mostly control characters; is it a binary file?",
            extra={"field": "body"},
        )
    return body


def _parse_published_at(value: str | datetime | date | None) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    else:
        try:
            parsed = parse_datetime(value) or (
                datetime.combine(d, time()) if (d := parse_date(value)) else None
            )
        except ValueError:
            parsed = None
        if parsed is None:
            raise InvalidInput(
                f"published_at '{value[:40]}' is not an ISO 8601 date (YYYY-MM-DD[THH:MM[:SS]]).",
                extra={"field": "published_at"},
            )
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, UTC)
    try:
        # Stored in UTC: PostgreSQL refuses offsets beyond +-16 hours.
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        raise InvalidInput(
            "published_at is out of range.", extra={"field": "published_at"}
        ) from None


def _validate_url(url: str) -> str:
    url = _clean_text_field(url, "url", 2000, required=False)
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise InvalidInput(
                "article url must be an http(s) URL.", extra={"field": "url"}
            ) from None
    return url


def article_create(
    *,
    title: str,
    body: str,
    source: str = "",
    url: str = "",
    published_at: str | datetime | date | None = None,
    created_by=None,
) -> ArticleCreated:
    """Validate, store the article and its claims in one transaction, then queue attribution.

    The same body again returns the existing article (`created=False`), also under a race.
    """
    body = _validate_body(body)
    title = _clean_text_field(title, "title", settings.FACTCHECK_MAX_TITLE_CHARS, required=True)
    source = _clean_text_field(source, "source", 200, required=False)
    url = _validate_url(url)
    published = _parse_published_at(published_at)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()

    existing = Article.objects.filter(content_hash=digest).first()
    if existing:
        return ArticleCreated(existing, created=False)

    drafts = extract_claims(body)
    limit = settings.FACTCHECK_MAX_ARTICLE_SENTENCES
    if len(drafts) > limit:
        raise InvalidInput(
            f"article has {len(drafts):,} sentences; the limit is {limit:,}. "
            "Split it into several articles.",
            code="too_large",
            extra={"field": "body"},
        )
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=title,
                body=body,
                source=source,
                url=url,
                published_at=published,
                content_hash=digest,
                created_by=created_by,
            )
            Claim.objects.bulk_create(
                Claim(
                    article=article,
                    index=d.index,
                    kind=d.kind,
                    text=d.text,
                    start=d.start,
                    end=d.end,
                    paragraph=d.paragraph,
                )
                for d in drafts
            )
            article_enqueue_attribution(article)
    except IntegrityError:
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return ArticleCreated(existing, created=False)
    return ArticleCreated(article, created=True)


def article_enqueue_attribution(article: Article) -> None:
    """Queue attribution once the surrounding transaction commits; a broker fault is not fatal:
    the article stays `pending` and the sweep (`requeue_stale_articles`) sends it again."""
    from .tasks import attribute_article

    send_after_commit(attribute_article, article.pk)


def send_after_commit(task, *args) -> None:
    """Enqueue `task` once the transaction commits. A broker outage must not lose the row that
    was just saved, so a failed send is logged (one line) and left to the periodic sweep."""

    def send() -> None:
        try:
            task.delay(*args)
        except Exception as error:
            logger.warning(
                "Could not enqueue %s%s (%s); the sweep will retry", task.name, args, error
            )

    transaction.on_commit(send)


def article_attribute(article_id: int) -> Article | None:
    """Run attribution for an article and store the results; safe to run twice or concurrently.

    pending|processing|failed -> processing -> ready. The NLP runs outside any transaction; the
    results replace earlier ones in one transaction, under a row lock.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            logger.info("Article %s is gone; nothing to attribute", article_id)
            return None
        if article.status == Article.Status.READY:
            return article
        article.status = Article.Status.PROCESSING
        article.status_changed_at = timezone.now()
        article.attempts += 1
        article.error = ""
        article.save(
            update_fields=["status", "status_changed_at", "attempts", "error", "updated_at"]
        )

    claims = list(article.claims.order_by("index"))
    sentences = [Sentence(c.start, c.end, c.kind, c.paragraph) for c in claims]
    found = attribute(article.body, sentences)
    per_claim = attributions_by_sentence(sentences, found)

    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.status == Article.Status.READY:
            return article  # another worker finished first
        Attribution.objects.filter(article=article).delete()
        body = article.body
        rows = Attribution.objects.bulk_create(
            Attribution(
                article=article,
                type=a.type,
                content_start=a.content.start,
                content_end=a.content.end,
                content_text=body[a.content.start : a.content.end],
                source_start=a.source.start if a.source else None,
                source_end=a.source.end if a.source else None,
                source_text=body[a.source.start : a.source.end][:500] if a.source else "",
                cue_start=a.cue.start if a.cue else None,
                cue_end=a.cue.end if a.cue else None,
                cue_text=body[a.cue.start : a.cue.end][:200] if a.cue else "",
                speaker=(a.speaker or "")[:200],
                confidence=a.confidence,
                rule=a.rule[:60],
            )
            for a in _unique_contents(found)
        )
        by_content = {(r.content_start, r.content_end): r for r in rows}
        links = []
        changed = []
        for claim, sentence, attributions in zip(claims, sentences, per_claim, strict=True):
            for a in attributions:
                row = by_content[(a.content.start, a.content.end)]
                links.append(Attribution.claims.through(attribution_id=row.pk, claim_id=claim.pk))
            new_type = claim_type(sentence, attributions)
            if claim.type != new_type:
                claim.type = new_type
                changed.append(claim)
        Attribution.claims.through.objects.bulk_create(links, ignore_conflicts=True)
        Claim.objects.bulk_update(changed, ["type"], batch_size=500)
        # bulk_update skips auto_now: touch every claim so `updated_after` pulls see the result.
        Claim.objects.filter(article=article).update(updated_at=timezone.now())
        article.status = Article.Status.READY
        article.status_changed_at = timezone.now()
        article.save(update_fields=["status", "status_changed_at", "updated_at"])
    return article


def _unique_contents(found):
    seen = set()
    for a in found:
        key = (a.content.start, a.content.end)
        if key not in seen:
            seen.add(key)
            yield a


def article_mark_failed(article_id: int, error: str) -> None:
    """A task that failed for good: keep the reason so a person can see it and retry."""
    Article.objects.filter(pk=article_id).exclude(status=Article.Status.READY).update(
        status=Article.Status.FAILED, error=error[:2000], status_changed_at=timezone.now()
    )


def article_retry(article: Article) -> Article:
    """Send a failed or stuck article through attribution again."""
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        if locked.status == Article.Status.READY:
            return locked
        locked.status = Article.Status.PENDING
        locked.error = ""
        locked.status_changed_at = timezone.now()
        locked.save(update_fields=["status", "error", "status_changed_at", "updated_at"])
        article_enqueue_attribution(locked)
    return locked


def articles_requeue_stale(older_than_seconds: int | None = None) -> list[int]:
    """Re-enqueue articles stuck `pending` or `processing` (broker down, worker killed)."""
    seconds = (
        older_than_seconds
        if older_than_seconds is not None
        else settings.FACTCHECK_STALE_AFTER_SECONDS
    )
    cutoff = timezone.now() - timedelta(seconds=seconds)
    stale = list(
        Article.objects.filter(
            status__in=[Article.Status.PENDING, Article.Status.PROCESSING],
            status_changed_at__lt=cutoff,
        ).values_list("pk", flat=True)[:1000]
    )
    for pk in stale:
        # Touch the timestamp so the next sweep waits again before re-sending.
        Article.objects.filter(pk=pk).update(status_changed_at=timezone.now())
        article_enqueue_attribution(Article(pk=pk))
    _requeue_stale_jobs(cutoff)
    return stale


def _requeue_stale_jobs(cutoff) -> None:
    from .tasks import ingest_job_run

    jobs = IngestJob.objects.filter(
        status__in=[IngestJob.Status.QUEUED, IngestJob.Status.RUNNING], updated_at__lt=cutoff
    ).values_list("pk", flat=True)[:100]
    for pk in jobs:
        IngestJob.objects.filter(pk=pk).update(updated_at=timezone.now())
        send_after_commit(ingest_job_run, pk)


def ingest_job_create(*, payload: bytes, created_by=None) -> IngestJob:
    """Accept a JSON Lines upload for a worker; the file as a whole must be UTF-8 text."""
    from .importers import ArticleFileError, decode_utf8, jsonl_lines

    limit = settings.FACTCHECK_MAX_BULK_BYTES
    if len(payload) > limit:
        raise InvalidInput(
            f"the upload is too large ({len(payload):,} bytes; the limit is {limit:,}).",
            code="too_large",
        )
    try:
        text = decode_utf8(payload, "the upload")
    except ArticleFileError as error:
        raise InvalidInput(error.reason) from None
    total = sum(1 for line in jsonl_lines(text) if line.strip())
    if total == 0:
        raise InvalidInput("the upload is empty: send one JSON article per line.", code="blank")
    with transaction.atomic():
        job = IngestJob.objects.create(payload=text, total=total, created_by=created_by)
        from .tasks import ingest_job_run as task

        send_after_commit(task, job.pk)
    return job


def ingest_job_run(job_id: int) -> None:
    """Ingest each line of the job; resumable (a redelivered job continues where it stopped)."""
    from .importers import ArticleFileError, iter_jsonl

    job = IngestJob.objects.filter(pk=job_id).first()
    if job is None or job.status in {IngestJob.Status.DONE, IngestJob.Status.FAILED}:
        return
    job.status = IngestJob.Status.RUNNING
    job.save(update_fields=["status", "updated_at"])
    for position, (line, item) in enumerate(iter_jsonl(job.payload, "line")):
        if position < job.done:
            continue
        if isinstance(item, ArticleFileError):
            job.errors.append({"line": line, "detail": item.reason})
        else:
            try:
                result = article_create(
                    title=item.title,
                    body=item.body,
                    source=item.source,
                    url=item.url,
                    published_at=item.published_at,
                    created_by=job.created_by,
                )
                job.created += int(result.created)
            except InvalidInput as error:
                job.errors.append({"line": line, "detail": error.detail})
            except DatabaseError:
                raise  # transient or not, the task's retry policy decides; the job resumes
            except Exception as error:
                # One odd line must not wedge the job: record it and go on.
                logger.exception("Bulk job %s: line %s failed", job.pk, line)
                job.errors.append(
                    {"line": line, "detail": f"could not be ingested ({type(error).__name__})."}
                )
        job.done += 1
        if job.done % 20 == 0 or job.done == job.total:
            job.save(update_fields=["done", "created", "errors", "updated_at"])
    job.status = IngestJob.Status.DONE
    job.save(update_fields=["status", "done", "created", "errors", "updated_at"])
