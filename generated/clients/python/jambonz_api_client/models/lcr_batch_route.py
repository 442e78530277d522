from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lcr_batch_entry import LcrBatchEntry


T = TypeVar("T", bound="LcrBatchRoute")


@_attrs_define
class LcrBatchRoute:
    """A route in a batch, with its carriers, which are required and may not be empty
    (400 `Lcr Route batch process require lcr_carrier_set_entries`, jambonz's words).
    In `PUT`, a route with `lcr_route_sid` (one of this table's) is updated, one
    without is added. `lcr_sid` is set by the server from the path.

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
            lcr_route_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            lcr_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            description (None | str | Unset):
            lcr_carrier_set_entries (list[LcrBatchEntry] | Unset):
    """

    regex: str
    priority: int
    lcr_route_sid: str | Unset = UNSET
    lcr_sid: str | Unset = UNSET
    description: None | str | Unset = UNSET
    lcr_carrier_set_entries: list[LcrBatchEntry] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        regex = self.regex

        priority = self.priority

        lcr_route_sid: str | Unset
        if isinstance(self.lcr_route_sid, Unset):
            lcr_route_sid = UNSET
        else:
            lcr_route_sid = self.lcr_route_sid

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

        lcr_carrier_set_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lcr_carrier_set_entries, Unset):
            lcr_carrier_set_entries = []
            for lcr_carrier_set_entries_item_data in self.lcr_carrier_set_entries:
                lcr_carrier_set_entries_item = lcr_carrier_set_entries_item_data.to_dict()
                lcr_carrier_set_entries.append(lcr_carrier_set_entries_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "regex": regex,
                "priority": priority,
            }
        )
        if lcr_route_sid is not UNSET:
            field_dict["lcr_route_sid"] = lcr_route_sid
        if lcr_sid is not UNSET:
            field_dict["lcr_sid"] = lcr_sid
        if description is not UNSET:
            field_dict["description"] = description
        if lcr_carrier_set_entries is not UNSET:
            field_dict["lcr_carrier_set_entries"] = lcr_carrier_set_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lcr_batch_entry import LcrBatchEntry  # noqa: PLC0415

        d = dict(src_dict)
        regex = d.pop("regex")

        priority = d.pop("priority")

        def _parse_lcr_route_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        lcr_route_sid = _parse_lcr_route_sid(d.pop("lcr_route_sid", UNSET))

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

        _lcr_carrier_set_entries = d.pop("lcr_carrier_set_entries", UNSET)
        lcr_carrier_set_entries: list[LcrBatchEntry] | Unset = UNSET
        if _lcr_carrier_set_entries is not UNSET:
            lcr_carrier_set_entries = []
            for lcr_carrier_set_entries_item_data in _lcr_carrier_set_entries:
                lcr_carrier_set_entries_item = LcrBatchEntry.from_dict(lcr_carrier_set_entries_item_data)

                lcr_carrier_set_entries.append(lcr_carrier_set_entries_item)

        lcr_batch_route = cls(
            regex=regex,
            priority=priority,
            lcr_route_sid=lcr_route_sid,
            lcr_sid=lcr_sid,
            description=description,
            lcr_carrier_set_entries=lcr_carrier_set_entries,
        )

        return lcr_batch_route
