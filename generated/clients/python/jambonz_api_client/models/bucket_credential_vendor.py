from typing import Literal

BucketCredentialVendor = Literal["aws_s3", "azure", "google", "none", "s3_compatible"]

BUCKET_CREDENTIAL_VENDOR_VALUES: set[BucketCredentialVendor] = {
    "aws_s3",
    "azure",
    "google",
    "none",
    "s3_compatible",
}


def check_bucket_credential_vendor(value: str) -> BucketCredentialVendor:
    if value in BUCKET_CREDENTIAL_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUCKET_CREDENTIAL_VENDOR_VALUES!r}")
