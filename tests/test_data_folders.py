"""Where Qiao keeps the owner's data and looks for the machine's packs: the same folders platformdirs names."""

import sys

import platformdirs
import pytest

from desktop import paths

ENVIRONMENTS = [
    {},
    {"XDG_DATA_HOME": "/srv/home-data", "XDG_DATA_DIRS": "/opt/share:/usr/share"},
    {"XDG_DATA_HOME": "relative/data", "XDG_DATA_DIRS": "relative:/opt/share"},  # the rules skip relative paths
    {"XDG_DATA_HOME": "", "XDG_DATA_DIRS": ""},
    {"HOME": "not/absolute"},
    {"HOME": "/home/visitor", "XDG_DATA_DIRS": ":/usr/local/share:"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_data_folders_are_the_ones_platformdirs_names(monkeypatch, environment):
    monkeypatch.delenv("QIAO_DATA_DIR", raising=False)
    for name in ("XDG_DATA_HOME", "XDG_DATA_DIRS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert paths.user_data_dir() == platformdirs.user_data_path("qiao", appauthor=False)
    assert paths.site_data_dir() == platformdirs.site_data_path("qiao", appauthor=False)


def test_the_data_folder_can_be_given(monkeypatch, tmp_path):
    monkeypatch.setenv("QIAO_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.user_data_dir() == tmp_path / "elsewhere"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")
def test_a_start_does_not_import_platformdirs_on_linux(tmp_path):
    import subprocess

    code = ("import sys; from desktop import paths; from desktop.core.installed_packs import packs_dirs; "
            "paths.user_data_dir(); packs_dirs(); print('platformdirs' in sys.modules)")
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment,
                            cwd=paths.source_checkout(), check=True)
    assert result.stdout.strip() == "False"
