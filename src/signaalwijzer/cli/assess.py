"""``signaalwijzer assess``: one text (readable or ``--json``) or a JSONL batch (``--jsonl``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from signaalwijzer.cli.main import CliError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "assess",
        help="assess a description for signals of human trafficking",
        description="Assess a description (Dutch or English) and/or checklist signals. "
        "Nothing is stored.",
    )
    parser.add_argument("text", nargs="?", default=None, help="the description ('-' reads stdin)")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help="batch: JSON lines with id and text ('-' for stdin); one result line per input line",
    )
    parser.add_argument(
        "--check",
        metavar="ID",
        action="append",
        default=[],
        help="a checklist indicator id (repeatable)",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="force the language of the text")
    parser.add_argument("--urgent", action="store_true", help="there is danger right now")
    parser.add_argument("--anonymous", action="store_true", help="I want to stay anonymous")
    parser.set_defaults(handler=run_assess)


def _load_kb() -> Any:
    from signaalwijzer.knowledge import KnowledgeBaseError, load_knowledge_base

    try:
        return load_knowledge_base()
    except KnowledgeBaseError as error:
        raise CliError(
            "the knowledge base has problems (run 'signaalwijzer kb validate'):\n" + str(error)
        ) from error


def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CliError(f"input is not valid UTF-8 (byte {error.start})") from error


def run_assess(args: argparse.Namespace) -> int:
    if args.jsonl is not None:
        if args.text is not None:
            raise CliError("give either a text or --jsonl FILE, not both")
        return _run_batch(args)
    if args.text is None and not args.check:
        raise CliError("give a text to assess, '-' to read stdin, or --jsonl FILE")
    text = _read_stdin_text() if args.text == "-" else (args.text or "")
    from signaalwijzer.engine import InputError, assess

    kb = _load_kb()
    try:
        result = assess(
            kb=kb,
            text=text,
            checklist=tuple(args.check),
            lang=args.lang,
            urgent=args.urgent,
            anonymous=args.anonymous,
        )
    except InputError as error:
        raise CliError(str(error)) from error
    out_lang = result.language if result.language in ("nl", "en") else "en"
    if args.json:
        print(json.dumps(result.to_dict(kb=kb, lang=out_lang), ensure_ascii=False, indent=2))
    else:
        print(render(result, kb=kb, lang=out_lang))
    return 0


def _open_batch(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error


def _run_batch(args: argparse.Namespace) -> int:
    from signaalwijzer.engine import InputError, assess

    kb = _load_kb()
    stream = _open_batch(args.jsonl)
    out = sys.stdout
    failures = 0
    try:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            record: dict[str, Any] = {"id": None}
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                failures += 1
                record["error"] = f"line {number}: not valid UTF-8"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("not a JSON object")
                record["id"] = item.get("id")
                text = item.get("text", "")
                checklist = item.get("checklist", [])
                if not isinstance(text, str):
                    raise ValueError("'text' must be a string")
                if not isinstance(checklist, list):
                    raise ValueError("'checklist' must be a list")
                result = assess(kb=kb, text=text, checklist=checklist, lang=item.get("lang_hint"))
            except (ValueError, InputError) as error:
                failures += 1
                record["error"] = f"line {number}: {error}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            record.update(
                {
                    "forms": list(result.form_ids),
                    "acute": result.acute,
                    "channels": list(result.channel_ids),
                    "signals": list(result.signal_ids),
                }
            )
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if failures:
        print(f"signaalwijzer: {failures} line(s) could not be assessed", file=sys.stderr)
    return 0


_LABELS = {
    "nl": {
        "forms": "Mogelijke vormen van uitbuiting",
        "none": "Geen duidelijke signalen van mensenhandel gevonden.",
        "signals": "Signalen",
        "acute": "ACUUT GEVAAR",
        "channels": "Waar meld je dit",
        "possible": "mogelijk",
        "strong": "sterk",
        "checklist": "aangevinkt",
        "notes": "Let op",
        "language": "Taal",
        "version": "Kennisbank",
    },
    "en": {
        "forms": "Possible forms of exploitation",
        "none": "No clear signs of human trafficking found.",
        "signals": "Signals",
        "acute": "ACUTE DANGER",
        "channels": "Where to report",
        "possible": "possible",
        "strong": "strong",
        "checklist": "ticked",
        "notes": "Note",
        "language": "Language",
        "version": "Knowledge base",
    },
}


def render(result: Any, *, kb: Any, lang: str) -> str:
    """A readable summary in the text's language: danger first, then forms, signals, routes."""
    labels = _LABELS[lang]
    lines: list[str] = []
    if result.acute:
        reason = result.acute_reason.get(lang) if result.acute_reason else ""
        lines.append(f"!! {labels['acute']}: {reason}")
        for span in result.acute_evidence:
            lines.append(f'   "{span.text}"')
        lines.append("")
    if result.forms:
        lines.append(labels["forms"] + ":")
        for form in result.forms:
            name = kb.form(form.form_id).name.get(lang)
            lines.append(f"- {name} ({labels[form.level]})")
    else:
        lines.append(labels["none"])
    if result.signals:
        lines.append("")
        lines.append(labels["signals"] + ":")
        for signal in result.signals:
            title = kb.indicator(signal.indicator_id).title.get(lang)
            if signal.evidence:
                quoted = "; ".join(f'"{s.text}"' for s in signal.evidence)
                lines.append(f"- {title}: {quoted}")
            else:
                lines.append(f"- {title} ({labels['checklist']})")
    if result.channels:
        lines.append("")
        lines.append(labels["channels"] + ":")
        for number, advice in enumerate(result.channels, start=1):
            channel = kb.channel(advice.channel_id)
            contact = " / ".join(x for x in (channel.phone, channel.url) if x)
            lines.append(f"{number}. {channel.name.get(lang)} {contact}".rstrip())
            lines.append(f"   {advice.reason.get(lang)}")
    if result.notes:
        lines.append("")
        for note in result.notes:
            lines.append(f"{labels['notes']}: {note.get(lang)}")
    lines.append("")
    lines.append(
        f"{labels['language']}: {result.language} · {labels['version']}: {result.kb_version}"
    )
    return "\n".join(lines)
