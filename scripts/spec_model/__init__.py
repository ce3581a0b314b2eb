"""The one reader of OpenAPI documents: loading with limits, places with line numbers.

Everything else in the pipeline asks this package about a spec instead of parsing or
walking the file on its own.
"""
