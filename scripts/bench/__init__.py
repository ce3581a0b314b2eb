"""`nox -s bench`: the pipeline and the clients measured side by side against their peers.

Machines here are shared and noisy, so every figure is a median of repeated, interleaved
runs and the table reports ratios to a baseline measured in the same run.
"""
