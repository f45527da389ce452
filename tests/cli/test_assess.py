"""``signaalwijzer assess`` in every mode: readable, --json, --jsonl (file and stdin), errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from signaalwijzer.cli.main import main

LABOUR_NL = (
    "Mijn buurman werkt elke dag 14 uur in de kas en krijgt geen loon. De baas heeft zijn "
    "paspoort afgepakt en hij moet een schuld van 3000 euro voor de reis terugbetalen."
)
ENTRY = "import sys; from signaalwijzer.cli import main; sys.exit(main(sys.argv[1:]))"
ACUTE_EN = "Right now the owner is hitting one of the kitchen boys, he is bleeding. Please help."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_readable_result_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["assess", LABOUR_NL], capsys)
    assert code == 0
    assert "Waar meld je dit" in out
    assert "Arbeidsinspectie" in out
    assert "0800-5151" in out
    assert "Kennisbank" in out


def test_readable_result_in_english_shows_danger_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["assess", ACUTE_EN], capsys)
    assert code == 0
    assert out.startswith("!! ACUTE DANGER")
    assert "112" in out.split("Where to report:")[1].splitlines()[1]


def test_json_is_the_full_result(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["assess", "--json", LABOUR_NL], capsys)
    assert code == 0
    data = json.loads(out)
    assert {"forms", "signals", "acute", "channels", "language", "kb_version", "notes"} <= set(data)
    assert data["language"] == "nl"
    for signal in data["signals"]:
        for span in signal["evidence"]:
            assert LABOUR_NL[span["start"] : span["end"]] == span["text"]


def test_checklist_ids_and_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["assess", "--check", "no_such_indicator"], capsys)
    assert code == 2
    assert "no_such_indicator" in err
    assert "Traceback" not in err


def test_no_text_is_a_readable_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["assess"], capsys)
    assert code == 2 and "signaalwijzer: error:" in err


def test_jsonl_batch_goes_on_after_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": "a1", "text": LABOUR_NL, "lang": "nl", "other": 1}),
        "{not json",
        json.dumps({"id": "a3", "text": 42}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "a6", "text": ACUTE_EN}),
        json.dumps({"id": "a7", "text": "", "checklist": ["no_such_indicator"]}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe broken\n")
    code, out, err = run(["assess", "--jsonl", str(path)], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in rows] == ["a1", None, "a3", None, "a6", "a7", None]
    first = rows[0]
    assert set(first) == {"id", "forms", "acute", "channels", "signals"}
    assert "labour_exploitation" in first["forms"]
    assert first["channels"][0] == "labour_inspectorate"
    assert rows[4]["acute"] is True and rows[4]["channels"][0] == "emergency"
    for bad in (rows[1], rows[2], rows[3], rows[5], rows[6]):
        assert "error" in bad and "forms" not in bad
    assert "UTF-8" in rows[6]["error"]
    assert "5 line(s)" in err


def test_jsonl_from_stdin_in_a_subprocess() -> None:
    data = json.dumps({"id": "s1", "text": LABOUR_NL}) + "\n"
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, "assess", "--jsonl", "-"],
        input=data.encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert row["id"] == "s1" and row["forms"]


def test_text_from_stdin_with_invalid_utf8(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"hij werkt \xff\xfe veel"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    code, _, err = run(["assess", "-"], capsys)
    assert code == 2
    assert "UTF-8" in err and "Traceback" not in err


def test_missing_batch_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["assess", "--jsonl", "/nonexistent/cases.jsonl"], capsys)
    assert code == 2 and "cannot read" in err


def test_text_and_jsonl_together_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["assess", "tekst", "--jsonl", "-"], capsys)
    assert code == 2
