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
_FIELD_NAMES = frozenset({"trial_image", "runtime_config", "extraction_context"})


T = TypeVar("T", bound="ExtractTrialItemsRequest")


@_attrs_define
class ExtractTrialItemsRequest:
    """An extraction submission (POST /v1/extract): the image to extract the worn items from, and optional hints.

    Attributes:
        trial_image (str): The storage key of the model or trial image to extract items from.
        runtime_config (RuntimeConfig | Unset): Runtime options of a workflow, as free-form members. Figur's reference
            types the member as an object of any values and does not describe its keys.
        extraction_context (ExtractionContext | Unset): Caller hints that point the extraction at the item on sale.
    """

    trial_image: str
    runtime_config: RuntimeConfig | Unset = UNSET
    extraction_context: ExtractionContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_image = self.trial_image

        runtime_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_config, Unset):
            runtime_config = self.runtime_config.to_dict()

        extraction_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extraction_context, Unset):
            extraction_context = self.extraction_context.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "trial_image": trial_image,
        }

        if runtime_config is not UNSET:
            field_dict["runtime_config"] = runtime_config
        if extraction_context is not UNSET:
            field_dict["extraction_context"] = extraction_context

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
            _field = "trial_image"
            try:
                trial_image = d["trial_image"]
                if type(trial_image) is not str:
                    raise wrong_type(trial_image, "a string")

            except _PARSE_ERRORS as _exc:
                trial_image = tolerated(_exc, "ExtractTrialItemsRequest", _field, d)

            _field = "runtime_config"
            try:
                _runtime_config = d.get("runtime_config", UNSET)
                runtime_config: RuntimeConfig | Unset
                if isinstance(_runtime_config, Unset):
                    runtime_config = UNSET
                else:
                    runtime_config = RuntimeConfig.from_dict(_runtime_config)

            except _PARSE_ERRORS as _exc:
                runtime_config = tolerated(_exc, "ExtractTrialItemsRequest", _field, d)

            _field = "extraction_context"
            try:
                _extraction_context = d.get("extraction_context", UNSET)
                extraction_context: ExtractionContext | Unset
                if isinstance(_extraction_context, Unset):
                    extraction_context = UNSET
                else:
                    extraction_context = ExtractionContext.from_dict(_extraction_context)

            except _PARSE_ERRORS as _exc:
                extraction_context = tolerated(_exc, "ExtractTrialItemsRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        extract_trial_items_request = cls(
            trial_image,
            runtime_config,
            extraction_context,
        )

        if len(d) != 1 + ("runtime_config" in d) + ("extraction_context" in d):
            extract_trial_items_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return extract_trial_items_request

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
from ..models.extraction_context import ExtractionContext
from ..models.runtime_config import RuntimeConfig
