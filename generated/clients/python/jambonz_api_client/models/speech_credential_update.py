from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechCredentialUpdate")


@_attrs_define
class SpeechCredentialUpdate:
    """What to change: `use_for_tts` and/or `use_for_stt` (at least one of them: 422 `use_for_tts
    and use_for_stt are the only updateable fields` otherwise, jambonz's words), and
    with them the vendor's settings that are not secrets (regions, endpoints, models,
    options, versions). Secrets and identities (`api_key`, `service_key`,
    `secret_access_key`, `access_key_id`, `client_id`, `user_id`, ...) cannot be
    changed (create a new credential instead): sent back as read (obscured) or not,
    they are ignored, as are `vendor`, `label` and the owner sids, as in jambonz.

        Attributes:
            vendor (str | Unset): The speech vendor: `google`, `aws`, `microsoft`, `deepgram`, `deepgramflux`,
                `elevenlabs`, `wellsaid`, `nuance`, `ibm`, `nvidia`, `soniox`, `cobalt`,
                `speechmatics`, `playht`, `cartesia`, `rimelabs`, `inworld`, `resemble`, `gladia`,
                `assemblyai`, `houndify`, `voxist`, `whisper`, `openai`, `verbio`, or
                `custom:<name>` for a vendor reached through jambonz's custom speech API. Another
                value answers 400 `invalid or missing vendor: <vendor>` (jambonz's words; jambonz
                answers 500).
                 Example: google.
            label (None | str | Unset): Ignored (a credential's label cannot be changed).
            use_for_tts (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            use_for_stt (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            account_sid (None | str | Unset): Ignored, `null` included (the owner cannot be changed).
            service_provider_sid (None | str | Unset): Ignored, `null` included (the owner cannot be changed).
            service_key (None | str | Unset): google: the service account key, the text of its JSON file (with
                `client_email`
                and `private_key`). Read back with the private key obscured.
            model_id (None | str | Unset): The vendor's model: google (Gemini TTS), deepgram, elevenlabs, cartesia (TTS),
                rimelabs, inworld, whisper, openai.
            stt_model_id (None | str | Unset): cartesia: the speech-to-text model.
            access_key_id (None | str | Unset): aws: the access key id (or none, with `role_arn` or the instance's role).
            secret_access_key (None | str | Unset): aws: the secret access key.
            aws_region (None | str | Unset): aws: the region, e.g. `us-east-1`.
            role_arn (None | str | Unset): aws: a role to assume instead of access keys.
            api_key (None | str | Unset): The vendor's API key (most vendors).
            region (None | str | Unset): microsoft, gladia: the region, e.g. `eastus`.
            client_id (None | str | Unset): nuance, houndify, verbio: the client id.
            client_key (None | str | Unset): houndify: the client key.
            client_secret (None | str | Unset): verbio: the client secret.
            secret (None | str | Unset): nuance: the client secret.
            nuance_tts_uri (None | str | Unset): nuance: an on-premises TTS server, `host:port`.
            nuance_stt_uri (None | str | Unset): nuance: an on-premises STT server, `host:port`.
            speechmatics_stt_uri (None | str | Unset): speechmatics: the real-time endpoint, e.g. `eu2.rt.speechmatics.com`.
            deepgram_stt_uri (None | str | Unset): deepgram: an on-premises STT server, `host:port`.
            deepgram_stt_use_tls (bool | Flag | None | Unset): A boolean, written as `true`/`false` or `0`/`1`; `null` means
                not given.
            deepgram_tts_uri (None | str | Unset): deepgram: an on-premises TTS server URL.
            playht_tts_uri (None | str | Unset): playht: another TTS endpoint.
            resemble_tts_uri (None | str | Unset): resemble: another TTS endpoint.
            resemble_tts_use_tls (bool | Flag | None | Unset): A boolean, written as `true`/`false` or `0`/`1`; `null` means
                not given.
            use_custom_tts (bool | Flag | None | Unset): A boolean, written as `true`/`false` or `0`/`1`; `null` means not
                given.
            custom_tts_endpoint (None | str | Unset): microsoft: the custom TTS endpoint id.
            custom_tts_endpoint_url (None | str | Unset): microsoft: the custom TTS endpoint URL (then `region` and
                `api_key` are
                optional).
            use_custom_stt (bool | Flag | None | Unset): A boolean, written as `true`/`false` or `0`/`1`; `null` means not
                given.
            custom_stt_endpoint (None | str | Unset): microsoft: the custom STT endpoint id.
            custom_stt_endpoint_url (None | str | Unset): microsoft: the custom STT endpoint URL (then `region` and
                `api_key` are
                optional).
            tts_api_key (None | str | Unset): ibm: the text-to-speech API key.
            tts_region (None | str | Unset): ibm: the text-to-speech region.
            stt_api_key (None | str | Unset): ibm: the speech-to-text API key.
            stt_region (None | str | Unset): ibm: the speech-to-text region.
            instance_id (None | str | Unset): ibm: the speech-to-text instance id.
            riva_server_uri (None | str | Unset): nvidia: the Riva server, `host:port`.
            cobalt_server_uri (None | str | Unset): cobalt: the server, `host:port`.
            custom_stt_url (None | str | Unset): `custom:<name>`: the speech-to-text WebSocket URL.
            custom_tts_url (None | str | Unset): `custom:<name>`: the text-to-speech URL.
            custom_tts_streaming_url (None | str | Unset): `custom:<name>`: the streaming text-to-speech URL.
            auth_token (None | str | Unset): `custom:<name>`: the token sent to the custom vendor.
            user_id (None | str | Unset): playht, houndify: the user id.
            voice_engine (None | str | Unset): playht: the voice engine, e.g. `PlayHT2.0-turbo`.
            engine_version (None | str | Unset): verbio: the engine version, e.g. `V1`.
            service_version (None | str | Unset): assemblyai: the service version, e.g. `v2`.
            api_uri (None | str | Unset): elevenlabs: another API host, e.g. `api.elevenlabs.io`.
            houndify_server_uri (None | str | Unset): houndify: another server.
            options (None | str | Unset): elevenlabs, speechmatics, playht, cartesia, rimelabs, inworld: the vendor's
                options, as JSON text.
    """

    vendor: str | Unset = UNSET
    label: None | str | Unset = UNSET
    use_for_tts: bool | Flag | Unset = UNSET
    use_for_stt: bool | Flag | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    service_provider_sid: None | str | Unset = UNSET
    service_key: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    stt_model_id: None | str | Unset = UNSET
    access_key_id: None | str | Unset = UNSET
    secret_access_key: None | str | Unset = UNSET
    aws_region: None | str | Unset = UNSET
    role_arn: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_key: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    nuance_tts_uri: None | str | Unset = UNSET
    nuance_stt_uri: None | str | Unset = UNSET
    speechmatics_stt_uri: None | str | Unset = UNSET
    deepgram_stt_uri: None | str | Unset = UNSET
    deepgram_stt_use_tls: bool | Flag | None | Unset = UNSET
    deepgram_tts_uri: None | str | Unset = UNSET
    playht_tts_uri: None | str | Unset = UNSET
    resemble_tts_uri: None | str | Unset = UNSET
    resemble_tts_use_tls: bool | Flag | None | Unset = UNSET
    use_custom_tts: bool | Flag | None | Unset = UNSET
    custom_tts_endpoint: None | str | Unset = UNSET
    custom_tts_endpoint_url: None | str | Unset = UNSET
    use_custom_stt: bool | Flag | None | Unset = UNSET
    custom_stt_endpoint: None | str | Unset = UNSET
    custom_stt_endpoint_url: None | str | Unset = UNSET
    tts_api_key: None | str | Unset = UNSET
    tts_region: None | str | Unset = UNSET
    stt_api_key: None | str | Unset = UNSET
    stt_region: None | str | Unset = UNSET
    instance_id: None | str | Unset = UNSET
    riva_server_uri: None | str | Unset = UNSET
    cobalt_server_uri: None | str | Unset = UNSET
    custom_stt_url: None | str | Unset = UNSET
    custom_tts_url: None | str | Unset = UNSET
    custom_tts_streaming_url: None | str | Unset = UNSET
    auth_token: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    voice_engine: None | str | Unset = UNSET
    engine_version: None | str | Unset = UNSET
    service_version: None | str | Unset = UNSET
    api_uri: None | str | Unset = UNSET
    houndify_server_uri: None | str | Unset = UNSET
    options: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        use_for_tts: bool | int | Unset
        if isinstance(self.use_for_tts, Unset):
            use_for_tts = UNSET
        elif isinstance(self.use_for_tts, int):
            use_for_tts = self.use_for_tts
        else:
            use_for_tts = self.use_for_tts

        use_for_stt: bool | int | Unset
        if isinstance(self.use_for_stt, Unset):
            use_for_stt = UNSET
        elif isinstance(self.use_for_stt, int):
            use_for_stt = self.use_for_stt
        else:
            use_for_stt = self.use_for_stt

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        service_provider_sid: None | str | Unset
        if isinstance(self.service_provider_sid, Unset):
            service_provider_sid = UNSET
        else:
            service_provider_sid = self.service_provider_sid

        service_key: None | str | Unset
        if isinstance(self.service_key, Unset):
            service_key = UNSET
        else:
            service_key = self.service_key

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        stt_model_id: None | str | Unset
        if isinstance(self.stt_model_id, Unset):
            stt_model_id = UNSET
        else:
            stt_model_id = self.stt_model_id

        access_key_id: None | str | Unset
        if isinstance(self.access_key_id, Unset):
            access_key_id = UNSET
        else:
            access_key_id = self.access_key_id

        secret_access_key: None | str | Unset
        if isinstance(self.secret_access_key, Unset):
            secret_access_key = UNSET
        else:
            secret_access_key = self.secret_access_key

        aws_region: None | str | Unset
        if isinstance(self.aws_region, Unset):
            aws_region = UNSET
        else:
            aws_region = self.aws_region

        role_arn: None | str | Unset
        if isinstance(self.role_arn, Unset):
            role_arn = UNSET
        else:
            role_arn = self.role_arn

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_key: None | str | Unset
        if isinstance(self.client_key, Unset):
            client_key = UNSET
        else:
            client_key = self.client_key

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        nuance_tts_uri: None | str | Unset
        if isinstance(self.nuance_tts_uri, Unset):
            nuance_tts_uri = UNSET
        else:
            nuance_tts_uri = self.nuance_tts_uri

        nuance_stt_uri: None | str | Unset
        if isinstance(self.nuance_stt_uri, Unset):
            nuance_stt_uri = UNSET
        else:
            nuance_stt_uri = self.nuance_stt_uri

        speechmatics_stt_uri: None | str | Unset
        if isinstance(self.speechmatics_stt_uri, Unset):
            speechmatics_stt_uri = UNSET
        else:
            speechmatics_stt_uri = self.speechmatics_stt_uri

        deepgram_stt_uri: None | str | Unset
        if isinstance(self.deepgram_stt_uri, Unset):
            deepgram_stt_uri = UNSET
        else:
            deepgram_stt_uri = self.deepgram_stt_uri

        deepgram_stt_use_tls: bool | int | None | Unset
        if isinstance(self.deepgram_stt_use_tls, Unset):
            deepgram_stt_use_tls = UNSET
        elif isinstance(self.deepgram_stt_use_tls, int):
            deepgram_stt_use_tls = self.deepgram_stt_use_tls
        else:
            deepgram_stt_use_tls = self.deepgram_stt_use_tls

        deepgram_tts_uri: None | str | Unset
        if isinstance(self.deepgram_tts_uri, Unset):
            deepgram_tts_uri = UNSET
        else:
            deepgram_tts_uri = self.deepgram_tts_uri

        playht_tts_uri: None | str | Unset
        if isinstance(self.playht_tts_uri, Unset):
            playht_tts_uri = UNSET
        else:
            playht_tts_uri = self.playht_tts_uri

        resemble_tts_uri: None | str | Unset
        if isinstance(self.resemble_tts_uri, Unset):
            resemble_tts_uri = UNSET
        else:
            resemble_tts_uri = self.resemble_tts_uri

        resemble_tts_use_tls: bool | int | None | Unset
        if isinstance(self.resemble_tts_use_tls, Unset):
            resemble_tts_use_tls = UNSET
        elif isinstance(self.resemble_tts_use_tls, int):
            resemble_tts_use_tls = self.resemble_tts_use_tls
        else:
            resemble_tts_use_tls = self.resemble_tts_use_tls

        use_custom_tts: bool | int | None | Unset
        if isinstance(self.use_custom_tts, Unset):
            use_custom_tts = UNSET
        elif isinstance(self.use_custom_tts, int):
            use_custom_tts = self.use_custom_tts
        else:
            use_custom_tts = self.use_custom_tts

        custom_tts_endpoint: None | str | Unset
        if isinstance(self.custom_tts_endpoint, Unset):
            custom_tts_endpoint = UNSET
        else:
            custom_tts_endpoint = self.custom_tts_endpoint

        custom_tts_endpoint_url: None | str | Unset
        if isinstance(self.custom_tts_endpoint_url, Unset):
            custom_tts_endpoint_url = UNSET
        else:
            custom_tts_endpoint_url = self.custom_tts_endpoint_url

        use_custom_stt: bool | int | None | Unset
        if isinstance(self.use_custom_stt, Unset):
            use_custom_stt = UNSET
        elif isinstance(self.use_custom_stt, int):
            use_custom_stt = self.use_custom_stt
        else:
            use_custom_stt = self.use_custom_stt

        custom_stt_endpoint: None | str | Unset
        if isinstance(self.custom_stt_endpoint, Unset):
            custom_stt_endpoint = UNSET
        else:
            custom_stt_endpoint = self.custom_stt_endpoint

        custom_stt_endpoint_url: None | str | Unset
        if isinstance(self.custom_stt_endpoint_url, Unset):
            custom_stt_endpoint_url = UNSET
        else:
            custom_stt_endpoint_url = self.custom_stt_endpoint_url

        tts_api_key: None | str | Unset
        if isinstance(self.tts_api_key, Unset):
            tts_api_key = UNSET
        else:
            tts_api_key = self.tts_api_key

        tts_region: None | str | Unset
        if isinstance(self.tts_region, Unset):
            tts_region = UNSET
        else:
            tts_region = self.tts_region

        stt_api_key: None | str | Unset
        if isinstance(self.stt_api_key, Unset):
            stt_api_key = UNSET
        else:
            stt_api_key = self.stt_api_key

        stt_region: None | str | Unset
        if isinstance(self.stt_region, Unset):
            stt_region = UNSET
        else:
            stt_region = self.stt_region

        instance_id: None | str | Unset
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        riva_server_uri: None | str | Unset
        if isinstance(self.riva_server_uri, Unset):
            riva_server_uri = UNSET
        else:
            riva_server_uri = self.riva_server_uri

        cobalt_server_uri: None | str | Unset
        if isinstance(self.cobalt_server_uri, Unset):
            cobalt_server_uri = UNSET
        else:
            cobalt_server_uri = self.cobalt_server_uri

        custom_stt_url: None | str | Unset
        if isinstance(self.custom_stt_url, Unset):
            custom_stt_url = UNSET
        else:
            custom_stt_url = self.custom_stt_url

        custom_tts_url: None | str | Unset
        if isinstance(self.custom_tts_url, Unset):
            custom_tts_url = UNSET
        else:
            custom_tts_url = self.custom_tts_url

        custom_tts_streaming_url: None | str | Unset
        if isinstance(self.custom_tts_streaming_url, Unset):
            custom_tts_streaming_url = UNSET
        else:
            custom_tts_streaming_url = self.custom_tts_streaming_url

        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        voice_engine: None | str | Unset
        if isinstance(self.voice_engine, Unset):
            voice_engine = UNSET
        else:
            voice_engine = self.voice_engine

        engine_version: None | str | Unset
        if isinstance(self.engine_version, Unset):
            engine_version = UNSET
        else:
            engine_version = self.engine_version

        service_version: None | str | Unset
        if isinstance(self.service_version, Unset):
            service_version = UNSET
        else:
            service_version = self.service_version

        api_uri: None | str | Unset
        if isinstance(self.api_uri, Unset):
            api_uri = UNSET
        else:
            api_uri = self.api_uri

        houndify_server_uri: None | str | Unset
        if isinstance(self.houndify_server_uri, Unset):
            houndify_server_uri = UNSET
        else:
            houndify_server_uri = self.houndify_server_uri

        options: None | str | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if label is not UNSET:
            field_dict["label"] = label
        if use_for_tts is not UNSET:
            field_dict["use_for_tts"] = use_for_tts
        if use_for_stt is not UNSET:
            field_dict["use_for_stt"] = use_for_stt
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if service_key is not UNSET:
            field_dict["service_key"] = service_key
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if stt_model_id is not UNSET:
            field_dict["stt_model_id"] = stt_model_id
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if secret_access_key is not UNSET:
            field_dict["secret_access_key"] = secret_access_key
        if aws_region is not UNSET:
            field_dict["aws_region"] = aws_region
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if region is not UNSET:
            field_dict["region"] = region
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_key is not UNSET:
            field_dict["client_key"] = client_key
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if secret is not UNSET:
            field_dict["secret"] = secret
        if nuance_tts_uri is not UNSET:
            field_dict["nuance_tts_uri"] = nuance_tts_uri
        if nuance_stt_uri is not UNSET:
            field_dict["nuance_stt_uri"] = nuance_stt_uri
        if speechmatics_stt_uri is not UNSET:
            field_dict["speechmatics_stt_uri"] = speechmatics_stt_uri
        if deepgram_stt_uri is not UNSET:
            field_dict["deepgram_stt_uri"] = deepgram_stt_uri
        if deepgram_stt_use_tls is not UNSET:
            field_dict["deepgram_stt_use_tls"] = deepgram_stt_use_tls
        if deepgram_tts_uri is not UNSET:
            field_dict["deepgram_tts_uri"] = deepgram_tts_uri
        if playht_tts_uri is not UNSET:
            field_dict["playht_tts_uri"] = playht_tts_uri
        if resemble_tts_uri is not UNSET:
            field_dict["resemble_tts_uri"] = resemble_tts_uri
        if resemble_tts_use_tls is not UNSET:
            field_dict["resemble_tts_use_tls"] = resemble_tts_use_tls
        if use_custom_tts is not UNSET:
            field_dict["use_custom_tts"] = use_custom_tts
        if custom_tts_endpoint is not UNSET:
            field_dict["custom_tts_endpoint"] = custom_tts_endpoint
        if custom_tts_endpoint_url is not UNSET:
            field_dict["custom_tts_endpoint_url"] = custom_tts_endpoint_url
        if use_custom_stt is not UNSET:
            field_dict["use_custom_stt"] = use_custom_stt
        if custom_stt_endpoint is not UNSET:
            field_dict["custom_stt_endpoint"] = custom_stt_endpoint
        if custom_stt_endpoint_url is not UNSET:
            field_dict["custom_stt_endpoint_url"] = custom_stt_endpoint_url
        if tts_api_key is not UNSET:
            field_dict["tts_api_key"] = tts_api_key
        if tts_region is not UNSET:
            field_dict["tts_region"] = tts_region
        if stt_api_key is not UNSET:
            field_dict["stt_api_key"] = stt_api_key
        if stt_region is not UNSET:
            field_dict["stt_region"] = stt_region
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if riva_server_uri is not UNSET:
            field_dict["riva_server_uri"] = riva_server_uri
        if cobalt_server_uri is not UNSET:
            field_dict["cobalt_server_uri"] = cobalt_server_uri
        if custom_stt_url is not UNSET:
            field_dict["custom_stt_url"] = custom_stt_url
        if custom_tts_url is not UNSET:
            field_dict["custom_tts_url"] = custom_tts_url
        if custom_tts_streaming_url is not UNSET:
            field_dict["custom_tts_streaming_url"] = custom_tts_streaming_url
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if voice_engine is not UNSET:
            field_dict["voice_engine"] = voice_engine
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if service_version is not UNSET:
            field_dict["service_version"] = service_version
        if api_uri is not UNSET:
            field_dict["api_uri"] = api_uri
        if houndify_server_uri is not UNSET:
            field_dict["houndify_server_uri"] = houndify_server_uri
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor = d.pop("vendor", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_use_for_tts(data: object) -> bool | Flag | Unset:
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

        use_for_tts = _parse_use_for_tts(d.pop("use_for_tts", UNSET))

        def _parse_use_for_stt(data: object) -> bool | Flag | Unset:
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

        use_for_stt = _parse_use_for_stt(d.pop("use_for_stt", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_service_provider_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid", UNSET))

        def _parse_service_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_key = _parse_service_key(d.pop("service_key", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_stt_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stt_model_id = _parse_stt_model_id(d.pop("stt_model_id", UNSET))

        def _parse_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_key_id = _parse_access_key_id(d.pop("access_key_id", UNSET))

        def _parse_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_access_key = _parse_secret_access_key(d.pop("secret_access_key", UNSET))

        def _parse_aws_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_region = _parse_aws_region(d.pop("aws_region", UNSET))

        def _parse_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_arn = _parse_role_arn(d.pop("role_arn", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_key = _parse_client_key(d.pop("client_key", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_nuance_tts_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuance_tts_uri = _parse_nuance_tts_uri(d.pop("nuance_tts_uri", UNSET))

        def _parse_nuance_stt_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuance_stt_uri = _parse_nuance_stt_uri(d.pop("nuance_stt_uri", UNSET))

        def _parse_speechmatics_stt_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speechmatics_stt_uri = _parse_speechmatics_stt_uri(d.pop("speechmatics_stt_uri", UNSET))

        def _parse_deepgram_stt_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deepgram_stt_uri = _parse_deepgram_stt_uri(d.pop("deepgram_stt_uri", UNSET))

        def _parse_deepgram_stt_use_tls(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_speech_flag_input_type_1 = check_flag(data)

                return componentsschemas_speech_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        deepgram_stt_use_tls = _parse_deepgram_stt_use_tls(d.pop("deepgram_stt_use_tls", UNSET))

        def _parse_deepgram_tts_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deepgram_tts_uri = _parse_deepgram_tts_uri(d.pop("deepgram_tts_uri", UNSET))

        def _parse_playht_tts_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playht_tts_uri = _parse_playht_tts_uri(d.pop("playht_tts_uri", UNSET))

        def _parse_resemble_tts_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resemble_tts_uri = _parse_resemble_tts_uri(d.pop("resemble_tts_uri", UNSET))

        def _parse_resemble_tts_use_tls(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_speech_flag_input_type_1 = check_flag(data)

                return componentsschemas_speech_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        resemble_tts_use_tls = _parse_resemble_tts_use_tls(d.pop("resemble_tts_use_tls", UNSET))

        def _parse_use_custom_tts(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_speech_flag_input_type_1 = check_flag(data)

                return componentsschemas_speech_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        use_custom_tts = _parse_use_custom_tts(d.pop("use_custom_tts", UNSET))

        def _parse_custom_tts_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_tts_endpoint = _parse_custom_tts_endpoint(d.pop("custom_tts_endpoint", UNSET))

        def _parse_custom_tts_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_tts_endpoint_url = _parse_custom_tts_endpoint_url(d.pop("custom_tts_endpoint_url", UNSET))

        def _parse_use_custom_stt(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_speech_flag_input_type_1 = check_flag(data)

                return componentsschemas_speech_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        use_custom_stt = _parse_use_custom_stt(d.pop("use_custom_stt", UNSET))

        def _parse_custom_stt_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_stt_endpoint = _parse_custom_stt_endpoint(d.pop("custom_stt_endpoint", UNSET))

        def _parse_custom_stt_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_stt_endpoint_url = _parse_custom_stt_endpoint_url(d.pop("custom_stt_endpoint_url", UNSET))

        def _parse_tts_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tts_api_key = _parse_tts_api_key(d.pop("tts_api_key", UNSET))

        def _parse_tts_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tts_region = _parse_tts_region(d.pop("tts_region", UNSET))

        def _parse_stt_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stt_api_key = _parse_stt_api_key(d.pop("stt_api_key", UNSET))

        def _parse_stt_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stt_region = _parse_stt_region(d.pop("stt_region", UNSET))

        def _parse_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_id = _parse_instance_id(d.pop("instance_id", UNSET))

        def _parse_riva_server_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        riva_server_uri = _parse_riva_server_uri(d.pop("riva_server_uri", UNSET))

        def _parse_cobalt_server_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cobalt_server_uri = _parse_cobalt_server_uri(d.pop("cobalt_server_uri", UNSET))

        def _parse_custom_stt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_stt_url = _parse_custom_stt_url(d.pop("custom_stt_url", UNSET))

        def _parse_custom_tts_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_tts_url = _parse_custom_tts_url(d.pop("custom_tts_url", UNSET))

        def _parse_custom_tts_streaming_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_tts_streaming_url = _parse_custom_tts_streaming_url(d.pop("custom_tts_streaming_url", UNSET))

        def _parse_auth_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_token = _parse_auth_token(d.pop("auth_token", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_voice_engine(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_engine = _parse_voice_engine(d.pop("voice_engine", UNSET))

        def _parse_engine_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        engine_version = _parse_engine_version(d.pop("engine_version", UNSET))

        def _parse_service_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_version = _parse_service_version(d.pop("service_version", UNSET))

        def _parse_api_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_uri = _parse_api_uri(d.pop("api_uri", UNSET))

        def _parse_houndify_server_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        houndify_server_uri = _parse_houndify_server_uri(d.pop("houndify_server_uri", UNSET))

        def _parse_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        speech_credential_update = cls(
            vendor=vendor,
            label=label,
            use_for_tts=use_for_tts,
            use_for_stt=use_for_stt,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            service_key=service_key,
            model_id=model_id,
            stt_model_id=stt_model_id,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            aws_region=aws_region,
            role_arn=role_arn,
            api_key=api_key,
            region=region,
            client_id=client_id,
            client_key=client_key,
            client_secret=client_secret,
            secret=secret,
            nuance_tts_uri=nuance_tts_uri,
            nuance_stt_uri=nuance_stt_uri,
            speechmatics_stt_uri=speechmatics_stt_uri,
            deepgram_stt_uri=deepgram_stt_uri,
            deepgram_stt_use_tls=deepgram_stt_use_tls,
            deepgram_tts_uri=deepgram_tts_uri,
            playht_tts_uri=playht_tts_uri,
            resemble_tts_uri=resemble_tts_uri,
            resemble_tts_use_tls=resemble_tts_use_tls,
            use_custom_tts=use_custom_tts,
            custom_tts_endpoint=custom_tts_endpoint,
            custom_tts_endpoint_url=custom_tts_endpoint_url,
            use_custom_stt=use_custom_stt,
            custom_stt_endpoint=custom_stt_endpoint,
            custom_stt_endpoint_url=custom_stt_endpoint_url,
            tts_api_key=tts_api_key,
            tts_region=tts_region,
            stt_api_key=stt_api_key,
            stt_region=stt_region,
            instance_id=instance_id,
            riva_server_uri=riva_server_uri,
            cobalt_server_uri=cobalt_server_uri,
            custom_stt_url=custom_stt_url,
            custom_tts_url=custom_tts_url,
            custom_tts_streaming_url=custom_tts_streaming_url,
            auth_token=auth_token,
            user_id=user_id,
            voice_engine=voice_engine,
            engine_version=engine_version,
            service_version=service_version,
            api_uri=api_uri,
            houndify_server_uri=houndify_server_uri,
            options=options,
        )

        return speech_credential_update
