from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type"})


T = TypeVar("T", bound="TrainResources")


@_attrs_define
class TrainResources:
    """Resources of a train job. The reference does not document their members; all of them are kept.

    Attributes:
        type_ (Literal['train']): Marks the resources of a training job.
    """

    type_: Literal["train"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
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
            type_ = cast(Literal["train"], d["type"])
            if type_ != "train":
                raise ValueError(f"type must match const 'train', got '{type_}'")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        train_resources = cls(
            type_,
        )

        if len(d) != 1:
            train_resources.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return train_resources

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
