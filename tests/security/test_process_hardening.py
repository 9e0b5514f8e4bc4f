"""Promise 21: core dumps are disabled for the process."""

import subprocess
import sys


def test_the_command_line_disables_core_dumps() -> None:
    script = (
        "import resource\n"
        "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "from asylum_desk.cli import main\n"
        "main(['--version'])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "(0, 0)"
