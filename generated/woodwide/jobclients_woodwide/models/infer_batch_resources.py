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
_FIELD_NAMES = frozenset({"model", "type", "dataset"})


T = TypeVar("T", bound="InferBatchResources")


@_attrs_define
class InferBatchResources:
    """Resources of an infer_batch job: the model version it runs and the dataset version it scores, null when the job runs
    on an uploaded file. Only the official SDK documents their members.

        Attributes:
            model (ModelVersionRef): A reference to one version of a model (public ids mdl_... and mdlv_...). Only the
                official SDK documents it.
            type_ (Literal['infer_batch'] | Unset): Marks the resources of a batch inference job.
            dataset (DatasetVersionRef | None | Unset): The dataset version scored; null for an uploaded file.
    """

    model: ModelVersionRef
    type_: Literal["infer_batch"] | Unset = UNSET
    dataset: DatasetVersionRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.to_dict()

        type_ = self.type_

        dataset: dict[str, Any] | None | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        elif isinstance(self.dataset, DatasetVersionRef):
            dataset = self.dataset.to_dict()
        else:
            dataset = self.dataset

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "model": model,
        }

        if type_ is not UNSET:
            field_dict["type"] = type_
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

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
            _field = "model"
            try:
                model = ModelVersionRef.from_dict(d["model"])

            except _PARSE_ERRORS as _exc:
                model = tolerated(_exc, "InferBatchResources", _field, d)

            _field = "type"
            try:
                type_: Literal["infer_batch"] | Unset = d.get("type", UNSET)
                if type_ != "infer_batch" and not isinstance(type_, Unset):
                    raise ValueError(f"type must match const 'infer_batch', got '{type_}'")

            except _PARSE_ERRORS as _exc:
                type_ = tolerated(_exc, "InferBatchResources", _field, d)

            _field = "dataset"
            try:
                _dataset = d.get("dataset", UNSET)
                dataset: DatasetVersionRef | None | Unset
                if _dataset is None:
                    dataset = _dataset
                elif isinstance(_dataset, Unset):
                    dataset = _dataset
                else:
                    if not isinstance(_dataset, dict):
                        raise wrong_type(_dataset, "an object or null")
                    dataset_type_0 = DatasetVersionRef.from_dict(_dataset)
                    dataset = dataset_type_0

            except _PARSE_ERRORS as _exc:
                dataset = tolerated(_exc, "InferBatchResources", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        infer_batch_resources = cls(
            model,
            type_,
            dataset,
        )

        if len(d) != 1 + ("type" in d) + ("dataset" in d):
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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.dataset_version_ref import DatasetVersionRef
from ..models.model_version_ref import ModelVersionRef
