from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.job_artifact_role import JobArtifactRole
from ..types import UNSET, Unset

_JobArtifactRole_members = members_by_value(JobArtifactRole)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"image_url", "kind", "role", "label", "meta"})


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

        role = self.role._value_

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "image_url": image_url,
            "kind": kind,
            "role": role,
        }

        if label is not UNSET:
            field_dict["label"] = label
        if meta is not UNSET:
            field_dict["meta"] = meta

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
            _field = "image_url"
            try:
                image_url = d["image_url"]
                if type(image_url) is not str:
                    raise wrong_type(image_url, "a string")

            except _PARSE_ERRORS as _exc:
                image_url = tolerated(_exc, "JobArtifact", _field, d)

            _field = "kind"
            try:
                kind = d["kind"]
                if type(kind) is not str:
                    raise wrong_type(kind, "a string")

            except _PARSE_ERRORS as _exc:
                kind = tolerated(_exc, "JobArtifact", _field, d)

            _field = "role"
            try:
                _role = d["role"]
                try:
                    role = _JobArtifactRole_members[_role]
                except (KeyError, TypeError):
                    role = JobArtifactRole(_role)

            except _PARSE_ERRORS as _exc:
                role = tolerated(_exc, "JobArtifact", _field, d)

            _field = "label"
            try:
                label = d.get("label", UNSET)
                if type(label) is not str and label is not None and label is not UNSET:
                    raise wrong_type(label, "a string or null")

            except _PARSE_ERRORS as _exc:
                label = tolerated(_exc, "JobArtifact", _field, d)

            _field = "meta"
            try:
                _meta = d.get("meta", UNSET)
                meta: JobArtifactMeta | Unset
                if isinstance(_meta, Unset):
                    meta = UNSET
                else:
                    meta = JobArtifactMeta.from_dict(_meta)

            except _PARSE_ERRORS as _exc:
                meta = tolerated(_exc, "JobArtifact", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_artifact = cls(
            image_url,
            kind,
            role,
            label,
            meta,
        )

        if len(d) != 3 + ("label" in d) + ("meta" in d):
            job_artifact.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.job_artifact_meta import JobArtifactMeta
