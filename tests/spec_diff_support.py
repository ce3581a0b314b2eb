"""What the spec diff, version and drift tests share: a minimal spec with one slot of each
kind a rule looks at, and throwaway git repositories to commit releases into."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

_IDENTITY = ("-c", "user.name=test", "-c", "user.email=test@example.com")


def minimal_spec() -> dict[str, Any]:
    """One polled GET and one POST with a body; `q` (a query parameter), `JobInput.value`
    (a request field) and `Job.value` (a response field) are the slots rules are shown on."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Jobs", "version": "1", "description": "Reads jobs."},
        "servers": [
            {
                "url": "https://{region}.example.com",
                "description": "Production.",
                "variables": {"region": {"default": "eu", "enum": ["eu", "us"]}},
            }
        ],
        "security": [{"Key": []}],
        "tags": [{"name": "jobs", "description": "Jobs."}],
        "paths": {
            "/jobs/{job_id}": {
                "parameters": [
                    {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": "get_job",
                    "tags": ["jobs"],
                    "x-jobclients-idempotent": True,
                    "x-jobclients-poll": True,
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "description": "A filter.",
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The job.",
                            "headers": {
                                "X-Request-Id": {"required": True, "schema": {"type": "string"}},
                                "X-Trace": {"schema": {"type": "string"}},
                            },
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Job"}}
                            },
                        },
                        "404": {"description": "No such job."},
                    },
                },
                "post": {
                    "operationId": "update_job",
                    "tags": ["jobs"],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/JobInput"}
                            }
                        }
                    },
                    "responses": {"204": {"description": "Updated."}},
                },
            }
        },
        "components": {
            "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "Job": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"$ref": "#/components/schemas/Status"},
                        "value": {"type": "string"},
                    },
                },
                "Status": {
                    "type": "string",
                    "enum": ["running", "done", "failed"],
                    "x-jobclients-terminal": ["done", "failed"],
                    "x-jobclients-success": ["done"],
                },
                "Kind": {"type": "string", "enum": ["running", "done", "failed"]},
                "JobInput": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
                },
            },
        },
    }


def write_yaml(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *_IDENTITY, *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def commit_all(repo: Path, message: str) -> None:
    if not (repo / ".git").exists():
        git(repo, "init", "-q", "-b", "work")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)
