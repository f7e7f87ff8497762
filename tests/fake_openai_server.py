"""A fault-injecting OpenAI-compatible chat server on 127.0.0.1, plus canned-answer builders.

Each request to /v1/chat/completions takes the next fault from a script (then "ok" forever), so a test
knows exactly how many calls the client must make. Answers are tool calls (or JSON content when the
request has no tools) built from ClaimDraft dicts: by default one count claim per sentence of the
article that contains a figure, quoting that sentence verbatim.

Token usage is an approximation (4 characters a token over the whole request body), enough to measure
prompt overhead and to drive budget tests.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[dict[str, Any]], list[dict[str, Any]]]
FAULTS = ("ok", "429", "500", "slow", "malformed", "truncated", "disconnect", "401", "ungrounded")

_ARTICLE = re.compile(r"<article [^>]*boundary=\"(\w+)\"[^>]*>\n(.*)\n</article boundary=\"\1\">", re.S)
_SENTENCE = re.compile(r"[^.!?\n]*\d[^.!?\n]*")
_FIGURE = re.compile(r"\d[\d,]*")


def tokens(chars: int) -> int:
    return math.ceil(chars / 4)


def article_of(request: dict[str, Any]) -> str:
    """The article (chunk) text the client put between its <article> tags."""
    for message in reversed(request.get("messages", [])):
        m = _ARTICLE.search(str(message.get("content") or ""))
        if m:
            return m.group(2)
    return ""


def sentence_claims(request: dict[str, Any]) -> list[dict[str, Any]]:
    """One count claim per sentence with a figure, quoting the sentence exactly."""
    out = []
    for m in _SENTENCE.finditer(article_of(request)):
        quote = m.group().strip()
        figure = _FIGURE.search(quote)
        if figure:
            out.append({"kind": "count", "value": int(figure.group().replace(",", "")), "quote": quote})
    return out


def completion(claims: list[dict[str, Any]], *, tools: bool = True, prompt_tokens: int = 100,
               completion_tokens: int = 20, finish_reason: str = "stop") -> dict[str, Any]:
    """A chat.completion body whose answer is {"claims": claims}, as a tool call or as content."""
    args = json.dumps({"claims": claims})
    message: dict[str, Any] = {"role": "assistant", "content": None if tools else args}
    if tools:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": "ArticleAnswer", "arguments": args}}]
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": "fake-model",
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": message}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


class FakeOpenAIServer:
    """Threaded server; `calls` counts chat requests received, `log` records (fault, article head)."""

    def __init__(self, script: Iterable[str] = (), *, answer: Answer = sentence_claims, latency_s: float = 0.0,
                 slow_s: float = 2.0, retry_after: str = "1") -> None:
        self.script = list(script)
        unknown = set(self.script) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {FAULTS}")
        self.answer = answer
        self.latency_s = latency_s
        self.slow_s = slow_s
        self.retry_after = retry_after
        self.calls = 0
        self.log: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def next_fault(self, head: str) -> str:
        with self._lock:
            fault = self.script.pop(0) if self.script else "ok"
            self.calls += 1
            self.log.append((fault, head))
            return fault

    def start(self) -> FakeOpenAIServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are separate writes: avoid 40 ms ACK stalls

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/_stats"):
                    self._send(200, {"calls": server.calls})
                elif self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}})
                    return
                request = json.loads(body)
                fault = server.next_fault(article_of(request)[:40])
                if server.latency_s:
                    time.sleep(server.latency_s)
                try:
                    self._respond(fault, request, len(body))
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def _respond(self, fault: str, request: dict[str, Any], body_chars: int) -> None:
                if fault == "429":
                    self._send(429, {"error": {"message": "rate limited", "type": "rate_limit"}},
                               {"retry-after": server.retry_after})
                elif fault == "500":
                    self._send(500, {"error": {"message": "internal error"}})
                elif fault == "401":
                    self._send(401, {"error": {"message": "bad key", "code": "invalid_api_key"}})
                elif fault == "slow":
                    time.sleep(server.slow_s)
                    self._send(200, self._answer(request, body_chars))
                elif fault == "malformed":
                    self._raw(200, b"<html>this is not json</html>")
                elif fault == "truncated":
                    full = json.dumps(self._answer(request, body_chars)).encode()
                    self._raw(200, full[: len(full) // 2])
                elif fault == "disconnect":
                    full = json.dumps(self._answer(request, body_chars)).encode()
                    self._raw(200, full[: len(full) // 2], declared=len(full))
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                elif fault == "ungrounded":
                    bad = [{"kind": "count", "value": 1, "quote": "a sentence this article never had 1"}]
                    self._send(200, self._answer(request, body_chars, bad))
                else:
                    self._send(200, self._answer(request, body_chars))

            def _answer(self, request: dict[str, Any], body_chars: int,
                        claims: list[dict[str, Any]] | None = None) -> dict[str, Any]:
                claims = server.answer(request) if claims is None else claims
                body = completion(claims, tools=bool(request.get("tools")))
                out = body["choices"][0]["message"]
                produced = len(json.dumps(out))
                body["usage"] = {"prompt_tokens": tokens(body_chars), "completion_tokens": tokens(produced),
                                 "total_tokens": tokens(body_chars) + tokens(produced)}
                return body

            def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                self._raw(status, json.dumps(payload).encode(), headers=headers)

            def _raw(self, status: int, data: bytes, *, declared: int | None = None,
                     headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data) if declared is None else declared))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()

        class Server(ThreadingHTTPServer):
            request_queue_size = 128  # the default backlog of 5 drops bursts of connects (1 s SYN retry)

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    """Serve fault-free from a separate process (so benchmarks do not share the client's GIL).

    Prints the base URL on the first stdout line and serves until stdin closes.
    """
    ap = argparse.ArgumentParser(description="fake OpenAI-compatible server on 127.0.0.1")
    ap.add_argument("--latency-ms", type=int, default=0)
    args = ap.parse_args()
    with FakeOpenAIServer(latency_s=args.latency_ms / 1000) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
