from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, located, wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.function_type import FunctionType
from ..types import UNSET, Unset

_FunctionType_members = members_by_value(FunctionType)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "name",
        "owner_name",
        "visibility",
        "searchable",
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
        "restart_on_error",
    }
)


T = TypeVar("T", bound="JobFunction")


@_attrs_define
class JobFunction:
    """The function a job belongs to. Every OpenAPI version requires `name` and `owner_name`. Most send the whole record
    below (several also require `visibility`, `title` and `latest_version`, one also `searchable`); some newer ones send
    only the name and owner. The newer versions let each member after those two be null.

        Attributes:
            name (str): The name of the function.
            owner_name (str): The name of the user or organization that owns the function.
            visibility (None | str | Unset): Who can see the function.
            searchable (bool | None | Unset): Whether the function appears on the explore page and in search (one OpenAPI
                version).
            title (None | str | Unset): The display title of the function.
            code_url (None | str | Unset): Where the function's source code is.
            description (None | str | Unset): What the function does.
            tags (list[str] | None | Unset): Tags attached to the function.
            cover_image_url (None | str | Unset): The URL of the function's cover image.
            examples (list[str] | None | Unset): Ids of jobs the function's playground shows as examples.
            readme (None | str | Unset): The function's README.
            latest_version (FunctionVersion | None | Unset): The latest version of the function; may be null.
            featured_key (int | None | Unset): Where the function sorts among featured functions (older versions).
            function_type (FunctionType | None | Unset): Whether the function is a plain function or a workflow; may be
                null.
            webhooks (list[Webhook] | None | Unset): The webhooks the function calls.
            restart_on_error (bool | None | Unset): Whether a job of the function is restarted when it fails.
    """

    name: str
    owner_name: str
    visibility: None | str | Unset = UNSET
    searchable: bool | None | Unset = UNSET
    title: None | str | Unset = UNSET
    code_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    examples: list[str] | None | Unset = UNSET
    readme: None | str | Unset = UNSET
    latest_version: FunctionVersion | None | Unset = UNSET
    featured_key: int | None | Unset = UNSET
    function_type: FunctionType | None | Unset = UNSET
    webhooks: list[Webhook] | None | Unset = UNSET
    restart_on_error: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_name = self.owner_name

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        searchable: bool | None | Unset
        if isinstance(self.searchable, Unset):
            searchable = UNSET
        else:
            searchable = self.searchable

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        code_url: None | str | Unset
        if isinstance(self.code_url, Unset):
            code_url = UNSET
        else:
            code_url = self.code_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        examples: list[str] | None | Unset
        if isinstance(self.examples, Unset):
            examples = UNSET
        elif isinstance(self.examples, list):
            examples = self.examples

        else:
            examples = self.examples

        readme: None | str | Unset
        if isinstance(self.readme, Unset):
            readme = UNSET
        else:
            readme = self.readme

        latest_version: dict[str, Any] | None | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        elif isinstance(self.latest_version, FunctionVersion):
            latest_version = self.latest_version.to_dict()
        else:
            latest_version = self.latest_version

        featured_key: int | None | Unset
        if isinstance(self.featured_key, Unset):
            featured_key = UNSET
        else:
            featured_key = self.featured_key

        function_type: None | str | Unset
        if isinstance(self.function_type, Unset):
            function_type = UNSET
        elif isinstance(self.function_type, FunctionType):
            function_type = self.function_type.value
        else:
            function_type = self.function_type

        webhooks: list[dict[str, Any]] | None | Unset
        if isinstance(self.webhooks, Unset):
            webhooks = UNSET
        elif isinstance(self.webhooks, list):
            webhooks = []
            for webhooks_type_0_item_data in self.webhooks:
                webhooks_type_0_item = webhooks_type_0_item_data.to_dict()
                webhooks.append(webhooks_type_0_item)

        else:
            webhooks = self.webhooks

        restart_on_error: bool | None | Unset
        if isinstance(self.restart_on_error, Unset):
            restart_on_error = UNSET
        else:
            restart_on_error = self.restart_on_error

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "owner_name": owner_name,
        }

        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if searchable is not UNSET:
            field_dict["searchable"] = searchable
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
        if restart_on_error is not UNSET:
            field_dict["restart_on_error"] = restart_on_error

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
            name = d["name"]
            if type(name) is not str:
                raise wrong_type(name, "a string")

            _field = "owner_name"
            owner_name = d["owner_name"]
            if type(owner_name) is not str:
                raise wrong_type(owner_name, "a string")

            _field = "visibility"
            visibility = d.get("visibility", UNSET)
            if type(visibility) is not str and visibility is not None and visibility is not UNSET:
                raise wrong_type(visibility, "a string or null")

            _field = "searchable"
            searchable = d.get("searchable", UNSET)
            if type(searchable) is not bool and searchable is not None and searchable is not UNSET:
                raise wrong_type(searchable, "a boolean or null")

            _field = "title"
            title = d.get("title", UNSET)
            if type(title) is not str and title is not None and title is not UNSET:
                raise wrong_type(title, "a string or null")

            _field = "code_url"
            code_url = d.get("code_url", UNSET)
            if type(code_url) is not str and code_url is not None and code_url is not UNSET:
                raise wrong_type(code_url, "a string or null")

            _field = "description"
            description = d.get("description", UNSET)
            if type(description) is not str and description is not None and description is not UNSET:
                raise wrong_type(description, "a string or null")

            _field = "tags"
            _tags = d.get("tags", UNSET)
            tags: list[str] | None | Unset
            if _tags is None:
                tags = _tags
            elif isinstance(_tags, Unset):
                tags = _tags
            else:
                if not isinstance(_tags, list):
                    raise wrong_type(_tags, "an array or null")
                _tags_type_0 = _tags
                tags_type_0: list[str]
                if type(_tags_type_0) is not list:
                    raise wrong_type(_tags_type_0, "an array")
                for tags_type_0_item_data in _tags_type_0:
                    if type(tags_type_0_item_data) is not str:
                        raise item_error(
                            wrong_type(tags_type_0_item_data, "a string"),
                            index_of(_tags_type_0, tags_type_0_item_data),
                        )
                tags_type_0 = _tags_type_0
                tags = tags_type_0

            _field = "cover_image_url"
            cover_image_url = d.get("cover_image_url", UNSET)
            if (
                type(cover_image_url) is not str
                and cover_image_url is not None
                and cover_image_url is not UNSET
            ):
                raise wrong_type(cover_image_url, "a string or null")

            _field = "examples"
            _examples = d.get("examples", UNSET)
            examples: list[str] | None | Unset
            if _examples is None:
                examples = _examples
            elif isinstance(_examples, Unset):
                examples = _examples
            else:
                if not isinstance(_examples, list):
                    raise wrong_type(_examples, "an array or null")
                _examples_type_0 = _examples
                examples_type_0: list[str]
                if type(_examples_type_0) is not list:
                    raise wrong_type(_examples_type_0, "an array")
                for examples_type_0_item_data in _examples_type_0:
                    if type(examples_type_0_item_data) is not str:
                        raise item_error(
                            wrong_type(examples_type_0_item_data, "a string"),
                            index_of(_examples_type_0, examples_type_0_item_data),
                        )
                examples_type_0 = _examples_type_0
                examples = examples_type_0

            _field = "readme"
            readme = d.get("readme", UNSET)
            if type(readme) is not str and readme is not None and readme is not UNSET:
                raise wrong_type(readme, "a string or null")

            _field = "latest_version"
            _latest_version = d.get("latest_version", UNSET)
            latest_version: FunctionVersion | None | Unset
            if _latest_version is None:
                latest_version = _latest_version
            elif isinstance(_latest_version, Unset):
                latest_version = _latest_version
            else:
                if not isinstance(_latest_version, dict):
                    raise wrong_type(_latest_version, "an object or null")
                latest_version_type_0 = FunctionVersion.from_dict(_latest_version)
                latest_version = latest_version_type_0

            _field = "featured_key"
            featured_key = d.get("featured_key", UNSET)
            if type(featured_key) is not int and featured_key is not None and featured_key is not UNSET:
                raise wrong_type(featured_key, "an integer or null")

            _field = "function_type"
            _function_type = d.get("function_type", UNSET)
            function_type: FunctionType | None | Unset
            if _function_type is None:
                function_type = _function_type
            elif isinstance(_function_type, Unset):
                function_type = _function_type
            else:
                if not isinstance(_function_type, str):
                    raise wrong_type(_function_type, "a string or null")
                _function_type_type_0 = _function_type
                try:
                    function_type_type_0 = _FunctionType_members[_function_type_type_0]
                except (KeyError, TypeError):
                    function_type_type_0 = FunctionType(_function_type_type_0)
                function_type = function_type_type_0

            _field = "webhooks"
            _webhooks = d.get("webhooks", UNSET)
            webhooks: list[Webhook] | None | Unset
            if _webhooks is None:
                webhooks = _webhooks
            elif isinstance(_webhooks, Unset):
                webhooks = _webhooks
            else:
                if not isinstance(_webhooks, list):
                    raise wrong_type(_webhooks, "an array or null")
                _webhooks_type_0 = _webhooks
                webhooks_type_0: list[Webhook]
                if type(_webhooks_type_0) is not list:
                    raise wrong_type(_webhooks_type_0, "an array")
                try:
                    webhooks_type_0 = list(map(Webhook.from_dict, _webhooks_type_0))
                except ResponseValidationError as exc:
                    raise located(_webhooks_type_0, Webhook.from_dict, exc) from None
                webhooks = webhooks_type_0

            _field = "restart_on_error"
            restart_on_error = d.get("restart_on_error", UNSET)
            if (
                type(restart_on_error) is not bool
                and restart_on_error is not None
                and restart_on_error is not UNSET
            ):
                raise wrong_type(restart_on_error, "a boolean or null")

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
            searchable,
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
            restart_on_error,
        )

        if len(d) != 2 + ("visibility" in d) + ("searchable" in d) + ("title" in d) + ("code_url" in d) + (
            "description" in d
        ) + ("tags" in d) + ("cover_image_url" in d) + ("examples" in d) + ("readme" in d) + (
            "latest_version" in d
        ) + ("featured_key" in d) + ("function_type" in d) + ("webhooks" in d) + ("restart_on_error" in d):
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
