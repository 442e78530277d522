"""Request-scoped access to the process's `Core` and to the caller's `Principal`."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, TypeVar

from pydantic import BaseModel
from starlette.types import ASGIApp, Receive, Scope, Send

from jambonz.auth import Principal
from jambonz.errors import BadRequest
from jambonz.runtime import Core

_current_core: ContextVar[Core] = ContextVar("jambonz_core")
# The ASGI scope of the request being served: its method and path for the view-only rule
# (handlers/security.py), its client address for sign-in (handlers/login.py).
_current_scope: ContextVar[Scope] = ContextVar("jambonz_request_scope")
M = TypeVar("M", bound=BaseModel)

# A request without a body gets the schema's `default: {}`, which Connexion hands over as
# raw bytes when no JSON Content-Type was sent.
_EMPTY_BODIES = (None, b"", b"{}", "", "{}")


def optional_body(model: type[M], body: Any) -> M:
    """The model of an operation whose body may be left out (an empty body is `{}`)."""
    if isinstance(body, dict):
        return model.model_validate(body)
    if body in _EMPTY_BODIES:
        return model()
    raise BadRequest("the request body must be a JSON object")


def core() -> Core:
    return _current_core.get()


def request_scope() -> Scope:
    return _current_scope.get()


def client_address() -> str | None:
    """The address the request came from (uvicorn has applied X-Forwarded-For from the
    proxies it trusts)."""
    client = _current_scope.get().get("client")
    return client[0] if client else None


def principal(token_info: dict[str, Any]) -> Principal:
    return token_info["principal"]


class CoreContext:
    """Outermost ASGI layer: makes `core()` available to security and handlers."""

    def __init__(self, app: ASGIApp, core: Core) -> None:
        self.app = app
        self.core = core

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = _current_core.set(self.core)
        scope_token = _current_scope.set(scope)
        try:
            await self.app(scope, receive, send)
        finally:
            _current_scope.reset(scope_token)
            _current_core.reset(token)
