from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LcrRouteUpdate")


@_attrs_define
class LcrRouteUpdate:
    """Changes to a route; only the properties sent change. A `lcr_sid` moves the route
    (with its carriers) to that routing table, which the key must be able to change
    (400 `unknown lcr_sid`).

        Example:
            {'priority': 2}

        Attributes:
            lcr_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            regex (str | Unset): The pattern the dialled number is matched against, at most 32 characters (jambonz's
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
            description (None | str | Unset):
            priority (int | Unset): Lower first. A whole number that fits in 32 bits. Example: 0.
    """

    lcr_sid: str | Unset = UNSET
    regex: str | Unset = UNSET
    description: None | str | Unset = UNSET
    priority: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lcr_sid = self.lcr_sid

        regex = self.regex

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lcr_sid is not UNSET:
            field_dict["lcr_sid"] = lcr_sid
        if regex is not UNSET:
            field_dict["regex"] = regex
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lcr_sid = d.pop("lcr_sid", UNSET)

        regex = d.pop("regex", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        priority = d.pop("priority", UNSET)

        lcr_route_update = cls(
            lcr_sid=lcr_sid,
            regex=regex,
            description=description,
            priority=priority,
        )

        return lcr_route_update
