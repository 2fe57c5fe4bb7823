from django.conf import settings
from django.core.checks import Error, register

MISSING_KEY_MESSAGE = (
    "SECRET_KEY is not set. Set it in the environment or .env (see .env.example), "
    "or set DEBUG=1 for local development."
)


@register()
def secret_key_is_set(app_configs, **kwargs):
    if getattr(settings, "SECRET_KEY_MISSING", False):
        return [Error(MISSING_KEY_MESSAGE, id="factcheck.E001")]
    return []
