from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.bucket_credential_vendor import BucketCredentialVendor, check_bucket_credential_vendor
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_tag import BucketTag


T = TypeVar("T", bound="BucketCredential")


@_attrs_define
class BucketCredential:
    """Where the account's call recordings are stored. Which properties a vendor needs
    (missing or empty -> 422 naming it; properties that do not apply to the vendor are
    not stored):
    - `aws_s3`: `name` (the bucket), `region`, `access_key_id`, `secret_access_key`;
    - `s3_compatible`: `name`, `endpoint`, `access_key_id`, `secret_access_key`;
    - `google`: `service_key` (the service account's JSON key, as a string); `name`
      optional;
    - `azure`: `name` (the container), `connection_string`;
    - `none`: nothing; it removes the credential.

    `tags` is allowed for every vendor except `none`. Stored as JSON text, not encrypted
    (**differs from jambonz**, which encrypts it with a server secret). Read back with
    its secrets obscured (see `GET /Accounts/{AccountSid}`).

        Example:
            {'vendor': 'aws_s3', 'name': 'acme-recordings', 'region': 'us-east-1', 'access_key_id': 'AKIAIOSFODNN7EXAMPLE',
                'secret_access_key': 'wJalrXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'tags': [{'Key': 'team', 'Value': 'support'}]}

        Attributes:
            vendor (BucketCredentialVendor):
            name (str | Unset): The bucket (or Azure container) name.
            region (str | Unset):
            endpoint (str | Unset): The S3-compatible service's endpoint URL.
            access_key_id (str | Unset):
            secret_access_key (str | Unset):
            service_key (str | Unset):
            connection_string (str | Unset):
            tags (list[BucketTag] | Unset):
    """

    vendor: BucketCredentialVendor
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    access_key_id: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    service_key: str | Unset = UNSET
    connection_string: str | Unset = UNSET
    tags: list[BucketTag] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vendor: str = self.vendor

        name = self.name

        region = self.region

        endpoint = self.endpoint

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        service_key = self.service_key

        connection_string = self.connection_string

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendor": vendor,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if secret_access_key is not UNSET:
            field_dict["secret_access_key"] = secret_access_key
        if service_key is not UNSET:
            field_dict["service_key"] = service_key
        if connection_string is not UNSET:
            field_dict["connection_string"] = connection_string
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bucket_tag import BucketTag  # noqa: PLC0415

        d = dict(src_dict)
        vendor = check_bucket_credential_vendor(d.pop("vendor"))

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        access_key_id = d.pop("access_key_id", UNSET)

        secret_access_key = d.pop("secret_access_key", UNSET)

        service_key = d.pop("service_key", UNSET)

        connection_string = d.pop("connection_string", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[BucketTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = BucketTag.from_dict(tags_item_data)

                tags.append(tags_item)

        bucket_credential = cls(
            vendor=vendor,
            name=name,
            region=region,
            endpoint=endpoint,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            service_key=service_key,
            connection_string=connection_string,
            tags=tags,
        )

        return bucket_credential
