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
_FIELD_NAMES = frozenset(
    {
        "job_type",
        "training_results",
        "inference_results_uri",
        "combined_results_uri",
        "row_paginatable",
        "summary",
        "descriptions",
        "dataset_ingest_results",
    }
)


T = TypeVar("T", bound="JobRetrieveResultsResponse")


@_attrs_define
class JobRetrieveResultsResponse:
    """The typed results of a succeeded job (the official SDK's JobRetrieveResultsResponse). Which members are set depends
    on the job type: `training_results` for training jobs, the signed URLs, `summary` and `descriptions` for inference
    jobs, `dataset_ingest_results` for dataset ingest jobs. Every member but `job_type` is optional and may be null.

        Attributes:
            job_type (str): The type of the job (the same values as a job's `type`).
            training_results (None | TrainingResults | Unset): Training metrics and results (training jobs only); members
                not documented.
            inference_results_uri (None | str | Unset): A signed download URL of the inference results (inference jobs
                only).
            combined_results_uri (None | str | Unset): A signed download URL of the combined output: the input dataset's
                columns and this step's inference columns (and, for a chained job, every ancestor step's). Set for batch
                inference jobs whose output is row-aligned; may be null for newer jobs, whose rows are paged by a join at read
                time instead (see `row_paginatable`).
            row_paginatable (bool | None | Unset): Whether the job's result rows can be paged server-side (the SDK's
                /jobs/{job_id}/results/rows, not part of this document).
            summary (InferenceSummary | None | Unset): High-level aggregates of an inference job's results, computed when
                they were written; always with `total_row_count` when set, plus task-specific members (anomaly, segment,
                predict) when the matching columns exist. Null for older jobs.
            descriptions (InferenceDescriptions | None | Unset): The explanation dictionaries the worker wrote
                (prediction_descriptions, cluster_descriptions, anomaly_descriptions, anomaly_feature_importance,
                factor_descriptions), each JSON-encoded as a string. Null when the model produced none, and for older jobs.
            dataset_ingest_results (DatasetIngestResults | None | Unset): Ingestion stats (dataset ingest jobs only);
                members not documented.
    """

    job_type: str
    training_results: None | TrainingResults | Unset = UNSET
    inference_results_uri: None | str | Unset = UNSET
    combined_results_uri: None | str | Unset = UNSET
    row_paginatable: bool | None | Unset = UNSET
    summary: InferenceSummary | None | Unset = UNSET
    descriptions: InferenceDescriptions | None | Unset = UNSET
    dataset_ingest_results: DatasetIngestResults | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_type = self.job_type

        training_results: dict[str, Any] | None | Unset
        if isinstance(self.training_results, Unset):
            training_results = UNSET
        elif isinstance(self.training_results, TrainingResults):
            training_results = self.training_results.to_dict()
        else:
            training_results = self.training_results

        inference_results_uri: None | str | Unset
        if isinstance(self.inference_results_uri, Unset):
            inference_results_uri = UNSET
        else:
            inference_results_uri = self.inference_results_uri

        combined_results_uri: None | str | Unset
        if isinstance(self.combined_results_uri, Unset):
            combined_results_uri = UNSET
        else:
            combined_results_uri = self.combined_results_uri

        row_paginatable: bool | None | Unset
        if isinstance(self.row_paginatable, Unset):
            row_paginatable = UNSET
        else:
            row_paginatable = self.row_paginatable

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, InferenceSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        descriptions: dict[str, Any] | None | Unset
        if isinstance(self.descriptions, Unset):
            descriptions = UNSET
        elif isinstance(self.descriptions, InferenceDescriptions):
            descriptions = self.descriptions.to_dict()
        else:
            descriptions = self.descriptions

        dataset_ingest_results: dict[str, Any] | None | Unset
        if isinstance(self.dataset_ingest_results, Unset):
            dataset_ingest_results = UNSET
        elif isinstance(self.dataset_ingest_results, DatasetIngestResults):
            dataset_ingest_results = self.dataset_ingest_results.to_dict()
        else:
            dataset_ingest_results = self.dataset_ingest_results

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "job_type": job_type,
        }

        if training_results is not UNSET:
            field_dict["training_results"] = training_results
        if inference_results_uri is not UNSET:
            field_dict["inference_results_uri"] = inference_results_uri
        if combined_results_uri is not UNSET:
            field_dict["combined_results_uri"] = combined_results_uri
        if row_paginatable is not UNSET:
            field_dict["row_paginatable"] = row_paginatable
        if summary is not UNSET:
            field_dict["summary"] = summary
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if dataset_ingest_results is not UNSET:
            field_dict["dataset_ingest_results"] = dataset_ingest_results

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
            _field = "job_type"
            try:
                job_type = d["job_type"]
                if type(job_type) is not str:
                    raise wrong_type(job_type, "a string")

            except _PARSE_ERRORS as _exc:
                job_type = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "training_results"
            try:
                _training_results = d.get("training_results", UNSET)
                training_results: None | TrainingResults | Unset
                if _training_results is None:
                    training_results = _training_results
                elif isinstance(_training_results, Unset):
                    training_results = _training_results
                else:
                    if not isinstance(_training_results, dict):
                        raise wrong_type(_training_results, "an object or null")
                    training_results_type_0 = TrainingResults.from_dict(_training_results)
                    training_results = training_results_type_0

            except _PARSE_ERRORS as _exc:
                training_results = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "inference_results_uri"
            try:
                inference_results_uri = d.get("inference_results_uri", UNSET)
                if (
                    type(inference_results_uri) is not str
                    and inference_results_uri is not None
                    and inference_results_uri is not UNSET
                ):
                    raise wrong_type(inference_results_uri, "a string or null")

            except _PARSE_ERRORS as _exc:
                inference_results_uri = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "combined_results_uri"
            try:
                combined_results_uri = d.get("combined_results_uri", UNSET)
                if (
                    type(combined_results_uri) is not str
                    and combined_results_uri is not None
                    and combined_results_uri is not UNSET
                ):
                    raise wrong_type(combined_results_uri, "a string or null")

            except _PARSE_ERRORS as _exc:
                combined_results_uri = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "row_paginatable"
            try:
                row_paginatable = d.get("row_paginatable", UNSET)
                if (
                    type(row_paginatable) is not bool
                    and row_paginatable is not None
                    and row_paginatable is not UNSET
                ):
                    raise wrong_type(row_paginatable, "a boolean or null")

            except _PARSE_ERRORS as _exc:
                row_paginatable = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "summary"
            try:
                _summary = d.get("summary", UNSET)
                summary: InferenceSummary | None | Unset
                if _summary is None:
                    summary = _summary
                elif isinstance(_summary, Unset):
                    summary = _summary
                else:
                    if not isinstance(_summary, dict):
                        raise wrong_type(_summary, "an object or null")
                    summary_type_0 = InferenceSummary.from_dict(_summary)
                    summary = summary_type_0

            except _PARSE_ERRORS as _exc:
                summary = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "descriptions"
            try:
                _descriptions = d.get("descriptions", UNSET)
                descriptions: InferenceDescriptions | None | Unset
                if _descriptions is None:
                    descriptions = _descriptions
                elif isinstance(_descriptions, Unset):
                    descriptions = _descriptions
                else:
                    if not isinstance(_descriptions, dict):
                        raise wrong_type(_descriptions, "an object or null")
                    descriptions_type_0 = InferenceDescriptions.from_dict(_descriptions)
                    descriptions = descriptions_type_0

            except _PARSE_ERRORS as _exc:
                descriptions = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

            _field = "dataset_ingest_results"
            try:
                _dataset_ingest_results = d.get("dataset_ingest_results", UNSET)
                dataset_ingest_results: DatasetIngestResults | None | Unset
                if _dataset_ingest_results is None:
                    dataset_ingest_results = _dataset_ingest_results
                elif isinstance(_dataset_ingest_results, Unset):
                    dataset_ingest_results = _dataset_ingest_results
                else:
                    if not isinstance(_dataset_ingest_results, dict):
                        raise wrong_type(_dataset_ingest_results, "an object or null")
                    dataset_ingest_results_type_0 = DatasetIngestResults.from_dict(_dataset_ingest_results)
                    dataset_ingest_results = dataset_ingest_results_type_0

            except _PARSE_ERRORS as _exc:
                dataset_ingest_results = tolerated(_exc, "JobRetrieveResultsResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_retrieve_results_response = cls(
            job_type,
            training_results,
            inference_results_uri,
            combined_results_uri,
            row_paginatable,
            summary,
            descriptions,
            dataset_ingest_results,
        )

        if len(d) != 1 + ("training_results" in d) + ("inference_results_uri" in d) + (
            "combined_results_uri" in d
        ) + ("row_paginatable" in d) + ("summary" in d) + ("descriptions" in d) + (
            "dataset_ingest_results" in d
        ):
            job_retrieve_results_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_retrieve_results_response

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
from ..models.dataset_ingest_results import DatasetIngestResults
from ..models.inference_descriptions import InferenceDescriptions
from ..models.inference_summary import InferenceSummary
from ..models.training_results import TrainingResults
