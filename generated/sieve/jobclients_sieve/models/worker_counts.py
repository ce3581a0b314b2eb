from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"starting", "setup", "active", "idle", "awaiting_resources"})


T = TypeVar("T", bound="WorkerCounts")


@_attrs_define
class WorkerCounts:
    """How many workers of a function version are in each state right now.

    Attributes:
        starting (int | Unset): Workers starting up.
        setup (int | Unset): Workers running their setup.
        active (int | Unset): Workers processing a job.
        idle (int | Unset): Workers waiting for a job.
        awaiting_resources (int | Unset): Workers waiting for a machine.
    """

    starting: int | Unset = UNSET
    setup: int | Unset = UNSET
    active: int | Unset = UNSET
    idle: int | Unset = UNSET
    awaiting_resources: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starting = self.starting

        setup = self.setup

        active = self.active

        idle = self.idle

        awaiting_resources = self.awaiting_resources

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if starting is not UNSET:
            field_dict["starting"] = starting
        if setup is not UNSET:
            field_dict["setup"] = setup
        if active is not UNSET:
            field_dict["active"] = active
        if idle is not UNSET:
            field_dict["idle"] = idle
        if awaiting_resources is not UNSET:
            field_dict["awaiting_resources"] = awaiting_resources

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
            _field = "starting"
            starting = d.get("starting", UNSET)
            if type(starting) is not int and starting is not UNSET:
                raise wrong_type(starting, "an integer")

            _field = "setup"
            setup = d.get("setup", UNSET)
            if type(setup) is not int and setup is not UNSET:
                raise wrong_type(setup, "an integer")

            _field = "active"
            active = d.get("active", UNSET)
            if type(active) is not int and active is not UNSET:
                raise wrong_type(active, "an integer")

            _field = "idle"
            idle = d.get("idle", UNSET)
            if type(idle) is not int and idle is not UNSET:
                raise wrong_type(idle, "an integer")

            _field = "awaiting_resources"
            awaiting_resources = d.get("awaiting_resources", UNSET)
            if type(awaiting_resources) is not int and awaiting_resources is not UNSET:
                raise wrong_type(awaiting_resources, "an integer")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        worker_counts = cls(
            starting,
            setup,
            active,
            idle,
            awaiting_resources,
        )

        if len(d) != 0 + ("starting" in d) + ("setup" in d) + ("active" in d) + ("idle" in d) + (
            "awaiting_resources" in d
        ):
            worker_counts.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return worker_counts

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
