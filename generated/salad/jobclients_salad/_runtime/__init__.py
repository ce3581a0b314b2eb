"""Hand-written run-time behaviour shared by every jobclients package (not generated).

Copied verbatim into each package by the jobclients pipeline from scripts/templates/runtime/.
"""
