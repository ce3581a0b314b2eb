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
    """How many workers of a function version are in each state right now; each count may be null (every OpenAPI version
    but the oldest).

        Attributes:
            starting (int | None | Unset): Workers starting up.
            setup (int | None | Unset): Workers running their setup.
            active (int | None | Unset): Workers processing a job.
            idle (int | None | Unset): Workers waiting for a job.
            awaiting_resources (int | None | Unset): Workers waiting for a machine.
    """

    starting: int | None | Unset = UNSET
    setup: int | None | Unset = UNSET
    active: int | None | Unset = UNSET
    idle: int | None | Unset = UNSET
    awaiting_resources: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starting: int | None | Unset
        if isinstance(self.starting, Unset):
            starting = UNSET
        else:
            starting = self.starting

        setup: int | None | Unset
        if isinstance(self.setup, Unset):
            setup = UNSET
        else:
            setup = self.setup

        active: int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        idle: int | None | Unset
        if isinstance(self.idle, Unset):
            idle = UNSET
        else:
            idle = self.idle

        awaiting_resources: int | None | Unset
        if isinstance(self.awaiting_resources, Unset):
            awaiting_resources = UNSET
        else:
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
            if type(starting) is not int and starting is not None and starting is not UNSET:
                raise wrong_type(starting, "an integer or null")

            _field = "setup"
            setup = d.get("setup", UNSET)
            if type(setup) is not int and setup is not None and setup is not UNSET:
                raise wrong_type(setup, "an integer or null")

            _field = "active"
            active = d.get("active", UNSET)
            if type(active) is not int and active is not None and active is not UNSET:
                raise wrong_type(active, "an integer or null")

            _field = "idle"
            idle = d.get("idle", UNSET)
            if type(idle) is not int and idle is not None and idle is not UNSET:
                raise wrong_type(idle, "an integer or null")

            _field = "awaiting_resources"
            awaiting_resources = d.get("awaiting_resources", UNSET)
            if (
                type(awaiting_resources) is not int
                and awaiting_resources is not None
                and awaiting_resources is not UNSET
            ):
                raise wrong_type(awaiting_resources, "an integer or null")

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
