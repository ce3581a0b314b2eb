"""`nox -s docs`: the reference site, made from the generated packages and their specs."""
