from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {"id", "explanation_gloss", "explanation_label", "explanation_text", "feature_contributions"}
)


T = TypeVar("T", bound="Explanation")


@_attrs_define
class Explanation:
    """The explanation of one row, returned by an explanation job.

    Attributes:
        id (str): The identifier of the explained row.
        explanation_gloss (None | str | Unset): A short gloss of the explanation.
        explanation_label (None | str | Unset): A label for the explanation.
        explanation_text (None | str | Unset): The explanation in words.
        feature_contributions (list[ExplanationFeatureContributionsType0Item] | None | Unset): How much each feature
            contributed; each entry an open object.
    """

    id: str
    explanation_gloss: None | str | Unset = UNSET
    explanation_label: None | str | Unset = UNSET
    explanation_text: None | str | Unset = UNSET
    feature_contributions: list[ExplanationFeatureContributionsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        explanation_gloss: None | str | Unset
        if isinstance(self.explanation_gloss, Unset):
            explanation_gloss = UNSET
        else:
            explanation_gloss = self.explanation_gloss

        explanation_label: None | str | Unset
        if isinstance(self.explanation_label, Unset):
            explanation_label = UNSET
        else:
            explanation_label = self.explanation_label

        explanation_text: None | str | Unset
        if isinstance(self.explanation_text, Unset):
            explanation_text = UNSET
        else:
            explanation_text = self.explanation_text

        feature_contributions: list[dict[str, Any]] | None | Unset
        if isinstance(self.feature_contributions, Unset):
            feature_contributions = UNSET
        elif isinstance(self.feature_contributions, list):
            feature_contributions = []
            for feature_contributions_type_0_item_data in self.feature_contributions:
                feature_contributions_type_0_item = feature_contributions_type_0_item_data.to_dict()
                feature_contributions.append(feature_contributions_type_0_item)

        else:
            feature_contributions = self.feature_contributions

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }

        if explanation_gloss is not UNSET:
            field_dict["explanation_gloss"] = explanation_gloss
        if explanation_label is not UNSET:
            field_dict["explanation_label"] = explanation_label
        if explanation_text is not UNSET:
            field_dict["explanation_text"] = explanation_text
        if feature_contributions is not UNSET:
            field_dict["feature_contributions"] = feature_contributions

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
            id = d["id"]
            if type(id) is not str:
                raise wrong_type(id, "a string")

            _field = "explanation_gloss"
            explanation_gloss = d.get("explanation_gloss", UNSET)
            if (
                type(explanation_gloss) is not str
                and explanation_gloss is not None
                and explanation_gloss is not UNSET
            ):
                raise wrong_type(explanation_gloss, "a string or null")

            _field = "explanation_label"
            explanation_label = d.get("explanation_label", UNSET)
            if (
                type(explanation_label) is not str
                and explanation_label is not None
                and explanation_label is not UNSET
            ):
                raise wrong_type(explanation_label, "a string or null")

            _field = "explanation_text"
            explanation_text = d.get("explanation_text", UNSET)
            if (
                type(explanation_text) is not str
                and explanation_text is not None
                and explanation_text is not UNSET
            ):
                raise wrong_type(explanation_text, "a string or null")

            _field = "feature_contributions"
            _feature_contributions = d.get("feature_contributions", UNSET)
            feature_contributions: list[ExplanationFeatureContributionsType0Item] | None | Unset
            if _feature_contributions is None:
                feature_contributions = _feature_contributions
            elif isinstance(_feature_contributions, Unset):
                feature_contributions = _feature_contributions
            else:
                if not isinstance(_feature_contributions, list):
                    raise wrong_type(_feature_contributions, "an array or null")
                _feature_contributions_type_0 = _feature_contributions
                feature_contributions_type_0: list[ExplanationFeatureContributionsType0Item]
                if type(_feature_contributions_type_0) is not list:
                    raise wrong_type(_feature_contributions_type_0, "an array")
                try:
                    feature_contributions_type_0 = list(
                        map(ExplanationFeatureContributionsType0Item.from_dict, _feature_contributions_type_0)
                    )
                except ResponseValidationError as exc:
                    raise located(
                        _feature_contributions_type_0, ExplanationFeatureContributionsType0Item.from_dict, exc
                    ) from None
                feature_contributions = feature_contributions_type_0

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        explanation = cls(
            id,
            explanation_gloss,
            explanation_label,
            explanation_text,
            feature_contributions,
        )

        if len(d) != 1 + ("explanation_gloss" in d) + ("explanation_label" in d) + (
            "explanation_text" in d
        ) + ("feature_contributions" in d):
            explanation.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return explanation

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
from ..models.explanation_feature_contributions_type_0_item import ExplanationFeatureContributionsType0Item
