"""Use cases shared by the GUI and the CLI; neither holds a business rule of its own."""
