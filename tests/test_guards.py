"""The test-wide guards in conftest.py fire: network, DNS, UDP, environment, model requests.

The network checks use calls that cannot send a packet even if a guard were missing: a closed
socket (the real call fails with EBADF), a numeric-only look-up, gethostbyname of an IP literal.
"""

from __future__ import annotations

import socket
import textwrap
from pathlib import Path

import pytest

from checker.claims import Article
from checker.extract import llm
from checker.extract.llm import LLMConfig, LLMExtractor, ModelRequestsForbidden

FORBIDDEN = "network access in tests is forbidden"
TEST_NET = "192.0.2.1"  # TEST-NET-1 (RFC 5737): documentation only, never routed


def _closed(kind: int = socket.SOCK_STREAM) -> socket.socket:
    s = socket.socket(socket.AF_INET, kind)
    s.close()
    return s


def test_tcp_connect_to_a_non_loopback_address_is_refused() -> None:
    with pytest.raises(RuntimeError, match=f"{FORBIDDEN}: connect to"):
        _closed().connect((TEST_NET, 80))
    with pytest.raises(RuntimeError, match=FORBIDDEN):
        _closed().connect_ex((TEST_NET, 80))


def test_udp_send_to_a_non_loopback_address_is_refused() -> None:
    with pytest.raises(RuntimeError, match=f"{FORBIDDEN}: send to"):
        _closed(socket.SOCK_DGRAM).sendto(b"x", (TEST_NET, 53))
    with pytest.raises(RuntimeError, match=f"{FORBIDDEN}: send to"):
        _closed(socket.SOCK_DGRAM).sendto(b"x", 0, (TEST_NET, 53))


def test_dns_lookups_of_non_loopback_names_are_refused() -> None:
    with pytest.raises(RuntimeError, match=f"{FORBIDDEN}: DNS look-up of 'example.invalid'"):
        socket.getaddrinfo("example.invalid", 80, flags=socket.AI_NUMERICHOST)
    with pytest.raises(RuntimeError, match=FORBIDDEN):
        socket.gethostbyname(TEST_NET)  # the real call would just echo the literal back
    with pytest.raises(RuntimeError, match=FORBIDDEN):
        socket.gethostbyname_ex(TEST_NET)


def test_loopback_still_works() -> None:
    assert socket.getaddrinfo("localhost", 80, type=socket.SOCK_STREAM)
    assert socket.gethostbyname("127.0.0.1") == "127.0.0.1"
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.bind(("127.0.0.1", 0))
        assert udp.sendto(b"x", udp.getsockname()) == 1


def test_environment_is_isolated_from_the_developers_shell(
        pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """An inner pytest session with our conftest sees none of the variables set outside it."""
    monkeypatch.setenv("CHECKER_MODEL", "leaked-model")
    monkeypatch.setenv("CHECKER_BASE_URL", "http://leaked.invalid/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-leaked")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://leaked.invalid/v1")
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(textwrap.dedent("""
        import os

        def test_no_checker_or_openai_variables():
            leaked = [k for k in os.environ if k.startswith(("CHECKER_", "OPENAI_"))]
            assert leaked == []
    """))
    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)


def _dead_endpoint_extractor() -> LLMExtractor:
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = LLMConfig(model="m", base_url=f"http://127.0.0.1:{port}/v1", max_attempts=1)
    return LLMExtractor(cfg)


def test_model_requests_are_off_by_default_in_tests() -> None:
    assert llm.ALLOW_MODEL_REQUESTS is False
    with pytest.raises(ModelRequestsForbidden, match="ALLOW_MODEL_REQUESTS is False"):
        _dead_endpoint_extractor().extract(Article(id="a", text="300 people were freed."))


@pytest.mark.allow_model_requests
def test_the_marker_allows_model_requests() -> None:
    assert llm.ALLOW_MODEL_REQUESTS is True
    result = _dead_endpoint_extractor().extract(Article(id="a", text="300 people were freed."))
    assert result.errors and not result.claims  # it really tried, and nothing listens there
