"""The forms engine: forms/<id>.toml → wizard pages, PDF layout and JSON Schema."""
