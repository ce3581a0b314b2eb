from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "scene_type",
        "mood",
        "image_model",
        "eval_enabled",
        "resolution",
        "aspect_ratio",
        "seed",
        "on_technical_failure",
        "display_name",
        "dominant_colors",
        "metadata",
        "pilot_brand",
    }
)


T = TypeVar("T", bound="BackgroundGeneratorRequest")


@_attrs_define
class BackgroundGeneratorRequest:
    """A catalog-background spec (POST /v1/background-generator). The generation options (image_model, eval_enabled,
    resolution, aspect_ratio, seed, on_technical_failure) appear in Figur's reference with their types only: it
    describes neither their meaning nor their accepted values.

        Attributes:
            scene_type (str): The kind of scene (free text; Figur lists no values).
            mood (str): The scene's mood (free text; Figur lists no values).
            image_model (str | Unset): A generation option Figur's reference does not describe.
            eval_enabled (bool | Unset): A generation option Figur's reference does not describe.
            resolution (str | Unset): A generation option Figur's reference does not describe.
            aspect_ratio (str | Unset): A generation option Figur's reference does not describe.
            seed (int | Unset): A generation option Figur's reference does not describe.
            on_technical_failure (str | Unset): A generation option Figur's reference does not describe.
            display_name (str | Unset): A human-readable name for the catalog entry; left out (or empty, the default), Figur
                names the entry itself. Default: ''.
            dominant_colors (list[str] | Unset): The background's dominant colors.
            metadata (WorkflowMetadata | Unset): Free-form metadata kept with the generated catalog entry; Figur's reference
                types it as an object of any values.
            pilot_brand (str | Unset): A member Figur's reference lists without describing it.
    """

    scene_type: str
    mood: str
    image_model: str | Unset = UNSET
    eval_enabled: bool | Unset = UNSET
    resolution: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    seed: int | Unset = UNSET
    on_technical_failure: str | Unset = UNSET
    display_name: str | Unset = ""
    dominant_colors: list[str] | Unset = UNSET
    metadata: WorkflowMetadata | Unset = UNSET
    pilot_brand: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_type = self.scene_type

        mood = self.mood

        image_model = self.image_model

        eval_enabled = self.eval_enabled

        resolution = self.resolution

        aspect_ratio = self.aspect_ratio

        seed = self.seed

        on_technical_failure = self.on_technical_failure

        display_name = self.display_name

        dominant_colors: list[str] | Unset = UNSET
        if not isinstance(self.dominant_colors, Unset):
            dominant_colors = self.dominant_colors

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        pilot_brand = self.pilot_brand

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "scene_type": scene_type,
            "mood": mood,
        }

        if image_model is not UNSET:
            field_dict["image_model"] = image_model
        if eval_enabled is not UNSET:
            field_dict["eval_enabled"] = eval_enabled
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if on_technical_failure is not UNSET:
            field_dict["on_technical_failure"] = on_technical_failure
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if dominant_colors is not UNSET:
            field_dict["dominant_colors"] = dominant_colors
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            _field = "scene_type"
            try:
                scene_type = d["scene_type"]
                if type(scene_type) is not str:
                    raise wrong_type(scene_type, "a string")

            except _PARSE_ERRORS as _exc:
                scene_type = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "mood"
            try:
                mood = d["mood"]
                if type(mood) is not str:
                    raise wrong_type(mood, "a string")

            except _PARSE_ERRORS as _exc:
                mood = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "image_model"
            try:
                image_model = d.get("image_model", UNSET)
                if type(image_model) is not str and image_model is not UNSET:
                    raise wrong_type(image_model, "a string")

            except _PARSE_ERRORS as _exc:
                image_model = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "eval_enabled"
            try:
                eval_enabled = d.get("eval_enabled", UNSET)
                if type(eval_enabled) is not bool and eval_enabled is not UNSET:
                    raise wrong_type(eval_enabled, "a boolean")

            except _PARSE_ERRORS as _exc:
                eval_enabled = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "resolution"
            try:
                resolution = d.get("resolution", UNSET)
                if type(resolution) is not str and resolution is not UNSET:
                    raise wrong_type(resolution, "a string")

            except _PARSE_ERRORS as _exc:
                resolution = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "aspect_ratio"
            try:
                aspect_ratio = d.get("aspect_ratio", UNSET)
                if type(aspect_ratio) is not str and aspect_ratio is not UNSET:
                    raise wrong_type(aspect_ratio, "a string")

            except _PARSE_ERRORS as _exc:
                aspect_ratio = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "seed"
            try:
                seed = d.get("seed", UNSET)
                if type(seed) is not int and seed is not UNSET:
                    raise wrong_type(seed, "an integer")

            except _PARSE_ERRORS as _exc:
                seed = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "on_technical_failure"
            try:
                on_technical_failure = d.get("on_technical_failure", UNSET)
                if type(on_technical_failure) is not str and on_technical_failure is not UNSET:
                    raise wrong_type(on_technical_failure, "a string")

            except _PARSE_ERRORS as _exc:
                on_technical_failure = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "display_name"
            try:
                display_name = d.get("display_name", UNSET)
                if type(display_name) is not str and display_name is not UNSET:
                    raise wrong_type(display_name, "a string")

            except _PARSE_ERRORS as _exc:
                display_name = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "dominant_colors"
            try:
                _dominant_colors = d.get("dominant_colors", UNSET)
                dominant_colors: list[str] | Unset = UNSET
                if _dominant_colors is not UNSET:
                    if type(_dominant_colors) is not list:
                        raise wrong_type(_dominant_colors, "an array")
                    for dominant_colors_item_data in _dominant_colors:
                        if type(dominant_colors_item_data) is not str:
                            raise item_error(
                                wrong_type(dominant_colors_item_data, "a string"),
                                index_of(_dominant_colors, dominant_colors_item_data),
                            )
                    dominant_colors = _dominant_colors

            except _PARSE_ERRORS as _exc:
                dominant_colors = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "metadata"
            try:
                _metadata = d.get("metadata", UNSET)
                metadata: WorkflowMetadata | Unset
                if isinstance(_metadata, Unset):
                    metadata = UNSET
                else:
                    metadata = WorkflowMetadata.from_dict(_metadata)

            except _PARSE_ERRORS as _exc:
                metadata = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

            _field = "pilot_brand"
            try:
                pilot_brand = d.get("pilot_brand", UNSET)
                if type(pilot_brand) is not str and pilot_brand is not UNSET:
                    raise wrong_type(pilot_brand, "a string")

            except _PARSE_ERRORS as _exc:
                pilot_brand = tolerated(_exc, "BackgroundGeneratorRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        background_generator_request = cls(
            scene_type,
            mood,
            image_model,
            eval_enabled,
            resolution,
            aspect_ratio,
            seed,
            on_technical_failure,
            display_name,
            dominant_colors,
            metadata,
            pilot_brand,
        )

        if len(d) != 2 + ("image_model" in d) + ("eval_enabled" in d) + ("resolution" in d) + (
            "aspect_ratio" in d
        ) + ("seed" in d) + ("on_technical_failure" in d) + ("display_name" in d) + (
            "dominant_colors" in d
        ) + ("metadata" in d) + ("pilot_brand" in d):
            background_generator_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return background_generator_request

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
from ..models.workflow_metadata import WorkflowMetadata
