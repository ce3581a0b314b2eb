from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..models.job_artifact_role import JobArtifactRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_artifact_meta import JobArtifactMeta


T = TypeVar("T", bound="JobArtifact")


@_attrs_define
class JobArtifact:
    """One image a job produced. Its image_url is a short-lived presigned GET URL; raw storage keys are never returned.

    Attributes:
        image_url (str): A short-lived presigned GET URL for the artifact image. Download it soon; it expires.
        kind (str): The artifact kind, for example on_model_render or catalog_image.
        role (JobArtifactRole): Whether the artifact is an intermediate step or part of the final result.
        label (None | str | Unset): An optional human-readable label for the artifact.
        meta (JobArtifactMeta | Unset): Metadata whose members depend on the artifact kind.
    """

    image_url: str
    kind: str
    role: JobArtifactRole
    label: None | str | Unset = UNSET
    meta: JobArtifactMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        kind = self.kind

        role = self.role.value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "kind": kind,
                "role": role,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_artifact_meta import JobArtifactMeta  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "image_url"
            image_url = d.pop("image_url")

            _field = "kind"
            kind = d.pop("kind")

            _field = "role"
            role = JobArtifactRole(d.pop("role"))

            _field = "label"

            def _parse_label(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            label = _parse_label(d.pop("label", UNSET))

            _field = "meta"
            _meta = d.pop("meta", UNSET)
            meta: JobArtifactMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = JobArtifactMeta.from_dict(_meta)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_artifact = cls(
            image_url=image_url,
            kind=kind,
            role=role,
            label=label,
            meta=meta,
        )

        job_artifact.additional_properties = d
        return job_artifact

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
