"""The SQLCipher vault: keys, schema migrations, repositories and atomic files."""
