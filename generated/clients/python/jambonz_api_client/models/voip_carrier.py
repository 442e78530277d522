from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dtmf_type import DtmfType, check_dtmf_type
from ..models.flag import Flag, check_flag
from ..models.trunk_type import TrunkType, check_trunk_type

if TYPE_CHECKING:
    from ..models.voip_carrier_register_status import VoipCarrierRegisterStatus


T = TypeVar("T", bound="VoipCarrier")


@_attrs_define
class VoipCarrier:
    """A carrier (SIP trunk) as read back. Booleans read back as `0`/`1`. An account-owned
    carrier has `account_sid` and also its account's `service_provider_sid`; an SP-wide
    carrier has only `service_provider_sid` (**differs from jambonz**, which may leave
    `service_provider_sid` null on account-owned carriers).

        Example:
            {'voip_carrier_sid': '4a7c2e1f-9b3d-4e5a-8f6b-1c2d3e4f5a6b', 'name': 'twilio-trunk', 'description': 'Main PSTN
                trunk', 'account_sid': '9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33', 'service_provider_sid':
                '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33', 'application_sid': None, 'e164_leading_plus': 1, 'requires_register': 1,
                'register_username': 'acme', 'register_password': 's3cret', 'register_sip_realm': 'sip.carrier.example.com',
                'register_from_user': None, 'register_from_domain': None, 'register_public_ip_in_contact': 0, 'register_status':
                {'status': 'ok', 'reason': '200 OK'}, 'tech_prefix': None, 'inbound_auth_username': None,
                'inbound_auth_password': None, 'diversion': None, 'is_active': 1, 'created_at': '2024-05-01T12:00:00.000Z',
                'smpp_system_id': None, 'smpp_password': None, 'smpp_enquire_link_interval': 0, 'smpp_inbound_system_id': None,
                'smpp_inbound_password': None, 'dtmf_type': 'rfc2833', 'outbound_sip_proxy': None, 'trunk_type': 'reg',
                'sms_outbound_url': 'https://sms.carrier.example.com/v1/send', 'sms_username': None, 'sms_password': None,
                'sms_bearer_token': 'tok_8f0a2c4e6b', 'sms_inbound_username': 'carrier', 'sms_inbound_password': 'in-s3cret'}

        Attributes:
            voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str):
            description (None | str):
            account_sid (None | str): The owning account; `null` for an SP-wide carrier.
            service_provider_sid (None | str): The service provider of the carrier (or of its account).
            application_sid (None | str): The application every inbound call from this carrier is routed to.
            e164_leading_plus (Flag): A boolean as jambonz reads it back, `0` or `1`.
            requires_register (Flag): A boolean as jambonz reads it back, `0` or `1`.
            register_username (None | str):
            register_password (None | str):
            register_sip_realm (None | str):
            register_from_user (None | str):
            register_from_domain (None | str):
            register_public_ip_in_contact (Flag): A boolean as jambonz reads it back, `0` or `1`.
            register_status (VoipCarrierRegisterStatus): Read-only: the outcome of the last registration attempt, written by
                the SBC;
                `{}` when there has been none.
            tech_prefix (None | str):
            inbound_auth_username (None | str):
            inbound_auth_password (None | str):
            diversion (None | str):
            is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            smpp_system_id (None | str):
            smpp_password (None | str):
            smpp_enquire_link_interval (int):
            smpp_inbound_system_id (None | str):
            smpp_inbound_password (None | str):
            dtmf_type (DtmfType): How DTMF is sent to the carrier.
            outbound_sip_proxy (None | str):
            trunk_type (TrunkType): How the carrier recognises the platform: by its IP address (`static_ip`), by digest
                authentication (`auth`) or by registering (`reg`).
            sms_outbound_url (None | str): Where outbound SMS are POSTed (the carrier is then an HTTP SMS provider; see
                `POST /Accounts/{AccountSid}/Messages`). Not in jambonz, which speaks SMPP.
            sms_username (None | str):
            sms_password (None | str):
            sms_bearer_token (None | str):
            sms_inbound_username (None | str): Basic-auth user the carrier presents on `/messaging/{Provider}`.
            sms_inbound_password (None | str):
    """

    voip_carrier_sid: str
    name: str
    description: None | str
    account_sid: None | str
    service_provider_sid: None | str
    application_sid: None | str
    e164_leading_plus: Flag
    requires_register: Flag
    register_username: None | str
    register_password: None | str
    register_sip_realm: None | str
    register_from_user: None | str
    register_from_domain: None | str
    register_public_ip_in_contact: Flag
    register_status: VoipCarrierRegisterStatus
    tech_prefix: None | str
    inbound_auth_username: None | str
    inbound_auth_password: None | str
    diversion: None | str
    is_active: Flag
    created_at: datetime.datetime
    smpp_system_id: None | str
    smpp_password: None | str
    smpp_enquire_link_interval: int
    smpp_inbound_system_id: None | str
    smpp_inbound_password: None | str
    dtmf_type: DtmfType
    outbound_sip_proxy: None | str
    trunk_type: TrunkType
    sms_outbound_url: None | str
    sms_username: None | str
    sms_password: None | str
    sms_bearer_token: None | str
    sms_inbound_username: None | str
    sms_inbound_password: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voip_carrier_sid = self.voip_carrier_sid

        name = self.name

        description: None | str
        description = self.description

        account_sid: None | str
        account_sid = self.account_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        application_sid: None | str
        application_sid = self.application_sid

        e164_leading_plus: int = self.e164_leading_plus

        requires_register: int = self.requires_register

        register_username: None | str
        register_username = self.register_username

        register_password: None | str
        register_password = self.register_password

        register_sip_realm: None | str
        register_sip_realm = self.register_sip_realm

        register_from_user: None | str
        register_from_user = self.register_from_user

        register_from_domain: None | str
        register_from_domain = self.register_from_domain

        register_public_ip_in_contact: int = self.register_public_ip_in_contact

        register_status = self.register_status.to_dict()

        tech_prefix: None | str
        tech_prefix = self.tech_prefix

        inbound_auth_username: None | str
        inbound_auth_username = self.inbound_auth_username

        inbound_auth_password: None | str
        inbound_auth_password = self.inbound_auth_password

        diversion: None | str
        diversion = self.diversion

        is_active: int = self.is_active

        created_at = self.created_at.isoformat()

        smpp_system_id: None | str
        smpp_system_id = self.smpp_system_id

        smpp_password: None | str
        smpp_password = self.smpp_password

        smpp_enquire_link_interval = self.smpp_enquire_link_interval

        smpp_inbound_system_id: None | str
        smpp_inbound_system_id = self.smpp_inbound_system_id

        smpp_inbound_password: None | str
        smpp_inbound_password = self.smpp_inbound_password

        dtmf_type: str = self.dtmf_type

        outbound_sip_proxy: None | str
        outbound_sip_proxy = self.outbound_sip_proxy

        trunk_type: str = self.trunk_type

        sms_outbound_url: None | str
        sms_outbound_url = self.sms_outbound_url

        sms_username: None | str
        sms_username = self.sms_username

        sms_password: None | str
        sms_password = self.sms_password

        sms_bearer_token: None | str
        sms_bearer_token = self.sms_bearer_token

        sms_inbound_username: None | str
        sms_inbound_username = self.sms_inbound_username

        sms_inbound_password: None | str
        sms_inbound_password = self.sms_inbound_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voip_carrier_sid": voip_carrier_sid,
                "name": name,
                "description": description,
                "account_sid": account_sid,
                "service_provider_sid": service_provider_sid,
                "application_sid": application_sid,
                "e164_leading_plus": e164_leading_plus,
                "requires_register": requires_register,
                "register_username": register_username,
                "register_password": register_password,
                "register_sip_realm": register_sip_realm,
                "register_from_user": register_from_user,
                "register_from_domain": register_from_domain,
                "register_public_ip_in_contact": register_public_ip_in_contact,
                "register_status": register_status,
                "tech_prefix": tech_prefix,
                "inbound_auth_username": inbound_auth_username,
                "inbound_auth_password": inbound_auth_password,
                "diversion": diversion,
                "is_active": is_active,
                "created_at": created_at,
                "smpp_system_id": smpp_system_id,
                "smpp_password": smpp_password,
                "smpp_enquire_link_interval": smpp_enquire_link_interval,
                "smpp_inbound_system_id": smpp_inbound_system_id,
                "smpp_inbound_password": smpp_inbound_password,
                "dtmf_type": dtmf_type,
                "outbound_sip_proxy": outbound_sip_proxy,
                "trunk_type": trunk_type,
                "sms_outbound_url": sms_outbound_url,
                "sms_username": sms_username,
                "sms_password": sms_password,
                "sms_bearer_token": sms_bearer_token,
                "sms_inbound_username": sms_inbound_username,
                "sms_inbound_password": sms_inbound_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voip_carrier_register_status import VoipCarrierRegisterStatus  # noqa: PLC0415

        d = dict(src_dict)
        voip_carrier_sid = d.pop("voip_carrier_sid")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_account_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_sid = _parse_account_sid(d.pop("account_sid"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_application_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_sid = _parse_application_sid(d.pop("application_sid"))

        e164_leading_plus = check_flag(d.pop("e164_leading_plus"))

        requires_register = check_flag(d.pop("requires_register"))

        def _parse_register_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_username = _parse_register_username(d.pop("register_username"))

        def _parse_register_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_password = _parse_register_password(d.pop("register_password"))

        def _parse_register_sip_realm(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_sip_realm = _parse_register_sip_realm(d.pop("register_sip_realm"))

        def _parse_register_from_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_from_user = _parse_register_from_user(d.pop("register_from_user"))

        def _parse_register_from_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_from_domain = _parse_register_from_domain(d.pop("register_from_domain"))

        register_public_ip_in_contact = check_flag(d.pop("register_public_ip_in_contact"))

        register_status = VoipCarrierRegisterStatus.from_dict(d.pop("register_status"))

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

        is_active = check_flag(d.pop("is_active"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_smpp_system_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smpp_system_id = _parse_smpp_system_id(d.pop("smpp_system_id"))

        def _parse_smpp_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smpp_password = _parse_smpp_password(d.pop("smpp_password"))

        smpp_enquire_link_interval = d.pop("smpp_enquire_link_interval")

        def _parse_smpp_inbound_system_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smpp_inbound_system_id = _parse_smpp_inbound_system_id(d.pop("smpp_inbound_system_id"))

        def _parse_smpp_inbound_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smpp_inbound_password = _parse_smpp_inbound_password(d.pop("smpp_inbound_password"))

        dtmf_type = check_dtmf_type(d.pop("dtmf_type"))

        def _parse_outbound_sip_proxy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outbound_sip_proxy = _parse_outbound_sip_proxy(d.pop("outbound_sip_proxy"))

        trunk_type = check_trunk_type(d.pop("trunk_type"))

        def _parse_sms_outbound_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sms_outbound_url = _parse_sms_outbound_url(d.pop("sms_outbound_url"))

        def _parse_sms_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sms_username = _parse_sms_username(d.pop("sms_username"))

        def _parse_sms_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sms_password = _parse_sms_password(d.pop("sms_password"))

        def _parse_sms_bearer_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sms_bearer_token = _parse_sms_bearer_token(d.pop("sms_bearer_token"))

        def _parse_sms_inbound_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sms_inbound_username = _parse_sms_inbound_username(d.pop("sms_inbound_username"))

        def _parse_sms_inbound_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sms_inbound_password = _parse_sms_inbound_password(d.pop("sms_inbound_password"))

        voip_carrier = cls(
            voip_carrier_sid=voip_carrier_sid,
            name=name,
            description=description,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            application_sid=application_sid,
            e164_leading_plus=e164_leading_plus,
            requires_register=requires_register,
            register_username=register_username,
            register_password=register_password,
            register_sip_realm=register_sip_realm,
            register_from_user=register_from_user,
            register_from_domain=register_from_domain,
            register_public_ip_in_contact=register_public_ip_in_contact,
            register_status=register_status,
            tech_prefix=tech_prefix,
            inbound_auth_username=inbound_auth_username,
            inbound_auth_password=inbound_auth_password,
            diversion=diversion,
            is_active=is_active,
            created_at=created_at,
            smpp_system_id=smpp_system_id,
            smpp_password=smpp_password,
            smpp_enquire_link_interval=smpp_enquire_link_interval,
            smpp_inbound_system_id=smpp_inbound_system_id,
            smpp_inbound_password=smpp_inbound_password,
            dtmf_type=dtmf_type,
            outbound_sip_proxy=outbound_sip_proxy,
            trunk_type=trunk_type,
            sms_outbound_url=sms_outbound_url,
            sms_username=sms_username,
            sms_password=sms_password,
            sms_bearer_token=sms_bearer_token,
            sms_inbound_username=sms_inbound_username,
            sms_inbound_password=sms_inbound_password,
        )

        voip_carrier.additional_properties = d
        return voip_carrier

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
