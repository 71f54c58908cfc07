"""No secrets in recorded cassettes, and the recording configuration that keeps it so.

Runs on every test run, so a re-recorded cassette carrying a key, a bearer token or a cookie
fails CI before it can be published.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CASSETTES, DROP_RESPONSE_HEADERS, FILTER_HEADERS, scrub_response

# `sk-` starting a token (keys look like "sk-proj-..."), not inside a word such as "task-based".
FORBIDDEN = {
    "an API key (sk-...)": re.compile(r"(?<![a-z0-9])sk-", re.IGNORECASE),
    "a bearer token": re.compile(r"bearer", re.IGNORECASE),
    "a cookie (set-cookie)": re.compile(r"set-cookie", re.IGNORECASE),
}


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml")) + sorted(CASSETTES.rglob("*.yml"))


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_holds_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [what for what, pattern in FORBIDDEN.items() if pattern.search(text)]
    assert not found, f"{path} contains {', '.join(found)}: scrub it and re-record (docs/testing.md)"


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_was_recorded_from_the_local_server(path: Path) -> None:
    uris = re.findall(r"^\s*uri:\s*(\S+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert uris and all(u.startswith("http://127.0.0.1:8080/") for u in uris), uris


def test_the_check_catches_what_it_should() -> None:
    leaks = ["Authorization: Bearer abc", "api_key: sk-proj-abc123", "Set-Cookie: __cf_bm=xyz"]
    for leak in leaks:
        assert any(p.search(leak) for p in FORBIDDEN.values()), leak
    assert not any(p.search("a task-based role, a desk-side chat") for p in FORBIDDEN.values())


def test_recording_drops_credentials_and_ids() -> None:
    assert {"authorization", "api-key", "openai-organization", "openai-project", "cookie"} <= set(
        FILTER_HEADERS
    )
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Set-Cookie": ["__cf_bm=abc"],
            "openai-organization": ["org-123"],
            "openai-project": ["proj_123"],
            "x-request-id": ["req_1"],
            "CF-RAY": ["8f-LHR"],
            "content-type": ["application/json"],
        },
        "body": {"string": "{}"},
    }
    cleaned = scrub_response(response)
    assert set(cleaned["headers"]) == {"content-type"}
    assert {"set-cookie", "cf-ray", "request-id"} <= DROP_RESPONSE_HEADERS


def test_vcr_matches_on_the_body(vcr_config: dict[str, object]) -> None:
    # A changed prompt must fail loudly rather than replay an answer to an old prompt.
    assert "body" in vcr_config["match_on"]  # type: ignore[operator]
