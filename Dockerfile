# factcheck: one image for the web server, the Celery worker and celery beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

RUN useradd --create-home --uid 10001 factcheck
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY . .
# Static files are collected at build time and served by WhiteNoise.
RUN SECRET_KEY=build-only DEBUG=0 python manage.py collectstatic --noinput
USER factcheck

EXPOSE 8000
CMD ["gunicorn", "factcheck.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--access-logfile", "-"]
