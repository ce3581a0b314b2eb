"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """The type of UNSET: a field the server left out (None is a field sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # jobclients: printed models show UNSET, not an address
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define(frozen=True)
class Problem:
    """A field of a 2xx body that does not match the spec, read anyway by a client that is
    not strict: the attribute holds the raw JSON value (see _runtime/tolerance.py)."""

    path: str  # where in the body, as ResponseValidationError names it: `events[2].time`
    reason: str  # what is wrong: `expected an integer, got null`
    value: Any  # the raw JSON value now on the attribute (UNSET: a required member missing)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@define(frozen=True)
class Location:
    """Where an answer's Location header points (not followed): the absolute URL and, where
    its path matches one of the spec's GET paths, that path's parameters (`job_id` the last
    of them: the new job's id for a 201, 202 or 303 that names the job's URL)."""

    url: str
    job_id: str | None = None
    parameters: Mapping[str, str] = field(factory=dict)


@define
class Response(Generic[T]):
    """A response from an endpoint. `problems`: the fields of its body that did not match
    the spec and were kept as raw JSON values (always empty with `strict=True`)."""

    status_code: int  # any status 100-599; HTTPStatus would refuse 499, 520, 599
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T  # the success body as the spec types it (None for an answer without one)
    problems: tuple[Problem, ...] = ()
    location: Location | None = None  # the Location header of a success, resolved


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Location",
    "Problem",
    "RequestFiles",
    "Response",
    "Unset",
]
