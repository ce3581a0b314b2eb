from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.push_webhook_type import PushWebhookType

_PushWebhookType_members = members_by_value(PushWebhookType)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type", "url"})


T = TypeVar("T", bound="PushWebhook")


@_attrs_define
class PushWebhook:
    """One webhook of a push. The URL limits are the oldest revision's (a URI of 1 to 2083 characters); the newer ones
    accept any string.

        Attributes:
            type_ (PushWebhookType): The event that triggers the call. No value is accepted by every revision of Sieve's
                OpenAPI document: the oldest takes only job_start and job_complete, one (d004d434) only the four dotted names,
                the others (532b13ec among them) all six. All six are allowed here; which ones a server of an older revision
                takes is as above.
            url (str): The URL Sieve calls.
    """

    type_: PushWebhookType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_._value_

        url = self.url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "url": url,
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
            _field = "type"
            try:
                _type_ = d["type"]
                try:
                    type_ = _PushWebhookType_members[_type_]
                except (KeyError, TypeError):
                    type_ = PushWebhookType(_type_)

            except _PARSE_ERRORS as _exc:
                type_ = tolerated(_exc, "PushWebhook", _field, d)

            _field = "url"
            try:
                url = d["url"]
                if type(url) is not str:
                    raise wrong_type(url, "a string")

            except _PARSE_ERRORS as _exc:
                url = tolerated(_exc, "PushWebhook", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        push_webhook = cls(
            type_,
            url,
        )

        if len(d) != 2:
            push_webhook.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return push_webhook

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
