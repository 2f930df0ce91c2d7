"""An area that exists only in the tests: it proves that an area registered through the contract is picked up by
`check`, dump/load and the demo with no edit outside its own folder and the registry line."""
