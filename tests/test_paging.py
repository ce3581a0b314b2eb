"""Paged listings (x-jobclients-pagination): the kitchen sink's three styles generated into
iterate_* / async_iterate_* functions, driven through scripted servers: lazy, ending at the
last page, and never looping on a server that repeats a page or does not move on. Also the
refusals of a mark the pipeline cannot use, each naming its place."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.codegen.spec_facts import SpecFactError, paging_plans
from scripts.spec_model.reading import read_spec
from tests.test_kitchen_sink import Generated, generated

Pages = Callable[[httpx.Request], dict[str, Any]]


@pytest.fixture(scope="module")
def sink(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generated("ks31", tmp_path_factory)


def _client(sink: Generated, pages: Pages, seen: list[httpx.Request]) -> Any:
    return sink.scripted_client(lambda request: httpx.Response(200, json=pages(request)), seen)


def _query(request: httpx.Request, name: str, default: str = "") -> str:
    return request.url.params.get(name, default)


def _numbered(request: httpx.Request) -> dict[str, Any]:
    """Pages of two entries; page 3 has one (the last)."""
    page = int(_query(request, "page"))
    size = 1 if page == 3 else 2
    return {"items": [{"id": page * 10 + i} for i in range(size)], "page": page}


def _ids(items: Any) -> list[int]:
    return [item.id for item in items]


def test_page_numbers_are_fetched_lazily_and_end_at_a_short_page(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    seen: list[httpx.Request] = []
    with _client(sink, _numbered, seen) as client:
        items = package.iterate_numbered(client=client, per_page=2)
        assert seen == [], "nothing is fetched before the iteration starts"
        assert _ids(itertools.islice(items, 2)) == [10, 11]
        assert len(seen) == 1, "the second page is fetched only when it is reached"
        assert _ids(items) == [20, 21, 30]
    assert [_query(r, "page") for r in seen] == ["1", "2", "3"]
    assert all(_query(r, "per_page") == "2" for r in seen)


def test_an_empty_page_ends_a_listing_without_a_page_size(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    seen: list[httpx.Request] = []

    def pages(request: httpx.Request) -> dict[str, Any]:
        page = int(_query(request, "page"))
        return {"items": [{"id": page}] if page <= 2 else []}

    with _client(sink, pages, seen) as client:
        assert _ids(package.iterate_numbered(client=client, page=2)) == [2]
    assert [_query(r, "page") for r in seen] == ["2", "3"], "a page given is where it starts"


def test_offsets_follow_next_offset_to_the_end_marker(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    seen: list[httpx.Request] = []
    chain = {0: (2, [1, 2]), 2: (5, [3, 4, 5]), 5: (-1, [6])}

    def pages(request: httpx.Request) -> dict[str, Any]:
        following, ids = chain[int(_query(request, "offset"))]
        return {"data": [{"id": i} for i in ids], "next_offset": following}

    with _client(sink, pages, seen) as client:
        assert _ids(package.iterate_offsets(client=client)) == [1, 2, 3, 4, 5, 6]
    assert [_query(r, "offset") for r in seen] == ["0", "2", "5"]


def test_cursors_are_followed_until_the_answer_gives_none(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    seen: list[httpx.Request] = []
    chain = {"": ("c1", [1]), "c1": ("c2", [2]), "c2": (None, [3])}

    def pages(request: httpx.Request) -> dict[str, Any]:
        following, ids = chain[_query(request, "after")]
        return {"entries": [{"id": i} for i in ids], "next-cursor": following}

    with _client(sink, pages, seen) as client:
        assert _ids(package.iterate_cursor(client=client)) == [1, 2, 3]
    assert ["after" in r.url.params for r in seen] == [False, True, True]


@pytest.mark.parametrize(
    ("function", "page", "options"),
    [
        ("iterate_numbered", {"items": [{"id": 1}, {"id": 2}]}, {"per_page": 2}),
        ("iterate_offsets", {"data": [{"id": 1}], "next_offset": 7}, {"limit": 1}),
        ("iterate_cursor", {"entries": [{"id": 1}], "next-cursor": "again"}, {}),
    ],
    ids=["page", "offset", "cursor"],
)
def test_a_server_that_repeats_a_page_is_left_after_its_items(
    sink: Generated, function: str, page: dict[str, Any], options: dict[str, Any]
) -> None:
    package = sink.module(sink.import_package)
    errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []
    got: list[int] = []
    with _client(sink, lambda _: page, seen) as client, pytest.raises(errors.PagingError):
        for item in getattr(package, function)(client=client, **options):
            got.append(item.id)
    assert got == [e["id"] for e in next(iter(page.values()))], "the first page's items came"
    assert len(seen) <= 3, "it stopped at the repeat"


def test_an_offset_that_does_not_move_on_is_an_error(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []

    def pages(request: httpx.Request) -> dict[str, Any]:
        offset = int(_query(request, "offset"))
        return {"data": [{"id": offset}], "next_offset": 0}  # back to the start

    with _client(sink, pages, seen) as client, pytest.raises(errors.PagingError, match="move on"):
        list(package.iterate_offsets(client=client))
    assert len(seen) == 1


def test_max_pages_bounds_a_listing_that_never_ends(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []

    def pages(request: httpx.Request) -> dict[str, Any]:
        return {"items": [{"id": int(_query(request, "page"))}]}  # always one more

    with _client(sink, pages, seen) as client, pytest.raises(errors.PagingError, match="max_pages"):
        list(package.iterate_numbered(client=client, max_pages=5))
    assert len(seen) == 5
    with _client(sink, pages, seen) as client, pytest.raises(ValueError, match="max_pages"):
        package.iterate_numbered(client=client, max_pages=0)


def test_the_async_form_pages_the_same_way(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []

    async def run(pages: Pages) -> list[int]:
        got = []
        async with _client(sink, pages, seen) as client:
            async for item in package.async_iterate_numbered(client=client, per_page=2):
                got.append(item.id)
        return got

    assert asyncio.run(run(_numbered)) == [10, 11, 20, 21, 30]
    with pytest.raises(errors.PagingError):
        asyncio.run(run(lambda _: {"items": [{"id": 1}, {"id": 2}]}))


# -- marks the pipeline refuses ---------------------------------------------------------------


def _spec_with(tmp_path: Path, mark: Any, body: dict[str, Any] | None = None) -> Any:
    body = body or {
        "type": "object",
        "properties": {"data": {"type": "array", "items": {}}, "next": {"type": "string"}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list_things",
                    "x-jobclients-pagination": mark,
                    "parameters": [
                        {"name": "offset", "in": "query", "schema": {"type": "integer"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": body}},
                        }
                    },
                }
            }
        },
    }
    path = tmp_path / "openapi.yaml"
    path.write_text(json.dumps(document), encoding="utf-8")
    return read_spec(path)


@pytest.mark.parametrize(
    ("mark", "where"),
    [
        ("offset", "x-jobclients-pagination"),
        ({"style": "offset", "parameter": "offset", "items": "data", "colour": 1}, ".colour"),
        ({"style": "pages", "parameter": "offset", "items": "data"}, ".style"),
        ({"style": "offset", "parameter": "start", "items": "data"}, ".parameter"),
        ({"style": "offset", "parameter": "offset", "items": "rows"}, ".items"),
        ({"style": "offset", "parameter": "offset"}, ".items"),
        ({"style": "cursor", "parameter": "offset", "items": "data"}, ".next"),
        ({"style": "offset", "parameter": "offset", "items": "data", "end": [1]}, ".end"),
    ],
    ids=["not-a-map", "unknown-key", "style", "parameter", "items", "no-items", "cursor", "end"],
)
def test_a_mark_that_cannot_be_used_is_refused_naming_its_place(
    tmp_path: Path, mark: Any, where: str
) -> None:
    with pytest.raises(SpecFactError) as raised:
        paging_plans(_spec_with(tmp_path, mark))
    assert raised.value.place.startswith("paths./things.get.x-jobclients-pagination")
    assert raised.value.place.endswith(where)


def test_a_listing_whose_answer_is_the_array_needs_no_items(tmp_path: Path) -> None:
    array = {"type": "array", "items": {"type": "object"}}
    (plan,) = paging_plans(_spec_with(tmp_path, {"style": "offset", "parameter": "offset"}, array))
    assert (plan.function, plan.items, plan.item_type) == ("iterate_things", None, "Any")
