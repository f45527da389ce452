"""`signaalwijzer evaluate` and the evaluation package: the same figures as shared/eval/score.py.

``data/score_reference.py.txt`` is an unchanged copy of ``shared/eval/score.py`` (stored as .txt so
linters leave it alone); the gold and prediction files below are synthetic, written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from signaalwijzer.cli.main import main
from signaalwijzer.evaluation import (
    EvaluationError,
    evaluate,
    in_split,
    read_gold,
    read_predictions,
)

SCORE_REFERENCE = Path(__file__).parent / "data" / "score_reference.py.txt"
SE, LE, CE = "sexual_exploitation", "labour_exploitation", "criminal_exploitation"


def _case(
    case_id: str,
    lang: str,
    forms: list[str],
    acute: bool | None,
    primary: list[str],
    perspective: str = "bystander",
) -> dict[str, Any]:
    return {
        "id": case_id,
        "lang": lang,
        "perspective": perspective,
        "text": f"synthetische beschrijving {case_id}",
        "forms": forms,
        "acute": acute,
        "anonymous": False,
        "primary": primary,
        "notes": "synthetic",
    }


GOLD = [
    _case("t001", "nl", [LE], False, ["labour_inspectorate"]),
    _case("t002", "nl", [SE], True, ["emergency"]),
    _case("t003", "nl", [], False, []),
    _case("t004", "nl", [CE], False, ["police"]),
    _case("t005", "en", [SE, LE], False, ["police"]),
    _case("t006", "en", [], False, []),
    _case("t007", "en", [CE], True, ["emergency"]),
    _case("t008", "en", [SE], False, ["police", "comensha"], "professional"),
    _case("t009", "pl", [LE], None, ["labour_inspectorate"]),
    _case("t010", "nl", [], False, ["comensha"], "question"),
    _case("t011", "nl", [LE], False, ["comensha", "police"], "victim"),
    _case("t012", "en", [SE], False, ["anonymous"]),
]
PRED: list[dict[str, Any]] = [
    {"id": "t001", "forms": [LE], "acute": False, "channels": ["labour_inspectorate", "police"]},
    {"id": "t002", "forms": [SE], "acute": False, "channels": ["police"]},
    {"id": "t003", "forms": [LE], "acute": False, "channels": ["labour_inspectorate"]},
    {"id": "t004", "forms": [], "acute": True, "channels": ["emergency"]},
    {"id": "t005", "forms": [SE], "acute": False, "channels": ["police"]},
    {"id": "t006", "forms": [], "acute": False, "channels": []},
    {"id": "t007", "forms": [CE], "acute": True, "channels": ["emergency", "police"]},
    {"id": "t008", "forms": [SE], "acute": False, "channels": ["comensha", "police"]},
    {"id": "t009", "forms": [LE, CE], "acute": True, "channels": ["emergency"]},
    {"id": "t010", "error": "line 10: text is empty"},
    # t011 missing on purpose
    {"id": "t012", "forms": [SE], "acute": False, "channels": ["anonymous"], "signals": ["x"]},
]


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path / "gold.jsonl", GOLD), _write(tmp_path / "pred.jsonl", PRED)


def _reference(gold: Path, pred: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCORE_REFERENCE), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_every_figure_equals_score_py(files: tuple[Path, Path]) -> None:
    gold_path, pred_path = files
    cases, skipped = read_gold(gold_path)
    report = evaluate(cases, read_predictions(pred_path), n_skipped=skipped)
    ours = {name: group.to_dict() for name, group in report.groups.items()}
    assert ours == _reference(gold_path, pred_path)


def test_cli_json_equals_score_py(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold_path, pred_path = files
    assert main(["evaluate", str(gold_path), "--pred", str(pred_path), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    assert ours["groups"] == _reference(gold_path, pred_path)


def test_hand_computed_figures(tmp_path: Path) -> None:
    """Four cases worked out on paper."""
    gold = _write(
        tmp_path / "g.jsonl",
        [
            _case("h001", "nl", [LE], False, ["labour_inspectorate"]),
            _case("h002", "nl", [LE], True, ["emergency"]),
            _case("h003", "nl", [], False, []),
            _case("h004", "nl", [SE], False, ["police"]),
        ],
    )
    pred = _write(
        tmp_path / "p.jsonl",
        [
            {"id": "h001", "forms": [LE], "acute": False, "channels": ["labour_inspectorate"]},
            {"id": "h002", "forms": [], "acute": True, "channels": ["emergency"]},
            {"id": "h003", "forms": [SE], "acute": True, "channels": ["police"]},
            {"id": "h004", "forms": [SE], "acute": False, "channels": ["police"]},
        ],
    )
    cases, _ = read_gold(gold)
    group = evaluate(cases, read_predictions(pred)).groups["all"]
    # labour: tp 1, fn 1 -> p 1.0, r 0.5, f1 0.667; sexual: tp 1, fp 1 -> p 0.5, r 1, f1 0.667
    assert (group.forms[LE].p, group.forms[LE].r, group.forms[LE].f1) == (1.0, 0.5, 0.667)
    assert (group.forms[SE].p, group.forms[SE].r, group.forms[SE].f1) == (0.5, 1.0, 0.667)
    assert group.forms[CE].support == 0
    assert group.macro_f1 == 0.667  # criminal has no support and is left out
    assert group.benign_fpr == 1.0
    assert group.detection_recall == 0.667
    assert (group.acute_recall, group.acute_false_alarm) == (1.0, 0.333)
    assert group.routing_acc == 1.0
    assert group.exact == 0.5  # h001 and h004


def test_misses_say_what_went_wrong(files: tuple[Path, Path]) -> None:
    gold_path, pred_path = files
    cases, _ = read_gold(gold_path)
    report = evaluate(cases, read_predictions(pred_path))
    misses = {m.id: m for m in report.misses}
    # t008: comensha first is acceptable for a professional asking advice (police or comensha)
    assert set(misses) == {"t002", "t003", "t004", "t005", "t009", "t010", "t011"}
    assert misses["t002"].wrong == ("acute", "route")
    assert misses["t004"].wrong == ("forms", "acute", "route")
    assert misses["t005"].pred_forms == (SE,) and misses["t005"].gold_forms == (SE, LE)
    assert misses["t011"].wrong == ("missing", "forms", "route")
    assert misses["t010"].pred_first is None


def test_text_report_lists_languages_and_misses(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold_path, pred_path = files
    assert main(["evaluate", str(gold_path), "--pred", str(pred_path)]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[1].split()
    assert header == ["metric", "all", "nl", "en", "other"]
    assert "misses: 7" in out
    assert (
        "t004 [nl] forms,acute,route: forms CE -> -, acute False -> True, route police -> emergency"
        in out
    )


def test_split_keeps_a_third_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(
        tmp_path / "g.jsonl", [_case(f"d{n:03d}", "nl", [], False, []) for n in range(1, 10)]
    )
    pred = _write(tmp_path / "p.jsonl", [])
    assert [n for n in range(1, 10) if in_split(f"d{n:03d}", "heldout")] == [3, 6, 9]
    assert main(["evaluate", str(gold), "--pred", str(pred), "--split", "heldout", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n_cases"] == 3
    assert main(["evaluate", str(gold), "--pred", str(pred), "--split", "tuning", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n_cases"] == 6


def _us(case_id: str, label: str, confidence: str) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "summary": f"synthetic federal summary {case_id}",
        "form_derived": label,
        "label_confidence": confidence,
    }


def test_us_federal_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(
        tmp_path / "us.jsonl",
        [
            _us("1", "sexual", "high"),
            _us("2", "labour", "medium"),
            _us("3", "labour+sexual", "high"),
            _us("4", "unknown", "none"),
            _us("5", "sexual", "low"),
            {**_us("6", "sexual", "high"), "summary": ""},
        ],
    )
    pred = _write(
        tmp_path / "p.jsonl",
        [
            {"id": "us1", "forms": [SE], "acute": False, "channels": ["police"]},
            {"id": "us2", "forms": [], "acute": False, "channels": []},
            {"id": "us3", "forms": [SE, LE], "acute": True, "channels": ["emergency"]},
        ],
    )
    assert main(["evaluate", str(gold), "--pred", str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["n_cases"], report["n_skipped"]) == (4, 2)
    args = ["evaluate", str(gold), "--pred", str(pred), "--json", "--min-confidence", "medium"]
    assert main([*args, "--format", "us-federal"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["n_cases"], report["n_skipped"]) == (3, 3)
    group = report["groups"]["en"]
    assert group[SE]["support"] == 2 and group[LE]["support"] == 2
    assert group["acute_recall"] is None and group["routing_acc"] is None  # no such labels
    assert group["exact"] == 0.667  # us2 missed labour


def test_runs_the_engine_without_predictions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write(tmp_path / "g.jsonl", GOLD[:3])
    assert main(["evaluate", str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n_cases"] == 3 and report["groups"]["all"]["missing"] == 0
    assert report["kb_version"]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"id": "x1", "text": "a"\n', "not valid JSON"),
        (b"\xff\xfe\n", "not valid UTF-8"),
        (
            b'{"id": "x1", "text": "a", "forms": ["slavery"], "acute": false, "primary": []}\n',
            "slavery",
        ),
        (b'{"id": "x1", "forms": [], "acute": false, "primary": []}\n', "missing field 'text'"),
        (b"[1, 2]\n", "expected a JSON object"),
        (b"\n\n", "no cases"),
    ],
)
def test_bad_gold_file_is_a_readable_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, fragment: str
) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_bytes(content)
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err


def test_missing_file_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_duplicate_gold_id_is_rejected(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", [GOLD[0], GOLD[0]])
    with pytest.raises(EvaluationError, match="duplicate id 't001'"):
        read_gold(gold)
