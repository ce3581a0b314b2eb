from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)


T = TypeVar("T", bound="InferenceEndpointJobPrototype")


@_attrs_define
class InferenceEndpointJobPrototype:
    """A request to create an inference endpoint job. Only `input` is required (in every source). The schema holds what
    SaladCloud's current document (0.9.0-alpha.15) and SDKs (Python 0.9.0a8-a17, TypeScript 0.9.0-alpha.17) accept, each
    member not null and bounded as there; no other member is sent. The 0.9.0-alpha.4 document knew only input, metadata
    and webhook (and let metadata and webhook be null).

        Attributes:
            input_ (Any): The job input. May be any valid JSON (SaladCloud gives it no type); what a given endpoint expects
                is documented with that endpoint, not here.
            metadata (InferenceEndpointJobPrototypeMetadata | Unset): The job metadata, at most 20 keys, returned with the
                job. Never sent as null: the current document types it object only (the 0.9.0-alpha.4 document and the SDKs'
                `any` also allowed null).
            webhook (str | Unset): The webhook URL to which the job results will be POSTed. Deprecated in the current
                document in favour of webhook_url, and the only webhook member the 0.9.0-alpha.4 document knew. SaladCloud does
                not say what happens when both are sent. Format spelled "url" by SaladCloud (see InferenceEndpointJob.webhook).
            webhook_url (str | Unset): The webhook URL to which the job results will be POSTed. In the current document and
                every SDK from 0.9.0a8; the 0.9.0-alpha.4 document did not know it (and refused unknown members), so a server of
                that age would refuse it.
    """

    input_: Any
    metadata: InferenceEndpointJobPrototypeMetadata | Unset = UNSET
    webhook: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        webhook = self.webhook

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {
            "input": input_,
        }

        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

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
            _field = "input"
            try:
                input_ = d["input"]

            except _PARSE_ERRORS as _exc:
                input_ = tolerated(_exc, "InferenceEndpointJobPrototype", _field, d)

            _field = "metadata"
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: InferenceEndpointJobPrototypeMetadata | Unset
                if isinstance(_metadata, Unset):
                    metadata = UNSET
                else:
                    metadata = InferenceEndpointJobPrototypeMetadata.from_dict(_metadata)

            except _PARSE_ERRORS as _exc:
                metadata = tolerated(_exc, "InferenceEndpointJobPrototype", _field, d)

            _field = "webhook"
            try:
                webhook = d.get("webhook", UNSET)
                if type(webhook) is not str and webhook is not UNSET:
                    raise wrong_type(webhook, "a string")

            except _PARSE_ERRORS as _exc:
                webhook = tolerated(_exc, "InferenceEndpointJobPrototype", _field, d)

            _field = "webhook_url"
            try:
                webhook_url = d.get("webhook_url", UNSET)
                if type(webhook_url) is not str and webhook_url is not UNSET:
                    raise wrong_type(webhook_url, "a string")

            except _PARSE_ERRORS as _exc:
                webhook_url = tolerated(_exc, "InferenceEndpointJobPrototype", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        inference_endpoint_job_prototype = cls(
            input_,
            metadata,
            webhook,
            webhook_url,
        )

        return inference_endpoint_job_prototype


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.inference_endpoint_job_prototype_metadata import InferenceEndpointJobPrototypeMetadata
