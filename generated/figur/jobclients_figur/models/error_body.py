from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"code", "message", "request_id"})


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Figur's common error envelope, shared by every non-2xx response of every endpoint (the API reference overview and
    the errors guide). The guide lists code, message and request_id in every example but marks none required, so none
    is.

        Attributes:
            code (str | Unset): A stable, machine-readable error code, for example JOB_NOT_FOUND.
            message (str | Unset): A human-readable description of the error.
            request_id (str | Unset): The identifier of the request, for support and log correlation: a 26-character ULID in
                Figur's errors guide (not checked here, so that any spelling parses).
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

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
            _field = "code"
            code = d.get("code", UNSET)
            if type(code) is not str and code is not UNSET:
                raise wrong_type(code, "a string")

            _field = "message"
            message = d.get("message", UNSET)
            if type(message) is not str and message is not UNSET:
                raise wrong_type(message, "a string")

            _field = "request_id"
            request_id = d.get("request_id", UNSET)
            if type(request_id) is not str and request_id is not UNSET:
                raise wrong_type(request_id, "a string")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        error_body = cls(
            code,
            message,
            request_id,
        )

        if len(d) != 0 + ("code" in d) + ("message" in d) + ("request_id" in d):
            error_body.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return error_body

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
