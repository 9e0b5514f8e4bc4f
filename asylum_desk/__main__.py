"""Allow ``python -m asylum_desk``."""

from asylum_desk.cli import main

raise SystemExit(main())
