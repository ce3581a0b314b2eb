from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.user_category import UserCategory
from ..types import UNSET, Unset

_UserCategory_members = members_by_value(UserCategory)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"user_image", "items", "user_category", "runtime_config", "render_params"})


T = TypeVar("T", bound="TryOnRequest")


@_attrs_define
class TryOnRequest:
    """A try-on submission (POST /v1/try-on): the person image, the user's gender and one or more trial garments.

    Attributes:
        user_image (str): The storage key of the person image to try the items on: the upload_key Figur's POST
            /v1/uploads returned for it.
        items (list[TrialItemInput]): One or more trial garments to apply to the person image.
        user_category (UserCategory | Unset): The user's gender, as Figur's reference spells it.
        runtime_config (RuntimeConfig | Unset): Runtime options of a workflow, as free-form members. Figur's reference
            types the member as an object of any values and does not describe its keys.
        render_params (RenderParams | Unset): Rendering options of a try-on's output.
    """

    user_image: str
    items: list[TrialItemInput]
    user_category: UserCategory | Unset = UNSET
    runtime_config: RuntimeConfig | Unset = UNSET
    render_params: RenderParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_image = self.user_image

        items = [items_item_data.to_dict() for items_item_data in self.items]

        user_category: str | Unset = UNSET
        if not isinstance(self.user_category, Unset):
            user_category = self.user_category._value_

        runtime_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_config, Unset):
            runtime_config = self.runtime_config.to_dict()

        render_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.render_params, Unset):
            render_params = self.render_params.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "user_image": user_image,
            "items": items,
        }

        if user_category is not UNSET:
            field_dict["user_category"] = user_category
        if runtime_config is not UNSET:
            field_dict["runtime_config"] = runtime_config
        if render_params is not UNSET:
            field_dict["render_params"] = render_params

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
            _field = "user_image"
            try:
                user_image = d["user_image"]
                if type(user_image) is not str:
                    raise wrong_type(user_image, "a string")

            except _PARSE_ERRORS as _exc:
                user_image = tolerated(_exc, "TryOnRequest", _field, d)

            _field = "items"
            try:
                _items = d["items"]
                items: list[TrialItemInput]
                if type(_items) is not list:
                    raise wrong_type(_items, "an array")
                try:
                    items = list(map(TrialItemInput.from_dict, _items))
                except ResponseValidationError as exc:
                    raise located(_items, TrialItemInput.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                items = tolerated(_exc, "TryOnRequest", _field, d)

            _field = "user_category"
            try:
                _user_category = d.get("user_category", UNSET)
                user_category: UserCategory | Unset
                if isinstance(_user_category, Unset):
                    user_category = UNSET
                else:
                    try:
                        user_category = _UserCategory_members[_user_category]
                    except (KeyError, TypeError):
                        user_category = UserCategory(_user_category)

            except _PARSE_ERRORS as _exc:
                user_category = tolerated(_exc, "TryOnRequest", _field, d)

            _field = "runtime_config"
            try:
                _runtime_config = d.get("runtime_config", UNSET)
                runtime_config: RuntimeConfig | Unset
                if isinstance(_runtime_config, Unset):
                    runtime_config = UNSET
                else:
                    runtime_config = RuntimeConfig.from_dict(_runtime_config)

            except _PARSE_ERRORS as _exc:
                runtime_config = tolerated(_exc, "TryOnRequest", _field, d)

            _field = "render_params"
            try:
                _render_params = d.get("render_params", UNSET)
                render_params: RenderParams | Unset
                if isinstance(_render_params, Unset):
                    render_params = UNSET
                else:
                    render_params = RenderParams.from_dict(_render_params)

            except _PARSE_ERRORS as _exc:
                render_params = tolerated(_exc, "TryOnRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        try_on_request = cls(
            user_image,
            items,
            user_category,
            runtime_config,
            render_params,
        )

        if len(d) != 2 + ("user_category" in d) + ("runtime_config" in d) + ("render_params" in d):
            try_on_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return try_on_request

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
from ..models.render_params import RenderParams
from ..models.runtime_config import RuntimeConfig
from ..models.trial_item_input import TrialItemInput
