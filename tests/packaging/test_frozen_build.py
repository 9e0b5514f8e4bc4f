"""The frozen build: PyInstaller bundles the app from packaging/asylum-desk.spec, and the built
program runs headless (version, self-test, the desktop app's first window, the shared-database
driver), also after going through the tarball and install.sh.

Slow (one PyInstaller build, about 1.5 minutes on two cores, and a tarball): run by
``make test-package``, which ``make test`` and CI include; skipped in a plain ``pytest`` run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from asylum_desk import __version__

CHECKOUT = Path(__file__).resolve().parents[2]
SPEC = CHECKOUT / "packaging" / "asylum-desk.spec"
SWITCH = "ASYLUM_DESK_FROZEN_BUILD"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get(SWITCH) != "1",
        reason=f"builds the app with PyInstaller: make test-package (sets {SWITCH}=1)",
    ),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh one-folder build in a temporary folder (never the checkout's dist/)."""
    folder = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=CHECKOUT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"PyInstaller build: {time.monotonic() - started:.0f} s")
    return folder / "dist"


@pytest.fixture
def headless(tmp_path: Path) -> dict[str, str]:
    """A bare environment as on a field-office laptop: own home, real key derivation."""
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def program(dist: Path) -> Path:
    return dist / "asylum-desk" / "asylum-desk"


def run(
    command: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)


def test_the_built_program_reports_its_version(dist: Path, headless: dict[str, str]) -> None:
    result = run([str(program(dist)), "--version"], headless)
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"asylum-desk {__version__}\n",
        "",
    )


def test_the_built_program_passes_its_self_test(dist: Path, headless: dict[str, str]) -> None:
    result = run([str(program(dist)), "self-test"], headless)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"asylum-desk {__version__} self-test"
    assert [line.split(":")[0] for line in lines[1:-1]] == ["vault", "import", "packet", "verify"]
    assert "imported 8 demo cases (the file matches the schema)" in lines[2]
    assert "rendered the unhcr packet of TEST-" in lines[3] and "pages, read back" in lines[3]
    assert "encryption pages and audit chain intact" in lines[4]
    assert lines[-1] == "self-test passed"
    assert result.stderr == ""
    assert list(Path(headless["TMPDIR"]).iterdir()) == []  # the throwaway vault is gone


def test_the_bundle_holds_qt_plugins_drivers_resources_and_migrations(dist: Path) -> None:
    internal = dist / "asylum-desk" / "_internal"
    qt = internal / "PySide6" / "Qt"
    for needed in (
        qt / "plugins" / "platforms" / "libqoffscreen.so",
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "lib" / "libQt6Pdf.so.6",
        qt / "lib" / "libQt6PdfWidgets.so.6",
        qt / "lib" / "libQt6Charts.so.6",
        internal / "PySide6" / "QtPdf.abi3.so",
        internal / "PySide6" / "QtCharts.abi3.so",
    ):
        assert needed.is_file(), needed
    assert not list(qt.glob("plugins/platformthemes/libqgtk3*"))
    assert list(internal.glob("sqlcipher3/_sqlite3*.so"))
    assert list(internal.glob("psycopg_binary/pq*.so"))
    assert list(internal.glob("psycopg_binary.libs/libpq-*.so*"))

    def files(folder: Path, pattern: str = "**/*") -> set[str]:
        return {
            p.relative_to(folder).as_posix()
            for p in folder.glob(pattern)
            if p.is_file() and "__pycache__" not in p.parts
        }

    resources = CHECKOUT / "resources"
    assert files(internal / "resources") == files(resources)
    migrations = CHECKOUT / "asylum_desk" / "storage" / "migrations"
    bundled = internal / "asylum_desk" / "storage" / "migrations"
    assert files(bundled) == files(migrations)
    assert "script.py.mako" in files(bundled)
    assert {f for f in files(bundled) if f.startswith("versions/")} >= {
        f"versions/{p.name}" for p in (migrations / "versions").glob("0*.py")
    }
    assert files(internal / "docs", "*.md") == files(CHECKOUT / "docs", "*.md")


def test_the_desktop_app_starts_headless_on_the_bundled_qt(
    dist: Path, headless: dict[str, str], tmp_path: Path
) -> None:
    env = {**headless, "QT_DEBUG_PLUGINS": "1"}
    app = subprocess.Popen(
        [str(program(dist)), "--vault", str(tmp_path / "vault")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        time.sleep(8)
        still_running = app.poll() is None
    finally:
        app.terminate()
        out, err = app.communicate(timeout=30)
    assert still_running, out + err[-4000:]
    offscreen = dist / "asylum-desk" / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    assert f'"{offscreen}/libqoffscreen.so" loaded library' in err
    assert "Traceback" not in err


def test_the_shared_database_driver_loads_the_bundled_libpq(
    dist: Path, headless: dict[str, str]
) -> None:
    env = {
        **headless,
        "PSYCOPG_IMPL": "binary",  # psycopg must use the bundled binary libpq, no fallback
        "ASYLUM_DESK_PASSPHRASE": "any passphrase at all",
        "ASYLUM_DESK_DATABASE_PASSWORD": "any password",
    }
    # Port 9 (discard) on loopback: nothing listens, so libpq itself reports the refusal.
    url = "postgresql://clerk@127.0.0.1:9/asylum"
    result = run([str(program(dist)), "search", "--database-url", url, "--user", "amara", "x"], env)
    assert result.stderr == (
        "asylum-desk: The database server cannot be reached; check the address and the network.\n"
    )
    assert result.returncode == 5


def test_the_tarball_installs_a_working_program(
    dist: Path, headless: dict[str, str], tmp_path: Path
) -> None:
    made = subprocess.run(
        ["bash", str(CHECKOUT / "packaging" / "linux" / "make-tarball.sh"), str(dist)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert made.returncode == 0, made.stderr
    tarball = Path(made.stdout.strip())
    assert tarball.name == f"asylum-desk-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    install = tmp_path / "unpacked" / tarball.name.removesuffix(".tar.gz") / "install.sh"
    installed = run(["bash", str(install)], headless)
    assert installed.returncode == 0, installed.stderr
    command = Path(headless["HOME"]) / ".local" / "bin" / "asylum-desk"
    result = run([str(command), "--version"], headless)
    assert (result.returncode, result.stdout) == (0, f"asylum-desk {__version__}\n")
