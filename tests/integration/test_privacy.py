"""Offline and private by default: no network without sync, no personal data in the logs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cardbox.model import Contact, Email, Phone, PhoneType
from cardbox.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"

# Runs cardbox commands with an audit hook that refuses any socket use outside AF_UNIX and
# records each attempt; forked OCR workers inherit the hook.
RUNNER = textwrap.dedent(
    """
    import socket, sys
    attempts = []
    def hook(event, args):
        if event in ("socket.connect", "socket.sendto", "socket.bind", "socket.getaddrinfo",
                     "socket.gethostbyname", "socket.gethostbyaddr"):
            family = getattr(args[0], "family", None) if args and hasattr(args[0], "family") else None
            if family == socket.AF_UNIX:
                return
            attempts.append(event)
            sys.stderr.write(f"NETWORK ATTEMPT: {event} {args!r}\\n")
            raise OSError("network access denied by test")
    sys.addaudithook(hook)
    from cardbox.cli.main import main
    import json as _json
    codes = []
    for argv in _json.loads(sys.argv[1]):
        codes.append(main(argv))
    sys.stderr.write(f"CODES {codes}\\n")
    sys.exit(1 if attempts else 0)
    """
)


@pytest.mark.tesseract
def test_scan_search_import_export_make_no_network_call(tmp_path: Path) -> None:
    photo = DATA / "cards-real" / "azure-business-card-english.jpg"
    vcf = DATA / "vcards-es"
    vcards = sorted(vcf.glob("*.vcf"))[:2]
    commands = [
        ["scan", str(photo), "--event", "Feria Privada"],
        ["import", *map(str, vcards)],
        ["search", "avery", "--json"],
        ["export", "--vcf", str(tmp_path / "out.vcf")],
        ["export", "--csv", str(tmp_path / "out.csv")],
        ["dedup"],
        ["qr", "1", "-o", str(tmp_path / "qr.png")],
    ]
    env = dict(os.environ, CARDBOX_DATA_DIR=str(tmp_path / "data"), CARDBOX_CONFIG_DIR=str(tmp_path / "cfg"))
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, json.dumps(commands)], env=env, capture_output=True, text=True, timeout=300
    )
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    codes = json.loads(result.stderr.rsplit("CODES ", 1)[1].splitlines()[0])
    assert codes[0] == 0 and codes[2] == 0 and codes[3] == 0 and codes[4] == 0 and codes[6] == 0, result.stderr
    assert "avery.smith@contoso.com" in (tmp_path / "out.vcf").read_text(encoding="utf-8")


def test_the_audit_hook_really_catches_a_connection(tmp_path: Path) -> None:
    """The guard above would notice a connection attempt (so the test can fail)."""
    probe = RUNNER.replace(
        "from cardbox.cli.main import main",
        "import socket as _s\n"
        "try:\n    _s.create_connection(('127.0.0.1', 9), 1)\nexcept OSError:\n    pass\n"
        "from cardbox.cli.main import main",
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, json.dumps([["stats"]])],
        capture_output=True,
        text=True,
        env=dict(os.environ, CARDBOX_DATA_DIR=str(tmp_path)),
        timeout=60,
    )
    assert "NETWORK ATTEMPT" in result.stderr and result.returncode == 1


def test_default_logs_hold_no_emails_phones_or_passwords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from cardbox.cli.main import main

    secret_email, secret_phone = "maria.secreta@ejemplo.es", "+34699887766"
    with Store.open(tmp_path / "data" / "tarjetero.sqlite3") as store:
        store.save(
            Contact(
                full_name="María Secreta", emails=[Email(secret_email)], phones=[Phone(secret_phone, PhoneType.CELL)]
            )
        )
    broken = tmp_path / "broken.vcf"
    broken.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Otra\r\nEMAIL:{secret_email}\r\nTEL:{secret_phone}\r\n"
        "BEGIN:VCARD\r\nEND:VCARD\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with caplog.at_level("WARNING"):
        for argv in (
            ["search", "secreta"],
            ["import", str(broken)],
            ["export", "--csv", str(tmp_path / "x.csv")],
            ["sync"],
            ["dedup", "--auto"],
        ):
            main(argv)
    capsys.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    log_files = "\n".join(p.read_text(errors="ignore") for p in tmp_path.rglob("*.log"))
    for secret in (secret_email, secret_phone, "699887766"):
        assert secret not in logged and secret not in log_files
