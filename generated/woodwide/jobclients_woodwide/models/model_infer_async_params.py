from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.anomaly_format import AnomalyFormat
from ..models.output_type import OutputType
from ..types import UNSET, File, Unset

_OutputType_members = members_by_value(OutputType)
_AnomalyFormat_members = members_by_value(AnomalyFormat)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {"file", "model_version_id", "output_type", "anomaly_format", "k", "exclude_self_matches"}
)


T = TypeVar("T", bound="ModelInferAsyncParams")


@_attrs_define
class ModelInferAsyncParams:
    """The form of models_infer_async (the official SDK's ModelInferAsyncParams).

    Attributes:
        file (File): The CSV file to run inference on.
        model_version_id (str | Unset): The public id of a model version (for example mdlv_A8K2P9QX); the latest ready
            version when left out.
        output_type (OutputType | Unset): The format of an inference job's results file.
        anomaly_format (AnomalyFormat | Unset): The shape of an anomaly model's output: ids_only (the anomalous row
            indices) or per_row (id, is_anomaly and anomaly_score for every row). Ignored for other model types.
        k (int | Unset): For search models: the number of neighbours per query row (the worker's default when left out).
            Ignored for other models.
        exclude_self_matches (bool | Unset): For search models: drop a neighbour whose row id is the query row's.
            Ignored for other models.
    """

    file: File
    model_version_id: str | Unset = UNSET
    output_type: OutputType | Unset = UNSET
    anomaly_format: AnomalyFormat | Unset = UNSET
    k: int | Unset = UNSET
    exclude_self_matches: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        model_version_id = self.model_version_id

        output_type: str | Unset = UNSET
        if not isinstance(self.output_type, Unset):
            output_type = self.output_type._value_

        anomaly_format: str | Unset = UNSET
        if not isinstance(self.anomaly_format, Unset):
            anomaly_format = self.anomaly_format._value_

        k = self.k

        exclude_self_matches = self.exclude_self_matches

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file": file,
        }

        if model_version_id is not UNSET:
            field_dict["model_version_id"] = model_version_id
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if anomaly_format is not UNSET:
            field_dict["anomaly_format"] = anomaly_format
        if k is not UNSET:
            field_dict["k"] = k
        if exclude_self_matches is not UNSET:
            field_dict["exclude_self_matches"] = exclude_self_matches

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.model_version_id, Unset):
            files.append(("model_version_id", (None, str(self.model_version_id).encode(), "text/plain")))

        if not isinstance(self.output_type, Unset):
            files.append(("output_type", (None, str(self.output_type.value).encode(), "text/plain")))

        if not isinstance(self.anomaly_format, Unset):
            files.append(("anomaly_format", (None, str(self.anomaly_format.value).encode(), "text/plain")))

        if not isinstance(self.k, Unset):
            files.append(("k", (None, str(self.k).encode(), "text/plain")))

        if not isinstance(self.exclude_self_matches, Unset):
            files.append(
                (
                    "exclude_self_matches",
                    (None, ("true" if self.exclude_self_matches else "false").encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
            _field = "file"
            try:
                file = File(payload=BytesIO(d["file"]))

            except _PARSE_ERRORS as _exc:
                file = tolerated(_exc, "ModelInferAsyncParams", _field, d)

            _field = "model_version_id"
            try:
                model_version_id = d.get("model_version_id", UNSET)
                if type(model_version_id) is not str and model_version_id is not UNSET:
                    raise wrong_type(model_version_id, "a string")

            except _PARSE_ERRORS as _exc:
                model_version_id = tolerated(_exc, "ModelInferAsyncParams", _field, d)

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
                output_type = tolerated(_exc, "ModelInferAsyncParams", _field, d)

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
                anomaly_format = tolerated(_exc, "ModelInferAsyncParams", _field, d)

            _field = "k"
            try:
                k = d.get("k", UNSET)
                if type(k) is not int and k is not UNSET:
                    raise wrong_type(k, "an integer")

            except _PARSE_ERRORS as _exc:
                k = tolerated(_exc, "ModelInferAsyncParams", _field, d)

            _field = "exclude_self_matches"
            try:
                exclude_self_matches = d.get("exclude_self_matches", UNSET)
                if type(exclude_self_matches) is not bool and exclude_self_matches is not UNSET:
                    raise wrong_type(exclude_self_matches, "a boolean")

            except _PARSE_ERRORS as _exc:
                exclude_self_matches = tolerated(_exc, "ModelInferAsyncParams", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        model_infer_async_params = cls(
            file,
            model_version_id,
            output_type,
            anomaly_format,
            k,
            exclude_self_matches,
        )

        if len(d) != 1 + ("model_version_id" in d) + ("output_type" in d) + ("anomaly_format" in d) + (
            "k" in d
        ) + ("exclude_self_matches" in d):
            model_infer_async_params.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return model_infer_async_params

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
