"""`signaalwijzer kb validate|stats`: exit codes, readable problems, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from signaalwijzer.cli.main import main
from signaalwijzer.knowledge import DEFAULT_DATA_DIR, FORM_IDS, load_knowledge_base

ENTRY = "import sys; from signaalwijzer.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


def test_validate_shipped_data_is_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "validate"]) == 0
    out = capsys.readouterr().out
    kb = load_knowledge_base()
    assert out.startswith("OK: knowledge base " + kb.version)
    assert f"{len(kb.indicators)} indicators" in out


def test_validate_lists_every_problem_and_fails(
    data_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    debt = data_copy / "indicators" / "debt.toml"
    debt.write_text(debt.read_text("utf-8").replace("weight = 0.7\n", "weight = 9\n", 1))
    (data_copy / "meta.toml").write_text('version = "soon"\n', "utf-8")
    assert main(["kb", "validate", "--path", str(data_copy)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "indicators/debt.toml: travel_recruitment_debt: weight: 9 is outside 0.1..1.0" in lines
    assert any(line.startswith("meta.toml: meta: version:") for line in lines)
    assert lines[-1].startswith("2 problems in ")


def test_validate_corrupt_file_gives_no_traceback(data_copy: Path) -> None:
    (data_copy / "forms.toml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, "kb", "validate", "--path", str(data_copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "forms.toml: line 1: -: not valid UTF-8" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_validate_missing_folder_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "validate", "--path", str(tmp_path / "nowhere")]) == 2
    assert "knowledge-base folder not found" in capsys.readouterr().err


def test_stats_counts_per_form_and_category(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "stats"]) == 0
    out = capsys.readouterr().out
    kb = load_knowledge_base()
    table = out.split("indicators typical for a setting:")[0]
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines() if line.strip()}
    for category in kb.categories:
        expected_total = sum(i.category == category.id for i in kb.indicators)
        assert int(rows[category.id][-1]) == expected_total
    settings = dict(
        line.split()
        for line in out.split("setting:")[1].splitlines()[1:]
        if line.strip() and not line.startswith("knowledge base")
    )
    assert int(settings["car_wash"]) == sum("car_wash" in i.settings for i in kb.indicators)
    totals = [int(x) for x in rows["all"]]
    assert totals == [sum(f in i.forms for i in kb.indicators) for f in FORM_IDS] + [
        len(kb.indicators)
    ]


def test_stats_on_broken_data_points_to_validate(
    data_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_copy / "channels.toml").write_text("[[channel]]\n", "utf-8")
    assert main(["kb", "stats", "--path", str(data_copy)]) == 2
    assert "signaalwijzer kb validate" in capsys.readouterr().err
