"""Clients per role, factories, and the switch between in-process tasks and a real worker."""

import os

# Playwright's sync API runs an event loop in the test thread; the ORM refuses without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from factcheck.celery import app as celery_app
from factcheck.roles import Role

from .factories import UserFactory

USES_POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
HAS_BROKER = not settings.CELERY_TASK_ALWAYS_EAGER


def pytest_collection_modifyitems(config, items):
    skip_pg = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://...")
    for item in items:
        if "postgres" in item.keywords and not USES_POSTGRES:
            item.add_marker(skip_pg)


@pytest.fixture(autouse=True)
def _tasks_in_process(request):
    """Tasks run in-process unless a test asks for the real worker."""
    if "worker" in request.keywords:
        yield
        return
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _migration_data(request):
    """The rating scale and role groups that migrations create: transactional tests flush them."""
    if not request.node.get_closest_marker("django_db"):
        yield
        return
    request.getfixturevalue("transactional_db" if _is_transactional(request) else "db")
    from annotations.models import Rating
    from annotations.scales import load_scale

    if not Rating.objects.exists():
        load_scale("default", Rating)
    yield


def _is_transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(marker.kwargs.get("transaction")) or "live_server" in request.fixturenames


@pytest.fixture(autouse=True)
def _no_login_lockouts(settings):
    settings.AXES_ENABLED = False


def make_user(role: Role | None, username: str | None = None):
    return UserFactory(role=role, username=username or f"{role or 'norole'}-user")


@pytest.fixture
def users(db):
    return {role: make_user(role) for role in Role} | {None: make_user(None)}


def client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def api(users):
    """`api[role]`: an API client logged in with that role (None: a user without a role)."""
    return {role: client_for(user) for role, user in users.items()} | {"anon": APIClient()}


@pytest.fixture
def seed_text():
    return (settings.BASE_DIR / "seeds" / "belarus-factory-protest-2020-08-17.txt").read_text()
