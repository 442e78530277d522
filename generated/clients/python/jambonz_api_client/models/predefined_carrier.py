from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.trunk_type import TrunkType, check_trunk_type

T = TypeVar("T", bound="PredefinedCarrier")


@_attrs_define
class PredefinedCarrier:
    """A template of a carrier, as jambonz lists it: the fields of the carrier it creates,
    booleans read back as `0`/`1`. Its gateways are not listed; they come with the
    carrier.

        Example:
            {'predefined_carrier_sid': '6cbd5809-6651-42b4-bfad-5d02bf8e6b5f', 'name': 'Telnyx', 'requires_static_ip': 1,
                'e164_leading_plus': 1, 'requires_register': 0, 'register_username': None, 'register_sip_realm': None,
                'register_password': None, 'tech_prefix': None, 'inbound_auth_username': None, 'inbound_auth_password': None,
                'diversion': None, 'trunk_type': 'static_ip'}

        Attributes:
            predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str): The provider; the name of the carrier the template creates.
            requires_static_ip (Flag): A boolean as jambonz reads it back, `0` or `1`.
            e164_leading_plus (Flag): A boolean as jambonz reads it back, `0` or `1`.
            requires_register (Flag): A boolean as jambonz reads it back, `0` or `1`.
            register_username (None | str): The digest (or registration) user; often a placeholder in angle brackets for
                the customer's own.
            register_sip_realm (None | str):
            register_password (None | str):
            tech_prefix (None | str):
            inbound_auth_username (None | str):
            inbound_auth_password (None | str):
            diversion (None | str):
            trunk_type (TrunkType): How the carrier recognises the platform: by its IP address (`static_ip`), by digest
                authentication (`auth`) or by registering (`reg`).
    """

    predefined_carrier_sid: str
    name: str
    requires_static_ip: Flag
    e164_leading_plus: Flag
    requires_register: Flag
    register_username: None | str
    register_sip_realm: None | str
    register_password: None | str
    tech_prefix: None | str
    inbound_auth_username: None | str
    inbound_auth_password: None | str
    diversion: None | str
    trunk_type: TrunkType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predefined_carrier_sid = self.predefined_carrier_sid

        name = self.name

        requires_static_ip: int = self.requires_static_ip

        e164_leading_plus: int = self.e164_leading_plus

        requires_register: int = self.requires_register

        register_username: None | str
        register_username = self.register_username

        register_sip_realm: None | str
        register_sip_realm = self.register_sip_realm

        register_password: None | str
        register_password = self.register_password

        tech_prefix: None | str
        tech_prefix = self.tech_prefix

        inbound_auth_username: None | str
        inbound_auth_username = self.inbound_auth_username

        inbound_auth_password: None | str
        inbound_auth_password = self.inbound_auth_password

        diversion: None | str
        diversion = self.diversion

        trunk_type: str = self.trunk_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predefined_carrier_sid": predefined_carrier_sid,
                "name": name,
                "requires_static_ip": requires_static_ip,
                "e164_leading_plus": e164_leading_plus,
                "requires_register": requires_register,
                "register_username": register_username,
                "register_sip_realm": register_sip_realm,
                "register_password": register_password,
                "tech_prefix": tech_prefix,
                "inbound_auth_username": inbound_auth_username,
                "inbound_auth_password": inbound_auth_password,
                "diversion": diversion,
                "trunk_type": trunk_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        predefined_carrier_sid = d.pop("predefined_carrier_sid")

        name = d.pop("name")

        requires_static_ip = check_flag(d.pop("requires_static_ip"))

        e164_leading_plus = check_flag(d.pop("e164_leading_plus"))

        requires_register = check_flag(d.pop("requires_register"))

        def _parse_register_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_username = _parse_register_username(d.pop("register_username"))

        def _parse_register_sip_realm(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_sip_realm = _parse_register_sip_realm(d.pop("register_sip_realm"))

        def _parse_register_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_password = _parse_register_password(d.pop("register_password"))

        def _parse_tech_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tech_prefix = _parse_tech_prefix(d.pop("tech_prefix"))

        def _parse_inbound_auth_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inbound_auth_username = _parse_inbound_auth_username(d.pop("inbound_auth_username"))

        def _parse_inbound_auth_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inbound_auth_password = _parse_inbound_auth_password(d.pop("inbound_auth_password"))

        def _parse_diversion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        diversion = _parse_diversion(d.pop("diversion"))

        trunk_type = check_trunk_type(d.pop("trunk_type"))

        predefined_carrier = cls(
            predefined_carrier_sid=predefined_carrier_sid,
            name=name,
            requires_static_ip=requires_static_ip,
            e164_leading_plus=e164_leading_plus,
            requires_register=requires_register,
            register_username=register_username,
            register_sip_realm=register_sip_realm,
            register_password=register_password,
            tech_prefix=tech_prefix,
            inbound_auth_username=inbound_auth_username,
            inbound_auth_password=inbound_auth_password,
            diversion=diversion,
            trunk_type=trunk_type,
        )

        predefined_carrier.additional_properties = d
        return predefined_carrier

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
