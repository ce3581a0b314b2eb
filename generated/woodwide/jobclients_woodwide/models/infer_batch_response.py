from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"job_id", "status", "model_version_id", "model"})


T = TypeVar("T", bound="InferBatchResponse")


@_attrs_define
class InferBatchResponse:
    """A started inference job (the official SDK's InferBatchResponse, which also requires `model_version_id`; the
    reference gives the model version under `model` instead).

        Attributes:
            job_id (str): The public id of the inference job (for example job_A8K2P9QX).
            status (str): The job's status: any string in both the official SDK and the reference (their examples show
                queued).
            model_version_id (str | Unset): The public id of the model version used (for example mdlv_A8K2P9QX).
            model (ModelVersionRef | Unset): A reference to one version of a model (public ids mdl_... and mdlv_...). Only
                the official SDK documents it.
    """

    job_id: str
    status: str
    model_version_id: str | Unset = UNSET
    model: ModelVersionRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        model_version_id = self.model_version_id

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "job_id": job_id,
            "status": status,
        }

        if model_version_id is not UNSET:
            field_dict["model_version_id"] = model_version_id
        if model is not UNSET:
            field_dict["model"] = model

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
            _field = "job_id"
            try:
                job_id = d["job_id"]
                if type(job_id) is not str:
                    raise wrong_type(job_id, "a string")

            except _PARSE_ERRORS as _exc:
                job_id = tolerated(_exc, "InferBatchResponse", _field, d)

            _field = "status"
            try:
                status = d["status"]
                if type(status) is not str:
                    raise wrong_type(status, "a string")

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "InferBatchResponse", _field, d)

            _field = "model_version_id"
            try:
                model_version_id = d.get("model_version_id", UNSET)
                if type(model_version_id) is not str and model_version_id is not UNSET:
                    raise wrong_type(model_version_id, "a string")

            except _PARSE_ERRORS as _exc:
                model_version_id = tolerated(_exc, "InferBatchResponse", _field, d)

            _field = "model"
            try:
                _model = d.get("model", UNSET)
                model: ModelVersionRef | Unset
                if isinstance(_model, Unset):
                    model = UNSET
                else:
                    model = ModelVersionRef.from_dict(_model)

            except _PARSE_ERRORS as _exc:
                model = tolerated(_exc, "InferBatchResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        infer_batch_response = cls(
            job_id,
            status,
            model_version_id,
            model,
        )

        if len(d) != 2 + ("model_version_id" in d) + ("model" in d):
            infer_batch_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return infer_batch_response

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
from ..models.model_version_ref import ModelVersionRef
