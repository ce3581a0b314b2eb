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
_FIELD_NAMES = frozenset({"dataset", "model", "type"})


T = TypeVar("T", bound="TrainResources")


@_attrs_define
class TrainResources:
    """Resources of a train job: the dataset version it trains on and the model version it produces. Only the official SDK
    documents their members.

        Attributes:
            dataset (DatasetVersionRef): A reference to one version of a dataset. The reference shows UUIDs for both ids;
                the official SDK describes them as public ids (ds_..., dsv_...) and requires all three members. Any string is
                accepted as an id.
            model (ModelVersionRef): A reference to one version of a model (public ids mdl_... and mdlv_...). Only the
                official SDK documents it.
            type_ (Literal['train'] | Unset): Marks the resources of a training job.
    """

    dataset: DatasetVersionRef
    model: ModelVersionRef
    type_: Literal["train"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset.to_dict()

        model = self.model.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "dataset": dataset,
            "model": model,
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
                dataset = tolerated(_exc, "TrainResources", _field, d)

            _field = "model"
            try:
                model = ModelVersionRef.from_dict(d["model"])

            except _PARSE_ERRORS as _exc:
                model = tolerated(_exc, "TrainResources", _field, d)

            _field = "type"
            try:
                type_: Literal["train"] | Unset = d.get("type", UNSET)
                if type_ != "train" and not isinstance(type_, Unset):
                    raise ValueError(f"type must match const 'train', got '{type_}'")

            except _PARSE_ERRORS as _exc:
                type_ = tolerated(_exc, "TrainResources", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        train_resources = cls(
            dataset,
            model,
            type_,
        )

        if len(d) != 2 + ("type" in d):
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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.dataset_version_ref import DatasetVersionRef
from ..models.model_version_ref import ModelVersionRef
