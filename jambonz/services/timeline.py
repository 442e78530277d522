"""What `GET .../RecentCalls` and `GET .../Alerts` share: jambonz's paging (`page` and
`count`, both required, echoed back as strings), its time window (`days`, else `start`
and `end`), and the tenant the path addresses.

jambonz reads both lists from InfluxDB; here they are rows of this server's own tables,
but the request and the envelope are jambonz's, so the portal and its clients read them
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, true

from jambonz.auth import Principal
from jambonz.db.tables import utcnow
from jambonz.errors import BadRequest, Forbidden
from jambonz.services.scope import account_at_path, service_provider_at_path

MAX_COUNT = 500
# The contract's pattern of `start` and `end`: a date, or a timestamp with an optional
# fraction and zone.
_ISO = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?"
)
MAX_PAGE = 1_000_000
BAD_PAGE = 'missing or invalid "page" query arg'
BAD_COUNT = 'missing or invalid "count" query arg'
# jambonz's words when a key other than admin or that provider's asks a provider's list.
INSUFFICIENT_PRIVILEGES = "insufficient privileges"


@dataclass(frozen=True)
class Paging:
    page: int
    count: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.count

    def envelope(self, total: int, data: list[dict[str, Any]]) -> dict[str, Any]:
        """jambonz's paged body: `page` and `page_size` are the query's text, as jambonz
        echoes them."""
        return {"total": total, "page_size": str(self.count), "page": str(self.page), "data": data}


def paging(page: int | None, count: int | None) -> Paging:
    """The page asked for; 400 in jambonz's words when `page` or `count` is missing or
    out of range (the contract checks the same; this guards the core's other callers)."""
    if page is None or page < 1 or page > MAX_PAGE:
        raise BadRequest(BAD_PAGE)
    if count is None or count < 1 or count > MAX_COUNT:
        raise BadRequest(BAD_COUNT)
    return Paging(page=page, count=count)


def _whole(raw: str | None) -> int | None:
    return int(raw) if raw is not None and raw.strip().isascii() and raw.strip().isdigit() else None


MAX_DAYS = 3650


def query_problem(query: Mapping[str, str]) -> str | None:
    """What is wrong with the query of one of these lists, in plain words naming the
    parameter (jambonz's words for `page` and `count`), or None when nothing is. The HTTP
    edge answers a refused query of these lists with it, whatever its validator said."""
    try:
        paging(_whole(query.get("page")), _whole(query.get("count")))
        if "days" in query:
            days = _whole(query["days"])
            if days is None or not 1 <= days <= MAX_DAYS:
                raise BadRequest(f"days: must be a whole number from 1 to {MAX_DAYS}")
        for name in ("start", "end"):
            if name in query:
                _moment(name, query[name])
    except BadRequest as exc:
        return exc.msg
    return None


def _moment(name: str, value: str) -> datetime:
    """An ISO-8601 date or timestamp (the contract's pattern) as naive UTC (a value
    without a zone is UTC)."""
    try:
        if not _ISO.fullmatch(value.strip()):
            raise ValueError(value)
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadRequest(f"{name}: must be an ISO-8601 date or timestamp") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def window(
    column: Any, days: int | None, start: str | None, end: str | None
) -> ColumnElement[bool]:
    """The rows of the time window: the last `days` days when given (then `start` and
    `end` are ignored, as jambonz does), else from `start` and up to `end`, both
    inclusive (a date as `end` includes its whole day); everything when none is given."""
    if days is not None:
        return column >= utcnow() - timedelta(days=days)
    conditions = []
    if start:
        conditions.append(column >= _moment("start", start))
    if end:
        # Inclusive to the unit written: the whole millisecond of a timestamp (records
        # keep microseconds; the lists show milliseconds), the whole day of a date.
        unit = timedelta(days=1) if len(end.strip()) == 10 else timedelta(milliseconds=1)
        conditions.append(column < _moment("end", end) + unit)
    return and_(true(), *conditions)


async def account_sid_at_path(conn: Any, principal: Principal, sid: str) -> str:
    """The account a list path addresses, within the key's scope (404 otherwise), as the
    other `/Accounts/{AccountSid}/...` operations answer."""
    return (await account_at_path(conn, principal, sid)).account_sid


async def service_provider_sid_at_path(conn: Any, principal: Principal, sid: str) -> str:
    """The provider a list path addresses: admin keys, or that provider's own keys (403
    for every other key, as jambonz answers); 404 when it does not exist."""
    if not principal.is_admin and (
        principal.scope != "service_provider" or principal.service_provider_sid != sid.lower()
    ):
        raise Forbidden(INSUFFICIENT_PRIVILEGES)
    return (await service_provider_at_path(conn, principal, sid)).service_provider_sid
