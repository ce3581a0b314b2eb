from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"dataset", "type"})


T = TypeVar("T", bound="IngestResources")


@_attrs_define
class IngestResources:
    """Resources of a dataset_ingest job: the dataset version it creates. The official SDK requires `dataset` and leaves
    `type` optional.

        Attributes:
            dataset (DatasetVersionRef): A reference to one version of a dataset. The reference shows UUIDs for both ids;
                the official SDK describes them as public ids (ds_..., dsv_...) and requires all three members. Any string is
                accepted as an id.
            type_ (Literal['dataset_ingest'] | Unset): Marks the resources of a dataset ingest job.
    """

    dataset: DatasetVersionRef
    type_: Literal["dataset_ingest"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "dataset": dataset,
        }

        if type_ is not UNSET:
            field_dict["type"] = type_

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
            _field = "dataset"
            try:
                dataset = DatasetVersionRef.from_dict(d["dataset"])

            except _PARSE_ERRORS as _exc:
                dataset = tolerated(_exc, "IngestResources", _field, d)

            _field = "type"
            try:
                type_: Literal["dataset_ingest"] | Unset = d.get("type", UNSET)
                if type_ != "dataset_ingest" and not isinstance(type_, Unset):
                    raise ValueError(f"type must match const 'dataset_ingest', got '{type_}'")

            except _PARSE_ERRORS as _exc:
                type_ = tolerated(_exc, "IngestResources", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        ingest_resources = cls(
            dataset,
            type_,
        )

        if len(d) != 1 + ("type" in d):
            ingest_resources.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return ingest_resources

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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.dataset_version_ref import DatasetVersionRef
