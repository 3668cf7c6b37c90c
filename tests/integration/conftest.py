"""Integration fixtures: a real Radicale CardDAV server on 127.0.0.1, and a file-less keyring.

Radicale runs as a subprocess (`python -m radicale --config FILE`) on a free port with a
temporary storage folder and htpasswd authentication (sha512-crypt via passlib; bcrypt would
need the `bcrypt` module, which is not installed). One server serves the whole test session;
each test gets its own fresh address book. A test that must stop a server starts its own.

The keyring is the one thing faked here, as a phone would be: `MemoryKeyring` is a real
`keyring.backend.KeyringBackend` installed with `keyring.set_keyring()`, keeping secrets in a
dict instead of the OS Secret Service (which needs a desktop session this machine lacks).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backend
import pytest
import requests

USER, PASSWORD = "alice", "s3cret-contraseña"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that forgets everything when the test process ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            import keyring.errors

            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Radicale:
    """A running Radicale: its base URL, credentials, folder and process."""

    root: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None
    user: str = USER
    password: str = PASSWORD
    tls: bool = False  # HTTPS with a self-signed certificate (self.cert) made by openssl

    @property
    def cert(self) -> Path:
        return self.root / "cert.pem"

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    def start(self) -> Radicale:
        from passlib.hash import sha512_crypt

        self.root.mkdir(parents=True, exist_ok=True)
        htpasswd = self.root / "users"
        htpasswd.write_text(f"{USER}:{sha512_crypt.using(rounds=5000).hash(PASSWORD)}\n", encoding="utf-8")
        tls = ""
        if self.tls:
            if not self.cert.exists():
                self._make_certificate()
            tls = f"ssl = True\ncertificate = {self.cert}\nkey = {self.root / 'key.pem'}\n"
        config = self.root / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n{tls}"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {htpasswd}\nhtpasswd_encryption = sha512\n"
            f"delay = 0\ncache_logins = True\n"
            f"[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {self.root / 'collections'}\n"
            f"[logging]\nlevel = warning\nmask_passwords = True\n",
            encoding="utf-8",
        )
        log = (self.root / "radicale.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)], stdout=log, stderr=log
        )
        self._wait()
        return self

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError((self.root / "radicale.log").read_text(errors="replace"))
            try:
                requests.get(self.url, timeout=1, verify=str(self.cert) if self.tls else True)
                return
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("Radicale did not start within 30 s")

    def _make_certificate(self) -> None:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                str(self.root / "key.pem"),
                "-out",
                str(self.cert),
            ],
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """One Radicale for the whole session."""
    server = Radicale(tmp_path_factory.mktemp("radicale")).start()
    yield server
    server.stop()


@pytest.fixture
def start_radicale(tmp_path: Path) -> Iterator[Callable[..., Radicale]]:
    """Start a private Radicale (for tests that stop it); stopped at teardown."""
    started: list[Radicale] = []

    def start(**options: object) -> Radicale:
        server = Radicale(tmp_path / f"radicale{len(started)}", **options).start()  # type: ignore[arg-type]
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def book_name() -> str:
    return f"book-{uuid.uuid4().hex[:8]}"


REALM, NONCE = "cardbox-test", "4f1c0b1e7a2d"


class FaultProxy:
    """A tiny HTTP proxy on 127.0.0.1 in front of Radicale that can answer 5xx/412 or stall:
    real HTTP on loopback, with the faults a flaky server or network produces."""

    def __init__(self, upstream: str, digest: tuple[str, str] | None = None) -> None:
        import http.server
        import threading

        self.upstream = upstream.rstrip("/")
        self.digest = digest  # (user, password): demand HTTP Digest, forward to Radicale as Basic
        self.rules: list[tuple[str, int | None, float, int]] = []  # method, status, delay, times
        self.seen: list[str] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                proxy.seen.append(self.command)
                status, delay = proxy._fault(self.command)
                if delay:
                    time.sleep(delay)
                if status:
                    self.send_response(status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                if proxy.digest is not None:
                    if not proxy.digest_ok(self.command, self.headers.get("Authorization", "")):
                        self.send_response(401)
                        self.send_header(
                            "WWW-Authenticate", f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth", algorithm=MD5'
                        )
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    headers["Authorization"] = requests.auth._basic_auth_str(*proxy.digest)
                resp = requests.request(
                    self.command, proxy.upstream + self.path, data=body, headers=headers, allow_redirects=False
                )
                self.send_response(resp.status_code)
                for k, v in resp.headers.items():
                    if k.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(resp.content)))
                self.end_headers()
                self.wfile.write(resp.content)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = do_OPTIONS = handle_one

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def digest_ok(self, method: str, header: str) -> bool:
        """Check an RFC 7616 Digest (MD5, qop=auth) Authorization header."""
        import hashlib
        import re

        if not header.startswith("Digest ") or self.digest is None:
            return False
        f = {k: a or b for k, a, b in re.findall(r'(\w+)=(?:"([^"]*)"|([^\s,]*))', header)}
        md5 = lambda text: hashlib.md5(text.encode()).hexdigest()  # noqa: E731, S324 - the protocol's hash
        ha1 = md5(f"{self.digest[0]}:{REALM}:{self.digest[1]}")
        ha2 = md5(f"{method}:{f.get('uri', '')}")
        expected = md5(f"{ha1}:{NONCE}:{f.get('nc', '')}:{f.get('cnonce', '')}:{f.get('qop', '')}:{ha2}")
        return f.get("username") == self.digest[0] and f.get("response") == expected

    def fail(self, method: str, status: int | None = None, *, delay: float = 0.0, times: int = 1_000_000) -> None:
        """The next `times` requests with this method answer `status` (and/or stall `delay` s)."""
        self.rules.append((method, status, delay, times))

    def _fault(self, method: str) -> tuple[int | None, float]:
        for i, (m, status, delay, times) in enumerate(self.rules):
            if m == method and times > 0:
                self.rules[i] = (m, status, delay, times - 1)
                return status, delay
        return None, 0.0

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fault_proxy(radicale: Radicale) -> Iterator[FaultProxy]:
    proxy = FaultProxy(radicale.url)
    yield proxy
    proxy.close()


@pytest.fixture
def digest_front(radicale: Radicale) -> Iterator[FaultProxy]:
    """A Digest-only front to Radicale (which itself speaks Basic): real Digest on loopback."""
    proxy = FaultProxy(radicale.url, digest=(radicale.user, radicale.password))
    yield proxy
    proxy.close()
