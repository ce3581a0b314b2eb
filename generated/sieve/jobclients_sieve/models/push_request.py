from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"inputs", "function", "id", "webhooks", "env"})


T = TypeVar("T", bound="PushRequest")


@_attrs_define
class PushRequest:
    """The body of a push: which function to call and with what. A request sends only what every revision of Sieve's
    OpenAPI document accepts, so some members are narrower than the newest revision allows (each says how).

        Attributes:
            inputs (PushInputs): The inputs of the job, keyed by the function's parameter names; each value any JSON
                (Sieve's OpenAPI document does not type the values). The newer revisions also accept a list of inputs in order;
                the oldest only an object, so only an object is sent.
            function (str | Unset): The function to call, as `author/name[:version]` (for example sieve/retalker). Give this
                or `id`, not both. The newer revisions also accept null; the oldest does not, so null is not sent.
            id (str | Unset): The id of the function to call, instead of `function`. The newer revisions also accept null;
                the oldest does not, so null is not sent.
            webhooks (list[PushWebhook] | Unset): URLs Sieve calls on job events. The newer revisions also accept null; the
                oldest does not, so null is not sent.
            env (PushEnv | Unset): Environment variables for this job, name to value. The oldest revision types the values
                as strings; the newer ones accept any object (or null), so strings are sent.
    """

    inputs: PushInputs
    function: str | Unset = UNSET
    id: str | Unset = UNSET
    webhooks: list[PushWebhook] | Unset = UNSET
    env: PushEnv | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs = self.inputs.to_dict()

        function = self.function

        id = self.id

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = [webhooks_item_data.to_dict() for webhooks_item_data in self.webhooks]

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "inputs": inputs,
        }

        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if env is not UNSET:
            field_dict["env"] = env

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
            _field = "inputs"
            try:
                inputs = PushInputs.from_dict(d["inputs"])

            except _PARSE_ERRORS as _exc:
                inputs = tolerated(_exc, "PushRequest", _field, d)

            _field = "function"
            try:
                function = d.get("function", UNSET)
                if type(function) is not str and function is not UNSET:
                    raise wrong_type(function, "a string")

            except _PARSE_ERRORS as _exc:
                function = tolerated(_exc, "PushRequest", _field, d)

            _field = "id"
            try:
                id = d.get("id", UNSET)
                if type(id) is not str and id is not UNSET:
                    raise wrong_type(id, "a string")

            except _PARSE_ERRORS as _exc:
                id = tolerated(_exc, "PushRequest", _field, d)

            _field = "webhooks"
            try:
                _webhooks = d.get("webhooks", UNSET)
                webhooks: list[PushWebhook] | Unset = UNSET
                if _webhooks is not UNSET:
                    if type(_webhooks) is not list:
                        raise wrong_type(_webhooks, "an array")
                    try:
                        webhooks = list(map(PushWebhook.from_dict, _webhooks))
                    except ResponseValidationError as exc:
                        raise located(_webhooks, PushWebhook.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                webhooks = tolerated(_exc, "PushRequest", _field, d)

            _field = "env"
            try:
                _env = d.get("env", UNSET)
                env: PushEnv | Unset
                if isinstance(_env, Unset):
                    env = UNSET
                else:
                    env = PushEnv.from_dict(_env)

            except _PARSE_ERRORS as _exc:
                env = tolerated(_exc, "PushRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        push_request = cls(
            inputs,
            function,
            id,
            webhooks,
            env,
        )

        if len(d) != 1 + ("function" in d) + ("id" in d) + ("webhooks" in d) + ("env" in d):
            push_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return push_request

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
from ..models.push_env import PushEnv
from ..models.push_inputs import PushInputs
from ..models.push_webhook import PushWebhook
