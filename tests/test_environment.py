"""pyproject.toml, requirements.lock and environment.yml must agree."""
from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = meta["dependencies"] + meta["optional-dependencies"]["dev"]
    return {norm(re.split(r"[<>=!~;\[ ]", n, maxsplit=1)[0]) for n in names}


def locked() -> dict[str, str]:
    out = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            out[norm(name)] = version.strip()
    return out


def conda_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for item in dep["pip"]:
                if "==" in item:
                    name, version = item.split("==")
                    pins[norm(name.split("[")[0])] = version
    assert "python=3.11" in env["dependencies"]
    return pins


def test_environment_yml_lists_the_declared_packages_at_the_locked_versions():
    pins, lock = conda_pins(), locked()
    assert set(pins) - {"torch"} == declared(), "environment.yml and pyproject.toml list different packages"
    for name, version in pins.items():
        assert lock.get(name) == version, f"{name}: environment.yml has {version}, lock has {lock.get(name)}"


def test_lock_covers_every_declared_package_and_torch_is_the_cpu_pin():
    lock = locked()
    assert declared() <= set(lock)
    assert lock["torch"] == "2.13.0"
    assert not [n for n in lock if n.startswith("nvidia") or "cuda" in n]
