from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LcrRouteCreate")


@_attrs_define
class LcrRouteCreate:
    """A new route. `lcr_sid` is required (400 `missing parameter lcr_sid`, jambonz's
    words) and must name a routing table the key may change (400 `unknown lcr_sid`).

        Example:
            {'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c', 'regex': '^44', 'description': 'UK', 'priority': 1}

        Attributes:
            regex (str): The pattern the dialled number is matched against, at most 32 characters (jambonz's
                column). A route matches a number that starts with this text as it is written, or
                in which the regular expression finds a match anywhere (as jambonz's SBC matches
                it): `^1` matches `15085550100`, `^49` does not match `+4912`, `.*` matches every
                number. The syntax is RE2's, which JavaScript's regular expressions share for what
                number patterns use (anchors, classes, `\\d`, groups, alternation, repetition);
                lookarounds and backreferences are refused, and an invalid pattern answers 400
                `regex: not a valid regular expression (...)` naming the problem (**differs from
                jambonz**, which stores any text and matches it with JavaScript). RE2 matches in
                linear time, so no pattern can stall the calls of other tenants.
                 Example: ^1.
            priority (int): Lower first. A whole number that fits in 32 bits. Example: 0.
            lcr_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            description (None | str | Unset):
    """

    regex: str
    priority: int
    lcr_sid: str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        regex = self.regex

        priority = self.priority

        lcr_sid: str | Unset
        if isinstance(self.lcr_sid, Unset):
            lcr_sid = UNSET
        else:
            lcr_sid = self.lcr_sid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "regex": regex,
                "priority": priority,
            }
        )
        if lcr_sid is not UNSET:
            field_dict["lcr_sid"] = lcr_sid
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regex = d.pop("regex")

        priority = d.pop("priority")

        def _parse_lcr_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        lcr_sid = _parse_lcr_sid(d.pop("lcr_sid", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        lcr_route_create = cls(
            regex=regex,
            priority=priority,
            lcr_sid=lcr_sid,
            description=description,
        )

        return lcr_route_create
