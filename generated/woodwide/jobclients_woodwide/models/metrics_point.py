from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"step", "train_loss", "val_loss"})


T = TypeVar("T", bound="MetricsPoint")


@_attrs_define
class MetricsPoint:
    """One sample of training metrics, taken at a validation gate.

    Attributes:
        step (int): The training step the sample was taken at.
        train_loss (float | None | Unset): The average training loss over the interval ending at `step`.
        val_loss (float | None | Unset): The validation loss at `step`; null when no validation gate fired.
    """

    step: int
    train_loss: float | None | Unset = UNSET
    val_loss: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        train_loss: float | None | Unset
        if isinstance(self.train_loss, Unset):
            train_loss = UNSET
        else:
            train_loss = self.train_loss

        val_loss: float | None | Unset
        if isinstance(self.val_loss, Unset):
            val_loss = UNSET
        else:
            val_loss = self.val_loss

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "step": step,
        }

        if train_loss is not UNSET:
            field_dict["train_loss"] = train_loss
        if val_loss is not UNSET:
            field_dict["val_loss"] = val_loss

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
            _field = "step"
            step = d["step"]
            if type(step) is not int:
                raise wrong_type(step, "an integer")

            _field = "train_loss"
            train_loss = d.get("train_loss", UNSET)
            if (
                type(train_loss) is not float
                and type(train_loss) is not int
                and train_loss is not None
                and train_loss is not UNSET
            ):
                raise wrong_type(train_loss, "a number or null")

            _field = "val_loss"
            val_loss = d.get("val_loss", UNSET)
            if (
                type(val_loss) is not float
                and type(val_loss) is not int
                and val_loss is not None
                and val_loss is not UNSET
            ):
                raise wrong_type(val_loss, "a number or null")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        metrics_point = cls(
            step,
            train_loss,
            val_loss,
        )

        if len(d) != 1 + ("train_loss" in d) + ("val_loss" in d):
            metrics_point.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return metrics_point

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
