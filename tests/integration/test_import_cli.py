"""`cardbox import` and `cardbox export` end to end through `cardbox.cli.main.main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardbox.cli.main import EXIT_PARTIAL, main
from cardbox.vcard import read_file

ES = Path(__file__).resolve().parents[1] / "data" / "vcards-es"


def test_import_reports_failed_cards_and_exits_partial(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", "--no-dedup", *map(str, sorted(ES.glob("*.vcf")))])
    out, err = capsys.readouterr()
    assert code == EXIT_PARTIAL
    assert out.strip() == "imported 8, updated 0, failed 1"
    assert "malformed-middle.vcf, card 2: line 2 is not a vCard property" in err


def test_import_merges_the_same_person_through_dedup(capsys: pytest.CaptureFixture[str]) -> None:
    # María José is in two files with different UIDs (her Android phone and Outlook).
    assert main(["import", *map(str, sorted(ES.glob("*.vcf")))]) == EXIT_PARTIAL
    assert capsys.readouterr().out.strip() == "imported 7, updated 1, failed 1"
    assert main(["search", "--json", "fernandez", "gomez"]) == 0
    (maria,) = json.loads(capsys.readouterr().out)
    assert {e["address"] for e in maria["emails"]} == {"mariajose.fg@correo.es", "mjfernandez@innovaciontextil.es"}


def test_import_clean_file_exits_zero_and_json_summary(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ES / "google-export.vcf")
    assert main(["import", path]) == 0
    capsys.readouterr()
    assert main(["import", path, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary == {"imported": 0, "updated": 0, "unchanged": 3, "failed": 0, "errors": []}


def test_import_json_lists_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(ES / "malformed-middle.vcf"), "--json"]) == EXIT_PARTIAL
    summary = json.loads(capsys.readouterr().out)
    assert summary["imported"] == 2 and summary["failed"] == 1
    assert summary["errors"][0] == {
        "file": "malformed-middle.vcf",
        "index": 1,
        "card": 2,
        "reason": "line 2 is not a vCard property: 'esto no es una propiedad vCard'",
    }


def test_import_missing_file_is_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["import", str(tmp_path / "nope.vcf")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no such file" in err


def test_export_vcf_and_csv_with_filters(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    main(["import", "--no-dedup", *map(str, sorted(ES.glob("*.vcf")))])
    capsys.readouterr()
    vcf, csv_path = tmp_path / "out.vcf", tmp_path / "out.csv"
    code = main(["export", "--vcf", str(vcf), "--version", "4.0", "--csv", str(csv_path), "fernandez"])
    assert code == 0 and capsys.readouterr().out.strip() == f"exported 2 to {vcf}, 2 to {csv_path}"
    contacts, errors = read_file(vcf)
    assert errors == [] and {c.full_name for c in contacts} == {"María José Fernández Gómez"}
    assert vcf.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfid,uid,full_name")

    assert main(["export", "--vcf", "-", "--tag", "Vinos"]) == 0
    out, err = capsys.readouterr()
    assert out.count("BEGIN:VCARD") == 1 and "Íñigo" in out and "exported 1 to -" in err

    assert main(["export", "--csv", "-", "--ids", "1,2"]) == 0
    assert capsys.readouterr().out.count("\r\n") >= 3


def test_export_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["export"]) == 2
    assert "--vcf PATH and/or --csv PATH" in capsys.readouterr().err
    assert main(["export", "--vcf", "-", "--csv", "-"]) == 2
    capsys.readouterr()
    assert main(["export", "--vcf", str(tmp_path / "x.vcf")]) == 1
    assert "no contact matches" in capsys.readouterr().err
    assert not (tmp_path / "x.vcf").exists()
