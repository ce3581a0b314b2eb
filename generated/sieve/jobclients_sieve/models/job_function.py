from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, located, wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "name",
        "owner_name",
        "visibility",
        "title",
        "code_url",
        "description",
        "tags",
        "cover_image_url",
        "examples",
        "readme",
        "latest_version",
        "featured_key",
        "function_type",
        "webhooks",
    }
)


T = TypeVar("T", bound="JobFunction")


@_attrs_define
class JobFunction:
    """The function a job belongs to. The current revision sends only `name` and `owner_name`; the older one sends the
    whole record below.

        Attributes:
            name (str | Unset): The name of the function.
            owner_name (str | Unset): The name of the user or organization that owns the function.
            visibility (str | Unset): Who can see the function.
            title (str | Unset): The display title of the function.
            code_url (str | Unset): Where the function's source code is.
            description (str | Unset): What the function does.
            tags (list[str] | Unset): Tags attached to the function.
            cover_image_url (str | Unset): The URL of the function's cover image.
            examples (list[str] | Unset): Examples of the function.
            readme (str | Unset): The function's README.
            latest_version (FunctionVersion | Unset): One built version of a function, with its build settings and workers.
            featured_key (int | Unset): Where the function sorts among featured functions.
            function_type (str | Unset): The kind of function (for example "function").
            webhooks (list[Webhook] | Unset): The webhooks the function calls.
    """

    name: str | Unset = UNSET
    owner_name: str | Unset = UNSET
    visibility: str | Unset = UNSET
    title: str | Unset = UNSET
    code_url: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    cover_image_url: str | Unset = UNSET
    examples: list[str] | Unset = UNSET
    readme: str | Unset = UNSET
    latest_version: FunctionVersion | Unset = UNSET
    featured_key: int | Unset = UNSET
    function_type: str | Unset = UNSET
    webhooks: list[Webhook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_name = self.owner_name

        visibility = self.visibility

        title = self.title

        code_url = self.code_url

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        cover_image_url = self.cover_image_url

        examples: list[str] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = self.examples

        readme = self.readme

        latest_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_version, Unset):
            latest_version = self.latest_version.to_dict()

        featured_key = self.featured_key

        function_type = self.function_type

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = [webhooks_item_data.to_dict() for webhooks_item_data in self.webhooks]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if name is not UNSET:
            field_dict["name"] = name
        if owner_name is not UNSET:
            field_dict["owner_name"] = owner_name
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if title is not UNSET:
            field_dict["title"] = title
        if code_url is not UNSET:
            field_dict["code_url"] = code_url
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if examples is not UNSET:
            field_dict["examples"] = examples
        if readme is not UNSET:
            field_dict["readme"] = readme
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if featured_key is not UNSET:
            field_dict["featured_key"] = featured_key
        if function_type is not UNSET:
            field_dict["function_type"] = function_type
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

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
            _field = "name"
            name = d.get("name", UNSET)
            if type(name) is not str and name is not UNSET:
                raise wrong_type(name, "a string")

            _field = "owner_name"
            owner_name = d.get("owner_name", UNSET)
            if type(owner_name) is not str and owner_name is not UNSET:
                raise wrong_type(owner_name, "a string")

            _field = "visibility"
            visibility = d.get("visibility", UNSET)
            if type(visibility) is not str and visibility is not UNSET:
                raise wrong_type(visibility, "a string")

            _field = "title"
            title = d.get("title", UNSET)
            if type(title) is not str and title is not UNSET:
                raise wrong_type(title, "a string")

            _field = "code_url"
            code_url = d.get("code_url", UNSET)
            if type(code_url) is not str and code_url is not UNSET:
                raise wrong_type(code_url, "a string")

            _field = "description"
            description = d.get("description", UNSET)
            if type(description) is not str and description is not UNSET:
                raise wrong_type(description, "a string")

            _field = "tags"
            _tags = d.get("tags", UNSET)
            tags: list[str] | Unset = UNSET
            if _tags is not UNSET:
                if type(_tags) is not list:
                    raise wrong_type(_tags, "an array")
                for tags_item_data in _tags:
                    if type(tags_item_data) is not str:
                        raise item_error(
                            wrong_type(tags_item_data, "a string"), index_of(_tags, tags_item_data)
                        )
                tags = _tags

            _field = "cover_image_url"
            cover_image_url = d.get("cover_image_url", UNSET)
            if type(cover_image_url) is not str and cover_image_url is not UNSET:
                raise wrong_type(cover_image_url, "a string")

            _field = "examples"
            _examples = d.get("examples", UNSET)
            examples: list[str] | Unset = UNSET
            if _examples is not UNSET:
                if type(_examples) is not list:
                    raise wrong_type(_examples, "an array")
                for examples_item_data in _examples:
                    if type(examples_item_data) is not str:
                        raise item_error(
                            wrong_type(examples_item_data, "a string"),
                            index_of(_examples, examples_item_data),
                        )
                examples = _examples

            _field = "readme"
            readme = d.get("readme", UNSET)
            if type(readme) is not str and readme is not UNSET:
                raise wrong_type(readme, "a string")

            _field = "latest_version"
            _latest_version = d.get("latest_version", UNSET)
            latest_version: FunctionVersion | Unset
            if isinstance(_latest_version, Unset):
                latest_version = UNSET
            else:
                latest_version = FunctionVersion.from_dict(_latest_version)

            _field = "featured_key"
            featured_key = d.get("featured_key", UNSET)
            if type(featured_key) is not int and featured_key is not UNSET:
                raise wrong_type(featured_key, "an integer")

            _field = "function_type"
            function_type = d.get("function_type", UNSET)
            if type(function_type) is not str and function_type is not UNSET:
                raise wrong_type(function_type, "a string")

            _field = "webhooks"
            _webhooks = d.get("webhooks", UNSET)
            webhooks: list[Webhook] | Unset = UNSET
            if _webhooks is not UNSET:
                if type(_webhooks) is not list:
                    raise wrong_type(_webhooks, "an array")
                try:
                    webhooks = list(map(Webhook.from_dict, _webhooks))
                except ResponseValidationError as exc:
                    raise located(_webhooks, Webhook.from_dict, exc) from None

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_function = cls(
            name,
            owner_name,
            visibility,
            title,
            code_url,
            description,
            tags,
            cover_image_url,
            examples,
            readme,
            latest_version,
            featured_key,
            function_type,
            webhooks,
        )

        if len(d) != 0 + ("name" in d) + ("owner_name" in d) + ("visibility" in d) + ("title" in d) + (
            "code_url" in d
        ) + ("description" in d) + ("tags" in d) + ("cover_image_url" in d) + ("examples" in d) + (
            "readme" in d
        ) + ("latest_version" in d) + ("featured_key" in d) + ("function_type" in d) + ("webhooks" in d):
            job_function.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_function

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
from ..models.function_version import FunctionVersion
from ..models.webhook import Webhook
