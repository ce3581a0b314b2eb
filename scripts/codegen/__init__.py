"""Everything that shapes generated/: a change here changes every package's fingerprint.

The spec is read through scripts/spec_model (also part of every fingerprint); the check
that only accepts or refuses a build, scripts/verify.py, lives outside."""
