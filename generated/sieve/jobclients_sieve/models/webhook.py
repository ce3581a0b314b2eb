from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.webhook_type import WebhookType

_WebhookType_members = members_by_value(WebhookType)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type", "url"})


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A URL the function calls on a job event.

    Attributes:
        type_ (WebhookType): The event that triggers the call. Some OpenAPI versions name only job_start and
            job_complete, one only the dotted names, the others all six.
        url (str): The URL called.
    """

    type_: WebhookType
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
            _type_ = d["type"]
            try:
                type_ = _WebhookType_members[_type_]
            except (KeyError, TypeError):
                type_ = WebhookType(_type_)

            _field = "url"
            url = d["url"]
            if type(url) is not str:
                raise wrong_type(url, "a string")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        webhook = cls(
            type_,
            url,
        )

        if len(d) != 2:
            webhook.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return webhook

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
