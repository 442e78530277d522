from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dtmf_type import DtmfType, check_dtmf_type
from ..models.flag import Flag, check_flag
from ..models.trunk_type import TrunkType, check_trunk_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoipCarrierUpdate")


@_attrs_define
class VoipCarrierUpdate:
    """The properties to change; at least one. `account_sid` and `service_provider_sid`
    (the owner) and `voip_carrier_sid` cannot be changed: the portal sends them back
    with every change, so values that repeat the carrier's own (`null` for an owner it
    does not have) are ignored, and others answer 400 `<property> may not be modified`
    (**differs from jambonz**, which writes them). `register_status` is read-only. The cross-field rules of
    `VoipCarrierCreate` apply to the carrier as it would be after the change (400).

        Attributes:
            voip_carrier_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str | Unset):
            description (None | str | Unset):
            application_sid (None | str | Unset): An application of the carrier's account, or `null` to remove it.
            e164_leading_plus (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            requires_register (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            register_username (None | str | Unset): No whitespace (400 `register_username must not contain whitespace`, as
                jambonz).
            register_password (None | str | Unset):
            register_sip_realm (None | str | Unset): A domain name (with a dot) or an IPv4 address, without `sip:` and
                without
                spaces; 400 in jambonz's words otherwise (`... must be a valid domain or IP
                address`). `null` falls back to the gateway's address.
            register_from_user (None | str | Unset):
            register_from_domain (None | str | Unset): A domain name (with a dot) or an IPv4 address, without `sip:` and
                without
                spaces; 400 in jambonz's words otherwise (`... must be a valid domain or IP
                address`). `null` falls back to the gateway's address.
            register_public_ip_in_contact (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            tech_prefix (None | str | Unset):
            inbound_auth_username (None | str | Unset):
            inbound_auth_password (None | str | Unset):
            diversion (None | str | Unset):
            is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            smpp_system_id (None | str | Unset):
            smpp_password (None | str | Unset):
            smpp_enquire_link_interval (int | Unset):
            smpp_inbound_system_id (None | str | Unset):
            smpp_inbound_password (None | str | Unset):
            dtmf_type (DtmfType | Unset): How DTMF is sent to the carrier.
            outbound_sip_proxy (None | str | Unset):
            trunk_type (TrunkType | Unset): How the carrier recognises the platform: by its IP address (`static_ip`), by
                digest
                authentication (`auth`) or by registering (`reg`).
            sms_outbound_url (None | str | Unset): An absolute http(s) URL, or `null` to stop sending SMS through this
                carrier.
            sms_username (None | str | Unset):
            sms_password (None | str | Unset):
            sms_bearer_token (None | str | Unset):
            sms_inbound_username (None | str | Unset):
            sms_inbound_password (None | str | Unset):
    """

    voip_carrier_sid: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    service_provider_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    application_sid: None | str | Unset = UNSET
    e164_leading_plus: bool | Flag | Unset = UNSET
    requires_register: bool | Flag | Unset = UNSET
    register_username: None | str | Unset = UNSET
    register_password: None | str | Unset = UNSET
    register_sip_realm: None | str | Unset = UNSET
    register_from_user: None | str | Unset = UNSET
    register_from_domain: None | str | Unset = UNSET
    register_public_ip_in_contact: bool | Flag | Unset = UNSET
    tech_prefix: None | str | Unset = UNSET
    inbound_auth_username: None | str | Unset = UNSET
    inbound_auth_password: None | str | Unset = UNSET
    diversion: None | str | Unset = UNSET
    is_active: bool | Flag | Unset = UNSET
    smpp_system_id: None | str | Unset = UNSET
    smpp_password: None | str | Unset = UNSET
    smpp_enquire_link_interval: int | Unset = UNSET
    smpp_inbound_system_id: None | str | Unset = UNSET
    smpp_inbound_password: None | str | Unset = UNSET
    dtmf_type: DtmfType | Unset = UNSET
    outbound_sip_proxy: None | str | Unset = UNSET
    trunk_type: TrunkType | Unset = UNSET
    sms_outbound_url: None | str | Unset = UNSET
    sms_username: None | str | Unset = UNSET
    sms_password: None | str | Unset = UNSET
    sms_bearer_token: None | str | Unset = UNSET
    sms_inbound_username: None | str | Unset = UNSET
    sms_inbound_password: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voip_carrier_sid = self.voip_carrier_sid

        account_sid = self.account_sid

        service_provider_sid = self.service_provider_sid

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        e164_leading_plus: bool | int | Unset
        if isinstance(self.e164_leading_plus, Unset):
            e164_leading_plus = UNSET
        elif isinstance(self.e164_leading_plus, int):
            e164_leading_plus = self.e164_leading_plus
        else:
            e164_leading_plus = self.e164_leading_plus

        requires_register: bool | int | Unset
        if isinstance(self.requires_register, Unset):
            requires_register = UNSET
        elif isinstance(self.requires_register, int):
            requires_register = self.requires_register
        else:
            requires_register = self.requires_register

        register_username: None | str | Unset
        if isinstance(self.register_username, Unset):
            register_username = UNSET
        else:
            register_username = self.register_username

        register_password: None | str | Unset
        if isinstance(self.register_password, Unset):
            register_password = UNSET
        else:
            register_password = self.register_password

        register_sip_realm: None | str | Unset
        if isinstance(self.register_sip_realm, Unset):
            register_sip_realm = UNSET
        else:
            register_sip_realm = self.register_sip_realm

        register_from_user: None | str | Unset
        if isinstance(self.register_from_user, Unset):
            register_from_user = UNSET
        else:
            register_from_user = self.register_from_user

        register_from_domain: None | str | Unset
        if isinstance(self.register_from_domain, Unset):
            register_from_domain = UNSET
        else:
            register_from_domain = self.register_from_domain

        register_public_ip_in_contact: bool | int | Unset
        if isinstance(self.register_public_ip_in_contact, Unset):
            register_public_ip_in_contact = UNSET
        elif isinstance(self.register_public_ip_in_contact, int):
            register_public_ip_in_contact = self.register_public_ip_in_contact
        else:
            register_public_ip_in_contact = self.register_public_ip_in_contact

        tech_prefix: None | str | Unset
        if isinstance(self.tech_prefix, Unset):
            tech_prefix = UNSET
        else:
            tech_prefix = self.tech_prefix

        inbound_auth_username: None | str | Unset
        if isinstance(self.inbound_auth_username, Unset):
            inbound_auth_username = UNSET
        else:
            inbound_auth_username = self.inbound_auth_username

        inbound_auth_password: None | str | Unset
        if isinstance(self.inbound_auth_password, Unset):
            inbound_auth_password = UNSET
        else:
            inbound_auth_password = self.inbound_auth_password

        diversion: None | str | Unset
        if isinstance(self.diversion, Unset):
            diversion = UNSET
        else:
            diversion = self.diversion

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

        smpp_system_id: None | str | Unset
        if isinstance(self.smpp_system_id, Unset):
            smpp_system_id = UNSET
        else:
            smpp_system_id = self.smpp_system_id

        smpp_password: None | str | Unset
        if isinstance(self.smpp_password, Unset):
            smpp_password = UNSET
        else:
            smpp_password = self.smpp_password

        smpp_enquire_link_interval = self.smpp_enquire_link_interval

        smpp_inbound_system_id: None | str | Unset
        if isinstance(self.smpp_inbound_system_id, Unset):
            smpp_inbound_system_id = UNSET
        else:
            smpp_inbound_system_id = self.smpp_inbound_system_id

        smpp_inbound_password: None | str | Unset
        if isinstance(self.smpp_inbound_password, Unset):
            smpp_inbound_password = UNSET
        else:
            smpp_inbound_password = self.smpp_inbound_password

        dtmf_type: str | Unset = UNSET
        if not isinstance(self.dtmf_type, Unset):
            dtmf_type = self.dtmf_type

        outbound_sip_proxy: None | str | Unset
        if isinstance(self.outbound_sip_proxy, Unset):
            outbound_sip_proxy = UNSET
        else:
            outbound_sip_proxy = self.outbound_sip_proxy

        trunk_type: str | Unset = UNSET
        if not isinstance(self.trunk_type, Unset):
            trunk_type = self.trunk_type

        sms_outbound_url: None | str | Unset
        if isinstance(self.sms_outbound_url, Unset):
            sms_outbound_url = UNSET
        else:
            sms_outbound_url = self.sms_outbound_url

        sms_username: None | str | Unset
        if isinstance(self.sms_username, Unset):
            sms_username = UNSET
        else:
            sms_username = self.sms_username

        sms_password: None | str | Unset
        if isinstance(self.sms_password, Unset):
            sms_password = UNSET
        else:
            sms_password = self.sms_password

        sms_bearer_token: None | str | Unset
        if isinstance(self.sms_bearer_token, Unset):
            sms_bearer_token = UNSET
        else:
            sms_bearer_token = self.sms_bearer_token

        sms_inbound_username: None | str | Unset
        if isinstance(self.sms_inbound_username, Unset):
            sms_inbound_username = UNSET
        else:
            sms_inbound_username = self.sms_inbound_username

        sms_inbound_password: None | str | Unset
        if isinstance(self.sms_inbound_password, Unset):
            sms_inbound_password = UNSET
        else:
            sms_inbound_password = self.sms_inbound_password

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if voip_carrier_sid is not UNSET:
            field_dict["voip_carrier_sid"] = voip_carrier_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if e164_leading_plus is not UNSET:
            field_dict["e164_leading_plus"] = e164_leading_plus
        if requires_register is not UNSET:
            field_dict["requires_register"] = requires_register
        if register_username is not UNSET:
            field_dict["register_username"] = register_username
        if register_password is not UNSET:
            field_dict["register_password"] = register_password
        if register_sip_realm is not UNSET:
            field_dict["register_sip_realm"] = register_sip_realm
        if register_from_user is not UNSET:
            field_dict["register_from_user"] = register_from_user
        if register_from_domain is not UNSET:
            field_dict["register_from_domain"] = register_from_domain
        if register_public_ip_in_contact is not UNSET:
            field_dict["register_public_ip_in_contact"] = register_public_ip_in_contact
        if tech_prefix is not UNSET:
            field_dict["tech_prefix"] = tech_prefix
        if inbound_auth_username is not UNSET:
            field_dict["inbound_auth_username"] = inbound_auth_username
        if inbound_auth_password is not UNSET:
            field_dict["inbound_auth_password"] = inbound_auth_password
        if diversion is not UNSET:
            field_dict["diversion"] = diversion
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if smpp_system_id is not UNSET:
            field_dict["smpp_system_id"] = smpp_system_id
        if smpp_password is not UNSET:
            field_dict["smpp_password"] = smpp_password
        if smpp_enquire_link_interval is not UNSET:
            field_dict["smpp_enquire_link_interval"] = smpp_enquire_link_interval
        if smpp_inbound_system_id is not UNSET:
            field_dict["smpp_inbound_system_id"] = smpp_inbound_system_id
        if smpp_inbound_password is not UNSET:
            field_dict["smpp_inbound_password"] = smpp_inbound_password
        if dtmf_type is not UNSET:
            field_dict["dtmf_type"] = dtmf_type
        if outbound_sip_proxy is not UNSET:
            field_dict["outbound_sip_proxy"] = outbound_sip_proxy
        if trunk_type is not UNSET:
            field_dict["trunk_type"] = trunk_type
        if sms_outbound_url is not UNSET:
            field_dict["sms_outbound_url"] = sms_outbound_url
        if sms_username is not UNSET:
            field_dict["sms_username"] = sms_username
        if sms_password is not UNSET:
            field_dict["sms_password"] = sms_password
        if sms_bearer_token is not UNSET:
            field_dict["sms_bearer_token"] = sms_bearer_token
        if sms_inbound_username is not UNSET:
            field_dict["sms_inbound_username"] = sms_inbound_username
        if sms_inbound_password is not UNSET:
            field_dict["sms_inbound_password"] = sms_inbound_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voip_carrier_sid = d.pop("voip_carrier_sid", UNSET)

        account_sid = d.pop("account_sid", UNSET)

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        def _parse_e164_leading_plus(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        e164_leading_plus = _parse_e164_leading_plus(d.pop("e164_leading_plus", UNSET))

        def _parse_requires_register(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        requires_register = _parse_requires_register(d.pop("requires_register", UNSET))

        def _parse_register_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_username = _parse_register_username(d.pop("register_username", UNSET))

        def _parse_register_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_password = _parse_register_password(d.pop("register_password", UNSET))

        def _parse_register_sip_realm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_sip_realm = _parse_register_sip_realm(d.pop("register_sip_realm", UNSET))

        def _parse_register_from_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_from_user = _parse_register_from_user(d.pop("register_from_user", UNSET))

        def _parse_register_from_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_from_domain = _parse_register_from_domain(d.pop("register_from_domain", UNSET))

        def _parse_register_public_ip_in_contact(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        register_public_ip_in_contact = _parse_register_public_ip_in_contact(
            d.pop("register_public_ip_in_contact", UNSET)
        )

        def _parse_tech_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tech_prefix = _parse_tech_prefix(d.pop("tech_prefix", UNSET))

        def _parse_inbound_auth_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_auth_username = _parse_inbound_auth_username(d.pop("inbound_auth_username", UNSET))

        def _parse_inbound_auth_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_auth_password = _parse_inbound_auth_password(d.pop("inbound_auth_password", UNSET))

        def _parse_diversion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diversion = _parse_diversion(d.pop("diversion", UNSET))

        def _parse_is_active(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_smpp_system_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smpp_system_id = _parse_smpp_system_id(d.pop("smpp_system_id", UNSET))

        def _parse_smpp_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smpp_password = _parse_smpp_password(d.pop("smpp_password", UNSET))

        smpp_enquire_link_interval = d.pop("smpp_enquire_link_interval", UNSET)

        def _parse_smpp_inbound_system_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smpp_inbound_system_id = _parse_smpp_inbound_system_id(d.pop("smpp_inbound_system_id", UNSET))

        def _parse_smpp_inbound_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smpp_inbound_password = _parse_smpp_inbound_password(d.pop("smpp_inbound_password", UNSET))

        _dtmf_type = d.pop("dtmf_type", UNSET)
        dtmf_type: DtmfType | Unset
        if isinstance(_dtmf_type, Unset):
            dtmf_type = UNSET
        else:
            dtmf_type = check_dtmf_type(_dtmf_type)

        def _parse_outbound_sip_proxy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_sip_proxy = _parse_outbound_sip_proxy(d.pop("outbound_sip_proxy", UNSET))

        _trunk_type = d.pop("trunk_type", UNSET)
        trunk_type: TrunkType | Unset
        if isinstance(_trunk_type, Unset):
            trunk_type = UNSET
        else:
            trunk_type = check_trunk_type(_trunk_type)

        def _parse_sms_outbound_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_outbound_url = _parse_sms_outbound_url(d.pop("sms_outbound_url", UNSET))

        def _parse_sms_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_username = _parse_sms_username(d.pop("sms_username", UNSET))

        def _parse_sms_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_password = _parse_sms_password(d.pop("sms_password", UNSET))

        def _parse_sms_bearer_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_bearer_token = _parse_sms_bearer_token(d.pop("sms_bearer_token", UNSET))

        def _parse_sms_inbound_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_inbound_username = _parse_sms_inbound_username(d.pop("sms_inbound_username", UNSET))

        def _parse_sms_inbound_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_inbound_password = _parse_sms_inbound_password(d.pop("sms_inbound_password", UNSET))

        voip_carrier_update = cls(
            voip_carrier_sid=voip_carrier_sid,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            name=name,
            description=description,
            application_sid=application_sid,
            e164_leading_plus=e164_leading_plus,
            requires_register=requires_register,
            register_username=register_username,
            register_password=register_password,
            register_sip_realm=register_sip_realm,
            register_from_user=register_from_user,
            register_from_domain=register_from_domain,
            register_public_ip_in_contact=register_public_ip_in_contact,
            tech_prefix=tech_prefix,
            inbound_auth_username=inbound_auth_username,
            inbound_auth_password=inbound_auth_password,
            diversion=diversion,
            is_active=is_active,
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

        return voip_carrier_update
