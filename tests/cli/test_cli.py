"""The command line end to end: outputs, exit codes and one-line errors."""

import json
import re
import shutil
from pathlib import Path

import pytest

from asylum_desk.cli import main
from asylum_desk.interchange.writer import write_cases
from tests.conftest import PASSPHRASE, canary_case

NEW_PASSPHRASE = "a different long passphrase"


class Cli:
    def __init__(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
    ) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.vault = folder / "vault"
        self.folder = folder

    def __call__(
        self, *args: str, passphrase: str | None = PASSPHRASE, user: str | None = "amara"
    ) -> tuple[int, str, str]:
        if passphrase is None:
            self.monkeypatch.delenv("ASYLUM_DESK_PASSPHRASE", raising=False)
        else:
            self.monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", passphrase)
        argv = list(args)
        if args and args[0] not in {"init", "demo", "recover"} and "--vault" not in args:
            argv[1:1] = ["--vault", str(self.vault), "--user", str(user)]
        code = main(argv)
        out, err = self.capsys.readouterr()
        return code, out, err

    def init(self) -> str:
        code, out, err = self(
            "init",
            "--vault",
            str(self.vault),
            "--office-code",
            "cph",
            "--office-name",
            "Champhai field office",
            "--user",
            "amara",
        )
        assert code == 0, err
        match = re.search(r"^\s+([A-Z0-9]{5}(?:-[A-Z0-9]{5})+)$", out, re.MULTILINE)
        assert match, out
        return match.group(1)

    def cases_file(self, count: int = 2) -> Path:
        path = self.folder / "cases.json"
        path.write_text(write_cases([canary_case() for _ in range(count)]), encoding="utf-8")
        return path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Cli:
    return Cli(capsys, monkeypatch, tmp_path)


def test_no_command_starts_the_desktop_app(cli: Cli) -> None:
    import asylum_desk.app

    started: list[object] = []
    cli.monkeypatch.setattr(
        asylum_desk.app, "run_app", lambda vault, url=None: started.append((vault, url)) or 0
    )
    assert main(["--vault", str(cli.vault)]) == 0
    url = "postgresql://clerk@db.hq.example.org/asylum"
    assert main(["--database-url", url]) == 0
    assert started == [(cli.vault, None), (None, url)]


def test_help_lists_every_command(cli: Cli) -> None:
    assert main(["--help"]) == 0
    out = cli.capsys.readouterr().out
    assert all(word in out for word in ("init", "import", "export", "search", "verify", "rekey"))


def test_every_command_has_help(cli: Cli) -> None:
    for command in [
        "init",
        "import",
        "export",
        "search",
        "verify",
        "passwd",
        "recover",
        "add-user",
        "rekey",
        "demo",
    ]:
        assert main([command, "--help"]) == 0
        assert "usage: asylum-desk" in cli.capsys.readouterr().out


def test_usage_error_exits_2(cli: Cli) -> None:
    code, _, err = cli("search")
    assert code == 2
    assert "required" in err


def test_init_import_search_export_verify(cli: Cli) -> None:
    recovery = cli.init()
    assert len(recovery.split("-")) >= 10
    code, out, err = cli("import", str(cli.cases_file()))
    assert code == 0, err
    assert out.split() == ["CPH-2026-0001", "CPH-2026-0002"]
    code, out, _ = cli("search", "kyawswa")
    assert out.splitlines() == [  # equally good matches: newest first
        "CPH-2026-0002\tApplicant K\tregistered",
        "CPH-2026-0001\tApplicant K\tregistered",
    ]
    code, out, _ = cli("search", "ကျော်", "--json")
    assert [row["case_number"] for row in json.loads(out)] == ["CPH-2026-0002", "CPH-2026-0001"]
    assert json.loads(out)[1] == {
        "case_number": "CPH-2026-0001",
        "display_name": "Applicant K",
        "status": "registered",
    }
    assert cli("search", "nothing-like-this")[1] == ""
    out_file = cli.folder / "export.json"
    code, _, err = cli("export", "--case", "CPH-2026-0002", "--out", str(out_file))
    assert code == 0, err
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert [case["case_number"] for case in exported["cases"]] == ["CPH-2026-0002"]
    assert oct(out_file.stat().st_mode & 0o777) == "0o600"
    code, out, _ = cli("verify")
    assert code == 0
    assert out.startswith("Vault OK: 2 cases")


def test_import_errors_name_the_path_and_change_nothing(cli: Cli) -> None:
    cli.init()
    bad = cli.folder / "bad.json"
    document = json.loads(write_cases([canary_case(), canary_case(), canary_case(), canary_case()]))
    document["cases"][3]["applicant"]["date_of_birth"] = "1994-13"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = cli("import", str(bad))
    assert code == 4
    assert out == ""
    assert err.strip().endswith('cases[3].applicant.date_of_birth: "1994-13" is not a date')
    assert cli("search", "kyawswa")[1] == ""
    missing = cli("import", str(cli.folder / "nope.json"))
    assert missing[0] == 4 and "Cannot read" in missing[2]


def test_importing_an_existing_case_number_is_a_conflict(cli: Cli) -> None:
    cli.init()
    cli("import", str(cli.cases_file(1)))
    out_file = cli.folder / "one.json"
    cli("export", "--out", str(out_file))
    code, _, err = cli("import", str(out_file))
    assert code == 6
    assert "CPH-2026-0001 already exists" in err


def test_init_refuses_an_existing_folder(cli: Cli) -> None:
    cli.init()
    code, _, err = cli(
        "init",
        "--vault",
        str(cli.vault),
        "--office-code",
        "CPH",
        "--office-name",
        "x",
        "--user",
        "amara",
    )
    assert code == 6
    assert "already exists" in err


def test_bad_office_code_is_a_usage_error_and_creates_nothing(cli: Cli) -> None:
    code, _, err = cli(
        "init",
        "--vault",
        str(cli.vault),
        "--office-code",
        "c p h!",
        "--office-name",
        "x",
        "--user",
        "amara",
    )
    assert code == 2
    assert "office code" in err
    assert not cli.vault.exists()


def test_without_passphrase_or_terminal_the_message_is_clear(cli: Cli) -> None:
    cli.init()
    code, _, err = cli("verify", passphrase=None)
    assert code == 2
    assert "No passphrase given" in err


def test_passphrase_file_is_read(cli: Cli) -> None:
    cli.init()
    secret = cli.folder / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code, _, err = cli("verify", "--passphrase-file", str(secret), passphrase=None)
    assert code == 0, err


def test_passwd_old_passphrase_stops_working(cli: Cli) -> None:
    cli.init()
    database_before = (cli.vault / "vault.db").read_bytes()
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, _, err = cli("passwd")
    assert code == 0, err
    assert cli("verify")[0] == 3
    assert cli("verify", passphrase=NEW_PASSPHRASE)[0] == 0
    # only the key was rewrapped; the database pages are untouched by the change itself
    assert (cli.vault / "vault.db").read_bytes()[:4096] == database_before[:4096]


def test_short_new_passphrase_is_refused(cli: Cli) -> None:
    cli.init()
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", "short")
    code, _, err = cli("passwd")
    assert code == 2
    assert "at least 8 characters" in err
    assert cli("verify")[0] == 0


def test_recovery_key_sets_a_new_passphrase(cli: Cli) -> None:
    recovery = cli.init()
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    typo = recovery[:3] + ("A" if recovery[3] != "A" else "B") + recovery[4:]
    cli.monkeypatch.setenv("ASYLUM_DESK_RECOVERY_KEY", typo)
    code, _, err = cli("recover", "--vault", str(cli.vault), "--user", "amara")
    assert code == 3
    assert "typo" in err
    cli.monkeypatch.setenv("ASYLUM_DESK_RECOVERY_KEY", recovery.lower().replace("-", " "))
    code, _, err = cli("recover", "--vault", str(cli.vault), "--user", "amara")
    assert code == 0, err
    assert cli("verify")[0] == 3
    assert cli("verify", passphrase=NEW_PASSPHRASE)[0] == 0


def test_add_user_and_roles(cli: Cli) -> None:
    cli.init()
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = cli("add-user", "--new-user", "thida", "--role", "caseworker")
    assert code == 0, err
    assert "Added thida (caseworker)" in out
    assert cli("verify", user="thida", passphrase=NEW_PASSPHRASE)[0] == 0
    again = cli("add-user", "--new-user", "Thida", "--role", "caseworker")
    assert again[0] == 6
    denied = cli(
        "add-user", "--new-user", "zaw", "--role", "admin", user="thida", passphrase=NEW_PASSPHRASE
    )
    assert denied[0] == 3
    assert "may not do this" in denied[2]


def test_rekey_keeps_passphrases_and_replaces_the_recovery_key(cli: Cli) -> None:
    old_recovery = cli.init()
    cli("import", str(cli.cases_file(1)))
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    cli("add-user", "--new-user", "thida", "--role", "caseworker")
    old_key_file = (cli.vault / "vault.key").read_bytes()
    code, out, err = cli("rekey")
    assert code == 0, err
    assert old_recovery not in out
    assert "Recovery key" in out
    assert cli("verify")[0] == 0
    assert cli("verify", user="thida", passphrase=NEW_PASSPHRASE)[0] == 0
    assert cli("search", "kyawswa")[1].startswith("CPH-2026-0001")
    cli.monkeypatch.setenv("ASYLUM_DESK_RECOVERY_KEY", old_recovery)
    assert cli("recover", "--vault", str(cli.vault), "--user", "amara")[0] == 3
    # an old copy of the key file only yields the old data key, which no longer opens the data
    backup = cli.folder / "key-copy"
    shutil.copy(cli.vault / "vault.key", backup)
    (cli.vault / "vault.key").write_bytes(old_key_file)
    code, _, err = cli("verify", user="thida", passphrase=NEW_PASSPHRASE)
    assert code == 5
    assert "damaged" in err


def test_debug_flag_shows_the_traceback(cli: Cli) -> None:
    code, _, err = cli("--debug", "verify", "--vault", str(cli.folder / "none"), "--user", "x")
    assert code == 5
    assert "Traceback" in err
    assert err.strip().splitlines()[-1].startswith("asylum-desk: There is no vault")


def test_notice_is_written_without_a_vault(cli: Cli) -> None:
    from pypdf import PdfReader

    out = cli.folder / "information-notice-my.pdf"
    cli.monkeypatch.delenv("ASYLUM_DESK_PASSPHRASE", raising=False)
    code = main(["notice", "--lang", "my", "--out", str(out), "--office", "Champhai field office"])
    captured = cli.capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == f"Wrote {out}."
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert "Champhai field office" in reader.pages[0].extract_text()
    assert "page 2 of 2" in reader.pages[1].extract_text()
    assert sorted(p.name for p in cli.folder.iterdir()) == [out.name]  # no vault, no leftovers


def test_notice_into_a_missing_folder_makes_nothing(cli: Cli) -> None:
    out = cli.folder / "no-such-folder" / "notice.pdf"
    assert main(["notice", "--lang", "en", "--out", str(out)]) == 2
    err = cli.capsys.readouterr().err.strip()
    assert err == f"asylum-desk: Cannot write {out}: the folder {out.parent} does not exist."
    assert not out.parent.exists()


def test_notice_needs_a_known_language_and_an_output(cli: Cli) -> None:
    assert main(["notice", "--help"]) == 0
    assert "usage: asylum-desk notice" in cli.capsys.readouterr().out
    assert main(["notice", "--lang", "xx", "--out", str(cli.folder / "n.pdf")]) == 2
    assert "invalid choice" in cli.capsys.readouterr().err
    assert main(["notice", "--lang", "en"]) == 2
    assert "required" in cli.capsys.readouterr().err
    assert list(cli.folder.iterdir()) == []
