"""The copy step for the NL Design System CSS (``make assets``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "copy_vendor_assets", ROOT / "scripts" / "copy_vendor_assets.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_node_modules(root: Path) -> None:
    for package, files, _prefix in load_script().PACKAGES:
        for relative in files:
            path = root / package / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"/* {package}/{relative} */")


def test_copies_css_and_licences(tmp_path: Path) -> None:
    script = load_script()
    fake_node_modules(tmp_path / "nm")
    written = script.copy_assets(node_modules=tmp_path / "nm", target=tmp_path / "vendor")
    names = sorted(str(p.relative_to(tmp_path / "vendor")) for p in written)
    assert names == [
        "utrecht/LICENSE.md",
        "utrecht/html.css",
        "utrecht/index.css",
        "voorbeeld-theme/LICENSE.md",
        "voorbeeld-theme/theme.css",
    ]
    assert (
        "voorbeeld-design-tokens/dist/theme.css"
        in (tmp_path / "vendor/voorbeeld-theme/theme.css").read_text()
    )


def test_missing_package_names_the_file(tmp_path: Path) -> None:
    script = load_script()
    with pytest.raises(FileNotFoundError, match="npm ci"):
        script.copy_assets(node_modules=tmp_path / "empty", target=tmp_path / "vendor")


def test_versions_are_pinned_exactly_and_no_utrecht_design_tokens() -> None:
    import json

    package = json.loads((ROOT / "package.json").read_text())
    assert package["dependencies"] == {
        "@nl-design-system-unstable/voorbeeld-design-tokens": "7.4.1",
        "@utrecht/component-library-css": "9.0.4",
    }
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert not any("@utrecht/design-tokens" in name for name in lock.get("packages", {}))
