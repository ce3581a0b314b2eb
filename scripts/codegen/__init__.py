"""Everything that shapes generated/: a change here changes every package's fingerprint.

Checks that only accept or refuse (scripts/spec_lint.py, scripts/verify.py) live outside."""
