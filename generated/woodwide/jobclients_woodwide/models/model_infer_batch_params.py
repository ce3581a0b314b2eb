from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.anomaly_format import AnomalyFormat
from ..models.output_type import OutputType
from ..types import UNSET, Unset

_OutputType_members = members_by_value(OutputType)
_AnomalyFormat_members = members_by_value(AnomalyFormat)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "dataset_id",
        "dataset_version_id",
        "model_version_id",
        "parent_job_id",
        "filters",
        "output_type",
        "anomaly_format",
        "k",
        "exclude_self_matches",
        "force_rerun",
    }
)


T = TypeVar("T", bound="ModelInferBatchParams")


@_attrs_define
class ModelInferBatchParams:
    """The body of models_infer_batch (the official SDK's ModelInferBatchParams); every member is optional, though the
    dataset must be given by `dataset_id`, `dataset_version_id` or `parent_job_id` (the CLI refuses a call without one).

        Attributes:
            dataset_id (str | Unset): The public id of the dataset to run inference on (for example ds_A8K2P9QX); its latest
                ready version is used. Give this or `dataset_version_id`.
            dataset_version_id (str | Unset): The public id of a dataset version (for example dsv_A8K2P9QX).
            model_version_id (str | Unset): The public id of a model version (for example mdlv_A8K2P9QX); the latest ready
                version when left out.
            parent_job_id (str | Unset): The public id of a succeeded inference job whose outputs (and its ancestors') are
                merged onto the dataset rows first; the dataset must be the root of the parent chain.
            filters (list[CompoundFilter] | Unset): Row filters applied to the frame built from the parent job's chain
                before inference; they require `parent_job_id`.
            output_type (OutputType | Unset): The format of an inference job's results file.
            anomaly_format (AnomalyFormat | Unset): The shape of an anomaly model's output: ids_only (the anomalous row
                indices) or per_row (id, is_anomaly and anomaly_score for every row). Ignored for other model types.
            k (int | Unset): For search models: the number of neighbours per query row (the worker's default when left out).
                Ignored for other models.
            exclude_self_matches (bool | Unset): For search models: drop a neighbour whose row id is the query row's.
                Ignored for other models.
            force_rerun (bool | Unset): Dispatch a new job even when an identical request already has a queued, running or
                succeeded one (which is answered otherwise).
    """

    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    model_version_id: str | Unset = UNSET
    parent_job_id: str | Unset = UNSET
    filters: list[CompoundFilter] | Unset = UNSET
    output_type: OutputType | Unset = UNSET
    anomaly_format: AnomalyFormat | Unset = UNSET
    k: int | Unset = UNSET
    exclude_self_matches: bool | Unset = UNSET
    force_rerun: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        model_version_id = self.model_version_id

        parent_job_id = self.parent_job_id

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = [filters_item_data.to_dict() for filters_item_data in self.filters]

        output_type: str | Unset = UNSET
        if not isinstance(self.output_type, Unset):
            output_type = self.output_type._value_

        anomaly_format: str | Unset = UNSET
        if not isinstance(self.anomaly_format, Unset):
            anomaly_format = self.anomaly_format._value_

        k = self.k

        exclude_self_matches = self.exclude_self_matches

        force_rerun = self.force_rerun

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if model_version_id is not UNSET:
            field_dict["model_version_id"] = model_version_id
        if parent_job_id is not UNSET:
            field_dict["parent_job_id"] = parent_job_id
        if filters is not UNSET:
            field_dict["filters"] = filters
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if anomaly_format is not UNSET:
            field_dict["anomaly_format"] = anomaly_format
        if k is not UNSET:
            field_dict["k"] = k
        if exclude_self_matches is not UNSET:
            field_dict["exclude_self_matches"] = exclude_self_matches
        if force_rerun is not UNSET:
            field_dict["force_rerun"] = force_rerun

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
            _field = "dataset_id"
            try:
                dataset_id = d.get("dataset_id", UNSET)
                if type(dataset_id) is not str and dataset_id is not UNSET:
                    raise wrong_type(dataset_id, "a string")

            except _PARSE_ERRORS as _exc:
                dataset_id = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "dataset_version_id"
            try:
                dataset_version_id = d.get("dataset_version_id", UNSET)
                if type(dataset_version_id) is not str and dataset_version_id is not UNSET:
                    raise wrong_type(dataset_version_id, "a string")

            except _PARSE_ERRORS as _exc:
                dataset_version_id = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "model_version_id"
            try:
                model_version_id = d.get("model_version_id", UNSET)
                if type(model_version_id) is not str and model_version_id is not UNSET:
                    raise wrong_type(model_version_id, "a string")

            except _PARSE_ERRORS as _exc:
                model_version_id = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "parent_job_id"
            try:
                parent_job_id = d.get("parent_job_id", UNSET)
                if type(parent_job_id) is not str and parent_job_id is not UNSET:
                    raise wrong_type(parent_job_id, "a string")

            except _PARSE_ERRORS as _exc:
                parent_job_id = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "filters"
            try:
                _filters = d.get("filters", UNSET)
                filters: list[CompoundFilter] | Unset = UNSET
                if _filters is not UNSET:
                    if type(_filters) is not list:
                        raise wrong_type(_filters, "an array")
                    try:
                        filters = list(map(CompoundFilter.from_dict, _filters))
                    except ResponseValidationError as exc:
                        raise located(_filters, CompoundFilter.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                filters = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "output_type"
            try:
                _output_type = d.get("output_type", UNSET)
                output_type: OutputType | Unset
                if isinstance(_output_type, Unset):
                    output_type = UNSET
                else:
                    try:
                        output_type = _OutputType_members[_output_type]
                    except (KeyError, TypeError):
                        output_type = OutputType(_output_type)

            except _PARSE_ERRORS as _exc:
                output_type = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "anomaly_format"
            try:
                _anomaly_format = d.get("anomaly_format", UNSET)
                anomaly_format: AnomalyFormat | Unset
                if isinstance(_anomaly_format, Unset):
                    anomaly_format = UNSET
                else:
                    try:
                        anomaly_format = _AnomalyFormat_members[_anomaly_format]
                    except (KeyError, TypeError):
                        anomaly_format = AnomalyFormat(_anomaly_format)

            except _PARSE_ERRORS as _exc:
                anomaly_format = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "k"
            try:
                k = d.get("k", UNSET)
                if type(k) is not int and k is not UNSET:
                    raise wrong_type(k, "an integer")

            except _PARSE_ERRORS as _exc:
                k = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "exclude_self_matches"
            try:
                exclude_self_matches = d.get("exclude_self_matches", UNSET)
                if type(exclude_self_matches) is not bool and exclude_self_matches is not UNSET:
                    raise wrong_type(exclude_self_matches, "a boolean")

            except _PARSE_ERRORS as _exc:
                exclude_self_matches = tolerated(_exc, "ModelInferBatchParams", _field, d)

            _field = "force_rerun"
            try:
                force_rerun = d.get("force_rerun", UNSET)
                if type(force_rerun) is not bool and force_rerun is not UNSET:
                    raise wrong_type(force_rerun, "a boolean")

            except _PARSE_ERRORS as _exc:
                force_rerun = tolerated(_exc, "ModelInferBatchParams", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        model_infer_batch_params = cls(
            dataset_id,
            dataset_version_id,
            model_version_id,
            parent_job_id,
            filters,
            output_type,
            anomaly_format,
            k,
            exclude_self_matches,
            force_rerun,
        )

        if len(d) != 0 + ("dataset_id" in d) + ("dataset_version_id" in d) + ("model_version_id" in d) + (
            "parent_job_id" in d
        ) + ("filters" in d) + ("output_type" in d) + ("anomaly_format" in d) + ("k" in d) + (
            "exclude_self_matches" in d
        ) + ("force_rerun" in d):
            model_infer_batch_params.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return model_infer_batch_params

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
from ..models.compound_filter import CompoundFilter
