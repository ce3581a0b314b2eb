from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_version_ref import DatasetVersionRef


T = TypeVar("T", bound="IngestResources")


@_attrs_define
class IngestResources:
    """Resources of a dataset_ingest job, the dataset version it creates.

    Attributes:
        type_ (Literal['dataset_ingest']): Marks the resources of a dataset ingest job.
        dataset (DatasetVersionRef | Unset): A reference to one version of a dataset.
    """

    type_: Literal["dataset_ingest"]
    dataset: DatasetVersionRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_version_ref import DatasetVersionRef  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "type"
            type_ = cast(Literal["dataset_ingest"], d.pop("type"))
            if type_ != "dataset_ingest":
                raise ValueError(f"type must match const 'dataset_ingest', got '{type_}'")

            _field = "dataset"
            _dataset = d.pop("dataset", UNSET)
            dataset: DatasetVersionRef | Unset
            if isinstance(_dataset, Unset):
                dataset = UNSET
            else:
                dataset = DatasetVersionRef.from_dict(_dataset)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        ingest_resources = cls(
            type_=type_,
            dataset=dataset,
        )

        ingest_resources.additional_properties = d
        return ingest_resources

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
