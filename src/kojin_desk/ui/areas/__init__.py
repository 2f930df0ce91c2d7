"""One widget per area of the work, each given the shared Context."""
