from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.render_resolution import RenderResolution
from ..types import UNSET, Unset

_RenderResolution_members = members_by_value(RenderResolution)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"resolution"})


T = TypeVar("T", bound="RenderParams")


@_attrs_define
class RenderParams:
    """Rendering options of a try-on's output.

    Attributes:
        resolution (RenderResolution | Unset): The output image's size tier.
    """

    resolution: RenderResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution._value_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if resolution is not UNSET:
            field_dict["resolution"] = resolution

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
            _field = "resolution"
            try:
                _resolution = d.get("resolution", UNSET)
                resolution: RenderResolution | Unset
                if isinstance(_resolution, Unset):
                    resolution = UNSET
                else:
                    try:
                        resolution = _RenderResolution_members[_resolution]
                    except (KeyError, TypeError):
                        resolution = RenderResolution(_resolution)

            except _PARSE_ERRORS as _exc:
                resolution = tolerated(_exc, "RenderParams", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        render_params = cls(
            resolution,
        )

        if len(d) != 0 + ("resolution" in d):
            render_params.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return render_params

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
