"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create import AccountCreate
from .account_limit import AccountLimit
from .account_update import AccountUpdate
from .alert import Alert
from .alert_page import AlertPage
from .api_error import ApiError
from .api_key import ApiKey
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .app_env_schema import AppEnvSchema
from .app_env_variable import AppEnvVariable
from .app_env_variable_type import AppEnvVariableType
from .application import Application
from .application_create import ApplicationCreate
from .application_env_vars_type_0 import ApplicationEnvVarsType0
from .application_page import ApplicationPage
from .application_update import ApplicationUpdate
from .availability import Availability
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
from .client_create import ClientCreate
from .client_update import ClientUpdate
from .conference import Conference
from .conference_create import ConferenceCreate
from .conference_end_status import ConferenceEndStatus
from .conference_status import ConferenceStatus
from .conference_status_event import ConferenceStatusEvent
from .conference_update import ConferenceUpdate
from .created import Created
from .current_user import CurrentUser
from .current_user_profile import CurrentUserProfile
from .delivery_receipt import DeliveryReceipt
from .delivery_status import DeliveryStatus
from .dtmf_type import DtmfType
from .env_vars_type_0 import EnvVarsType0
from .feature_server_answer import FeatureServerAnswer
from .flag import Flag
from .get_account_recent_call_sip_trace_response_200 import GetAccountRecentCallSipTraceResponse200
from .get_account_recent_call_trace_response_200 import GetAccountRecentCallTraceResponse200
from .get_service_provider_recent_call_sip_trace_response_200 import GetServiceProviderRecentCallSipTraceResponse200
from .get_service_provider_recent_call_trace_response_200 import GetServiceProviderRecentCallTraceResponse200
from .google_custom_voice import GoogleCustomVoice
from .google_custom_voice_create import GoogleCustomVoiceCreate
from .google_custom_voice_update import GoogleCustomVoiceUpdate
from .health import Health
from .health_status import HealthStatus
from .hold_status import HoldStatus
from .hook import Hook
from .hook_method import HookMethod
from .hook_object_input import HookObjectInput
from .hook_read import HookRead
from .hook_with_sid import HookWithSid
from .inbound_message import InboundMessage
from .invite_codes_create import InviteCodesCreate
from .invite_codes_created import InviteCodesCreated
from .invite_codes_created_status import InviteCodesCreatedStatus
from .lcr import Lcr
from .lcr_batch_entry import LcrBatchEntry
from .lcr_batch_route import LcrBatchRoute
from .lcr_carrier_set_entry import LcrCarrierSetEntry
from .lcr_carrier_set_entry_create import LcrCarrierSetEntryCreate
from .lcr_carrier_set_entry_update import LcrCarrierSetEntryUpdate
from .lcr_create import LcrCreate
from .lcr_route import LcrRoute
from .lcr_route_create import LcrRouteCreate
from .lcr_route_update import LcrRouteUpdate
from .lcr_update import LcrUpdate
from .limit_category import LimitCategory
from .limit_create import LimitCreate
from .log_level import LogLevel
from .login_request import LoginRequest
from .login_result import LoginResult
from .login_result_permissions_item import LoginResultPermissionsItem
from .message import Message
from .message_create import MessageCreate
from .message_created_body import MessageCreatedBody
from .message_direction import MessageDirection
from .message_page import MessagePage
from .message_provider_response_type_0 import MessageProviderResponseType0
from .message_refusal import MessageRefusal
from .message_status import MessageStatus
from .message_status_change import MessageStatusChange
from .microsoft_teams_tenant import MicrosoftTeamsTenant
from .microsoft_teams_tenant_create import MicrosoftTeamsTenantCreate
from .microsoft_teams_tenant_update import MicrosoftTeamsTenantUpdate
from .mute_status import MuteStatus
from .name_created import NameCreated
from .participant import Participant
from .participant_status import ParticipantStatus
from .participant_update import ParticipantUpdate
from .password_settings import PasswordSettings
from .password_settings_update import PasswordSettingsUpdate
from .phone_number import PhoneNumber
from .phone_number_create import PhoneNumberCreate
from .phone_number_page import PhoneNumberPage
from .phone_number_update import PhoneNumberUpdate
from .phone_target import PhoneTarget
from .phone_target_type import PhoneTargetType
from .plan_type import PlanType
from .predefined_carrier import PredefinedCarrier
from .provider_response import ProviderResponse
from .queue import Queue
from .queue_create import QueueCreate
from .queue_summary import QueueSummary
from .queued_call import QueuedCall
from .queued_call_tag_type_0 import QueuedCallTagType0
from .queued_call_update import QueuedCallUpdate
from .recent_call import RecentCall
from .recent_call_page import RecentCallPage
from .registration_protocol import RegistrationProtocol
from .reported_usage import ReportedUsage
from .sbc import Sbc
from .sbc_create import SbcCreate
from .service_provider import ServiceProvider
from .service_provider_alert import ServiceProviderAlert
from .service_provider_alert_page import ServiceProviderAlertPage
from .service_provider_create import ServiceProviderCreate
from .service_provider_limit import ServiceProviderLimit
from .service_provider_update import ServiceProviderUpdate
from .simulated_call_create import SimulatedCallCreate
from .simulated_message_create import SimulatedMessageCreate
from .simulated_registration_create import SimulatedRegistrationCreate
from .sip_client import SipClient
from .sip_gateway import SipGateway
from .sip_gateway_create import SipGatewayCreate
from .sip_gateway_update import SipGatewayUpdate
from .sip_headers import SipHeaders
from .sip_protocol import SipProtocol
from .sip_registration import SipRegistration
from .sip_registration_registered_status import SipRegistrationRegisteredStatus
from .sip_target import SipTarget
from .sip_target_type import SipTargetType
from .sip_user_status import SipUserStatus
from .sip_user_status_registered_status import SipUserStatusRegisteredStatus
from .smpp import Smpp
from .smpp_create import SmppCreate
from .smpp_gateway import SmppGateway
from .smpp_gateway_create import SmppGatewayCreate
from .smpp_gateway_update import SmppGatewayUpdate
from .speech_credential import SpeechCredential
from .speech_credential_create import SpeechCredentialCreate
from .speech_credential_test_result import SpeechCredentialTestResult
from .speech_credential_update import SpeechCredentialUpdate
from .speech_languages_and_voices import SpeechLanguagesAndVoices
from .speech_named_value import SpeechNamedValue
from .speech_test_half import SpeechTestHalf
from .speech_test_half_status import SpeechTestHalfStatus
from .speech_tts_language import SpeechTtsLanguage
from .speech_voice import SpeechVoice
from .status_change import StatusChange
from .system_information import SystemInformation
from .system_information_read import SystemInformationRead
from .system_information_update import SystemInformationUpdate
from .target_auth import TargetAuth
from .teams_target import TeamsTarget
from .teams_target_type import TeamsTargetType
from .trunk_type import TrunkType
from .tts_cache_size import TtsCacheSize
from .update_password_settings_response_201 import UpdatePasswordSettingsResponse201
from .user import User
from .user_create import UserCreate
from .user_created_body import UserCreatedBody
from .user_detail import UserDetail
from .user_scope import UserScope
from .user_target import UserTarget
from .user_target_type import UserTargetType
from .user_update import UserUpdate
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
    "Alert",
    "AlertPage",
    "ApiError",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "AppEnvSchema",
    "AppEnvVariable",
    "AppEnvVariableType",
    "Application",
    "ApplicationCreate",
    "ApplicationEnvVarsType0",
    "ApplicationPage",
    "ApplicationUpdate",
    "Availability",
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
    "ClientCreate",
    "ClientUpdate",
    "Conference",
    "ConferenceCreate",
    "ConferenceEndStatus",
    "ConferenceStatus",
    "ConferenceStatusEvent",
    "ConferenceUpdate",
    "Created",
    "CurrentUser",
    "CurrentUserProfile",
    "DeliveryReceipt",
    "DeliveryStatus",
    "DtmfType",
    "EnvVarsType0",
    "FeatureServerAnswer",
    "Flag",
    "GetAccountRecentCallSipTraceResponse200",
    "GetAccountRecentCallTraceResponse200",
    "GetServiceProviderRecentCallSipTraceResponse200",
    "GetServiceProviderRecentCallTraceResponse200",
    "GoogleCustomVoice",
    "GoogleCustomVoiceCreate",
    "GoogleCustomVoiceUpdate",
    "Health",
    "HealthStatus",
    "HoldStatus",
    "Hook",
    "HookMethod",
    "HookObjectInput",
    "HookRead",
    "HookWithSid",
    "InboundMessage",
    "InviteCodesCreate",
    "InviteCodesCreated",
    "InviteCodesCreatedStatus",
    "Lcr",
    "LcrBatchEntry",
    "LcrBatchRoute",
    "LcrCarrierSetEntry",
    "LcrCarrierSetEntryCreate",
    "LcrCarrierSetEntryUpdate",
    "LcrCreate",
    "LcrRoute",
    "LcrRouteCreate",
    "LcrRouteUpdate",
    "LcrUpdate",
    "LimitCategory",
    "LimitCreate",
    "LoginRequest",
    "LoginResult",
    "LoginResultPermissionsItem",
    "LogLevel",
    "Message",
    "MessageCreate",
    "MessageCreatedBody",
    "MessageDirection",
    "MessagePage",
    "MessageProviderResponseType0",
    "MessageRefusal",
    "MessageStatus",
    "MessageStatusChange",
    "MicrosoftTeamsTenant",
    "MicrosoftTeamsTenantCreate",
    "MicrosoftTeamsTenantUpdate",
    "MuteStatus",
    "NameCreated",
    "Participant",
    "ParticipantStatus",
    "ParticipantUpdate",
    "PasswordSettings",
    "PasswordSettingsUpdate",
    "PhoneNumber",
    "PhoneNumberCreate",
    "PhoneNumberPage",
    "PhoneNumberUpdate",
    "PhoneTarget",
    "PhoneTargetType",
    "PlanType",
    "PredefinedCarrier",
    "ProviderResponse",
    "Queue",
    "QueueCreate",
    "QueuedCall",
    "QueuedCallTagType0",
    "QueuedCallUpdate",
    "QueueSummary",
    "RecentCall",
    "RecentCallPage",
    "RegistrationProtocol",
    "ReportedUsage",
    "Sbc",
    "SbcCreate",
    "ServiceProvider",
    "ServiceProviderAlert",
    "ServiceProviderAlertPage",
    "ServiceProviderCreate",
    "ServiceProviderLimit",
    "ServiceProviderUpdate",
    "SimulatedCallCreate",
    "SimulatedMessageCreate",
    "SimulatedRegistrationCreate",
    "SipClient",
    "SipGateway",
    "SipGatewayCreate",
    "SipGatewayUpdate",
    "SipHeaders",
    "SipProtocol",
    "SipRegistration",
    "SipRegistrationRegisteredStatus",
    "SipTarget",
    "SipTargetType",
    "SipUserStatus",
    "SipUserStatusRegisteredStatus",
    "Smpp",
    "SmppCreate",
    "SmppGateway",
    "SmppGatewayCreate",
    "SmppGatewayUpdate",
    "SpeechCredential",
    "SpeechCredentialCreate",
    "SpeechCredentialTestResult",
    "SpeechCredentialUpdate",
    "SpeechLanguagesAndVoices",
    "SpeechNamedValue",
    "SpeechTestHalf",
    "SpeechTestHalfStatus",
    "SpeechTtsLanguage",
    "SpeechVoice",
    "StatusChange",
    "SystemInformation",
    "SystemInformationRead",
    "SystemInformationUpdate",
    "TargetAuth",
    "TeamsTarget",
    "TeamsTargetType",
    "TrunkType",
    "TtsCacheSize",
    "UpdatePasswordSettingsResponse201",
    "User",
    "UserCreate",
    "UserCreatedBody",
    "UserDetail",
    "UserScope",
    "UserTarget",
    "UserTargetType",
    "UserUpdate",
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
