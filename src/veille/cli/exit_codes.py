"""Exit codes shared by every command."""

OK = 0
FATAL = 1
USAGE = 2
FINISHED_WITH_FAILURES = 3
