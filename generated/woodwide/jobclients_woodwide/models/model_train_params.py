from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, located, wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.model_type import ModelType
from ..models.training_mode import TrainingMode
from ..types import UNSET, Unset

_ModelType_members = members_by_value(ModelType)
_TrainingMode_members = members_by_value(TrainingMode)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "model_type",
        "dataset_id",
        "dataset_version_id",
        "label_column",
        "input_columns",
        "model_id",
        "parent_job_id",
        "filters",
        "force_retrain",
        "params",
        "training_mode",
    }
)


T = TypeVar("T", bound="ModelTrainParams")


@_attrs_define
class ModelTrainParams:
    """The body of models_train (the official SDK's ModelTrainParams). The reference's older "Train Model" page also
    requires a `model_name`, which the SDK does not send and this document does not either.

        Attributes:
            model_type (ModelType): The kinds of model the platform trains (the official SDK's ModelType, the same six in
                the reference).
            dataset_id (str | Unset): The public id of the dataset to train on (for example ds_A8K2P9QX); its latest ready
                version is used.
            dataset_version_id (str | Unset): The public id of a dataset version to train on (for example dsv_A8K2P9QX).
            label_column (str | Unset): The target column; required for prediction models, refused for the others.
            input_columns (list[str] | Unset): The feature columns; all columns but the label when left out.
            model_id (str | Unset): The public id of an existing model (for example mdl_A8K2P9QX) to train a new version of;
                its configuration is inherited and only the dataset may change.
            parent_job_id (str | Unset): The public id of a succeeded inference job whose outputs (and its ancestors') are
                merged onto the root dataset as extra columns; the dataset selectors are then optional, and must match the root
                job's dataset if given.
            filters (list[CompoundFilter] | Unset): Row filters applied before training to the frame built from the parent
                job's chain; they require `parent_job_id`.
            force_retrain (bool | Unset): Train even if the model already exists.
            params (TrainingHyperparameters | Unset): Optional training hyperparameters; the official SDK types them as an
                open object.
            training_mode (TrainingMode | Unset): The training profile: best (the default: the strongest model, slower) or
                fast (converges and finishes early). Ignored on a retrain, which inherits the mode.
    """

    model_type: ModelType
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    label_column: str | Unset = UNSET
    input_columns: list[str] | Unset = UNSET
    model_id: str | Unset = UNSET
    parent_job_id: str | Unset = UNSET
    filters: list[CompoundFilter] | Unset = UNSET
    force_retrain: bool | Unset = UNSET
    params: TrainingHyperparameters | Unset = UNSET
    training_mode: TrainingMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_type = self.model_type._value_

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        label_column = self.label_column

        input_columns: list[str] | Unset = UNSET
        if not isinstance(self.input_columns, Unset):
            input_columns = self.input_columns

        model_id = self.model_id

        parent_job_id = self.parent_job_id

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = [filters_item_data.to_dict() for filters_item_data in self.filters]

        force_retrain = self.force_retrain

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        training_mode: str | Unset = UNSET
        if not isinstance(self.training_mode, Unset):
            training_mode = self.training_mode._value_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "model_type": model_type,
        }

        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if label_column is not UNSET:
            field_dict["label_column"] = label_column
        if input_columns is not UNSET:
            field_dict["input_columns"] = input_columns
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if parent_job_id is not UNSET:
            field_dict["parent_job_id"] = parent_job_id
        if filters is not UNSET:
            field_dict["filters"] = filters
        if force_retrain is not UNSET:
            field_dict["force_retrain"] = force_retrain
        if params is not UNSET:
            field_dict["params"] = params
        if training_mode is not UNSET:
            field_dict["training_mode"] = training_mode

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
            _field = "model_type"
            try:
                _model_type = d["model_type"]
                try:
                    model_type = _ModelType_members[_model_type]
                except (KeyError, TypeError):
                    model_type = ModelType(_model_type)

            except _PARSE_ERRORS as _exc:
                model_type = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "dataset_id"
            try:
                dataset_id = d.get("dataset_id", UNSET)
                if type(dataset_id) is not str and dataset_id is not UNSET:
                    raise wrong_type(dataset_id, "a string")

            except _PARSE_ERRORS as _exc:
                dataset_id = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "dataset_version_id"
            try:
                dataset_version_id = d.get("dataset_version_id", UNSET)
                if type(dataset_version_id) is not str and dataset_version_id is not UNSET:
                    raise wrong_type(dataset_version_id, "a string")

            except _PARSE_ERRORS as _exc:
                dataset_version_id = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "label_column"
            try:
                label_column = d.get("label_column", UNSET)
                if type(label_column) is not str and label_column is not UNSET:
                    raise wrong_type(label_column, "a string")

            except _PARSE_ERRORS as _exc:
                label_column = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "input_columns"
            try:
                _input_columns = d.get("input_columns", UNSET)
                input_columns: list[str] | Unset = UNSET
                if _input_columns is not UNSET:
                    if type(_input_columns) is not list:
                        raise wrong_type(_input_columns, "an array")
                    for input_columns_item_data in _input_columns:
                        if type(input_columns_item_data) is not str:
                            raise item_error(
                                wrong_type(input_columns_item_data, "a string"),
                                index_of(_input_columns, input_columns_item_data),
                            )
                    input_columns = _input_columns

            except _PARSE_ERRORS as _exc:
                input_columns = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "model_id"
            try:
                model_id = d.get("model_id", UNSET)
                if type(model_id) is not str and model_id is not UNSET:
                    raise wrong_type(model_id, "a string")

            except _PARSE_ERRORS as _exc:
                model_id = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "parent_job_id"
            try:
                parent_job_id = d.get("parent_job_id", UNSET)
                if type(parent_job_id) is not str and parent_job_id is not UNSET:
                    raise wrong_type(parent_job_id, "a string")

            except _PARSE_ERRORS as _exc:
                parent_job_id = tolerated(_exc, "ModelTrainParams", _field, d)

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
                filters = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "force_retrain"
            try:
                force_retrain = d.get("force_retrain", UNSET)
                if type(force_retrain) is not bool and force_retrain is not UNSET:
                    raise wrong_type(force_retrain, "a boolean")

            except _PARSE_ERRORS as _exc:
                force_retrain = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "params"
            try:
                _params = d.get("params", UNSET)
                params: TrainingHyperparameters | Unset
                if isinstance(_params, Unset):
                    params = UNSET
                else:
                    params = TrainingHyperparameters.from_dict(_params)

            except _PARSE_ERRORS as _exc:
                params = tolerated(_exc, "ModelTrainParams", _field, d)

            _field = "training_mode"
            try:
                _training_mode = d.get("training_mode", UNSET)
                training_mode: TrainingMode | Unset
                if isinstance(_training_mode, Unset):
                    training_mode = UNSET
                else:
                    try:
                        training_mode = _TrainingMode_members[_training_mode]
                    except (KeyError, TypeError):
                        training_mode = TrainingMode(_training_mode)

            except _PARSE_ERRORS as _exc:
                training_mode = tolerated(_exc, "ModelTrainParams", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        model_train_params = cls(
            model_type,
            dataset_id,
            dataset_version_id,
            label_column,
            input_columns,
            model_id,
            parent_job_id,
            filters,
            force_retrain,
            params,
            training_mode,
        )

        if len(d) != 1 + ("dataset_id" in d) + ("dataset_version_id" in d) + ("label_column" in d) + (
            "input_columns" in d
        ) + ("model_id" in d) + ("parent_job_id" in d) + ("filters" in d) + ("force_retrain" in d) + (
            "params" in d
        ) + ("training_mode" in d):
            model_train_params.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return model_train_params

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
from ..models.training_hyperparameters import TrainingHyperparameters
