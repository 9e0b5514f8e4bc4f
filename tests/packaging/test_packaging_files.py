"""The installer files: menu entry, AppStream metadata, icons, tarball, install.sh, Inno Setup.

Fast: the tarball and install.sh are exercised on a stand-in program; the real PyInstaller
build is tested in test_frozen_build.py (make test-package).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from asylum_desk import __version__

CHECKOUT = Path(__file__).resolve().parents[2]
LINUX = CHECKOUT / "packaging" / "linux"
DESKTOP = LINUX / "asylum-desk.desktop"
METAINFO = LINUX / "org.asylumdesk.AsylumDesk.metainfo.xml"
ICONS = CHECKOUT / "resources" / "icons" / "hicolor"
SIZES = (16, 32, 48, 64, 128, 256)
INNO = CHECKOUT / "packaging" / "windows" / "asylum-desk.iss"
WINDOWS_ICON = CHECKOUT / "packaging" / "windows" / "asylum-desk.ico"
SPEC = CHECKOUT / "packaging" / "asylum-desk.spec"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_app_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Asylum Desk"
    assert entry["Exec"] == "asylum-desk"
    assert entry["TryExec"] == "asylum-desk"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "asylum-desk"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Keywords"].endswith(";")


def test_desktop_file_validate_accepts_the_entry() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (make system-deps installs it)")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_the_metainfo_names_the_app_its_launcher_and_this_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == "org.asylumdesk.AsylumDesk"
    assert component.findtext("name") == "Asylum Desk"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.findtext("metadata_license") == "CC0-1.0"
    launchable = component.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert component.findtext("provides/binary") == "asylum-desk"
    assert component.findtext("icon") == desktop_entry()["Icon"]
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_appstreamcli_validates_the_metainfo() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is not installed (make system-deps installs appstream)")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout
    # Errors and warnings fail; infos (e.g. a tag newer than this appstreamcli) may remain.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


@pytest.mark.parametrize("size", SIZES)
def test_each_png_icon_has_its_size_and_a_transparent_corner(size: int) -> None:
    path = ICONS / f"{size}x{size}" / "apps" / "asylum-desk.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        rgba = image.convert("RGBA")
        assert rgba.getpixel((0, 0))[3] == 0  # rounded corner: transparent
        assert rgba.getpixel((size // 2, size // 2))[3] == 255  # the picture itself: opaque


def test_the_scalable_icon_is_an_svg_without_text() -> None:
    root = ET.parse(ICONS / "scalable" / "apps" / "asylum-desk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert root.findall(".//{http://www.w3.org/2000/svg}text") == []


def test_the_windows_icon_holds_every_size() -> None:
    with Image.open(WINDOWS_ICON) as image:
        assert image.format == "ICO"
        assert sorted(image.info["sizes"]) == [(size, size) for size in SIZES]


def test_the_inno_setup_script_installs_per_user_with_a_start_menu_entry() -> None:
    script = INNO.read_text(encoding="utf-8")
    settings = dict(
        re.findall(r"^(\w+)=(.*)$", script.split("[Setup]")[1].split("\n[")[0], re.MULTILINE)
    )
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert settings["SetupIconFile"] == WINDOWS_ICON.name
    assert f'#define AppVersion "{__version__}"' in script
    icons = script.split("[Icons]")[1].split("\n[")[0]
    assert 'Name: "{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in icons
    assert '#define AppExe "Asylum Desk.exe"' in script
    assert 'program("Asylum Desk", console=False)' in SPEC.read_text(encoding="utf-8")
    assert 'Source: "..\\..\\dist\\asylum-desk\\*"' in script


FAKE_PROGRAM = f"""#!/bin/sh
if [ "$1" = "--version" ]; then echo "asylum-desk {__version__}"; else echo "ran $*"; fi
"""


@pytest.fixture
def tarball(tmp_path: Path) -> Path:
    """The tarball make-tarball.sh makes of a stand-in one-folder build."""
    dist = tmp_path / "dist"
    program = dist / "asylum-desk" / "asylum-desk"
    (dist / "asylum-desk" / "_internal").mkdir(parents=True)
    (dist / "asylum-desk" / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    program.write_text(FAKE_PROGRAM, encoding="utf-8")
    program.chmod(0o755)
    result = subprocess.run(
        ["bash", str(LINUX / "make-tarball.sh"), str(dist)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    machine = os.uname().machine
    made = dist / f"asylum-desk-{__version__}-linux-{machine}.tar.gz"
    assert result.stdout.strip() == str(made)
    assert not (dist / made.name.removesuffix(".tar.gz")).exists()  # staging removed
    return made


def test_the_tarball_holds_the_build_the_menu_entry_icons_and_install_sh(tarball: Path) -> None:
    top = tarball.name.removesuffix(".tar.gz")
    with tarfile.open(tarball) as archive:
        files = {m.name.removeprefix(f"{top}/") for m in archive.getmembers() if m.isfile()}
        install = archive.getmember(f"{top}/install.sh")
    assert files == {
        "asylum-desk/asylum-desk",
        "asylum-desk/_internal/base_library.zip",
        "install.sh",
        "README.txt",
        "share/applications/asylum-desk.desktop",
        "share/metainfo/org.asylumdesk.AsylumDesk.metainfo.xml",
        "share/icons/hicolor/scalable/apps/asylum-desk.svg",
        *(f"share/icons/hicolor/{s}x{s}/apps/asylum-desk.png" for s in SIZES),
    }
    assert install.mode & stat.S_IXUSR


def test_install_sh_installs_per_user_and_uninstalls(tarball: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="tar")
    install = unpacked / tarball.name.removesuffix(".tar.gz") / "install.sh"
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    result = subprocess.run(["bash", str(install)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    local = home / ".local"
    app = local / "lib" / "asylum-desk"
    assert f"Installed asylum-desk {__version__} in {app}." in result.stdout
    command = local / "bin" / "asylum-desk"
    assert command.is_symlink() and command.resolve() == (app / "asylum-desk").resolve()
    ran = subprocess.run([str(command), "self-test"], capture_output=True, text=True)
    assert ran.stdout == "ran self-test\n"
    desktop = (local / "share" / "applications" / "asylum-desk.desktop").read_text()
    assert f'Exec="{app}/asylum-desk"' in desktop.splitlines()
    assert f"TryExec={app}/asylum-desk" in desktop.splitlines()
    validate = shutil.which("desktop-file-validate")
    if validate is not None:
        installed = local / "share" / "applications" / "asylum-desk.desktop"
        checked = subprocess.run([validate, str(installed)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
    assert (local / "share" / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in SIZES:
        icon = local / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "asylum-desk.png"
        with Image.open(icon) as image:
            assert image.size == (size, size)
    assert (
        local / "share" / "icons" / "hicolor" / "scalable" / "apps" / "asylum-desk.svg"
    ).is_file()

    # A vault beside the program's data stays when the program goes.
    vault = local / "share" / "AsylumDesk" / "vault" / "vault.db"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"encrypted")
    again = subprocess.run(["bash", str(install)], capture_output=True, text=True, env=env)
    assert again.returncode == 0, again.stderr  # installing over an installation works
    removed = subprocess.run(
        ["bash", str(install), "--uninstall"], capture_output=True, text=True, env=env
    )
    assert removed.returncode == 0, removed.stderr
    assert not app.exists() and not command.exists()
    caches = {"mimeinfo.cache", "icon-theme.cache"}  # the desktop's indexes, refreshed
    leftovers = [p for p in local.rglob("*") if p.is_file() and p.name not in caches]
    assert leftovers == [vault]


def test_install_sh_refuses_to_run_outside_the_tarball(tmp_path: Path) -> None:
    copy = tmp_path / "install.sh"
    shutil.copy(LINUX / "install.sh", copy)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run(["bash", str(copy)], capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert "run it from the unpacked tarball" in result.stderr
    assert not (tmp_path / ".local").exists()
