"""/v1/AppEnv (core in services.app_env)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from handlers.context import core
from jambonz.services import app_env


async def get_app_env(token_info: dict[str, Any], url: str | None = None):
    """Any scope may ask; the request goes out on the shared outbound client."""
    found = await app_env.fetch_schema(
        core().sender.client, url, timeout=core().settings.appenv_timeout
    )
    if found is None:
        return NoContent, 204
    return found, 200
