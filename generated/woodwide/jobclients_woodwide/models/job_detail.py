from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

_JobStatus_members = members_by_value(JobStatus)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "job_id",
        "type",
        "status",
        "created_at",
        "started_at",
        "finished_at",
        "created_by",
        "input",
        "output",
        "resources",
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
    the resources it works on, error details and billing information.

        Attributes:
            job_id (UUID): The identifier of the job.
            type_ (str): What kind of work the job does. Known values: dataset_ingest, train, infer_sync, infer_batch. Other
                values may appear.
            status (JobStatus): The status of a job. Dataset ingest jobs may also wait in waiting_for_upload until their
                file has been uploaded. succeeded, failed, canceled and rejected are final.
            created_at (datetime.datetime): When the job was created.
            started_at (datetime.datetime | None | Unset): When the job started to run; null until it has started.
            finished_at (datetime.datetime | None | Unset): When the job reached its final status; null until then.
            created_by (CreatedBy | Unset): The principal that created the job: a user, or an API key (which may belong to a
                user).
            input_ (JobInput | Unset): The parameters the job was submitted with. Its members depend on the job type.
            output (JobOutput | Unset): What the job produced. Its members depend on the job type.
            resources (InferBatchResources | InferSyncResources | IngestResources | OtherResources | TrainResources |
                Unset): References to the platform resources the job works on. Its shape depends on the job type and is told
                apart by its own `type` member: only the dataset ingest shape is documented; the others are kept as open
                objects.
            error_message (None | str | Unset): A human-readable explanation of why the job failed; null otherwise.
            woodwide_runtime_version (None | str | Unset): The version of the Wood Wide ML runtime that ran the job.
            credits_consumed (float | None | Unset): The credits the job has used; null while the charge is not final.
            progress (float | None | Unset): How far along the job is, documented as a percentage from 0 to 100 (not
                enforced: the reference's own example shows 123). For training jobs it follows the progress of the training run.
            estimated_seconds_remaining (float | None | Unset): An estimate of the wall-clock seconds left until the job
                completes. Only training jobs report it.
    """

    job_id: UUID
    type_: str
    status: JobStatus
    created_at: datetime.datetime
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    created_by: CreatedBy | Unset = UNSET
    input_: JobInput | Unset = UNSET
    output: JobOutput | Unset = UNSET
    resources: (
        InferBatchResources | InferSyncResources | IngestResources | OtherResources | TrainResources | Unset
    ) = UNSET
    error_message: None | str | Unset = UNSET
    woodwide_runtime_version: None | str | Unset = UNSET
    credits_consumed: float | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    estimated_seconds_remaining: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = str(self.job_id)

        type_ = self.type_

        status = self.status._value_

        created_at = self.created_at.isoformat()

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

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        resources: dict[str, Any] | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, IngestResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, TrainResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, InferSyncResources):
            resources = self.resources.to_dict()
        elif isinstance(self.resources, InferBatchResources):
            resources = self.resources.to_dict()
        else:
            resources = self.resources.to_dict()

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
            "job_id": job_id,
            "type": type_,
            "status": status,
            "created_at": created_at,
        }

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
            _field = "job_id"
            job_id = UUID(d["job_id"])

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
            created_by: CreatedBy | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = CreatedBy.from_dict(_created_by)

            _field = "input"
            _input_ = d.get("input", UNSET)
            input_: JobInput | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = JobInput.from_dict(_input_)

            _field = "output"
            _output = d.get("output", UNSET)
            output: JobOutput | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = JobOutput.from_dict(_output)

            _field = "resources"
            _resources = d.get("resources", UNSET)
            resources: (
                InferBatchResources
                | InferSyncResources
                | IngestResources
                | OtherResources
                | TrainResources
                | Unset
            )
            if isinstance(_resources, Unset):
                resources = _resources
            else:
                try:
                    if not isinstance(_resources, dict):
                        raise wrong_type(_resources, "an object")
                    resources_type_0 = IngestResources.from_dict(_resources)
                    resources = resources_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    try:
                        if not isinstance(_resources, dict):
                            raise wrong_type(_resources, "an object")
                        resources_type_1 = TrainResources.from_dict(_resources)
                        resources = resources_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        try:
                            if not isinstance(_resources, dict):
                                raise wrong_type(_resources, "an object")
                            resources_type_2 = InferSyncResources.from_dict(_resources)
                            resources = resources_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            try:
                                if not isinstance(_resources, dict):
                                    raise wrong_type(_resources, "an object")
                                resources_type_3 = InferBatchResources.from_dict(_resources)
                                resources = resources_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                if not isinstance(_resources, dict):
                                    raise wrong_type(_resources, "an object")
                                resources_type_4 = OtherResources.from_dict(_resources)
                                resources = resources_type_4

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
            job_id,
            type_,
            status,
            created_at,
            started_at,
            finished_at,
            created_by,
            input_,
            output,
            resources,
            error_message,
            woodwide_runtime_version,
            credits_consumed,
            progress,
            estimated_seconds_remaining,
        )

        if len(d) != 4 + ("started_at" in d) + ("finished_at" in d) + ("created_by" in d) + ("input" in d) + (
            "output" in d
        ) + ("resources" in d) + ("error_message" in d) + ("woodwide_runtime_version" in d) + (
            "credits_consumed" in d
        ) + ("progress" in d) + ("estimated_seconds_remaining" in d):
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
from ..models.infer_batch_resources import InferBatchResources
from ..models.infer_sync_resources import InferSyncResources
from ..models.ingest_resources import IngestResources
from ..models.job_input import JobInput
from ..models.job_output import JobOutput
from ..models.other_resources import OtherResources
from ..models.train_resources import TrainResources
