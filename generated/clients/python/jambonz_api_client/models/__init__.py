"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create import AccountCreate
from .account_limit import AccountLimit
from .account_update import AccountUpdate
from .api_key import ApiKey
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .application import Application
from .application_create import ApplicationCreate
from .application_env_vars_type_0 import ApplicationEnvVarsType0
from .application_page import ApplicationPage
from .application_update import ApplicationUpdate
from .bucket_credential import BucketCredential
from .bucket_credential_vendor import BucketCredentialVendor
from .bucket_tag import BucketTag
from .call import Call
from .call_count import CallCount
from .call_create import CallCreate
from .call_create_amd import CallCreateAmd
from .call_create_tag import CallCreateTag
from .call_created_body import CallCreatedBody
from .call_customer_data_type_0 import CallCustomerDataType0
from .call_direction import CallDirection
from .call_status import CallStatus
from .call_update import CallUpdate
from .call_update_call_status import CallUpdateCallStatus
from .call_update_listen_status import CallUpdateListenStatus
from .call_update_mute_status import CallUpdateMuteStatus
from .created import Created
from .dtmf_type import DtmfType
from .env_vars_type_0 import EnvVarsType0
from .error import Error
from .flag import Flag
from .health import Health
from .health_status import HealthStatus
from .hook import Hook
from .hook_method import HookMethod
from .hook_object_input import HookObjectInput
from .hook_read import HookRead
from .hook_with_sid import HookWithSid
from .limit_category import LimitCategory
from .limit_create import LimitCreate
from .phone_number import PhoneNumber
from .phone_number_create import PhoneNumberCreate
from .phone_number_page import PhoneNumberPage
from .phone_number_update import PhoneNumberUpdate
from .phone_target import PhoneTarget
from .phone_target_type import PhoneTargetType
from .plan_type import PlanType
from .service_provider import ServiceProvider
from .service_provider_create import ServiceProviderCreate
from .service_provider_limit import ServiceProviderLimit
from .service_provider_update import ServiceProviderUpdate
from .simulated_call_create import SimulatedCallCreate
from .sip_gateway import SipGateway
from .sip_gateway_create import SipGatewayCreate
from .sip_gateway_update import SipGatewayUpdate
from .sip_headers import SipHeaders
from .sip_protocol import SipProtocol
from .sip_target import SipTarget
from .sip_target_type import SipTargetType
from .smpp_gateway import SmppGateway
from .smpp_gateway_create import SmppGatewayCreate
from .smpp_gateway_update import SmppGatewayUpdate
from .status_change import StatusChange
from .target_auth import TargetAuth
from .teams_target import TeamsTarget
from .teams_target_type import TeamsTargetType
from .trunk_type import TrunkType
from .user_target import UserTarget
from .user_target_type import UserTargetType
from .voip_carrier import VoipCarrier
from .voip_carrier_create import VoipCarrierCreate
from .voip_carrier_page import VoipCarrierPage
from .voip_carrier_register_status import VoipCarrierRegisterStatus
from .voip_carrier_update import VoipCarrierUpdate
from .webhook_secret import WebhookSecret
from .whisper_verb import WhisperVerb
from .whisper_verb_synthesizer import WhisperVerbSynthesizer
from .whisper_verb_verb import WhisperVerbVerb

__all__ = (
    "Account",
    "AccountCreate",
    "AccountLimit",
    "AccountUpdate",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "Application",
    "ApplicationCreate",
    "ApplicationEnvVarsType0",
    "ApplicationPage",
    "ApplicationUpdate",
    "BucketCredential",
    "BucketCredentialVendor",
    "BucketTag",
    "Call",
    "CallCount",
    "CallCreate",
    "CallCreateAmd",
    "CallCreatedBody",
    "CallCreateTag",
    "CallCustomerDataType0",
    "CallDirection",
    "CallStatus",
    "CallUpdate",
    "CallUpdateCallStatus",
    "CallUpdateListenStatus",
    "CallUpdateMuteStatus",
    "Created",
    "DtmfType",
    "EnvVarsType0",
    "Error",
    "Flag",
    "Health",
    "HealthStatus",
    "Hook",
    "HookMethod",
    "HookObjectInput",
    "HookRead",
    "HookWithSid",
    "LimitCategory",
    "LimitCreate",
    "PhoneNumber",
    "PhoneNumberCreate",
    "PhoneNumberPage",
    "PhoneNumberUpdate",
    "PhoneTarget",
    "PhoneTargetType",
    "PlanType",
    "ServiceProvider",
    "ServiceProviderCreate",
    "ServiceProviderLimit",
    "ServiceProviderUpdate",
    "SimulatedCallCreate",
    "SipGateway",
    "SipGatewayCreate",
    "SipGatewayUpdate",
    "SipHeaders",
    "SipProtocol",
    "SipTarget",
    "SipTargetType",
    "SmppGateway",
    "SmppGatewayCreate",
    "SmppGatewayUpdate",
    "StatusChange",
    "TargetAuth",
    "TeamsTarget",
    "TeamsTargetType",
    "TrunkType",
    "UserTarget",
    "UserTargetType",
    "VoipCarrier",
    "VoipCarrierCreate",
    "VoipCarrierPage",
    "VoipCarrierRegisterStatus",
    "VoipCarrierUpdate",
    "WebhookSecret",
    "WhisperVerb",
    "WhisperVerbSynthesizer",
    "WhisperVerbVerb",
)
