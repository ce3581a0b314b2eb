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
_FIELD_NAMES = frozenset({"job_id", "status", "woodwide_runtime_version", "id", "version_id", "model"})


T = TypeVar("T", bound="ModelTrainResponse")


@_attrs_define
class ModelTrainResponse:
    """A started training job (the official SDK's ModelTrainResponse, which also requires `id` and `version_id`; the
    reference and the CLI give the model version under `model` instead).

        Attributes:
            job_id (str): The public id of the training job (for example job_A8K2P9QX).
            status (str): The training job's status. The official SDK types it as a job status (initializing, pending,
                queued, running, succeeded, failed, canceled, rejected, waiting_for_upload); the reference as any string, so any
                string is accepted.
            woodwide_runtime_version (str): The version of the Wood Wide ML runtime that will run the job.
            id (str | Unset): The public id of the model (for example mdl_A8K2P9QX).
            version_id (str | Unset): The public id of the model version (for example mdlv_A8K2P9QX).
            model (ModelVersionRef | Unset): A reference to one version of a model (public ids mdl_... and mdlv_...). Only
                the official SDK documents it.
    """

    job_id: str
    status: str
    woodwide_runtime_version: str
    id: str | Unset = UNSET
    version_id: str | Unset = UNSET
    model: ModelVersionRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        woodwide_runtime_version = self.woodwide_runtime_version

        id = self.id

        version_id = self.version_id

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "job_id": job_id,
            "status": status,
            "woodwide_runtime_version": woodwide_runtime_version,
        }

        if id is not UNSET:
            field_dict["id"] = id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
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
                job_id = tolerated(_exc, "ModelTrainResponse", _field, d)

            _field = "status"
            try:
                status = d["status"]
                if type(status) is not str:
                    raise wrong_type(status, "a string")

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "ModelTrainResponse", _field, d)

            _field = "woodwide_runtime_version"
            try:
                woodwide_runtime_version = d["woodwide_runtime_version"]
                if type(woodwide_runtime_version) is not str:
                    raise wrong_type(woodwide_runtime_version, "a string")

            except _PARSE_ERRORS as _exc:
                woodwide_runtime_version = tolerated(_exc, "ModelTrainResponse", _field, d)

            _field = "id"
            try:
                id = d.get("id", UNSET)
                if type(id) is not str and id is not UNSET:
                    raise wrong_type(id, "a string")

            except _PARSE_ERRORS as _exc:
                id = tolerated(_exc, "ModelTrainResponse", _field, d)

            _field = "version_id"
            try:
                version_id = d.get("version_id", UNSET)
                if type(version_id) is not str and version_id is not UNSET:
                    raise wrong_type(version_id, "a string")

            except _PARSE_ERRORS as _exc:
                version_id = tolerated(_exc, "ModelTrainResponse", _field, d)

            _field = "model"
            try:
                _model = d.get("model", UNSET)
                model: ModelVersionRef | Unset
                if isinstance(_model, Unset):
                    model = UNSET
                else:
                    model = ModelVersionRef.from_dict(_model)

            except _PARSE_ERRORS as _exc:
                model = tolerated(_exc, "ModelTrainResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        model_train_response = cls(
            job_id,
            status,
            woodwide_runtime_version,
            id,
            version_id,
            model,
        )

        if len(d) != 3 + ("id" in d) + ("version_id" in d) + ("model" in d):
            model_train_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return model_train_response

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
