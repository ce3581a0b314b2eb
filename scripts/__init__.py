"""The jobclients pipeline: regenerate, check, lint, build and demo the generated clients."""
