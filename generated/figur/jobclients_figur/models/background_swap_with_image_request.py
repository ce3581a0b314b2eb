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
_FIELD_NAMES = frozenset(
    {
        "background_image_public_id",
        "output_preset",
        "source_image_s3_key",
        "source_render_public_id",
        "pilot_brand",
    }
)


T = TypeVar("T", bound="BackgroundSwapWithImageRequest")


@_attrs_define
class BackgroundSwapWithImageRequest:
    """A background swap to a catalog background (POST /v1/background-swap-with-image). The source image is given by
    source_image_s3_key or source_render_public_id; Figur's reference marks neither required and does not say which one,
    or whether both, may be sent.

        Attributes:
            background_image_public_id (str): The public identifier of the catalog background to swap to.
            output_preset (str): The output preset (Figur's reference lists no values).
            source_image_s3_key (str | Unset): The storage key of the source image.
            source_render_public_id (str | Unset): The public identifier (a ULID) of a finished render to use as the source.
            pilot_brand (str | Unset): A member Figur's reference lists without describing it.
    """

    background_image_public_id: str
    output_preset: str
    source_image_s3_key: str | Unset = UNSET
    source_render_public_id: str | Unset = UNSET
    pilot_brand: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_image_public_id = self.background_image_public_id

        output_preset = self.output_preset

        source_image_s3_key = self.source_image_s3_key

        source_render_public_id = self.source_render_public_id

        pilot_brand = self.pilot_brand

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "background_image_public_id": background_image_public_id,
            "output_preset": output_preset,
        }

        if source_image_s3_key is not UNSET:
            field_dict["source_image_s3_key"] = source_image_s3_key
        if source_render_public_id is not UNSET:
            field_dict["source_render_public_id"] = source_render_public_id
        if pilot_brand is not UNSET:
            field_dict["pilot_brand"] = pilot_brand

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
            _field = "background_image_public_id"
            try:
                background_image_public_id = d["background_image_public_id"]
                if type(background_image_public_id) is not str:
                    raise wrong_type(background_image_public_id, "a string")

            except _PARSE_ERRORS as _exc:
                background_image_public_id = tolerated(_exc, "BackgroundSwapWithImageRequest", _field, d)

            _field = "output_preset"
            try:
                output_preset = d["output_preset"]
                if type(output_preset) is not str:
                    raise wrong_type(output_preset, "a string")

            except _PARSE_ERRORS as _exc:
                output_preset = tolerated(_exc, "BackgroundSwapWithImageRequest", _field, d)

            _field = "source_image_s3_key"
            try:
                source_image_s3_key = d.get("source_image_s3_key", UNSET)
                if type(source_image_s3_key) is not str and source_image_s3_key is not UNSET:
                    raise wrong_type(source_image_s3_key, "a string")

            except _PARSE_ERRORS as _exc:
                source_image_s3_key = tolerated(_exc, "BackgroundSwapWithImageRequest", _field, d)

            _field = "source_render_public_id"
            try:
                source_render_public_id = d.get("source_render_public_id", UNSET)
                if type(source_render_public_id) is not str and source_render_public_id is not UNSET:
                    raise wrong_type(source_render_public_id, "a string")

            except _PARSE_ERRORS as _exc:
                source_render_public_id = tolerated(_exc, "BackgroundSwapWithImageRequest", _field, d)

            _field = "pilot_brand"
            try:
                pilot_brand = d.get("pilot_brand", UNSET)
                if type(pilot_brand) is not str and pilot_brand is not UNSET:
                    raise wrong_type(pilot_brand, "a string")

            except _PARSE_ERRORS as _exc:
                pilot_brand = tolerated(_exc, "BackgroundSwapWithImageRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        background_swap_with_image_request = cls(
            background_image_public_id,
            output_preset,
            source_image_s3_key,
            source_render_public_id,
            pilot_brand,
        )

        if len(d) != 2 + ("source_image_s3_key" in d) + ("source_render_public_id" in d) + (
            "pilot_brand" in d
        ):
            background_swap_with_image_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return background_swap_with_image_request

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
