from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..models.training_phase import TrainingPhase
from ..types import UNSET, Unset

_JobStatus_members = members_by_value(JobStatus)
_TrainingPhase_members = members_by_value(TrainingPhase)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "type",
        "status",
        "created_at",
        "job_id",
        "id",
        "started_at",
        "finished_at",
        "created_by",
        "input",
        "output",
        "resources",
        "dataset_id",
        "dataset_name",
        "input_filename",
        "model_id",
        "model_type",
        "parent_job_id",
        "current_phase",
        "current_step",
        "total_steps",
        "metrics_history",
        "explanations",
        "error_message",
        "woodwide_runtime_version",
        "credits_consumed",
        "progress",
        "estimated_seconds_remaining",
    }
)


T = TypeVar("T", bound="JobDetail")


@_attrs_define
class JobDetail:
    """Everything known about one job: the fields of a job summary plus its input and output payloads, typed references to
    the resources it works on, training progress, error details and billing information. The job's identifier comes
    under `job_id` (the reference) or `id` (the official SDK); each source requires its own key, so neither is required
    here.

        Attributes:
            type_ (str): What kind of work the job does. Known values: dataset_ingest, train, infer_sync, infer_batch (both
                sources), and infer_explain (the official SDK's explanations). Other values may appear.
            status (JobStatus): The status of a job (the same nine values in the reference, the official SDK and its CLI).
                Dataset ingest jobs may also wait in waiting_for_upload until their file has been uploaded. succeeded, failed,
                canceled and rejected are final.
            created_at (datetime.datetime): When the job was created.
            job_id (str | Unset): The identifier of the job, under the key the reference uses. The reference requires it and
                types it as a UUID; the official SDK has no such key (it reads `id`) and calls jobs by public ids such as
                job_A8K2P9QX. Optional here, and any string is accepted.
            id (str | Unset): The public identifier of the job (for example job_A8K2P9QX), under the key the official SDK
                uses and requires. The reference names the key `job_id` instead, so it is optional here.
            started_at (datetime.datetime | None | Unset): When the job started to run; null until it has started.
            finished_at (datetime.datetime | None | Unset): When the job reached its final status; null until then.
            created_by (CreatedBy | None | Unset): Who created the job. The reference types it as an object; the official
                SDK as an optional object that may be null, so null is accepted.
            input_ (JobInput | None | Unset): The parameters the job was submitted with; its members depend on the job type.
                The reference types it as an object; the official SDK as an optional object that may be null, so null is
                accepted.
            output (JobOutput | None | Unset): What the job produced; its members depend on the job type. The reference
                types it as an object; the official SDK as an optional object that may be null, and it is null for a job that
                has not produced one.
            resources (InferBatchResources | InferSyncResources | IngestResources | None | OtherResources | TrainResources |
                Unset): References to the platform resources the job works on, or null (the official SDK's union includes null).
                Its shape depends on the job type and is marked by its own optional `type` member; a shape with an unknown
                `type`, or one that matches none of the documented shapes, is kept as an open object. Without a `type`, the
                first shape whose required members are all there is read: the shapes are listed from the most specific (train:
                dataset and model) to the least, so that both generated model sets read the same one.
            dataset_id (None | str | Unset): The public id of the dataset when the job refers to a dataset version; null for
                inference on an uploaded file and for other jobs. Only the official SDK documents it.
            dataset_name (None | str | Unset): The display name of the linked dataset; null when there is none or the name
                is unavailable. Only the official SDK documents it.
            input_filename (None | str | Unset): The original name of the uploaded file of a file-backed inference job; null
                otherwise. Only the official SDK documents it.
            model_id (None | str | Unset): The public id of the model the job belongs to (training, inference); null
                otherwise. Only the official SDK documents it.
            model_type (None | str | Unset): The model's task type when there is one, for example prediction, clustering or
                anomaly; null otherwise. Only the official SDK documents it.
            parent_job_id (None | str | Unset): The public id of the job whose outputs this one consumes in a chain of
                inference or training jobs. Only the official SDK documents it, as optional (its generated models do not tell
                optional from nullable, so null is accepted).
            current_phase (None | TrainingPhase | Unset): The phase a training job is in; null for model types without a
                training loop. Only the official SDK documents it.
            current_step (int | None | Unset): The current training step, counting self-supervised and finetune steps
                (training jobs only). Only the official SDK documents it, as optional; null is accepted.
            total_steps (int | None | Unset): The total training steps planned (training jobs only). Only the official SDK
                documents it, as optional; null is accepted.
            metrics_history (list[MetricsPoint] | None | Unset): Training metrics sampled at each validation gate, at most
                200 points; null for unsupervised model types and before the first validation gate. Only the official SDK
                documents it.
            explanations (list[Explanation] | None | Unset): The row explanations of a succeeded infer_explain job. Only the
                official SDK documents it, as optional; null is accepted.
            error_message (None | str | Unset): A human-readable explanation of why the job failed; null otherwise.
            woodwide_runtime_version (None | str | Unset): The version of the Wood Wide ML runtime that ran the job.
            credits_consumed (float | None | Unset): The credits the job has used; null while the charge is not final.
            progress (float | None | Unset): How far along the job is, documented as a percentage from 0 to 100 (not
                enforced: the reference's own example shows 123). For training jobs it follows the progress of the training run.
            estimated_seconds_remaining (float | None | Unset): An estimate of the wall-clock seconds left until the job
                completes. Only training jobs report it.
    """

    type_: str
    status: JobStatus
    created_at: datetime.datetime
    job_id: str | Unset = UNSET
    id: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    created_by: CreatedBy | None | Unset = UNSET
    input_: JobInput | None | Unset = UNSET
    output: JobOutput | None | Unset = UNSET
    resources: (
        InferBatchResources
        | InferSyncResources
        | IngestResources
        | None
        | OtherResources
        | TrainResources
        | Unset
    ) = UNSET
    dataset_id: None | str | Unset = UNSET
    dataset_name: None | str | Unset = UNSET
    input_filename: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    model_type: None | str | Unset = UNSET
    parent_job_id: None | str | Unset = UNSET
    current_phase: None | TrainingPhase | Unset = UNSET
    current_step: int | None | Unset = UNSET
    total_steps: int | None | Unset = UNSET
    metrics_history: list[MetricsPoint] | None | Unset = UNSET
    explanations: list[Explanation] | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    woodwide_runtime_version: None | str | Unset = UNSET
    credits_consumed: float | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    estimated_seconds_remaining: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status._value_

        created_at = self.created_at.isoformat()

        job_id = self.job_id

        id = self.id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, CreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, JobInput):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, JobOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, TrainResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, InferBatchResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, IngestResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, InferSyncResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, OtherResources):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_name: None | str | Unset
        if isinstance(self.dataset_name, Unset):
            dataset_name = UNSET
        else:
            dataset_name = self.dataset_name

        input_filename: None | str | Unset
        if isinstance(self.input_filename, Unset):
            input_filename = UNSET
        else:
            input_filename = self.input_filename

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        model_type: None | str | Unset
        if isinstance(self.model_type, Unset):
            model_type = UNSET
        else:
            model_type = self.model_type

        parent_job_id: None | str | Unset
        if isinstance(self.parent_job_id, Unset):
            parent_job_id = UNSET
        else:
            parent_job_id = self.parent_job_id

        current_phase: None | str | Unset
        if isinstance(self.current_phase, Unset):
            current_phase = UNSET
        elif isinstance(self.current_phase, TrainingPhase):
            current_phase = self.current_phase.value
        else:
            current_phase = self.current_phase

        current_step: int | None | Unset
        if isinstance(self.current_step, Unset):
            current_step = UNSET
        else:
            current_step = self.current_step

        total_steps: int | None | Unset
        if isinstance(self.total_steps, Unset):
            total_steps = UNSET
        else:
            total_steps = self.total_steps

        metrics_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.metrics_history, Unset):
            metrics_history = UNSET
        elif isinstance(self.metrics_history, list):
            metrics_history = []
            for metrics_history_type_0_item_data in self.metrics_history:
                metrics_history_type_0_item = metrics_history_type_0_item_data.to_dict()
                metrics_history.append(metrics_history_type_0_item)

        else:
            metrics_history = self.metrics_history

        explanations: list[dict[str, Any]] | None | Unset
        if isinstance(self.explanations, Unset):
            explanations = UNSET
        elif isinstance(self.explanations, list):
            explanations = []
            for explanations_type_0_item_data in self.explanations:
                explanations_type_0_item = explanations_type_0_item_data.to_dict()
                explanations.append(explanations_type_0_item)

        else:
            explanations = self.explanations

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        woodwide_runtime_version: None | str | Unset
        if isinstance(self.woodwide_runtime_version, Unset):
            woodwide_runtime_version = UNSET
        else:
            woodwide_runtime_version = self.woodwide_runtime_version

        credits_consumed: float | None | Unset
        if isinstance(self.credits_consumed, Unset):
            credits_consumed = UNSET
        else:
            credits_consumed = self.credits_consumed

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        estimated_seconds_remaining: float | None | Unset
        if isinstance(self.estimated_seconds_remaining, Unset):
            estimated_seconds_remaining = UNSET
        else:
            estimated_seconds_remaining = self.estimated_seconds_remaining

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "status": status,
            "created_at": created_at,
        }

        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if id is not UNSET:
            field_dict["id"] = id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if resources is not UNSET:
            field_dict["resources"] = resources
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if parent_job_id is not UNSET:
            field_dict["parent_job_id"] = parent_job_id
        if current_phase is not UNSET:
            field_dict["current_phase"] = current_phase
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps
        if metrics_history is not UNSET:
            field_dict["metrics_history"] = metrics_history
        if explanations is not UNSET:
            field_dict["explanations"] = explanations
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if woodwide_runtime_version is not UNSET:
            field_dict["woodwide_runtime_version"] = woodwide_runtime_version
        if credits_consumed is not UNSET:
            field_dict["credits_consumed"] = credits_consumed
        if progress is not UNSET:
            field_dict["progress"] = progress
        if estimated_seconds_remaining is not UNSET:
            field_dict["estimated_seconds_remaining"] = estimated_seconds_remaining

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
            type_ = d["type"]
            if type(type_) is not str:
                raise wrong_type(type_, "a string")

            _field = "status"
            _status = d["status"]
            try:
                status = _JobStatus_members[_status]
            except (KeyError, TypeError):
                status = JobStatus(_status)

            _field = "created_at"
            created_at = _datetime_fromisoformat(d["created_at"])

            _field = "job_id"
            job_id = d.get("job_id", UNSET)
            if type(job_id) is not str and job_id is not UNSET:
                raise wrong_type(job_id, "a string")

            _field = "id"
            id = d.get("id", UNSET)
            if type(id) is not str and id is not UNSET:
                raise wrong_type(id, "a string")

            _field = "started_at"
            _started_at = d.get("started_at", UNSET)
            started_at: datetime.datetime | None | Unset
            if _started_at is None:
                started_at = _started_at
            elif isinstance(_started_at, Unset):
                started_at = _started_at
            else:
                if not isinstance(_started_at, str):
                    raise wrong_type(_started_at, "a string or null")
                started_at_type_0 = _datetime_fromisoformat(_started_at)
                started_at = started_at_type_0

            _field = "finished_at"
            _finished_at = d.get("finished_at", UNSET)
            finished_at: datetime.datetime | None | Unset
            if _finished_at is None:
                finished_at = _finished_at
            elif isinstance(_finished_at, Unset):
                finished_at = _finished_at
            else:
                if not isinstance(_finished_at, str):
                    raise wrong_type(_finished_at, "a string or null")
                finished_at_type_0 = _datetime_fromisoformat(_finished_at)
                finished_at = finished_at_type_0

            _field = "created_by"
            _created_by = d.get("created_by", UNSET)
            created_by: CreatedBy | None | Unset
            if _created_by is None:
                created_by = _created_by
            elif isinstance(_created_by, Unset):
                created_by = _created_by
            else:
                if not isinstance(_created_by, dict):
                    raise wrong_type(_created_by, "an object or null")
                created_by_type_0 = CreatedBy.from_dict(_created_by)
                created_by = created_by_type_0

            _field = "input"
            _input_ = d.get("input", UNSET)
            input_: JobInput | None | Unset
            if _input_ is None:
                input_ = _input_
            elif isinstance(_input_, Unset):
                input_ = _input_
            else:
                if not isinstance(_input_, dict):
                    raise wrong_type(_input_, "an object or null")
                input_type_0 = JobInput.from_dict(_input_)
                input_ = input_type_0

            _field = "output"
            _output = d.get("output", UNSET)
            output: JobOutput | None | Unset
            if _output is None:
                output = _output
            elif isinstance(_output, Unset):
                output = _output
            else:
                if not isinstance(_output, dict):
                    raise wrong_type(_output, "an object or null")
                output_type_0 = JobOutput.from_dict(_output)
                output = output_type_0

            _field = "resources"
            _resources = d.get("resources", UNSET)
            resources: (
                InferBatchResources
                | InferSyncResources
                | IngestResources
                | None
                | OtherResources
                | TrainResources
                | Unset
            )
            if _resources is None:
                resources = _resources
            elif isinstance(_resources, Unset):
                resources = _resources
            else:
                try:
                    if not isinstance(_resources, dict):
                        raise wrong_type(_resources, "an object or null")
                    resources_type_0 = TrainResources.from_dict(_resources)
                    resources = resources_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    try:
                        if not isinstance(_resources, dict):
                            raise wrong_type(_resources, "an object or null")
                        resources_type_1 = InferBatchResources.from_dict(_resources)
                        resources = resources_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        try:
                            if not isinstance(_resources, dict):
                                raise wrong_type(_resources, "an object or null")
                            resources_type_2 = IngestResources.from_dict(_resources)
                            resources = resources_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            try:
                                if not isinstance(_resources, dict):
                                    raise wrong_type(_resources, "an object or null")
                                resources_type_3 = InferSyncResources.from_dict(_resources)
                                resources = resources_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                if not isinstance(_resources, dict):
                                    raise wrong_type(_resources, "an object or null")
                                resources_type_4 = OtherResources.from_dict(_resources)
                                resources = resources_type_4

            _field = "dataset_id"
            dataset_id = d.get("dataset_id", UNSET)
            if type(dataset_id) is not str and dataset_id is not None and dataset_id is not UNSET:
                raise wrong_type(dataset_id, "a string or null")

            _field = "dataset_name"
            dataset_name = d.get("dataset_name", UNSET)
            if type(dataset_name) is not str and dataset_name is not None and dataset_name is not UNSET:
                raise wrong_type(dataset_name, "a string or null")

            _field = "input_filename"
            input_filename = d.get("input_filename", UNSET)
            if type(input_filename) is not str and input_filename is not None and input_filename is not UNSET:
                raise wrong_type(input_filename, "a string or null")

            _field = "model_id"
            model_id = d.get("model_id", UNSET)
            if type(model_id) is not str and model_id is not None and model_id is not UNSET:
                raise wrong_type(model_id, "a string or null")

            _field = "model_type"
            model_type = d.get("model_type", UNSET)
            if type(model_type) is not str and model_type is not None and model_type is not UNSET:
                raise wrong_type(model_type, "a string or null")

            _field = "parent_job_id"
            parent_job_id = d.get("parent_job_id", UNSET)
            if type(parent_job_id) is not str and parent_job_id is not None and parent_job_id is not UNSET:
                raise wrong_type(parent_job_id, "a string or null")

            _field = "current_phase"
            _current_phase = d.get("current_phase", UNSET)
            current_phase: None | TrainingPhase | Unset
            if _current_phase is None:
                current_phase = _current_phase
            elif isinstance(_current_phase, Unset):
                current_phase = _current_phase
            else:
                if not isinstance(_current_phase, str):
                    raise wrong_type(_current_phase, "a string or null")
                _current_phase_type_0 = _current_phase
                try:
                    current_phase_type_0 = _TrainingPhase_members[_current_phase_type_0]
                except (KeyError, TypeError):
                    current_phase_type_0 = TrainingPhase(_current_phase_type_0)
                current_phase = current_phase_type_0

            _field = "current_step"
            current_step = d.get("current_step", UNSET)
            if type(current_step) is not int and current_step is not None and current_step is not UNSET:
                raise wrong_type(current_step, "an integer or null")

            _field = "total_steps"
            total_steps = d.get("total_steps", UNSET)
            if type(total_steps) is not int and total_steps is not None and total_steps is not UNSET:
                raise wrong_type(total_steps, "an integer or null")

            _field = "metrics_history"
            _metrics_history = d.get("metrics_history", UNSET)
            metrics_history: list[MetricsPoint] | None | Unset
            if _metrics_history is None:
                metrics_history = _metrics_history
            elif isinstance(_metrics_history, Unset):
                metrics_history = _metrics_history
            else:
                if not isinstance(_metrics_history, list):
                    raise wrong_type(_metrics_history, "an array or null")
                _metrics_history_type_0 = _metrics_history
                metrics_history_type_0: list[MetricsPoint]
                if type(_metrics_history_type_0) is not list:
                    raise wrong_type(_metrics_history_type_0, "an array")
                try:
                    metrics_history_type_0 = list(map(MetricsPoint.from_dict, _metrics_history_type_0))
                except ResponseValidationError as exc:
                    raise located(_metrics_history_type_0, MetricsPoint.from_dict, exc) from None
                metrics_history = metrics_history_type_0

            _field = "explanations"
            _explanations = d.get("explanations", UNSET)
            explanations: list[Explanation] | None | Unset
            if _explanations is None:
                explanations = _explanations
            elif isinstance(_explanations, Unset):
                explanations = _explanations
            else:
                if not isinstance(_explanations, list):
                    raise wrong_type(_explanations, "an array or null")
                _explanations_type_0 = _explanations
                explanations_type_0: list[Explanation]
                if type(_explanations_type_0) is not list:
                    raise wrong_type(_explanations_type_0, "an array")
                try:
                    explanations_type_0 = list(map(Explanation.from_dict, _explanations_type_0))
                except ResponseValidationError as exc:
                    raise located(_explanations_type_0, Explanation.from_dict, exc) from None
                explanations = explanations_type_0

            _field = "error_message"
            error_message = d.get("error_message", UNSET)
            if type(error_message) is not str and error_message is not None and error_message is not UNSET:
                raise wrong_type(error_message, "a string or null")

            _field = "woodwide_runtime_version"
            woodwide_runtime_version = d.get("woodwide_runtime_version", UNSET)
            if (
                type(woodwide_runtime_version) is not str
                and woodwide_runtime_version is not None
                and woodwide_runtime_version is not UNSET
            ):
                raise wrong_type(woodwide_runtime_version, "a string or null")

            _field = "credits_consumed"
            credits_consumed = d.get("credits_consumed", UNSET)
            if (
                type(credits_consumed) is not float
                and type(credits_consumed) is not int
                and credits_consumed is not None
                and credits_consumed is not UNSET
            ):
                raise wrong_type(credits_consumed, "a number or null")

            _field = "progress"
            progress = d.get("progress", UNSET)
            if (
                type(progress) is not float
                and type(progress) is not int
                and progress is not None
                and progress is not UNSET
            ):
                raise wrong_type(progress, "a number or null")

            _field = "estimated_seconds_remaining"
            estimated_seconds_remaining = d.get("estimated_seconds_remaining", UNSET)
            if (
                type(estimated_seconds_remaining) is not float
                and type(estimated_seconds_remaining) is not int
                and estimated_seconds_remaining is not None
                and estimated_seconds_remaining is not UNSET
            ):
                raise wrong_type(estimated_seconds_remaining, "a number or null")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_detail = cls(
            type_,
            status,
            created_at,
            job_id,
            id,
            started_at,
            finished_at,
            created_by,
            input_,
            output,
            resources,
            dataset_id,
            dataset_name,
            input_filename,
            model_id,
            model_type,
            parent_job_id,
            current_phase,
            current_step,
            total_steps,
            metrics_history,
            explanations,
            error_message,
            woodwide_runtime_version,
            credits_consumed,
            progress,
            estimated_seconds_remaining,
        )

        if len(d) != 3 + ("job_id" in d) + ("id" in d) + ("started_at" in d) + ("finished_at" in d) + (
            "created_by" in d
        ) + ("input" in d) + ("output" in d) + ("resources" in d) + ("dataset_id" in d) + (
            "dataset_name" in d
        ) + ("input_filename" in d) + ("model_id" in d) + ("model_type" in d) + ("parent_job_id" in d) + (
            "current_phase" in d
        ) + ("current_step" in d) + ("total_steps" in d) + ("metrics_history" in d) + (
            "explanations" in d
        ) + ("error_message" in d) + ("woodwide_runtime_version" in d) + ("credits_consumed" in d) + (
            "progress" in d
        ) + ("estimated_seconds_remaining" in d):
            job_detail.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_detail

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
from ..models.created_by import CreatedBy
from ..models.explanation import Explanation
from ..models.infer_batch_resources import InferBatchResources
from ..models.infer_sync_resources import InferSyncResources
from ..models.ingest_resources import IngestResources
from ..models.job_input import JobInput
from ..models.job_output import JobOutput
from ..models.metrics_point import MetricsPoint
from ..models.other_resources import OtherResources
from ..models.train_resources import TrainResources
