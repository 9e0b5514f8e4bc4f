"""A throwaway PostgreSQL server on loopback for the tests: TLS only, password logins.

Started once per test session when PostgreSQL's server programs are installed (the project's
setup installs them on Debian). As root, the server runs as the ``postgres`` system user,
since PostgreSQL refuses to run as root. Every test gets a fresh, empty database.
"""

from __future__ import annotations

import datetime
import glob
import ipaddress
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ADMIN = "asylum_admin"


def _binaries() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").is_file():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _certificate(folder: Path) -> Path:
    """A self-signed certificate for 127.0.0.1 (written as server.crt/server.key)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "server.crt").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    (folder / "server.key").chmod(0o600)
    return folder / "server.crt"


@dataclass
class PostgresServer:
    """A running server: where it listens and how to reach it as its administrator."""

    folder: Path
    port: int
    password: str
    certificate: Path
    process_user: str | None
    binaries: Path

    def url(self, database: str, user: str = ADMIN) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}?sslmode=require"

    def admin_connection(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=ADMIN,
            password=self.password,
            dbname=database,
            sslmode="require",
            autocommit=True,
        )

    def create_database(self, name: str, template: str | None = None) -> None:
        with self.admin_connection() as connection:
            suffix = f' TEMPLATE "{template}"' if template else ""
            connection.execute(f'CREATE DATABASE "{name}"{suffix}')

    def empty_database(self, name: str) -> None:
        """Delete every row (the schema stays), so the database can serve the next test."""
        with self.admin_connection(name) as connection:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            ]
            if tables:
                names = ", ".join(f'"{table}"' for table in tables)
                connection.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")

    def drop_database(self, name: str) -> None:
        with self.admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._run(
            [str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"]
        )
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, command: list[str]) -> subprocess.CompletedProcess[str]:
        if self.process_user:
            command = ["runuser", "-u", self.process_user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def start_server() -> tuple[PostgresServer | None, str]:
    """Start a server, or return None and the reason it cannot be started here."""
    binaries = _binaries()
    if binaries is None:
        return None, "PostgreSQL's server programs are not installed (initdb not found)"
    process_user: str | None = None
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return None, "running as root without runuser to start PostgreSQL as another user"
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and there is no 'postgres' system user"
        process_user = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="asylum-desk-pg-"))
    password = secrets.token_hex(16)
    server = PostgresServer(
        folder, _free_port(), password, folder / "server.crt", process_user, binaries
    )
    data = folder / "data"
    (folder / "pwfile").write_text(password + "\n")
    _certificate(folder)
    if process_user:
        import pwd

        entry = pwd.getpwnam(process_user)
        for path in (folder, folder / "pwfile", folder / "server.crt", folder / "server.key"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    init = server._run(
        [
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            ADMIN,
            "--pwfile",
            str(folder / "pwfile"),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"initdb failed: {init.stderr.strip().splitlines()[-1:]}"
    (data / "pg_hba.conf").write_text(
        "hostssl all all 127.0.0.1/32 scram-sha-256\nhostnossl all all 127.0.0.1/32 reject\n"
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={server.port} "
        f"-c unix_socket_directories={folder} -c ssl=on "
        f"-c ssl_cert_file={folder / 'server.crt'} -c ssl_key_file={folder / 'server.key'} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    start = server._run(
        [
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        ]
    )
    if start.returncode != 0:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"PostgreSQL did not start: {(start.stderr or log).strip()[-300:]}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with server.admin_connection():
                break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                server.stop()
                return None, "PostgreSQL started but did not accept connections"
            time.sleep(0.2)
    return server, ""
