from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type"})


T = TypeVar("T", bound="InferBatchResources")


@_attrs_define
class InferBatchResources:
    """Resources of an infer_batch job. The reference does not document their members; all of them are kept.

    Attributes:
        type_ (Literal['infer_batch']): Marks the resources of a batch inference job.
    """

    type_: Literal["infer_batch"]
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
            type_ = cast(Literal["infer_batch"], d["type"])
            if type_ != "infer_batch":
                raise ValueError(f"type must match const 'infer_batch', got '{type_}'")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        infer_batch_resources = cls(
            type_,
        )

        if len(d) != 1:
            infer_batch_resources.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return infer_batch_resources

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
