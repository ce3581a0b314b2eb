"""Compare two versions of a spec from the side of code that uses the generated client."""
