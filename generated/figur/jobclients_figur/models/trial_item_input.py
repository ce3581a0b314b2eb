from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"trial_image", "trial_item_category"})


T = TypeVar("T", bound="TrialItemInput")


@_attrs_define
class TrialItemInput:
    """One trial garment of a try-on or a look.

    Attributes:
        trial_image (str): The storage key of the trial garment's image (an upload key).
        trial_item_category (str): The garment category key, for example top, shirt or jeans. Figur's reference points
            to a full list it does not publish, so any string is sent.
    """

    trial_image: str
    trial_item_category: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_image = self.trial_image

        trial_item_category = self.trial_item_category

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "trial_image": trial_image,
            "trial_item_category": trial_item_category,
        }

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
                trial_image = tolerated(_exc, "TrialItemInput", _field, d)

            _field = "trial_item_category"
            try:
                trial_item_category = d["trial_item_category"]
                if type(trial_item_category) is not str:
                    raise wrong_type(trial_item_category, "a string")

            except _PARSE_ERRORS as _exc:
                trial_item_category = tolerated(_exc, "TrialItemInput", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        trial_item_input = cls(
            trial_image,
            trial_item_category,
        )

        if len(d) != 2:
            trial_item_input.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return trial_item_input

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
