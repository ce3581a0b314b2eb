from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.inference_endpoint_job_status import InferenceEndpointJobStatus
from ..types import UNSET, Unset

_InferenceEndpointJobStatus_members = members_by_value(InferenceEndpointJobStatus)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "id",
        "inference_endpoint_name",
        "organization_name",
        "input",
        "status",
        "events",
        "create_time",
        "update_time",
        "metadata",
        "webhook",
        "webhook_url",
        "output",
    }
)


T = TypeVar("T", bound="InferenceEndpointJob")


@_attrs_define
class InferenceEndpointJob:
    """A job submitted to an inference endpoint.

    Attributes:
        id (UUID): The inference endpoint job identifier.
        inference_endpoint_name (str): The inference endpoint name. The 2-63 bounds are those of SaladCloud's current
            document and SDKs (the 0.9.0-alpha.4 document gave none; a name is also a path segment that is bounded the same
            way).
        organization_name (str): The organization name. Bounds as for inference_endpoint_name (none in the 0.9.0-alpha.4
            document).
        input_ (Any): The job input. May be any valid JSON, null included.
        status (InferenceEndpointJobStatus): The current status of the job. Every SaladCloud document and the Python SDK
            list these five values (the TypeScript SDK types it as any string).
        events (list[InferenceEndpointJobEvent]): The events of the job, oldest first.
        create_time (datetime.datetime): The time the job was created.
        update_time (datetime.datetime): The time the job was last updated.
        metadata (InferenceEndpointJobMetadataType0 | None | Unset): The job metadata, at most 20 keys. May be any valid
            JSON object. Nullable: the 0.9.0-alpha.4 document marks it nullable (later documents type it object only) and
            every official SDK stores the value unchecked, null included.
        webhook (None | str | Unset): The webhook URL called when the job completes. Replaced by webhook_url. Nullable:
            the 0.9.0-alpha.4 document and the SDKs 0.9.0a1-a4 mark it nullable, later documents and SDKs do not; both are
            accepted. SaladCloud's documents spell the format "url" (not a JSON Schema format); "uri" says the same and no
            client check asserts it.
        webhook_url (str | Unset): The webhook URL called when the job completes. Absent from the 0.9.0-alpha.4
            document; optional and never null in every later document and SDK. Format as for webhook.
        output (Any | Unset): The job output. May be any valid JSON, null included.
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
        id = str(self.id)

        inference_endpoint_name = self.inference_endpoint_name

        organization_name = self.organization_name

        input_ = self.input_

        status = self.status._value_

        events = [events_item_data.to_dict() for events_item_data in self.events]

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

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "inference_endpoint_name": inference_endpoint_name,
            "organization_name": organization_name,
            "input": input_,
            "status": status,
            "events": events,
            "create_time": create_time,
            "update_time": update_time,
        }

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
            _field = "id"
            id = UUID(d["id"])

            _field = "inference_endpoint_name"
            inference_endpoint_name = d["inference_endpoint_name"]
            if type(inference_endpoint_name) is not str:
                raise wrong_type(inference_endpoint_name, "a string")

            _field = "organization_name"
            organization_name = d["organization_name"]
            if type(organization_name) is not str:
                raise wrong_type(organization_name, "a string")

            _field = "input"
            input_ = d["input"]

            _field = "status"
            _status = d["status"]
            try:
                status = _InferenceEndpointJobStatus_members[_status]
            except (KeyError, TypeError):
                status = InferenceEndpointJobStatus(_status)

            _field = "events"
            _events = d["events"]
            events: list[InferenceEndpointJobEvent]
            if type(_events) is not list:
                raise wrong_type(_events, "an array")
            try:
                events = list(map(InferenceEndpointJobEvent.from_dict, _events))
            except ResponseValidationError as exc:
                raise located(_events, InferenceEndpointJobEvent.from_dict, exc) from None

            _field = "create_time"
            create_time = _datetime_fromisoformat(d["create_time"])

            _field = "update_time"
            update_time = _datetime_fromisoformat(d["update_time"])

            _field = "metadata"
            _metadata = d.get("metadata", UNSET)
            metadata: InferenceEndpointJobMetadataType0 | None | Unset
            if _metadata is None:
                metadata = _metadata
            elif isinstance(_metadata, Unset):
                metadata = _metadata
            else:
                if not isinstance(_metadata, dict):
                    raise wrong_type(_metadata, "an object or null")
                metadata_type_0 = InferenceEndpointJobMetadataType0.from_dict(_metadata)
                metadata = metadata_type_0

            _field = "webhook"
            webhook = d.get("webhook", UNSET)
            if type(webhook) is not str and webhook is not None and webhook is not UNSET:
                raise wrong_type(webhook, "a string or null")

            _field = "webhook_url"
            webhook_url = d.get("webhook_url", UNSET)
            if type(webhook_url) is not str and webhook_url is not UNSET:
                raise wrong_type(webhook_url, "a string")

            _field = "output"
            output = d.get("output", UNSET)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        inference_endpoint_job = cls(
            id,
            inference_endpoint_name,
            organization_name,
            input_,
            status,
            events,
            create_time,
            update_time,
            metadata,
            webhook,
            webhook_url,
            output,
        )

        if len(d) != 8 + ("metadata" in d) + ("webhook" in d) + ("webhook_url" in d) + ("output" in d):
            inference_endpoint_job.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.inference_endpoint_job_event import InferenceEndpointJobEvent
from ..models.inference_endpoint_job_metadata_type_0 import InferenceEndpointJobMetadataType0
