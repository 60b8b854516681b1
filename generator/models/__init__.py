"""Content models: pure pydantic (validation, defaults, field names); nothing here draws."""
