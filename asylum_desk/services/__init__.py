"""Use cases: the only API the desktop UI and the command line call."""
