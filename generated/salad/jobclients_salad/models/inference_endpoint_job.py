from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..models.inference_endpoint_job_status import InferenceEndpointJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inference_endpoint_job_event import InferenceEndpointJobEvent
    from ..models.inference_endpoint_job_metadata_type_0 import InferenceEndpointJobMetadataType0


T = TypeVar("T", bound="InferenceEndpointJob")


@_attrs_define
class InferenceEndpointJob:
    """A job submitted to an inference endpoint.

    Attributes:
        id (UUID): The inference endpoint job identifier.
        inference_endpoint_name (str): The inference endpoint name.
        organization_name (str): The organization name.
        input_ (Any): The job input. May be any valid JSON.
        status (InferenceEndpointJobStatus): The current status of the job.
        events (list[InferenceEndpointJobEvent]): The events of the job, oldest first.
        create_time (datetime.datetime): The time the job was created.
        update_time (datetime.datetime): The time the job was last updated.
        metadata (InferenceEndpointJobMetadataType0 | None | Unset): The job metadata, at most 20 keys. May be any valid
            JSON object.
        webhook (None | str | Unset): The webhook URL called when the job completes. Replaced by webhook_url.
        webhook_url (str | Unset): The webhook URL called when the job completes.
        output (Any | Unset): The job output. May be any valid JSON.
    """

    id: UUID
    inference_endpoint_name: str
    organization_name: str
    input_: Any
    status: InferenceEndpointJobStatus
    events: list[InferenceEndpointJobEvent]
    create_time: datetime.datetime
    update_time: datetime.datetime
    metadata: InferenceEndpointJobMetadataType0 | None | Unset = UNSET
    webhook: None | str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    output: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inference_endpoint_job_metadata_type_0 import InferenceEndpointJobMetadataType0  # noqa: PLC0415

        id = str(self.id)

        inference_endpoint_name = self.inference_endpoint_name

        organization_name = self.organization_name

        input_ = self.input_

        status = self.status.value

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        create_time = self.create_time.isoformat()

        update_time = self.update_time.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, InferenceEndpointJobMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        webhook: None | str | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        else:
            webhook = self.webhook

        webhook_url = self.webhook_url

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inference_endpoint_name": inference_endpoint_name,
                "organization_name": organization_name,
                "input": input_,
                "status": status,
                "events": events,
                "create_time": create_time,
                "update_time": update_time,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inference_endpoint_job_event import InferenceEndpointJobEvent  # noqa: PLC0415
        from ..models.inference_endpoint_job_metadata_type_0 import InferenceEndpointJobMetadataType0  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "id"
            id = UUID(d.pop("id"))

            _field = "inference_endpoint_name"
            inference_endpoint_name = d.pop("inference_endpoint_name")

            _field = "organization_name"
            organization_name = d.pop("organization_name")

            _field = "input"
            input_ = d.pop("input")

            _field = "status"
            status = InferenceEndpointJobStatus(d.pop("status"))

            _field = "events"
            events = []
            _events = d.pop("events")
            for events_item_data in _events:
                events_item = InferenceEndpointJobEvent.from_dict(events_item_data)

                events.append(events_item)

            _field = "create_time"
            create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

            _field = "update_time"
            update_time = datetime.datetime.fromisoformat(d.pop("update_time"))

            _field = "metadata"

            def _parse_metadata(data: object) -> InferenceEndpointJobMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = InferenceEndpointJobMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(InferenceEndpointJobMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            _field = "webhook"

            def _parse_webhook(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            webhook = _parse_webhook(d.pop("webhook", UNSET))

            _field = "webhook_url"
            webhook_url = d.pop("webhook_url", UNSET)

            _field = "output"
            output = d.pop("output", UNSET)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        inference_endpoint_job = cls(
            id=id,
            inference_endpoint_name=inference_endpoint_name,
            organization_name=organization_name,
            input_=input_,
            status=status,
            events=events,
            create_time=create_time,
            update_time=update_time,
            metadata=metadata,
            webhook=webhook,
            webhook_url=webhook_url,
            output=output,
        )

        inference_endpoint_job.additional_properties = d
        return inference_endpoint_job

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
