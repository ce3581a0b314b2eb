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
_FIELD_NAMES = frozenset({"items", "user_category", "runtime_config"})


T = TypeVar("T", bound="LookRequest")


@_attrs_define
class LookRequest:
    """A look (mannequin composite) submission (POST /v1/look): the trial garments to compose and the user's gender.
    Figur's reference shows no lower bound on the number of items here.

        Attributes:
            items (list[TrialItemInput]): One or more trial garments to compose into the look.
            user_category (UserCategory | Unset): The user's gender, as Figur's reference spells it.
            runtime_config (RuntimeConfig | Unset): Runtime options of a workflow, as free-form members. Figur's reference
                types the member as an object of any values and does not describe its keys.
    """

    items: list[TrialItemInput]
    user_category: UserCategory | Unset = UNSET
    runtime_config: RuntimeConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = [items_item_data.to_dict() for items_item_data in self.items]

        user_category: str | Unset = UNSET
        if not isinstance(self.user_category, Unset):
            user_category = self.user_category._value_

        runtime_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_config, Unset):
            runtime_config = self.runtime_config.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "items": items,
        }

        if user_category is not UNSET:
            field_dict["user_category"] = user_category
        if runtime_config is not UNSET:
            field_dict["runtime_config"] = runtime_config

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
                items = tolerated(_exc, "LookRequest", _field, d)

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
                user_category = tolerated(_exc, "LookRequest", _field, d)

            _field = "runtime_config"
            try:
                _runtime_config = d.get("runtime_config", UNSET)
                runtime_config: RuntimeConfig | Unset
                if isinstance(_runtime_config, Unset):
                    runtime_config = UNSET
                else:
                    runtime_config = RuntimeConfig.from_dict(_runtime_config)

            except _PARSE_ERRORS as _exc:
                runtime_config = tolerated(_exc, "LookRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        look_request = cls(
            items,
            user_category,
            runtime_config,
        )

        if len(d) != 1 + ("user_category" in d) + ("runtime_config" in d):
            look_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return look_request

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
from ..models.runtime_config import RuntimeConfig
from ..models.trial_item_input import TrialItemInput
