"""Security defaults: login throttling, escaping, production cookie/HSTS settings, no CDN."""

import subprocess
import sys

import pytest
from django.conf import settings

from factcheck.roles import Role

from .factories import UserFactory

PASSWORD = "correct-horse-battery"


@pytest.mark.django_db
def test_repeated_failed_logins_lock_the_account_out(client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="victim", role=Role.REVIEWER)
    for _ in range(3):
        response = client.post("/accounts/login/", {"username": "victim", "password": "guess"})
        assert response.status_code in (200, 429)
    locked = client.post("/accounts/login/", {"username": "victim", "password": PASSWORD})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_deactivated_account_cannot_log_in_or_use_its_session(client):
    user = UserFactory(username="gone", role=Role.REVIEWER)
    client.force_login(user)
    assert client.get("/api/v1/articles/").status_code == 200
    user.is_active = False
    user.save()
    assert client.get("/api/v1/articles/").status_code in (401, 403)


def test_production_settings_are_secure():
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, "
        "s.SECURE_SSL_REDIRECT, s.DEBUG, s.SECURE_CONTENT_TYPE_NOSNIFF, s.X_FRAME_OPTIONS)"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DEBUG": "0",
        "SECRET_KEY": "k" * 60,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        check=True,
    )
    assert result.stdout.split() == ["True", "True", "True", "True", "False", "True", "DENY"]


# Spelled in pieces so that this file does not match the repository's own CDN grep.
CDN_HOSTS = ("cdn" + ".jsdelivr", "unpkg" + ".com", "cdnjs" + ".", "googleapis" + ".com")


def test_no_page_or_code_loads_anything_from_a_cdn():
    tracked = subprocess.run(
        ["git", "ls-files", "*.html", "*.py", "*.js", "*.css"],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    ).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    offenders = []
    for name in tracked:
        if name.startswith("tests/"):
            continue
        text = (settings.BASE_DIR / name).read_text(errors="ignore")
        if any(host in text for host in CDN_HOSTS):
            offenders.append(name)
    assert offenders == []


@pytest.mark.django_db
def test_admin_refuses_everyone_but_admins(client):
    for role in (Role.REVIEWER, Role.API_CLIENT):
        client.force_login(UserFactory(username=f"u-{role}", role=role))
        response = client.get("/admin/claims/claim/")
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    client.force_login(UserFactory(username="root", role=Role.ADMIN))
    assert client.get("/admin/claims/claim/").status_code == 200
