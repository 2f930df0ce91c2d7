"""PySide6 widgets. The only layer (with the entry point) that imports Qt."""
