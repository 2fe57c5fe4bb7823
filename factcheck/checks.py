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


@register()
def webhook_is_signed(app_configs, **kwargs):
    url = getattr(settings, "FACTCHECK_WEBHOOK_URL", "")
    if url and not url.startswith(("https://", "http://")):
        return [Error("FACTCHECK_WEBHOOK_URL must be an http(s) URL.", id="factcheck.E002")]
    if url and not settings.FACTCHECK_WEBHOOK_SECRET:
        return [
            Error(
                "FACTCHECK_WEBHOOK_URL is set but FACTCHECK_WEBHOOK_SECRET is not: receivers "
                "could not tell our webhooks from forgeries. Set a long random secret.",
                id="factcheck.E003",
            )
        ]
    return []
