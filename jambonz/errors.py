"""Domain errors. The HTTP edge maps each to its status code and a `{"msg": ...}` body."""

from __future__ import annotations


class JambonzError(Exception):
    """Base class: a refusal the caller can understand and act on."""

    status = 400

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg


class BadRequest(JambonzError):
    """The request is malformed or breaks a validation rule (400)."""

    status = 400


class Unauthorized(JambonzError):
    """No usable credentials (401)."""

    status = 401


class Forbidden(JambonzError):
    """The key's scope may never perform this kind of operation (403)."""

    status = 403


class NotFound(JambonzError):
    """The addressed resource does not exist within the caller's scope (404)."""

    status = 404


class Unprocessable(JambonzError):
    """A constraint blocks the change: duplicate, still in use, limit reached (422)."""

    status = 422


class Unavailable(JambonzError):
    """The database cannot be reached or answer in time: retry later (503)."""

    status = 503
