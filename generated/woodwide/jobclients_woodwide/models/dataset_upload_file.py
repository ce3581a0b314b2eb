from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"filename", "bytes", "content_type"})


T = TypeVar("T", bound="DatasetUploadFile")


@_attrs_define
class DatasetUploadFile:
    """The file that will be uploaded to the signed URL, described.

    Attributes:
        filename (str): The file's name.
        bytes_ (int): The file's size in bytes.
        content_type (str): The file's media type; the upload to the signed URL must send the same Content-Type.
    """

    filename: str
    bytes_: int
    content_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        bytes_ = self.bytes_

        content_type = self.content_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "filename": filename,
            "bytes": bytes_,
            "content_type": content_type,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            d: dict[str, Any]
            if type(src_dict) is dict:
                d = src_dict
            elif isinstance(src_dict, Mapping):
                d = dict(src_dict)
            else:
                raise wrong_type(src_dict, "an object")
            _field = "filename"
            try:
                filename = d["filename"]
                if type(filename) is not str:
                    raise wrong_type(filename, "a string")

            except _PARSE_ERRORS as _exc:
                filename = tolerated(_exc, "DatasetUploadFile", _field, d)

            _field = "bytes"
            try:
                bytes_ = d["bytes"]
                if type(bytes_) is not int:
                    raise wrong_type(bytes_, "an integer")

            except _PARSE_ERRORS as _exc:
                bytes_ = tolerated(_exc, "DatasetUploadFile", _field, d)

            _field = "content_type"
            try:
                content_type = d["content_type"]
                if type(content_type) is not str:
                    raise wrong_type(content_type, "a string")

            except _PARSE_ERRORS as _exc:
                content_type = tolerated(_exc, "DatasetUploadFile", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        dataset_upload_file = cls(
            filename,
            bytes_,
            content_type,
        )

        if len(d) != 3:
            dataset_upload_file.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return dataset_upload_file

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
