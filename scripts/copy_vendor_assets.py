"""Copy the NL Design System CSS (and its licences) from node_modules into static/vendor.

Why a copy step instead of a bundler: the site needs a few prebuilt CSS files and nothing else; the
copies are served by whitenoise from our own origin (no CDN). ``make assets`` runs this after
``npm ci --ignore-scripts``; the target folder is git-ignored.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
TARGET = ROOT / "src" / "signaalwijzer" / "web" / "static" / "vendor"

# (package folder, files to copy relative to it, name prefix in static/vendor)
PACKAGES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "@utrecht/component-library-css",
        ("dist/index.css", "dist/html.css", "LICENSE.md"),
        "utrecht",
    ),
    (
        "@nl-design-system-unstable/voorbeeld-design-tokens",
        ("dist/theme.css", "LICENSE.md"),
        "voorbeeld-theme",
    ),
)


def copy_assets(*, node_modules: Path = NODE_MODULES, target: Path = TARGET) -> list[Path]:
    """Copy every listed file; raise FileNotFoundError naming the first one missing."""
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for package, files, prefix in PACKAGES:
        for relative in files:
            source = node_modules / package / relative
            if not source.is_file():
                raise FileNotFoundError(f"{source} is missing: run `npm ci --ignore-scripts` first")
            name = Path(relative).name
            destination = target / prefix / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            written.append(destination)
    return written


def main() -> int:
    try:
        written = copy_assets()
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    for path in written:
        print(f"copied {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
